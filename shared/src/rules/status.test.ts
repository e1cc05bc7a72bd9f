import fc from 'fast-check';
import type { KpiStatus } from '../schemas/enums';
import { scoreOf, statusOf, type Target } from './status';

const rank: Record<KpiStatus, number> = {
  off_track: 0,
  at_risk: 1,
  on_track: 2,
  no_target: -1,
  no_data: -1,
};

const finite = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const nonZero = finite(-1e6, 1e6).filter((x) => x !== 0);
const tolerance = finite(0, 0.5);

describe('scoreOf', () => {
  it.each<[string, Parameters<typeof scoreOf>[0], number]>([
    [
      'actual over target (increase)',
      { direction: 'increase', actual: 110, target: { value: 100 } },
      1.1,
    ],
    [
      'actual under target (increase)',
      { direction: 'increase', actual: 95, target: { value: 100 } },
      0.95,
    ],
    [
      'actual under target (decrease)',
      { direction: 'decrease', actual: 8, target: { value: 10 } },
      1.25,
    ],
    [
      'actual over target (decrease)',
      { direction: 'decrease', actual: 12.5, target: { value: 10 } },
      0.8,
    ],
    ['an actual of 0 (decrease)', { direction: 'decrease', actual: 0, target: { value: 10 } }, 1],
    [
      'an actual of 0 against 0 (decrease)',
      { direction: 'decrease', actual: 0, target: { value: 0 } },
      1,
    ],
    [
      'a miss of a 0 target (decrease)',
      { direction: 'decrease', actual: 2, target: { value: 0 } },
      0,
    ],
    ['a 0 target met (increase)', { direction: 'increase', actual: 0, target: { value: 0 } }, 1],
    [
      'a 0 target missed (increase)',
      { direction: 'increase', actual: -1, target: { value: 0 } },
      0,
    ],
    [
      'a negative target beaten (increase)',
      { direction: 'increase', actual: -3, target: { value: -5 } },
      1.4,
    ],
    [
      'a value inside the band',
      { direction: 'range', actual: 15, target: { low: 10, high: 20 } },
      1,
    ],
    [
      'a value above the band',
      { direction: 'range', actual: 21, target: { low: 10, high: 20 } },
      0.9,
    ],
    [
      'a value below a one-point band',
      { direction: 'range', actual: 4, target: { value: 5 } },
      0.8,
    ],
    [
      'a value off a band of 0..0',
      { direction: 'range', actual: 1, target: { low: 0, high: 0 } },
      0,
    ],
  ])('scores %s', (_, assessment, score) => {
    expect(scoreOf(assessment)).toBeCloseTo(score, 12);
  });

  it('refuses a band for an increase KPI, a reversed band and a non-finite value', () => {
    expect(() =>
      scoreOf({ direction: 'increase', actual: 1, target: { low: 0, high: 2 } }),
    ).toThrow(RangeError);
    expect(() => scoreOf({ direction: 'range', actual: 1, target: { low: 3, high: 2 } })).toThrow(
      RangeError,
    );
    expect(() => scoreOf({ direction: 'increase', actual: NaN, target: { value: 1 } })).toThrow(
      RangeError,
    );
  });

  it('gives the same score when the direction flips and actual and target swap', () => {
    const same = (actual: number, target: number) =>
      scoreOf({ direction: 'increase', actual, target: { value: target } }) ===
      scoreOf({ direction: 'decrease', actual: target, target: { value: actual } });
    fc.assert(fc.property(finite(0, 1e6), finite(0, 1e6), same));
    fc.assert(fc.property(nonZero, nonZero, same));
  });
});

describe('statusOf', () => {
  const band: Target = { low: 10, high: 20 };

  it.each<[string, Parameters<typeof statusOf>[0], KpiStatus]>([
    ['on target', { direction: 'increase', actual: 100, target: { value: 100 } }, 'on_track'],
    ['4% short', { direction: 'increase', actual: 96, target: { value: 100 } }, 'at_risk'],
    [
      'exactly the tolerance short',
      { direction: 'increase', actual: 95, target: { value: 100 } },
      'at_risk',
    ],
    [
      'just past the tolerance',
      { direction: 'increase', actual: 94.9, target: { value: 100 } },
      'off_track',
    ],
    [
      'on target (decrease)',
      { direction: 'decrease', actual: 10, target: { value: 10 } },
      'on_track',
    ],
    [
      'slightly over (decrease)',
      { direction: 'decrease', actual: 10.5, target: { value: 10 } },
      'at_risk',
    ],
    [
      'well over (decrease)',
      { direction: 'decrease', actual: 11, target: { value: 10 } },
      'off_track',
    ],
    [
      'an actual of 0 (decrease)',
      { direction: 'decrease', actual: 0, target: { value: 3 } },
      'on_track',
    ],
    [
      'a 0 target met (increase)',
      { direction: 'increase', actual: 0, target: { value: 0 } },
      'on_track',
    ],
    [
      'a 0 target barely missed',
      { direction: 'decrease', actual: 0.01, target: { value: 0 } },
      'off_track',
    ],
    ['the band low edge', { direction: 'range', actual: 10, target: band }, 'on_track'],
    ['the band high edge', { direction: 'range', actual: 20, target: band }, 'on_track'],
    ['the tolerance above the band', { direction: 'range', actual: 20.5, target: band }, 'at_risk'],
    ['past the tolerance above', { direction: 'range', actual: 20.6, target: band }, 'off_track'],
    ['the tolerance below the band', { direction: 'range', actual: 9.5, target: band }, 'at_risk'],
    ['past the tolerance below', { direction: 'range', actual: 9.4, target: band }, 'off_track'],
    [
      'near a one-point band',
      { direction: 'range', actual: 8.3, target: { low: 8, high: 8 } },
      'at_risk',
    ],
    [
      'off a one-point band',
      { direction: 'range', actual: 8.5, target: { value: 8 } },
      'off_track',
    ],
    [
      'off a band of 0..0',
      { direction: 'range', actual: 0.001, target: { low: 0, high: 0 } },
      'off_track',
    ],
    [
      'a tight tolerance',
      { direction: 'increase', actual: 0.998, target: { value: 0.999 }, tolerance: 0.002 },
      'at_risk',
    ],
    [
      'beyond a tight tolerance',
      { direction: 'increase', actual: 0.99, target: { value: 0.999 }, tolerance: 0.002 },
      'off_track',
    ],
    [
      'no tolerance at all',
      { direction: 'increase', actual: 99.9, target: { value: 100 }, tolerance: 0 },
      'off_track',
    ],
    ['no target', { direction: 'increase', actual: 5, target: null }, 'no_target'],
    ['no measurement', { direction: 'increase', actual: null, target: { value: 5 } }, 'no_data'],
    ['neither', { direction: 'range', actual: undefined, target: undefined }, 'no_data'],
  ])('is %s → %s', (_, input, status) => {
    expect(statusOf(input)).toBe(status);
  });

  it('refuses a tolerance outside [0, 1)', () => {
    const input = { direction: 'increase', actual: 1, target: { value: 1 } } as const;
    expect(() => statusOf({ ...input, tolerance: 1 })).toThrow(RangeError);
    expect(() => statusOf({ ...input, tolerance: -0.1 })).toThrow(RangeError);
  });

  it('never gets worse as the actual grows (increase) or shrinks (decrease)', () => {
    fc.assert(
      fc.property(
        finite(-1e6, 1e6),
        finite(-1e6, 1e6),
        finite(-1e6, 1e6),
        tolerance,
        (a, b, t, tol) => {
          const [lower, higher] = a <= b ? [a, b] : [b, a];
          const status = (direction: 'increase' | 'decrease', actual: number) =>
            rank[statusOf({ direction, actual, target: { value: t }, tolerance: tol })];
          return (
            status('increase', lower) <= status('increase', higher) &&
            status('decrease', lower) >= status('decrease', higher)
          );
        },
      ),
    );
  });

  it('puts any value inside the band on track', () => {
    fc.assert(
      fc.property(
        finite(-1e6, 1e6),
        finite(0, 1e6),
        finite(0, 1),
        tolerance,
        (low, width, at, tol) => {
          const high = low + width;
          const actual = Math.min(high, Math.max(low, low + at * width));
          return (
            statusOf({ direction: 'range', actual, target: { low, high }, tolerance: tol }) ===
            'on_track'
          );
        },
      ),
    );
  });

  it('is on track for an increase KPI exactly when the actual reaches a positive target', () => {
    fc.assert(
      fc.property(finite(0, 1e6), finite(1e-3, 1e6), tolerance, (actual, target, tol) => {
        const onTrack =
          statusOf({ direction: 'increase', actual, target: { value: target }, tolerance: tol }) ===
          'on_track';
        return onTrack === actual >= target;
      }),
    );
  });
});
