import fc from 'fast-check';
import { kpiAggregations, kpiFrequencies, type KpiFrequency } from '../schemas/enums';
import { addDays, nextPeriodStart, periodEndOf, periodStartOf } from './fiscal';
import { isStale, periodTarget, type Target } from './status';

const isoDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('isStale', () => {
  it.each<[string, string, KpiFrequency, string, boolean]>([
    ['fresh while the next month is still running', '2026-10-01', 'monthly', '2026-11-25', false],
    ['fresh within the grace after the next month', '2026-10-01', 'monthly', '2026-12-15', false],
    ['fresh on the last day of the grace', '2026-10-01', 'monthly', '2026-12-30', false],
    ['stale the day after the grace', '2026-10-01', 'monthly', '2026-12-31', true],
    ['fresh while a quarter awaits its successor', '2025-07-01', 'quarterly', '2026-01-30', false],
    ['stale once the next quarter is overdue', '2025-07-01', 'quarterly', '2026-01-31', true],
    ["fresh with last year's annual figure", '2025-07-01', 'annual', '2027-07-30', false],
    ['stale with an annual figure two years behind', '2025-07-01', 'annual', '2027-07-31', true],
    ["fresh with yesterday's daily figure", '2026-11-24', 'daily', '2026-11-25', false],
    ['fresh with a daily figure 31 days old', '2026-10-25', 'daily', '2026-11-25', false],
    ['stale with a daily figure 32 days old', '2026-10-24', 'daily', '2026-11-25', true],
  ])('is %s', (_, latestPeriodStart, frequency, asOf, stale) => {
    expect(isStale({ latestPeriodStart, frequency, asOf })).toBe(stale);
  });

  it('is never stale without any measurement: that is no data', () => {
    expect(isStale({ latestPeriodStart: null, frequency: 'monthly', asOf: '2030-01-01' })).toBe(
      false,
    );
    expect(isStale({ latestPeriodStart: undefined, frequency: 'daily', asOf: '2030-01-01' })).toBe(
      false,
    );
  });

  it('follows the fiscal year for quarters and honours a custom grace', () => {
    // With an October start, the quarter of 2025-10-01 is followed by January..March.
    const input = { latestPeriodStart: '2025-10-01', frequency: 'quarterly' as const };
    expect(isStale({ ...input, asOf: '2026-04-10', fiscalYearStartMonth: 10, graceDays: 10 })).toBe(
      false,
    );
    expect(isStale({ ...input, asOf: '2026-04-11', fiscalYearStartMonth: 10, graceDays: 10 })).toBe(
      true,
    );
  });

  it('refuses a negative or fractional grace and a malformed date', () => {
    const input = { latestPeriodStart: '2026-10-01', frequency: 'monthly' as const };
    expect(() => isStale({ ...input, asOf: '2026-11-25', graceDays: -1 })).toThrow(RangeError);
    expect(() => isStale({ ...input, asOf: '2026-11-25', graceDays: 1.5 })).toThrow(RangeError);
    expect(() => isStale({ ...input, asOf: 'tomorrow' })).toThrow(RangeError);
  });

  it('turns stale exactly graceDays after the next period ends, and stays stale', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.constantFrom(...kpiFrequencies),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 0, max: 400 }),
        (date, frequency, graceDays, later) => {
          const latestPeriodStart = periodStartOf(date, frequency);
          const due = addDays(
            periodEndOf(nextPeriodStart(latestPeriodStart, frequency), frequency),
            graceDays,
          );
          const at = (asOf: string) => isStale({ latestPeriodStart, frequency, asOf, graceDays });
          return !at(due) && at(addDays(due, 1)) && at(addDays(due, 1 + later));
        },
      ),
    );
  });
});

describe('periodTarget', () => {
  it.each<[string, Parameters<typeof periodTarget>[0], Target | null]>([
    [
      "a mean KPI keeps the year's target",
      { fiscalYearTarget: { value: 90 }, aggregation: 'mean', periodsInYear: 12 },
      { value: 90 },
    ],
    [
      "a sum KPI spreads the year's total",
      { fiscalYearTarget: { value: 1200 }, aggregation: 'sum', periodsInYear: 12 },
      { value: 100 },
    ],
    [
      'a sum KPI spreads both bounds of a band',
      { fiscalYearTarget: { low: 400, high: 800 }, aggregation: 'sum', periodsInYear: 4 },
      { low: 100, high: 200 },
    ],
    [
      'a daily sum KPI in a leap year',
      { fiscalYearTarget: { value: 732 }, aggregation: 'sum', periodsInYear: 366 },
      { value: 2 },
    ],
    [
      'an override wins, undivided, for a sum KPI',
      {
        fiscalYearTarget: { value: 1200 },
        override: { value: 150 },
        aggregation: 'sum',
        periodsInYear: 12,
      },
      { value: 150 },
    ],
    [
      'an override applies without a year target',
      {
        fiscalYearTarget: null,
        override: { low: 1, high: 2 },
        aggregation: 'last',
        periodsInYear: 4,
      },
      { low: 1, high: 2 },
    ],
    [
      'no target at all',
      { fiscalYearTarget: null, override: null, aggregation: 'sum', periodsInYear: 12 },
      null,
    ],
  ])('%s', (_, input, target) => {
    expect(periodTarget(input)).toEqual(target);
  });

  it('refuses a year without periods', () => {
    expect(() =>
      periodTarget({ fiscalYearTarget: { value: 1 }, aggregation: 'sum', periodsInYear: 0 }),
    ).toThrow(RangeError);
  });

  it("adds a sum KPI's period targets back up to the year's total", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.constantFrom(1, 4, 12, 365, 366),
        (total, periodsInYear) => {
          const target = periodTarget({
            fiscalYearTarget: { value: total },
            aggregation: 'sum',
            periodsInYear,
          });
          const perPeriod = target && 'value' in target ? target.value : NaN;
          return Math.abs(perPeriod * periodsInYear - total) <= 1e-9 * Math.max(1, Math.abs(total));
        },
      ),
    );
  });

  it("hands any aggregation but sum the year's target unchanged", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kpiAggregations.filter((a) => a !== 'sum')),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 1, max: 366 }),
        (aggregation, value, periodsInYear) => {
          const fiscalYearTarget = { value };
          return (
            periodTarget({ fiscalYearTarget, aggregation, periodsInYear }) === fiscalYearTarget
          );
        },
      ),
    );
  });
});
