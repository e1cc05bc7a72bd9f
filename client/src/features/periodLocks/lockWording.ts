/** How the period-lock screen names periods: "FY2026 Q3", "January 1, 2026 to March 31, 2026". */
import { formatDate, periodLockLabel, periodLockRange } from '@civicstat/shared';

export function lockedDates(start: string, end: string): string {
  return `${formatDate(start)} to ${formatDate(end)}`;
}

/** The label and dates of a lock of a fiscal year, or one of its quarters. */
export function describePeriod(
  fiscalYear: number,
  quarter: number | null,
  fiscalYearStartMonth: number,
): { label: string; dates: string } {
  const { start, end } = periodLockRange(fiscalYear, quarter, fiscalYearStartMonth);
  return { label: periodLockLabel(fiscalYear, quarter), dates: lockedDates(start, end) };
}
