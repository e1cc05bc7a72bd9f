/**
 * When a department reports: which periods a month's worksheet holds, and when a period's
 * figure is due (the same grace `isStale` allows before a KPI counts as stale).
 */
import {
  addDays,
  parseYearMonth,
  periodEndOf,
  periodStartOf,
  type MonthBasedFrequency,
} from './fiscal';

/** Days after a period ends in which its figure may still be in preparation. */
export const REPORTING_GRACE_DAYS = 30;

/** The date by which a period's figure should be in: its last day plus the grace. */
export function dueDateOf(periodEnd: string, graceDays = REPORTING_GRACE_DAYS): string {
  return addDays(periodEnd, graceDays);
}

/** The first day of the month a date falls in. */
export function monthOf(date: string): string {
  addDays(date, 0); // rejects a malformed date
  return `${date.slice(0, 7)}-01`;
}

/** The last month that has fully ended by `today`: the month before today's. */
export function lastEndedMonth(today: string): string {
  return monthOf(addDays(monthOf(today), -1));
}

export interface ReportingPeriod {
  frequency: MonthBasedFrequency;
  periodStart: string;
  periodEnd: string;
  /** The start of the period before it. */
  previousStart: string;
}

const reportedFrequencies: MonthBasedFrequency[] = ['monthly', 'quarterly', 'annual'];

/**
 * The periods that end in a month, one per month-based frequency that has one: every month ends
 * a monthly period, a fiscal quarter's last month a quarterly one, the fiscal year's last month
 * an annual one. Daily KPIs are reported as they go, not on a monthly worksheet.
 */
export function periodsEndingInMonth(month: string, fiscalYearStartMonth = 7): ReportingPeriod[] {
  const first = monthOf(month);
  const { year, month: m } = parseYearMonth(first);
  return reportedFrequencies.flatMap((frequency) => {
    const periodStart = periodStartOf(first, frequency, fiscalYearStartMonth);
    const periodEnd = periodEndOf(periodStart, frequency, fiscalYearStartMonth);
    const end = parseYearMonth(periodEnd);
    if (end.year !== year || end.month !== m) return [];
    const previousStart = periodStartOf(addDays(periodStart, -1), frequency, fiscalYearStartMonth);
    return [{ frequency, periodStart, periodEnd, previousStart }];
  });
}
