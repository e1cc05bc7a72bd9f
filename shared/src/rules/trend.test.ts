import fc from 'fast-check';
import type { KpiDirection } from '../schemas/enums';
import { Trend, YearOverYear, type TrendLabel } from '../schemas/performance';
import type { Target } from './status';
import { fitLine, leastSquares, trendOf, yearOverYear, type TrendOptions } from './trend';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const series = fc.array(finite, { minLength: 3, maxLength: 24 });
const flipped: Record<TrendLabel, TrendLabel> = {
  improving: 'worsening',
  worsening: 'improving',
  flat: 'flat',
};

describe('leastSquares', () => {
  it.each<[number[], { slope: number; intercept: number } | null]>([
    [[], null],
    [[5], null],
    [[1, 3], { slope: 2, intercept: 1 }],
    [[2, 2, 2, 2], { slope: 0, intercept: 2 }],
    [[1, 2, 4, 3], { slope: 0.8, intercept: 1.3 }],
  ])('fits %j with %j', (values, line) => {
    const fitted = leastSquares(values);
    if (line === null) return expect(fitted).toBeNull();
    expect(fitted?.slope).toBeCloseTo(line.slope, 12);
    expect(fitted?.intercept).toBeCloseTo(line.intercept, 12);
  });

  it('refuses a value that is not a finite number', () => {
    expect(() => leastSquares([1, NaN, 3])).toThrow(RangeError);
  });

  it('gives a perfectly linear series its exact slope and intercept', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.integer({ min: -1e4, max: 1e4 }),
        fc.integer({ min: 2, max: 60 }),
        (intercept, slope, n) => {
          const line = leastSquares(Array.from({ length: n }, (_, x) => intercept + slope * x));
          return line?.slope === slope && line.intercept === intercept;
        },
      ),
    );
  });

  it('keeps the slope when a constant is added to every value', () => {
    fc.assert(
      fc.property(series, finite, (values, shift) => {
        const before = leastSquares(values)?.slope as number;
        const after = leastSquares(values.map((v) => v + shift))?.slope as number;
        const scale = Math.max(1, ...values.map(Math.abs), Math.abs(shift));
        return Math.abs(after - before) <= 1e-9 * scale;
      }),
    );
  });
});

describe('fitLine', () => {
  it('fits points at uneven x, and needs two distinct x', () => {
    const line = fitLine([
      { x: 0, y: 1 },
      { x: 4, y: 9 },
      { x: 5, y: 11 },
    ]);
    expect(line?.slope).toBeCloseTo(2, 12);
    expect(line?.intercept).toBeCloseTo(1, 12);
    expect(fitLine([{ x: 3, y: 1 }])).toBeNull();
  });
});

describe('trendOf', () => {
  const band: Target = { low: 10, high: 20 };

  it.each<[string, number[], KpiDirection, TrendOptions, TrendLabel | null]>([
    ['rising, for an increase KPI', [100, 104, 108, 112], 'increase', {}, 'improving'],
    ['falling, for an increase KPI', [112, 108, 104, 100], 'increase', {}, 'worsening'],
    ['rising, for a decrease KPI', [100, 104, 108, 112], 'decrease', {}, 'worsening'],
    ['falling, for a decrease KPI', [112, 108, 104, 100], 'decrease', {}, 'improving'],
    ['rising by under 2% over the window', [100, 100.5, 101, 101.5], 'increase', {}, 'flat'],
    [
      'rising by 2% with a 5% threshold',
      [100, 101, 102, 103],
      'increase',
      { flatThreshold: 0.05 },
      'flat',
    ],
    ['level at zero', [0, 0, 0, 0], 'increase', {}, 'flat'],
    [
      'rising only before the window',
      [1, 50, 100, 100, 100, 100, 100, 100],
      'increase',
      {},
      'flat',
    ],
    [
      'rising within a 3-period window',
      [100, 100, 100, 100, 110, 120],
      'increase',
      { periods: 3 },
      'improving',
    ],
    ['too short', [1, 2], 'increase', {}, null],
    ['closing in on the band from above', [30, 27, 24, 21], 'range', { target: band }, 'improving'],
    ['drifting away below the band', [9, 8, 7, 6], 'range', { target: band }, 'worsening'],
    ['crossing the band', [5, 15, 25], 'range', { target: band }, 'flat'],
    ['moving inside the band', [11, 14, 17, 19], 'range', { target: band }, 'flat'],
    ['leaving the band upwards', [15, 20, 21, 23], 'range', { target: band }, 'worsening'],
    [
      'closing in on a one-point target',
      [8, 9, 10, 11],
      'range',
      { target: { value: 12 } },
      'improving',
    ],
    ['rising, for a range KPI without a band', [1, 2, 3, 4], 'range', {}, 'flat'],
  ])('labels values %s', (_, values, direction, options, label) => {
    expect(trendOf(values, direction, options)?.label ?? null).toBe(label);
  });

  it("reports the slope of the values, or of a range KPI's distance to its band", () => {
    expect(trendOf([1, 3, 5], 'increase')?.slope).toBeCloseTo(2, 12);
    expect(trendOf([30, 27, 24, 21], 'range', { target: band })?.slope).toBeCloseTo(-3, 12);
    expect(trendOf([1, 2, 3, 4], 'range')).toEqual({ label: 'flat', slope: 1 });
  });

  it('refuses a window under 3 periods and a negative threshold', () => {
    expect(() => trendOf([1, 2, 3], 'increase', { periods: 2 })).toThrow(RangeError);
    expect(() => trendOf([1, 2, 3], 'increase', { flatThreshold: -0.1 })).toThrow(RangeError);
  });

  it('matches the Trend schema the API embeds', () => {
    fc.assert(
      fc.property(
        series,
        fc.constantFrom<KpiDirection>('increase', 'decrease', 'range'),
        (values, d) =>
          Trend.safeParse(trendOf(values, d, { target: { low: 0, high: 10 } })).success,
      ),
    );
  });

  it('flips improving and worsening when the direction flips', () => {
    fc.assert(
      fc.property(series, (values) => {
        const up = trendOf(values, 'increase');
        const down = trendOf(values, 'decrease');
        return up !== null && down !== null && down.label === flipped[up.label];
      }),
    );
  });

  it('keeps the label when a constant is added to a range KPI and its band', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 12 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: -1000, max: 1000 }),
        (values, low, width, shift) => {
          const target = { low, high: low + width };
          const moved = { low: low + shift, high: low + width + shift };
          const before = trendOf(values, 'range', { target });
          const after = trendOf(
            values.map((v) => v + shift),
            'range',
            { target: moved },
          );
          return before?.label === after?.label;
        },
      ),
    );
  });

  it('labels any strictly rising series improving for increase once it moves enough', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 3, max: 12 }),
        (start, step, n) => {
          const values = Array.from({ length: n }, (_, i) => start + step * i);
          const relative = (step * (n - 1)) / (start + (step * (n - 1)) / 2);
          fc.pre(relative >= 0.02);
          return trendOf(values, 'increase', { periods: n })?.label === 'improving';
        },
      ),
    );
  });
});

describe('yearOverYear', () => {
  it('matches the YearOverYear schema the API embeds', () => {
    fc.assert(
      fc.property(finite, finite, (a, b) => YearOverYear.safeParse(yearOverYear(a, b)).success),
    );
  });

  it.each<[number | null, number | null, ReturnType<typeof yearOverYear>]>([
    [110, 100, { change: 10, changeShare: 0.1 }],
    [90, 100, { change: -10, changeShare: -0.1 }],
    [5, 0, { change: 5, changeShare: null }],
    [-5, -10, { change: 5, changeShare: 0.5 }],
    [null, 100, null],
    [100, null, null],
  ])('compares %s with %s as %j', (current, previous, expected) => {
    const result = yearOverYear(current, previous);
    if (expected === null) return expect(result).toBeNull();
    expect(result).toEqual({
      change: expect.closeTo(expected.change, 12),
      changeShare: expected.changeShare === null ? null : expect.closeTo(expected.changeShare, 12),
    });
  });
});
