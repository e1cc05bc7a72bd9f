import fc from 'fast-check';
import { addDays, periodEndOf } from './fiscal';
import {
  dueDateOf,
  lastEndedMonth,
  monthOf,
  periodsEndingInMonth,
  REPORTING_GRACE_DAYS,
} from './reporting';
import { isStale } from './status';

const isoDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('monthOf and lastEndedMonth', () => {
  it.each([
    ['2026-11-25', '2026-11-01', '2026-10-01'],
    ['2026-11-01', '2026-11-01', '2026-10-01'],
    ['2026-11-30', '2026-11-01', '2026-10-01'],
    ['2027-01-15', '2027-01-01', '2026-12-01'],
  ])('on %s the month is %s and the last ended month %s', (today, month, ended) => {
    expect(monthOf(today)).toBe(month);
    expect(lastEndedMonth(today)).toBe(ended);
  });

  it('refuses a malformed date', () => {
    expect(() => monthOf('2026-02-30')).toThrow(RangeError);
    expect(() => lastEndedMonth('soon')).toThrow(RangeError);
  });
});

describe('periodsEndingInMonth', () => {
  const frequencies = (month: string, startMonth = 7) =>
    periodsEndingInMonth(month, startMonth).map((p) => p.frequency);

  it.each([
    ['a month inside a quarter', '2026-10-01', 7, ['monthly']],
    ["the fiscal quarter's last month", '2026-09-01', 7, ['monthly', 'quarterly']],
    ["the fiscal year's last month", '2027-06-01', 7, ['monthly', 'quarterly', 'annual']],
    ['December in a calendar fiscal year', '2026-12-01', 1, ['monthly', 'quarterly', 'annual']],
    ['September with an October start', '2026-09-01', 10, ['monthly', 'quarterly', 'annual']],
  ] as const)('lists %s', (_, month, startMonth, expected) => {
    expect(frequencies(month, startMonth)).toEqual(expected);
  });

  it('gives each period its start, end and the start of the period before', () => {
    expect(periodsEndingInMonth('2027-06-17')).toEqual([
      {
        frequency: 'monthly',
        periodStart: '2027-06-01',
        periodEnd: '2027-06-30',
        previousStart: '2027-05-01',
      },
      {
        frequency: 'quarterly',
        periodStart: '2027-04-01',
        periodEnd: '2027-06-30',
        previousStart: '2027-01-01',
      },
      {
        frequency: 'annual',
        periodStart: '2026-07-01',
        periodEnd: '2027-06-30',
        previousStart: '2025-07-01',
      },
    ]);
  });

  it('lists only periods that end in the month, always the monthly one', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 12 }), (date, startMonth) => {
        const periods = periodsEndingInMonth(date, startMonth);
        expect(periods[0]?.frequency).toBe('monthly');
        for (const p of periods) {
          expect(p.periodEnd.slice(0, 7)).toBe(date.slice(0, 7));
          expect(periodEndOf(p.previousStart, p.frequency, startMonth)).toBe(
            addDays(p.periodStart, -1),
          );
        }
      }),
    );
  });
});

describe('dueDateOf', () => {
  it('is the period end plus the grace a KPI has before it turns stale', () => {
    expect(dueDateOf('2026-09-30')).toBe('2026-10-30');
    expect(REPORTING_GRACE_DAYS).toBe(30);
    // Stale exactly when the period after the latest reported one is overdue.
    const input = { latestPeriodStart: '2026-08-01', frequency: 'monthly' as const };
    expect(isStale({ ...input, asOf: dueDateOf('2026-09-30') })).toBe(false);
    expect(isStale({ ...input, asOf: '2026-10-31' })).toBe(true);
  });
});
