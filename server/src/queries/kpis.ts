/** KPI definitions with their department, objective and goal, filtered in SQL. */
import type { Knex } from 'knex';
import type { Db } from '../db/database';

export interface KpiRow {
  id: number;
  code: string;
  name: string;
  description: string;
  unit: string;
  display_format: string;
  direction: 'increase' | 'decrease' | 'range';
  frequency: 'daily' | 'monthly' | 'quarterly' | 'annual';
  aggregation: 'sum' | 'mean' | 'ratio' | 'last' | 'max' | 'min';
  tolerance: number;
  min_value: number | null;
  max_value: number | null;
  is_public: boolean;
  data_source: string;
  methodology: string;
  owner: string;
  version: number;
  archived_at: Date | null;
  department_id: number;
  department_code: string;
  department_name: string;
  objective_id: number | null;
  objective_number: number | null;
  objective_title: string | null;
  goal_id: number | null;
  goal_number: number | null;
  goal_title: string | null;
}

/** Which KPIs a read concerns. Every field narrows; none means every live KPI. */
export interface KpiFilter {
  ids?: number[];
  planId?: number;
  goalId?: number;
  objectiveId?: number;
  departmentId?: number;
  dashboardId?: number;
  frequency?: string;
  isPublic?: boolean;
  /** Case-insensitive search in code, name and description. */
  text?: string;
  includeArchived?: boolean;
}

export const kpiSortColumns = {
  code: 'k.code',
  name: 'k.name',
  department: 'd.name',
  goal: 'g.number',
  frequency: 'k.frequency',
} as const;
export type KpiSortColumn = keyof typeof kpiSortColumns;

/** The KPIs a filter selects, joined to their department, objective and goal (as d, o, g). */
export function kpiBaseQuery(db: Db, filter: KpiFilter): Knex.QueryBuilder {
  const query = db('kpis as k')
    .join('departments as d', 'd.id', 'k.department_id')
    .leftJoin('objectives as o', 'o.id', 'k.objective_id')
    .leftJoin('goals as g', 'g.id', 'o.goal_id');
  if (!filter.includeArchived) query.whereNull('k.archived_at');
  if (filter.ids) query.whereIn('k.id', filter.ids);
  if (filter.planId !== undefined) query.where('g.plan_id', filter.planId);
  if (filter.goalId !== undefined) query.where('g.id', filter.goalId);
  if (filter.objectiveId !== undefined) query.where('o.id', filter.objectiveId);
  if (filter.departmentId !== undefined) query.where('d.id', filter.departmentId);
  if (filter.frequency !== undefined) query.where('k.frequency', filter.frequency);
  if (filter.isPublic !== undefined) query.where('k.is_public', filter.isPublic);
  if (filter.dashboardId !== undefined) {
    query
      .join('dashboard_kpis as dk', 'dk.kpi_id', 'k.id')
      .where('dk.dashboard_id', filter.dashboardId);
  }
  if (filter.text) {
    const pattern = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.where((q) =>
      q
        .whereILike('k.code', pattern)
        .orWhereILike('k.name', pattern)
        .orWhereILike('k.description', pattern),
    );
  }
  return query;
}

export interface KpiListOptions {
  sort?: KpiSortColumn;
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

export async function listKpis(
  db: Db,
  filter: KpiFilter,
  options: KpiListOptions = {},
): Promise<KpiRow[]> {
  const query = kpiBaseQuery(db, filter).select(
    'k.id',
    'k.code',
    'k.name',
    'k.description',
    'k.unit',
    'k.display_format',
    'k.direction',
    'k.frequency',
    'k.aggregation',
    'k.tolerance',
    'k.min_value',
    'k.max_value',
    'k.is_public',
    'k.data_source',
    'k.methodology',
    'k.owner',
    'k.version',
    'k.archived_at',
    'k.department_id',
    'd.code as department_code',
    'd.name as department_name',
    'k.objective_id',
    'o.number as objective_number',
    'o.title as objective_title',
    'g.id as goal_id',
    'g.number as goal_number',
    'g.title as goal_title',
  );
  orderKpis(query, filter, options);
  if (options.limit !== undefined) query.limit(options.limit);
  if (options.offset !== undefined) query.offset(options.offset);
  return query;
}

/** The order KPI lists come in: the dashboard's own, or by a sort column then id. */
export function orderKpis(
  query: Knex.QueryBuilder,
  filter: KpiFilter,
  options: KpiListOptions = {},
): void {
  if (filter.dashboardId !== undefined && !options.sort) query.orderBy('dk.position');
  else
    query.orderBy(kpiSortColumns[options.sort ?? 'code'], options.order ?? 'asc').orderBy('k.id');
}

/** What the measurement rules need of a KPI. */
export type KpiRules = Pick<KpiRow, 'id' | 'direction' | 'frequency' | 'aggregation' | 'tolerance'>;

/** One KPI's rules, archived or not; only a public one with `publicOnly`. */
export async function findKpiRules(
  db: Db,
  id: number,
  publicOnly: boolean,
): Promise<KpiRules | undefined> {
  const query = db('kpis')
    .first('id', 'direction', 'frequency', 'aggregation', 'tolerance')
    .where('id', id);
  if (publicOnly) query.where('is_public', true);
  return (await query) as KpiRules | undefined;
}

export async function countKpis(db: Db, filter: KpiFilter): Promise<number> {
  const [row] = (await kpiBaseQuery(db, filter).count({ total: '*' })) as Array<{ total: number }>;
  return Number(row?.total ?? 0);
}
