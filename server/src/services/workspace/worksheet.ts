/** A department's worksheet: the values due for a month, to enter and submit. */
import { lastEndedMonth, periodsEndingInMonth, type Worksheet } from '@civicstat/shared';
import { NotFoundError } from '../../errors';
import { presentWorksheetRow } from '../../presenters/workspace';
import { findDepartmentRef, listWorksheetRows } from '../../queries/worksheet';
import type { ReadContext } from '../context';
import { FiscalCalendar } from '../fiscalCalendar';

/** `month` is a month's first day; by default the last month that has ended by today. */
export async function readWorksheet(
  context: ReadContext,
  departmentId: number,
  month: string | undefined,
): Promise<Worksheet> {
  const { db, today, fiscalYearStartMonth } = context;
  const calendar = new FiscalCalendar(fiscalYearStartMonth);
  const worksheetMonth = month ?? lastEndedMonth(today);
  const periods = periodsEndingInMonth(worksheetMonth, fiscalYearStartMonth).map((period) => ({
    ...period,
    fiscalYear: calendar.fiscalYearOf(period.periodStart),
  }));
  const [department, rows] = await Promise.all([
    findDepartmentRef(db, departmentId),
    listWorksheetRows(db, departmentId, periods),
  ]);
  if (!department) throw new NotFoundError(`There is no department ${departmentId}.`);
  return {
    department,
    month: worksheetMonth,
    asOf: today,
    rows: rows.map((row) => presentWorksheetRow(row, today, calendar)),
  };
}
