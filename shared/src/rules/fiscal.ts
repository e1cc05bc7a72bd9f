/**
 * Fiscal years and reporting periods on `YYYY-MM-DD` date strings (DESIGN.md §3).
 * A fiscal year is named by the calendar year it ends in: with a July start,
 * FY2026 runs 2025-07-01..2026-06-30. Quarters follow the fiscal year.
 */
import type { KpiFrequency } from '../schemas/enums';

export interface YearMonth {
  year: number;
  month: number; // 1..12
}

export function parseYearMonth(date: string): YearMonth {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** First day of the month, `months` months after (or before) the given year-month. */
export function addMonths({ year, month }: YearMonth, months: number): YearMonth {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function formatYearMonth({ year, month }: YearMonth): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

function assertStartMonth(fiscalYearStartMonth: number): void {
  if (
    !Number.isInteger(fiscalYearStartMonth) ||
    fiscalYearStartMonth < 1 ||
    fiscalYearStartMonth > 12
  ) {
    throw new RangeError(`fiscal year start month must be 1..12, got ${fiscalYearStartMonth}`);
  }
}

/** The fiscal year a date falls in. */
export function fiscalYearOf(date: string, fiscalYearStartMonth = 7): number {
  assertStartMonth(fiscalYearStartMonth);
  const { year, month } = parseYearMonth(date);
  if (fiscalYearStartMonth === 1) return year;
  return month >= fiscalYearStartMonth ? year + 1 : year;
}

/** First and last day of a fiscal year. */
export function fiscalYearRange(
  fiscalYear: number,
  fiscalYearStartMonth = 7,
): { start: string; end: string } {
  assertStartMonth(fiscalYearStartMonth);
  const first: YearMonth = {
    year: fiscalYearStartMonth === 1 ? fiscalYear : fiscalYear - 1,
    month: fiscalYearStartMonth,
  };
  const next = addMonths(first, 12);
  const lastDay = new Date(Date.UTC(next.year, next.month - 1, 0)).getUTCDate();
  const last = addMonths(first, 11);
  return {
    start: formatYearMonth(first),
    end: `${formatYearMonth(last).slice(0, 8)}${String(lastDay).padStart(2, '0')}`,
  };
}

/** How many months one period of each frequency spans. */
export const monthsPerPeriod: Record<KpiFrequency, number> = {
  monthly: 1,
  quarterly: 3,
  annual: 12,
};

/** The first day of the period (of the KPI's frequency) that contains a date. */
export function periodStartOf(
  date: string,
  frequency: KpiFrequency,
  fiscalYearStartMonth = 7,
): string {
  assertStartMonth(fiscalYearStartMonth);
  const ym = parseYearMonth(date);
  const step = monthsPerPeriod[frequency];
  const monthsIntoFiscalYear = (ym.month - fiscalYearStartMonth + 12) % 12;
  return formatYearMonth(addMonths(ym, -(monthsIntoFiscalYear % step)));
}

/** The period starts of one fiscal year, in order. */
export function periodsOfFiscalYear(
  fiscalYear: number,
  frequency: KpiFrequency,
  fiscalYearStartMonth = 7,
): string[] {
  const first = parseYearMonth(fiscalYearRange(fiscalYear, fiscalYearStartMonth).start);
  const step = monthsPerPeriod[frequency];
  return Array.from({ length: 12 / step }, (_, i) => formatYearMonth(addMonths(first, i * step)));
}

/** Whether a date is the first day of a period of the given frequency. */
export function isPeriodStart(
  date: string,
  frequency: KpiFrequency,
  fiscalYearStartMonth = 7,
): boolean {
  return /-01$/.test(date) && periodStartOf(date, frequency, fiscalYearStartMonth) === date;
}
