import fc from 'fast-check';
import { kpiFrequencies } from '../schemas/enums';
import {
  addDays,
  addMonths,
  daysBetween,
  elapsedShareOfFiscalYear,
  fiscalYearOf,
  fiscalYearRange,
  isPeriodStart,
  nextPeriodStart,
  periodEndOf,
  periodIndexInFiscalYear,
  periodStartOf,
  periodsOfFiscalYear,
  periodsPerFiscalYear,
} from './fiscal';

const isoDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const startMonth = fc.integer({ min: 1, max: 12 });
const frequency = fc.constantFrom(...kpiFrequencies);

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
    ['2026-02-17', 'daily', '2026-02-17'],
  ] as const)('starts the period of %s (%s) on %s', (date, frequency, start) => {
    expect(periodStartOf(date, frequency)).toBe(start);
  });

  it('returns a period start that is in the same fiscal year and not after the date', () => {
    fc.assert(
      fc.property(isoDate, startMonth, frequency, (date, start, freq) => {
        const first = periodStartOf(date, freq, start);
        return (
          first <= date &&
          fiscalYearOf(first, start) === fiscalYearOf(date, start) &&
          isPeriodStart(first, freq, start)
        );
      }),
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
  it("lists every day of a daily KPI's year, 29 February included in a leap year", () => {
    const days = periodsOfFiscalYear(2024, 'daily');
    expect(days).toHaveLength(366);
    expect([days[0], days[365]]).toEqual(['2023-07-01', '2024-06-30']);
    expect(days).toContain('2024-02-29');
  });
});

describe('addMonths', () => {
  it('crosses year boundaries both ways', () => {
    expect(addMonths({ year: 2025, month: 11 }, 3)).toEqual({ year: 2026, month: 2 });
    expect(addMonths({ year: 2025, month: 1 }, -1)).toEqual({ year: 2024, month: 12 });
  });
});

describe('addDays', () => {
  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-07-01', 365, '2026-07-01'],
    ['0050-01-01', 1, '0050-01-02'],
  ])('moves %s by %s days to %s', (date, days, moved) => {
    expect(addDays(date, days)).toBe(moved);
  });

  it('rejects a day the calendar lacks and a fractional number of days', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2025-13-01', 1)).toThrow(RangeError);
    expect(() => addDays('2025-07-01', 0.5)).toThrow(RangeError);
  });

  it('rejects what is not a YYYY-MM-DD date, and follows the leap-year rules of 1900 and 2000', () => {
    for (const bad of [
      '2025-00-10',
      '2025-01-00',
      '2025-1-01',
      '2025/01/01',
      '+2025-01-01',
      ' 2025-01-01',
      '2025-01-01\n',
      '2025-01-0a',
      '1900-02-29',
      '2025-04-31',
      '',
    ]) {
      expect(() => addDays(bad, 0)).toThrow(RangeError);
    }
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
  });

  it('stays within the years 0000 to 9999', () => {
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(addDays('0000-01-02', -1)).toBe('0000-01-01');
    expect(() => addDays('0000-01-01', -1)).toThrow(RangeError);
  });

  it('counts days as Date does, for any date of the years 0000 to 9999', () => {
    const anyDate = fc
      .date({ min: new Date('0000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -400_000, max: 400_000 }), (date, days) => {
        const byDate = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);
        const year = byDate.getUTCFullYear();
        if (year < 0 || year > 9999) {
          expect(() => addDays(date, days)).toThrow(RangeError);
          return true;
        }
        expect(daysBetween('1970-01-01', date)).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
        expect(addDays(date, days)).toBe(byDate.toISOString().slice(0, 10));
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it('is undone by moving back, and daysBetween counts the move', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        const moved = addDays(date, days);
        return addDays(moved, -days) === date && daysBetween(date, moved) === days;
      }),
    );
  });
});

describe('isPeriodStart', () => {
  it.each([
    ['2025-10-01', 'quarterly', true],
    ['2025-11-01', 'quarterly', false],
    ['2025-11-01', 'monthly', true],
    ['2025-11-02', 'monthly', false],
    ['2025-11-02', 'daily', true],
  ] as const)('says %s starts a %s period: %s', (date, freq, expected) => {
    expect(isPeriodStart(date, freq)).toBe(expected);
  });
});

describe('nextPeriodStart and periodEndOf', () => {
  it.each([
    ['2025-07-01', 'daily', '2025-07-02', '2025-07-01'],
    ['2026-06-30', 'daily', '2026-07-01', '2026-06-30'],
    ['2024-02-01', 'monthly', '2024-03-01', '2024-02-29'],
    ['2025-02-01', 'monthly', '2025-03-01', '2025-02-28'],
    ['1900-02-01', 'monthly', '1900-03-01', '1900-02-28'],
    ['2000-02-01', 'monthly', '2000-03-01', '2000-02-29'],
    ['2025-09-01', 'monthly', '2025-10-01', '2025-09-30'],
    ['2025-10-01', 'quarterly', '2026-01-01', '2025-12-31'],
    ['2025-11-15', 'quarterly', '2026-01-01', '2025-12-31'],
    ['2025-07-01', 'annual', '2026-07-01', '2026-06-30'],
  ] as const)('after %s (%s) comes %s; the period ends %s', (start, freq, next, end) => {
    expect(nextPeriodStart(start, freq)).toBe(next);
    expect(periodEndOf(start, freq)).toBe(end);
  });

  it('refuses a period that would end after year 9999', () => {
    expect(() => periodEndOf('9999-07-01', 'annual', 7)).toThrow(RangeError);
    expect(periodEndOf('9999-06-01', 'monthly', 7)).toBe('9999-06-30');
  });

  it('ends each period the day before the next one starts, which is a period start', () => {
    fc.assert(
      fc.property(isoDate, frequency, startMonth, (date, freq, start) => {
        const next = nextPeriodStart(date, freq, start);
        const end = periodEndOf(date, freq, start);
        return (
          date <= end &&
          addDays(end, 1) === next &&
          isPeriodStart(next, freq, start) &&
          periodStartOf(end, freq, start) === periodStartOf(date, freq, start)
        );
      }),
    );
  });
});

describe('periodsPerFiscalYear', () => {
  it.each([
    [2026, 'daily', 7, 365],
    [2024, 'daily', 7, 366],
    [2024, 'daily', 1, 366],
    [2025, 'daily', 3, 365],
    [2026, 'monthly', 7, 12],
    [2026, 'quarterly', 7, 4],
    [2026, 'annual', 7, 1],
  ] as const)('gives FY%s %s periods of a %s KPI (start month %s)', (fy, freq, start, count) => {
    expect(periodsPerFiscalYear(fy, freq, start)).toBe(count);
  });

  it('agrees with the length of periodsOfFiscalYear', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), frequency, startMonth, (fy, freq, s) => {
        return periodsPerFiscalYear(fy, freq, s) === periodsOfFiscalYear(fy, freq, s).length;
      }),
      { numRuns: 50 },
    );
  });
});

describe('periodIndexInFiscalYear', () => {
  it.each([
    ['2025-07-01', 'daily', 0],
    ['2026-06-30', 'daily', 364],
    ['2025-08-01', 'monthly', 1],
    ['2026-06-01', 'monthly', 11],
    ['2026-01-01', 'quarterly', 2],
    ['2026-02-10', 'quarterly', 2],
    ['2025-07-01', 'annual', 0],
  ] as const)('puts %s (%s) at index %s of FY2026', (date, freq, index) => {
    expect(periodIndexInFiscalYear(date, freq)).toBe(index);
  });

  it('is the position of the period in periodsOfFiscalYear', () => {
    fc.assert(
      fc.property(isoDate, frequency, startMonth, (date, freq, start) => {
        const periods = periodsOfFiscalYear(fiscalYearOf(date, start), freq, start);
        const index = periodIndexInFiscalYear(date, freq, start);
        return periods[index] === periodStartOf(date, freq, start);
      }),
      { numRuns: 200 },
    );
  });
});

describe('elapsedShareOfFiscalYear', () => {
  it.each([
    ['2025-07-01', 1 / 365],
    ['2025-12-31', 184 / 365],
    ['2026-06-30', 1],
  ])('counts %s as %s of FY2026 gone', (date, share) => {
    expect(elapsedShareOfFiscalYear(date)).toBeCloseTo(share, 12);
  });

  it('stays in (0, 1] and grows day by day within a fiscal year', () => {
    fc.assert(
      fc.property(isoDate, startMonth, (date, start) => {
        const share = elapsedShareOfFiscalYear(date, start);
        const tomorrow = addDays(date, 1);
        const sameYear = fiscalYearOf(tomorrow, start) === fiscalYearOf(date, start);
        return (
          share > 0 &&
          share <= 1 &&
          (!sameYear || elapsedShareOfFiscalYear(tomorrow, start) > share)
        );
      }),
    );
  });
});
