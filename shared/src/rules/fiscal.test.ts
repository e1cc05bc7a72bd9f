import fc from 'fast-check';
import {
  addMonths,
  fiscalYearOf,
  fiscalYearRange,
  isPeriodStart,
  periodStartOf,
  periodsOfFiscalYear,
} from './fiscal';

const isoDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const startMonth = fc.integer({ min: 1, max: 12 });

describe('fiscalYearOf', () => {
  it.each([
    ['2025-07-01', 7, 2026],
    ['2026-06-30', 7, 2026],
    ['2025-06-30', 7, 2025],
    ['2025-10-01', 10, 2026],
    ['2025-09-30', 10, 2025],
    ['2025-01-01', 1, 2025],
    ['2025-12-31', 1, 2025],
  ])('puts %s in FY%s with a start month of %s', (date, start, fy) => {
    expect(fiscalYearOf(date, start)).toBe(fy);
  });

  it('rejects a start month outside 1..12 and a malformed date', () => {
    expect(() => fiscalYearOf('2025-07-01', 13)).toThrow(RangeError);
    expect(() => fiscalYearOf('07/01/2025')).toThrow(RangeError);
  });

  it('agrees with fiscalYearRange for every date and start month', () => {
    fc.assert(
      fc.property(isoDate, startMonth, (date, start) => {
        const { start: first, end: last } = fiscalYearRange(fiscalYearOf(date, start), start);
        return first <= date && date <= last;
      }),
    );
  });
});

describe('fiscalYearRange', () => {
  it('runs FY2026 from 2025-07-01 to 2026-06-30 by default', () => {
    expect(fiscalYearRange(2026)).toEqual({ start: '2025-07-01', end: '2026-06-30' });
  });
  it('ends on the last day of February in a leap year', () => {
    expect(fiscalYearRange(2024, 3)).toEqual({ start: '2023-03-01', end: '2024-02-29' });
  });
});

describe('periodStartOf', () => {
  it.each([
    ['2025-08-15', 'monthly', '2025-08-01'],
    ['2025-08-15', 'quarterly', '2025-07-01'],
    ['2025-12-31', 'quarterly', '2025-10-01'],
    ['2026-01-01', 'quarterly', '2026-01-01'],
    ['2026-06-30', 'quarterly', '2026-04-01'],
    ['2026-06-30', 'annual', '2025-07-01'],
  ] as const)('starts the period of %s (%s) on %s', (date, frequency, start) => {
    expect(periodStartOf(date, frequency)).toBe(start);
  });

  it('returns a period start that is in the same fiscal year and not after the date', () => {
    fc.assert(
      fc.property(
        isoDate,
        startMonth,
        fc.constantFrom('monthly', 'quarterly', 'annual'),
        (date, start, freq) => {
          const first = periodStartOf(date, freq, start);
          return (
            first <= date &&
            fiscalYearOf(first, start) === fiscalYearOf(date, start) &&
            isPeriodStart(first, freq, start)
          );
        },
      ),
    );
  });
});

describe('periodsOfFiscalYear', () => {
  it('lists the four quarters of FY2026', () => {
    expect(periodsOfFiscalYear(2026, 'quarterly')).toEqual([
      '2025-07-01',
      '2025-10-01',
      '2026-01-01',
      '2026-04-01',
    ]);
  });
  it('lists twelve months, one annual period', () => {
    expect(periodsOfFiscalYear(2017, 'monthly')).toHaveLength(12);
    expect(periodsOfFiscalYear(2017, 'annual')).toEqual(['2016-07-01']);
  });
});

describe('addMonths', () => {
  it('crosses year boundaries both ways', () => {
    expect(addMonths({ year: 2025, month: 11 }, 3)).toEqual({ year: 2026, month: 2 });
    expect(addMonths({ year: 2025, month: 1 }, -1)).toEqual({ year: 2024, month: 12 });
  });
});
