/**
 * Every period of a fiscal year that has ended without an approved value, for every live KPI
 * reported by month, quarter or year: the periods come from generate_series over the fiscal
 * year at each KPI's step, the values from one join on measurements (kpi_id, period_start).
 */
import type { KpiFrequency, OutstandingState } from '@civicstat/shared';
import type { Db } from '../db/database';
import { periodLength } from './workspaceSql';

export interface OutstandingRow {
  department_id: number;
  department_code: string;
  department_name: string;
  kpi_id: number;
  code: string;
  name: string;
  frequency: KpiFrequency;
  period_start: string;
  period_end: string;
  due: string;
  state: OutstandingState;
}

export interface OutstandingWindow {
  fiscalYearStart: string;
  fiscalYearEnd: string;
  /** Periods that end on or after this date have not ended yet. */
  today: string;
  graceDays: number;
}

export async function listOutstanding(
  db: Db,
  { fiscalYearStart, fiscalYearEnd, today, graceDays }: OutstandingWindow,
): Promise<OutstandingRow[]> {
  const { rows } = (await db.raw(
    `
    select d.id as department_id, d.code as department_code, d.name as department_name,
           k.id as kpi_id, k.code, k.name, k.frequency,
           p.period_start, p.period_end, p.period_end + ?::int as due,
           coalesce(m.state, 'missing') as state
      from kpis k
      join departments d on d.id = k.department_id
     cross join lateral (
       select s::date as period_start,
              (s + ${periodLength('k.frequency')} - interval '1 day')::date as period_end
         from generate_series(?::timestamp, ?::timestamp, ${periodLength('k.frequency')}) s
     ) p
      left join measurements m on m.kpi_id = k.id and m.period_start = p.period_start
     where k.archived_at is null
       and k.frequency <> 'daily'
       and p.period_end < ?::date
       and (m.state is null or m.state <> 'approved')
     order by d.name, k.code, p.period_start`,
    [graceDays, fiscalYearStart, fiscalYearEnd, today],
  )) as { rows: OutstandingRow[] };
  return rows;
}
