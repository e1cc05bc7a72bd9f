/** The missing and overdue data of a fiscal year, by department and period. */
import { fiscalYearRange, REPORTING_GRACE_DAYS, type OverdueReport } from '@civicstat/shared';
import { presentOverdueDepartments } from '../../presenters/workspace';
import { listOutstanding } from '../../queries/overdue';
import { resolveAsOf } from '../asOf';
import type { ReadContext } from '../context';

/** `fy` defaults to the current fiscal year; a later one is refused (400 naming query.fy). */
export async function readOverdueReport(
  context: ReadContext,
  fy: number | undefined,
): Promise<OverdueReport> {
  const { db, today, fiscalYearStartMonth } = context;
  const { fiscalYear } = resolveAsOf(fy, today, fiscalYearStartMonth);
  const range = fiscalYearRange(fiscalYear, fiscalYearStartMonth);
  const rows = await listOutstanding(db, {
    fiscalYearStart: range.start,
    fiscalYearEnd: range.end,
    today,
    graceDays: REPORTING_GRACE_DAYS,
  });
  return { asOf: today, fiscalYear, departments: presentOverdueDepartments(rows, today) };
}
