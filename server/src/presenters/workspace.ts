/** Rows of the staff workspaces' reads → their API shapes (see shared/schemas/workspace.ts). */
import {
  dueDateOf,
  periodTarget,
  statusOf,
  type OverdueReport,
  type QueueItem,
  type TargetValue,
  type WorksheetRow,
} from '@civicstat/shared';
import type { OutstandingRow } from '../queries/overdue';
import type { QueueRowData } from '../queries/reviewQueue';
import type { WorksheetRowData } from '../queries/worksheet';
import type { TargetColumns } from '../queries/workspaceSql';
import type { FiscalCalendar } from '../services/fiscalCalendar';
import { targetOfRow } from '../services/performance';
import { presentMeasurement } from './measurement';

type TargetedRow = TargetColumns &
  Pick<WorksheetRowData, 'aggregation'> & { frequency: WorksheetRowData['frequency'] | 'daily' };

/** The target a period is held to: its override, else the year's (shared out for a `sum`). */
function periodTargetOf(
  row: TargetedRow,
  fiscalYear: number,
  calendar: FiscalCalendar,
): TargetValue | null {
  return periodTarget({
    fiscalYearTarget: targetOfRow({
      target: row.year_target,
      target_low: row.year_target_low,
      target_high: row.year_target_high,
    }),
    override: targetOfRow({
      target: row.override_target,
      target_low: row.override_target_low,
      target_high: row.override_target_high,
    }),
    aggregation: row.aggregation,
    periodsInYear: calendar.periodsPerFiscalYear(fiscalYear, row.frequency),
  });
}

export function presentWorksheetRow(
  row: WorksheetRowData,
  today: string,
  calendar: FiscalCalendar,
): WorksheetRow {
  const due = dueDateOf(row.period_end);
  return {
    kpi: {
      id: row.id,
      code: row.code,
      name: row.name,
      unit: row.unit,
      displayFormat: row.display_format,
      direction: row.direction,
      frequency: row.frequency,
      aggregation: row.aggregation,
      tolerance: row.tolerance,
      minValue: row.min_value,
      maxValue: row.max_value,
      isPublic: row.is_public,
      description: row.description,
    },
    periodStart: row.period_start,
    periodEnd: row.period_end,
    fiscalYear: row.fiscal_year,
    target: periodTargetOf(row, row.fiscal_year, calendar),
    previous:
      row.previous_period_start === null || row.previous_value === null || !row.previous_state
        ? null
        : {
            periodStart: row.previous_period_start,
            value: row.previous_value,
            state: row.previous_state,
          },
    measurement: row.measurement ? presentMeasurement(row.measurement) : null,
    locked: row.locked,
    due,
    overdue: today > due && row.measurement?.state !== 'approved',
  };
}

export function presentQueueItem(row: QueueRowData, calendar: FiscalCalendar): QueueItem {
  const target = periodTargetOf(row, row.fiscal_year, calendar);
  const measurement = presentMeasurement(row.measurement);
  return {
    measurement,
    kpi: {
      id: row.kpi_id,
      code: row.code,
      name: row.name,
      unit: row.unit,
      displayFormat: row.display_format,
      direction: row.direction,
      tolerance: row.tolerance,
      frequency: row.frequency,
      aggregation: row.aggregation,
      department: { id: row.department_id, code: row.department_code, name: row.department_name },
    },
    target,
    status: statusOf({
      direction: row.direction,
      actual: measurement.value,
      target,
      tolerance: row.tolerance,
    }),
    previous:
      row.previous_period_start === null || row.previous_value === null
        ? null
        : { periodStart: row.previous_period_start, value: row.previous_value },
  };
}

/** Outstanding periods grouped by department, in the order the rows come (department name first). */
export function presentOverdueDepartments(
  rows: OutstandingRow[],
  today: string,
): OverdueReport['departments'] {
  const departments: OverdueReport['departments'] = [];
  for (const row of rows) {
    let entry = departments.at(-1);
    if (entry?.department.id !== row.department_id) {
      entry = {
        department: { id: row.department_id, code: row.department_code, name: row.department_name },
        items: [],
      };
      departments.push(entry);
    }
    entry.items.push({
      kpi: { id: row.kpi_id, code: row.code, name: row.name, frequency: row.frequency },
      periodStart: row.period_start,
      periodEnd: row.period_end,
      due: row.due,
      state: row.state,
      overdue: today > row.due,
    });
  }
  return departments;
}
