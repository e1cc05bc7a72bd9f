import fc from 'fast-check';
import type { KpiAggregation } from '../schemas/enums';
import { addDays } from './fiscal';
import {
  fiscalYearToDateTarget,
  fiscalYearToDateValue,
  statsOf,
  type MeasurementPoint,
  type MeasurementStats,
} from './fytd';
import type { Target } from './status';

/** Three months of a ratio KPI: 9/10, 50/100 and 1/1 of cases closed on time. */
const closedOnTime: MeasurementPoint[] = [
  { periodStart: '2025-07-01', value: 0.9, numerator: 9, denominator: 10 },
  { periodStart: '2025-09-01', value: 1, numerator: 1, denominator: 1 },
  { periodStart: '2025-08-01', value: 0.5, numerator: 50, denominator: 100 },
];

const noStats: MeasurementStats = {
  count: 0,
  sum: 0,
  sumNumerator: null,
  sumDenominator: null,
  min: null,
  max: null,
  last: null,
};

/** Distinct months in any order, each with a value and positive ratio parts. */
const months = fc
  .uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 24 })
  .chain((offsets) =>
    fc.tuple(
      ...offsets.map((offset) =>
        fc.record({
          periodStart: fc.constant(addDays('2000-01-01', offset * 31)),
          value: fc.integer({ min: -1000, max: 1000 }),
          numerator: fc.integer({ min: 0, max: 1000 }),
          denominator: fc.integer({ min: 1, max: 1000 }),
        }),
      ),
    ),
  );

describe('statsOf', () => {
  it('computes what SQL would, with last from the latest period whatever the order', () => {
    expect(statsOf(closedOnTime)).toEqual({
      count: 3,
      sum: 2.4,
      sumNumerator: 60,
      sumDenominator: 111,
      min: 0.5,
      max: 1,
      last: 1,
    });
  });

  it('gives nulls for no points and for parts nobody reported', () => {
    expect(statsOf([])).toEqual(noStats);
    expect(statsOf([{ periodStart: '2025-07-01', value: 3 }])).toMatchObject({
      sumNumerator: null,
      sumDenominator: null,
    });
  });

  it('refuses two measurements of one period', () => {
    const twice = [closedOnTime[0], closedOnTime[0]] as MeasurementPoint[];
    expect(() => statsOf(twice)).toThrow(RangeError);
  });

  it('does not depend on the order of the points, last included', () => {
    fc.assert(
      fc.property(
        months.chain((points) =>
          fc.tuple(
            fc.constant(points),
            fc.shuffledSubarray(points, {
              minLength: points.length,
            }),
          ),
        ),
        ([points, shuffled]) => {
          const latest = [...points].sort((a, b) => (a.periodStart < b.periodStart ? 1 : -1))[0];
          expect(statsOf(shuffled)).toEqual(statsOf(points));
          expect(statsOf(points).last).toBe(latest?.value);
        },
      ),
    );
  });
});

describe('fiscalYearToDateValue', () => {
  const stats = statsOf(closedOnTime);

  it.each<[KpiAggregation, number]>([
    ['sum', 2.4],
    ['mean', 0.8],
    ['ratio', 60 / 111],
    ['last', 1],
    ['max', 1],
    ['min', 0.5],
  ])('combines the year by %s into %s', (aggregation, value) => {
    expect(fiscalYearToDateValue(stats, aggregation)).toBeCloseTo(value, 12);
  });

  it('is null without measurements, and a ratio without a denominator', () => {
    expect(fiscalYearToDateValue(noStats, 'sum')).toBeNull();
    expect(
      fiscalYearToDateValue(statsOf([{ periodStart: '2025-07-01', value: 1 }]), 'ratio'),
    ).toBeNull();
  });

  it('makes a ratio Σ numerator / Σ denominator, not the mean of the ratios', () => {
    fc.assert(
      fc.property(months, (points) => {
        const withRatios = points.map((p) => ({ ...p, value: p.numerator / p.denominator }));
        const stats = statsOf(withRatios);
        const numerator = points.reduce((s, p) => s + p.numerator, 0);
        const denominator = points.reduce((s, p) => s + p.denominator, 0);
        expect(fiscalYearToDateValue(stats, 'ratio')).toBe(numerator / denominator);
      }),
    );
  });

  it('differs from the mean of the ratios when the denominators differ', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        (n1, d1, extra, n2) => {
          // Two months with different volumes and different rates.
          const d2 = d1 + extra;
          fc.pre(n1 <= d1 && n2 <= d2 && n1 * d2 !== n2 * d1);
          const stats = statsOf([
            { periodStart: '2025-07-01', value: n1 / d1, numerator: n1, denominator: d1 },
            { periodStart: '2025-08-01', value: n2 / d2, numerator: n2, denominator: d2 },
          ]);
          const ratio = fiscalYearToDateValue(stats, 'ratio') as number;
          const meanOfRatios = fiscalYearToDateValue(stats, 'mean') as number;
          expect(Math.abs(ratio - meanOfRatios)).toBeGreaterThan(1e-12);
        },
      ),
    );
  });
});

describe('fiscalYearToDateTarget', () => {
  it.each<[string, Target | null, KpiAggregation, number, number, Target | null]>([
    ['pro-rates a sum by elapsed periods', { value: 1200 }, 'sum', 3, 12, { value: 300 }],
    [
      'pro-rates both bounds of a sum band',
      { low: 40, high: 80 },
      'sum',
      1,
      4,
      { low: 10, high: 20 },
    ],
    ['holds a full year of a sum to the whole', { value: 1200 }, 'sum', 12, 12, { value: 1200 }],
    ['keeps a mean target as it is', { value: 0.9 }, 'mean', 3, 12, { value: 0.9 }],
    [
      'keeps a ratio band as it is',
      { low: 0.8, high: 0.9 },
      'ratio',
      3,
      12,
      { low: 0.8, high: 0.9 },
    ],
    ['gives no target without one', null, 'sum', 3, 12, null],
  ])('%s', (_, target, aggregation, elapsed, periods, expected) => {
    expect(fiscalYearToDateTarget(target, aggregation, elapsed, periods)).toEqual(expected);
  });

  it('refuses more elapsed periods than the year has', () => {
    expect(() => fiscalYearToDateTarget({ value: 1 }, 'sum', 13, 12)).toThrow(RangeError);
    expect(() => fiscalYearToDateTarget({ value: 1 }, 'sum', -1, 12)).toThrow(RangeError);
  });

  it('never asks more of a sum KPI as fewer periods have passed', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.integer({ min: 1, max: 366 }),
        fc.integer({ min: 0, max: 366 }),
        (total, periods, a) => {
          const elapsed = Math.min(a, periods - 1);
          const value = (e: number) =>
            (fiscalYearToDateTarget({ value: total }, 'sum', e, periods) as { value: number })
              .value;
          return value(elapsed) <= value(elapsed + 1) && value(periods) === total;
        },
      ),
    );
  });
});
