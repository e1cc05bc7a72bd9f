/** Dates and reporting periods as people read them. Calendar dates are zone-free; instants are shown in the city's zone. */
import type { KpiFrequency } from '../schemas/enums';
import { fiscalYearOf, parseYearMonth } from '../rules/fiscal';
import { LOCALE } from './number';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "November" for 11. */
export function monthName(month: number): string {
  return LONG_MONTHS[(((month - 1) % 12) + 12) % 12] as string;
}

/** "November 2026" for any date of that month. */
export function formatMonth(date: string): string {
  const { year, month } = parseYearMonth(date);
  return `${monthName(month)} ${year}`;
}

function parts(date: string): { year: number; month: number; day: number } {
  const { year, month } = parseYearMonth(date);
  return { year, month, day: Number(date.slice(8, 10)) };
}

/** "November 25, 2026" for a YYYY-MM-DD calendar date (no time zone involved). */
export function formatDate(date: string, { short = false } = {}): string {
  const { year, month, day } = parts(date);
  const name = (short ? MONTHS : LONG_MONTHS)[month - 1];
  return `${name} ${day}, ${year}`;
}

/** "Nov 25, 2026, 3:04 PM" for an instant, in the city's time zone. */
export function formatInstant(instant: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** The quarter of the fiscal year (1..4) a month falls in. */
function fiscalQuarterOf(month: number, fiscalYearStartMonth: number): number {
  return Math.floor(((month - fiscalYearStartMonth + 12) % 12) / 3) + 1;
}

/**
 * The period that starts on a date, named for its frequency: "Oct 2026" (monthly),
 * "FY2027 Q2" (quarterly), "FY2027" (annual), "Oct 5, 2026" (daily).
 */
export function formatPeriod(
  periodStart: string,
  frequency: KpiFrequency | 'fy',
  fiscalYearStartMonth = 7,
): string {
  const { year, month } = parts(periodStart);
  switch (frequency) {
    case 'daily':
      return formatDate(periodStart, { short: true });
    case 'monthly':
      return `${MONTHS[month - 1]} ${year}`;
    case 'quarterly':
      return `FY${fiscalYearOf(periodStart, fiscalYearStartMonth)} Q${fiscalQuarterOf(month, fiscalYearStartMonth)}`;
    case 'annual':
    case 'fy':
      return `FY${fiscalYearOf(periodStart, fiscalYearStartMonth)}`;
  }
}
