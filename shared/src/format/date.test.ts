import fc from 'fast-check';
import { formatDate, formatInstant, formatMonth, formatPeriod } from './date';

describe('formatDate', () => {
  test('a calendar date reads the same whatever the zone', () => {
    expect(formatDate('2026-11-25')).toBe('November 25, 2026');
    expect(formatDate('2026-01-01', { short: true })).toBe('Jan 1, 2026');
  });
});

describe('formatInstant', () => {
  test('an instant is shown in the city zone, not UTC', () => {
    // 02:30 UTC on the 26th is still the evening of the 25th in Durham.
    expect(formatInstant('2026-11-26T02:30:00Z', 'America/New_York')).toBe('Nov 25, 2026, 9:30 PM');
  });
});

describe('formatPeriod', () => {
  test.each([
    ['2026-10-01', 'monthly', 7, 'Oct 2026'],
    ['2026-10-01', 'quarterly', 7, 'FY2027 Q2'],
    ['2026-07-01', 'quarterly', 7, 'FY2027 Q1'],
    ['2027-04-01', 'quarterly', 7, 'FY2027 Q4'],
    ['2026-01-01', 'quarterly', 1, 'FY2026 Q1'],
    ['2026-07-01', 'annual', 7, 'FY2027'],
    ['2025-07-01', 'fy', 7, 'FY2026'],
    ['2026-10-05', 'daily', 7, 'Oct 5, 2026'],
  ] as const)('%s (%s, FY from month %d) is "%s"', (start, frequency, startMonth, label) => {
    expect(formatPeriod(start, frequency, startMonth)).toBe(label);
  });

  test('the twelve months of any fiscal year have twelve different labels and four quarters', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2090 }),
        fc.integer({ min: 1, max: 12 }),
        (year, startMonth) => {
          const months = Array.from({ length: 12 }, (_, i) => {
            const index = year * 12 + startMonth - 1 + i;
            return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
          });
          const monthly = new Set(months.map((m) => formatPeriod(m, 'monthly', startMonth)));
          const quarterly = new Set(months.map((m) => formatPeriod(m, 'quarterly', startMonth)));
          return monthly.size === 12 && quarterly.size === 4;
        },
      ),
    );
  });
});

describe('formatMonth', () => {
  test('names the month of any of its dates', () => {
    expect(formatMonth('2026-11-01')).toBe('November 2026');
    expect(formatMonth('2027-01-31')).toBe('January 2027');
  });
});
