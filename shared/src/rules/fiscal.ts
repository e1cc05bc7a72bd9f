/**
 * Fiscal years and reporting periods on `YYYY-MM-DD` date strings (DESIGN.md §3).
 * A fiscal year is named by the calendar year it ends in: with a July start,
 * FY2026 runs 2025-07-01..2026-06-30. Quarters follow the fiscal year; a daily period is the
 * day itself.
 */
import type { KpiFrequency } from '../schemas/enums';

export interface YearMonth {
  year: number;
  month: number; // 1..12
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function parseYearMonth(date: string): YearMonth {
  const match = DATE.exec(date);
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

/** Days since 1970-01-01. `setUTCFullYear`, unlike `Date.UTC`, keeps years 0..99 as written. */
function epochDayOf(date: string): number {
  const match = DATE.exec(date);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  // A day the calendar lacks (2025-02-30) would silently roll over into the next month.
  if (!match || instant.getUTCMonth() !== month - 1 || instant.getUTCDate() !== day) {
    throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  }
  return Math.round(instant.getTime() / MS_PER_DAY);
}

function dateOfEpochDay(epochDay: number): string {
  const instant = new Date(epochDay * MS_PER_DAY);
  const year = instant.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`date out of range: day ${epochDay}`);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(instant.getUTCMonth() + 1, 2)}-${pad(instant.getUTCDate(), 2)}`;
}

/** The date `days` days after (or before) a date. */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return dateOfEpochDay(epochDayOf(date) + days);
}

/** Whole days from one date to another: negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return epochDayOf(to) - epochDayOf(from);
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
  const start = formatYearMonth(first);
  return { start, end: addDays(formatYearMonth(addMonths(first, 12)), -1) };
}

/** The frequencies whose periods are whole months; a daily period is shorter than a month. */
export type MonthBasedFrequency = Exclude<KpiFrequency, 'daily'>;

export function isMonthBased(frequency: KpiFrequency): frequency is MonthBasedFrequency {
  return frequency !== 'daily';
}

/** How many months one period of each month-based frequency spans. */
export const monthsPerPeriod: Record<MonthBasedFrequency, number> = {
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
  epochDayOf(date); // rejects a malformed date for every frequency, daily included
  if (!isMonthBased(frequency)) return date;
  const ym = parseYearMonth(date);
  const step = monthsPerPeriod[frequency];
  const monthsIntoFiscalYear = (ym.month - fiscalYearStartMonth + 12) % 12;
  return formatYearMonth(addMonths(ym, -(monthsIntoFiscalYear % step)));
}

/** Whether a date is the first day of a period of the given frequency. */
export function isPeriodStart(
  date: string,
  frequency: KpiFrequency,
  fiscalYearStartMonth = 7,
): boolean {
  return periodStartOf(date, frequency, fiscalYearStartMonth) === date;
}

/**
 * The first day of the period after the one that starts on (or contains) a date. Any date is
 * accepted so that callers holding a measurement's date need not align it first.
 */
export function nextPeriodStart(
  periodStart: string,
  frequency: KpiFrequency,
  fiscalYearStartMonth = 7,
): string {
  const start = periodStartOf(periodStart, frequency, fiscalYearStartMonth);
  if (!isMonthBased(frequency)) return addDays(start, 1);
  return formatYearMonth(addMonths(parseYearMonth(start), monthsPerPeriod[frequency]));
}

/** The last day of the period that starts on (or contains) a date. */
export function periodEndOf(
  periodStart: string,
  frequency: KpiFrequency,
  fiscalYearStartMonth = 7,
): string {
  const start = periodStartOf(periodStart, frequency, fiscalYearStartMonth);
  if (!isMonthBased(frequency)) return start;
  // The last day of the period's last month by arithmetic rather than Date (periodStartOf has
  // checked the date): a series of hundreds of periods asks this for every point.
  const last = addMonths(parseYearMonth(start), monthsPerPeriod[frequency] - 1);
  if (last.year > 9999) throw new RangeError(`the period of ${periodStart} ends after 9999`);
  return `${formatYearMonth(last).slice(0, 8)}${daysInMonth(last)}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth({ year, month }: YearMonth): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

/** How many periods of a frequency a fiscal year has: 365 or 366 days for a daily KPI. */
export function periodsPerFiscalYear(
  fiscalYear: number,
  frequency: KpiFrequency,
  fiscalYearStartMonth = 7,
): number {
  const { start, end } = fiscalYearRange(fiscalYear, fiscalYearStartMonth);
  if (!isMonthBased(frequency)) return daysBetween(start, end) + 1;
  return 12 / monthsPerPeriod[frequency];
}

/** The 0-based position, within its fiscal year, of the period that starts on (or contains) a date. */
export function periodIndexInFiscalYear(
  periodStart: string,
  frequency: KpiFrequency,
  fiscalYearStartMonth = 7,
): number {
  const start = periodStartOf(periodStart, frequency, fiscalYearStartMonth);
  const fiscalYear = fiscalYearOf(start, fiscalYearStartMonth);
  const first = fiscalYearRange(fiscalYear, fiscalYearStartMonth).start;
  if (!isMonthBased(frequency)) return daysBetween(first, start);
  const from = parseYearMonth(first);
  const to = parseYearMonth(start);
  const months = (to.year - from.year) * 12 + (to.month - from.month);
  return months / monthsPerPeriod[frequency];
}

/** The period starts of one fiscal year, in order. */
export function periodsOfFiscalYear(
  fiscalYear: number,
  frequency: KpiFrequency,
  fiscalYearStartMonth = 7,
): string[] {
  const periods: string[] = [];
  const { start, end } = fiscalYearRange(fiscalYear, fiscalYearStartMonth);
  for (let p = start; p <= end; p = nextPeriodStart(p, frequency, fiscalYearStartMonth)) {
    periods.push(p);
  }
  return periods;
}

/**
 * The share of a date's fiscal year that has passed by the end of that date: 1/365 on the first
 * day, 1 on the last. Counting the date itself makes "as of today" include today's work.
 */
export function elapsedShareOfFiscalYear(date: string, fiscalYearStartMonth = 7): number {
  const { start, end } = fiscalYearRange(
    fiscalYearOf(date, fiscalYearStartMonth),
    fiscalYearStartMonth,
  );
  return (daysBetween(start, date) + 1) / (daysBetween(start, end) + 1);
}
