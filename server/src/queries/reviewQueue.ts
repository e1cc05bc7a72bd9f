/**
 * Stored values of live KPIs by workflow state, department and KPI, with what a reviewer
 * compares them to: the targets of their period and the KPI's value for the period before.
 * One statement for the page, one for the total.
 */
import type {
  DisplayFormat,
  KpiAggregation,
  KpiDirection,
  KpiFrequency,
  ReviewQueueQuery,
} from '@civicstat/shared';
import type { Knex } from 'knex';
import type { Db } from '../db/database';
import {
  measurementJson,
  periodLength,
  targetColumns,
  targetJoins,
  type MeasurementJson,
  type TargetColumns,
} from './workspaceSql';

export interface QueueRowData extends TargetColumns {
  measurement: MeasurementJson;
  kpi_id: number;
  code: string;
  name: string;
  unit: string;
  display_format: DisplayFormat;
  direction: KpiDirection;
  tolerance: number;
  frequency: KpiFrequency;
  aggregation: KpiAggregation;
  department_id: number;
  department_code: string;
  department_name: string;
  fiscal_year: number;
  previous_period_start: string | null;
  previous_value: number | null;
}

type Filter = Pick<ReviewQueueQuery, 'state' | 'department' | 'kpi'>;

function filtered(db: Db, filter: Filter): Knex.QueryBuilder {
  return db('measurements as m')
    .join('kpis as k', 'k.id', 'm.kpi_id')
    .join('departments as d', 'd.id', 'k.department_id')
    .whereNull('k.archived_at')
    .modify((q) => {
      if (filter.state) q.whereIn('m.state', filter.state);
      if (filter.department !== undefined) q.where('k.department_id', filter.department);
      if (filter.kpi !== undefined) q.where('m.kpi_id', filter.kpi);
    });
}

export async function countQueue(db: Db, filter: Filter): Promise<number> {
  const row = (await filtered(db, filter).count({ count: '*' }).first()) as
    { count: number | string } | undefined;
  return Number(row?.count ?? 0);
}

export async function listQueue(
  db: Db,
  query: ReviewQueueQuery,
  fiscalYearStartMonth: number,
): Promise<QueueRowData[]> {
  const order =
    query.sort === 'recent'
      ? 'greatest(m.entered_at, m.submitted_at, m.reviewed_at) desc, m.id desc'
      : 'd.name, k.code, m.period_start';
  return filtered(db, query)
    .select(
      db.raw(`${measurementJson('m')} as measurement`),
      db.raw(`k.id as kpi_id, k.code, k.name, k.unit, k.display_format, k.direction,
              k.tolerance, k.frequency, k.aggregation, d.id as department_id,
              d.code as department_code, d.name as department_name, fy.fiscal_year,
              pm.period_start as previous_period_start, pm.value as previous_value,
              ${targetColumns}`),
    )
    .joinRaw(
      // The fiscal year is named by the calendar year it ends in.
      `cross join lateral (
         select extract(year from m.period_start)::int
                + case when ?::int > 1 and extract(month from m.period_start) >= ?::int
                       then 1 else 0 end as fiscal_year
       ) fy`,
      [fiscalYearStartMonth, fiscalYearStartMonth],
    )
    .joinRaw(
      // Periods start on their first day, so the one before starts one period length earlier.
      `left join measurements pm on pm.kpi_id = m.kpi_id
         and pm.period_start = (m.period_start - ${periodLength('k.frequency')})::date`,
    )
    .joinRaw(targetJoins('fy.fiscal_year', 'm.period_start'))
    .orderByRaw(order)
    .limit(query.limit)
    .offset(query.offset);
}
