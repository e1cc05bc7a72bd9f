import fc from 'fast-check';
import { kpiFrequencies } from '../schemas/enums';
import { addMonths, formatYearMonth, isPeriodStart, periodStartOf } from './fiscal';
import { parsePeriodText, resolvePeriodStart } from './importDates';

const TODAY = '2026-11-25';

describe('parsePeriodText', () => {
  it.each([
    ['2025-07-01', { start: '2025-07-01', unit: 'day' }],
    ['2025/7/1', { start: '2025-07-01', unit: 'day' }],
    ['2025-07-01T00:00:00.000Z', { start: '2025-07-01', unit: 'day' }],
    ['2025-07', { start: '2025-07-01', unit: 'month' }],
    ['07/01/2025', { start: '2025-07-01', unit: 'day' }],
    ['7/1/25', { start: '2025-07-01', unit: 'day' }],
    ['07/2025', { start: '2025-07-01', unit: 'month' }],
    ['Jul-2025', { start: '2025-07-01', unit: 'month' }],
    ['July 2025', { start: '2025-07-01', unit: 'month' }],
    ['sept. 2025', { start: '2025-09-01', unit: 'month' }],
    ['Jul-25', { start: '2025-07-01', unit: 'month' }],
    ['FY2026 Q1', { start: '2025-07-01', unit: 'quarter' }],
    ['FY26-Q3', { start: '2026-01-01', unit: 'quarter' }],
    ['Q4 FY2026', { start: '2026-04-01', unit: 'quarter' }],
    ['FY2026', { start: '2025-07-01', unit: 'year' }],
    ['fy 26', { start: '2025-07-01', unit: 'year' }],
  ])('reads %s', (text, span) => {
    expect(parsePeriodText(text, 7)).toEqual(span);
  });

  it.each(['', 'soon', '2025-02-30', '13/01/2025', 'Foo-2025', 'FY2026 Q5', '2025'])(
    'does not read %j',
    (text) => {
      expect(parsePeriodText(text, 7)).toBeNull();
    },
  );

  it('follows the fiscal year start for quarters and years', () => {
    expect(parsePeriodText('FY2026 Q1', 10)).toEqual({ start: '2025-10-01', unit: 'quarter' });
    expect(parsePeriodText('FY2026', 1)).toEqual({ start: '2026-01-01', unit: 'year' });
  });
});

describe('resolvePeriodStart', () => {
  it.each([
    ['Jul-2025', 'monthly', { periodStart: '2025-07-01' }],
    ['2025-10-01', 'quarterly', { periodStart: '2025-10-01' }],
    ['Oct-2025', 'quarterly', { periodStart: '2025-10-01' }],
    ['FY2026 Q2', 'quarterly', { periodStart: '2025-10-01' }],
    ['FY2026', 'annual', { periodStart: '2025-07-01' }],
    ['2025-07-15', 'daily', { periodStart: '2025-07-15' }],
  ] as const)('resolves %s for a %s KPI', (text, frequency, expected) => {
    expect(resolvePeriodStart(text, frequency, 7, TODAY)).toEqual(expected);
  });

  it.each([
    ['2025-07-15', 'monthly', 'misaligned', 'must be the first day of a month'],
    ['Aug-2025', 'quarterly', 'misaligned', 'must be the first day of a fiscal quarter'],
    ['FY2026 Q1', 'monthly', 'misaligned', 'is a quarter: a monthly KPI needs a month'],
    ['Jul-2025', 'daily', 'misaligned', 'is a month: a daily KPI needs a date'],
    [
      'FY2026',
      'quarterly',
      'misaligned',
      'is a fiscal year: a quarterly KPI needs a fiscal quarter',
    ],
    ['Dec-2026', 'monthly', 'future', 'must not be in the future'],
    ['someday', 'monthly', 'unreadable', 'is not a period we can read'],
  ] as const)('refuses %s for a %s KPI (%s)', (text, frequency, kind, message) => {
    const resolved = resolvePeriodStart(text, frequency, 7, TODAY);
    expect(resolved).toMatchObject({ kind, problem: expect.stringContaining(message) });
  });

  it('resolves any period start, in any written form, to itself', () => {
    const monthNames = [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 2000 * 12, max: 2026 * 12 + 9 }),
        fc.constantFrom(...kpiFrequencies.filter((f) => f !== 'daily')),
        fc.integer({ min: 1, max: 12 }),
        (monthIndex, frequency, startMonth) => {
          const date = periodStartOf(
            formatYearMonth(addMonths({ year: 0, month: 1 }, monthIndex)),
            frequency,
            startMonth,
          );
          if (date > TODAY) return;
          const [year, month] = date.split('-').map(Number) as [number, number];
          for (const text of [date, `${month}/1/${year}`, `${monthNames[month - 1]}-${year}`]) {
            expect(resolvePeriodStart(text, frequency, startMonth, TODAY)).toEqual({
              periodStart: date,
            });
          }
          expect(isPeriodStart(date, frequency, startMonth)).toBe(true);
        },
      ),
    );
  });
});
