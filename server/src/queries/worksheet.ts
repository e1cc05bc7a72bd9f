/**
 * A department's worksheet for a month in one statement: each live KPI whose period ends in the
 * month, with that period's stored value, the previous period's, the targets that may apply
 * and whether a lock covers it.
 */
import type {
  DisplayFormat,
  KpiAggregation,
  KpiDirection,
  MonthBasedFrequency,
  ReportingPeriod,
  WorkflowState,
} from '@civicstat/shared';
import type { Db } from '../db/database';
import {
  measurementJson,
  targetColumns,
  targetJoins,
  type MeasurementJson,
  type TargetColumns,
} from './workspaceSql';

export interface WorksheetPeriod extends ReportingPeriod {
  fiscalYear: number;
}

export interface WorksheetRowData extends TargetColumns {
  id: number;
  code: string;
  name: string;
  unit: string;
  display_format: DisplayFormat;
  direction: KpiDirection;
  frequency: MonthBasedFrequency;
  aggregation: KpiAggregation;
  tolerance: number;
  min_value: number | null;
  max_value: number | null;
  is_public: boolean;
  description: string;
  period_start: string;
  period_end: string;
  fiscal_year: number;
  measurement: MeasurementJson | null;
  previous_period_start: string | null;
  previous_value: number | null;
  previous_state: WorkflowState | null;
  locked: boolean;
}

export async function findDepartmentRef(
  db: Db,
  id: number,
): Promise<{ id: number; code: string; name: string } | undefined> {
  return db('departments').select('id', 'code', 'name').where({ id }).first();
}

/** One row per live KPI of the department whose frequency has a period among `periods`. */
export async function listWorksheetRows(
  db: Db,
  departmentId: number,
  periods: WorksheetPeriod[],
): Promise<WorksheetRowData[]> {
  if (periods.length === 0) return [];
  const values = periods.map(() => '(?::text, ?::date, ?::date, ?::date, ?::int)').join(', ');
  const bindings = periods.flatMap((p) => [
    p.frequency,
    p.periodStart,
    p.periodEnd,
    p.previousStart,
    p.fiscalYear,
  ]);
  const { rows } = (await db.raw(
    `
    with periods (frequency, period_start, period_end, previous_start, fiscal_year) as (
      values ${values}
    )
    select k.id, k.code, k.name, k.unit, k.display_format, k.direction, k.frequency,
           k.aggregation, k.tolerance, k.min_value, k.max_value, k.is_public, k.description,
           p.period_start, p.period_end, p.fiscal_year,
           ${targetColumns},
           ${measurementJson('m')} as measurement,
           pm.period_start as previous_period_start, pm.value as previous_value,
           pm.state as previous_state,
           exists (select 1 from period_locks l
                    where l.starts_on <= p.period_start and l.ends_on >= p.period_end) as locked
      from kpis k
      join periods p on p.frequency = k.frequency
      left join measurements m on m.kpi_id = k.id and m.period_start = p.period_start
      left join measurements pm on pm.kpi_id = k.id and pm.period_start = p.previous_start
      ${targetJoins('p.fiscal_year', 'p.period_start')}
     where k.department_id = ? and k.archived_at is null
     order by k.code`,
    [...bindings, departmentId],
  )) as { rows: WorksheetRowData[] };
  return rows;
}
