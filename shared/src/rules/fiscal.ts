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

const DASH = 45; // '-'
const ZERO = 48; // '0'

interface CalendarDate extends YearMonth {
  day: number;
}

/** The number the digits of `text` from `start` to `end` spell; NaN when one is not 0-9. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i += 1) {
    const digit = text.charCodeAt(i) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * Year, month and day of a `YYYY-MM-DD` string, by its format alone (2025-02-30 passes), or null.
 * Read character by character: every rule below starts here, and a series asks them for each of
 * its hundreds of points (a regular expression and a `Date` cost ten times as much).
 */
function fieldsOf(date: string): CalendarDate | null {
  if (
    typeof date !== 'string' ||
    date.length !== 10 ||
    date.charCodeAt(4) !== DASH ||
    date.charCodeAt(7) !== DASH
  ) {
    return null;
  }
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 7);
  const day = digitsAt(date, 8, 10);
  return Number.isNaN(year + month + day) ? null : { year, month, day };
}

export function parseYearMonth(date: string): YearMonth {
  const fields = fieldsOf(date);
  if (!fields) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return { year: fields.year, month: fields.month };
}

/** A date the calendar has (not 2025-02-30, not 2025-13-01), or a RangeError. */
function calendarDateOf(date: string): CalendarDate {
  const fields = fieldsOf(date);
  if (
    !fields ||
    fields.month < 1 ||
    fields.month > 12 ||
    fields.day < 1 ||
    fields.day > daysInMonth(fields)
  ) {
    throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  }
  return fields;
}

/** First day of the month, `months` months after (or before) the given year-month. */
export function addMonths({ year, month }: YearMonth, months: number): YearMonth {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function formatYearMonth({ year, month }: YearMonth): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/*
 * Days since 1970-01-01 in the proleptic Gregorian calendar (as `Date` counts them), and back, by
 * the arithmetic of H. Hinnant's "chrono-compatible low-level date algorithms": years counted
 * from March, in 400-year eras of 146,097 days.
 */
const DAYS_PER_ERA = 146_097;
const EPOCH_SHIFT = 719_468; // days from 0000-03-01 to 1970-01-01

function epochDayOf(date: string): number {
  const { year, month, day } = calendarDateOf(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

function dateOfEpochDay(epochDay: number): string {
  const shifted = epochDay + EPOCH_SHIFT;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (!(year >= 0 && year <= 9999)) throw new RangeError(`date out of range: day ${epochDay}`);
  return `${formatYearMonth({ year, month }).slice(0, 8)}${String(day).padStart(2, '0')}`;
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

/** The first month of the month-based period that contains a year-month. */
function periodFirstMonth(
  date: YearMonth,
  frequency: MonthBasedFrequency,
  fiscalYearStartMonth: number,
): YearMonth {
  const monthsIntoFiscalYear = (date.month - fiscalYearStartMonth + 12) % 12;
  return addMonths(date, -(monthsIntoFiscalYear % monthsPerPeriod[frequency]));
}

/** The first day of the period (of the KPI's frequency) that contains a date. */
export function periodStartOf(
  date: string,
  frequency: KpiFrequency,
  fiscalYearStartMonth = 7,
): string {
  assertStartMonth(fiscalYearStartMonth);
  const checked = calendarDateOf(date); // rejects a malformed date for every frequency
  if (!isMonthBased(frequency)) return date;
  return formatYearMonth(periodFirstMonth(checked, frequency, fiscalYearStartMonth));
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
  assertStartMonth(fiscalYearStartMonth);
  const checked = calendarDateOf(periodStart);
  if (!isMonthBased(frequency)) return periodStart;
  const first = periodFirstMonth(checked, frequency, fiscalYearStartMonth);
  const last = addMonths(first, monthsPerPeriod[frequency] - 1);
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
  assertStartMonth(fiscalYearStartMonth);
  const checked = calendarDateOf(periodStart);
  if (!isMonthBased(frequency)) {
    const fiscalYear = fiscalYearOf(periodStart, fiscalYearStartMonth);
    return daysBetween(fiscalYearRange(fiscalYear, fiscalYearStartMonth).start, periodStart);
  }
  const monthsIntoFiscalYear = (checked.month - fiscalYearStartMonth + 12) % 12;
  return Math.floor(monthsIntoFiscalYear / monthsPerPeriod[frequency]);
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
