/** SQL for the dataset inventory: datasets with their department, proposer and linked KPIs. */
import type { Knex } from 'knex';
import type { Db } from '../db/database';
import { userRefColumn, type UserRefRow } from './userRefs';

type Queryable = Db | Knex.Transaction;

export interface DatasetRow {
  id: number;
  title: string;
  description: string;
  department_id: number;
  department_code: string;
  department_name: string;
  steward_name: string;
  steward_email: string;
  system_of_record: string;
  access_level: 'public' | 'restricted' | 'non_public';
  access_reason: string | null;
  update_frequency: 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'annual' | 'as_needed';
  last_updated: string | null;
  formats: string[];
  download_url: string | null;
  landing_url: string | null;
  license: string | null;
  keywords: string[];
  themes: string[];
  pipeline_state: 'proposed' | 'approved' | 'preparing' | 'published' | 'retired';
  public_demand: number;
  resident_value: number;
  publishing_effort: number;
  risk: number;
  created_by: number | null;
  proposed_by: UserRefRow | null;
  kpi_ids: number[];
  version: number;
  created_at: Date;
  updated_at: Date;
  archived_at: Date | null;
}

export interface DatasetFilters {
  id?: number;
  department?: number;
  state?: string;
  access?: string;
  q?: string;
  archived?: 'exclude' | 'include' | 'only';
}

/** Datasets with everything a presenter needs, in title order. */
export async function selectDatasets(
  db: Queryable,
  filters: DatasetFilters = {},
): Promise<DatasetRow[]> {
  const query = db('datasets as d')
    .join('departments as dep', 'dep.id', 'd.department_id')
    .leftJoin('users as u', 'u.id', 'd.created_by')
    .select(
      'd.*',
      'dep.code as department_code',
      'dep.name as department_name',
      userRefColumn(db as Knex, 'u', 'proposed_by'),
      db.raw(
        "coalesce((select array_agg(dk.kpi_id order by dk.kpi_id) from dataset_kpis dk where dk.dataset_id = d.id), '{}') as kpi_ids",
      ),
    )
    .orderBy([{ column: 'd.title' }, { column: 'd.id' }]);
  if (filters.id !== undefined) query.where('d.id', filters.id);
  if (filters.department !== undefined) query.where('d.department_id', filters.department);
  if (filters.state !== undefined) query.where('d.pipeline_state', filters.state);
  if (filters.access !== undefined) query.where('d.access_level', filters.access);
  if (filters.q !== undefined) {
    const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.where((w) =>
      w
        .whereILike('d.title', like)
        .orWhereILike('d.description', like)
        .orWhereRaw("array_to_string(d.keywords, ' ') ilike ?", [like]),
    );
  }
  const archived = filters.archived ?? 'exclude';
  if (archived === 'exclude') query.whereNull('d.archived_at');
  if (archived === 'only') query.whereNotNull('d.archived_at');
  const rows = (await query) as DatasetRow[];
  // Array columns come back as arrays from both drivers; ids as numbers whatever the driver.
  return rows.map((row) => ({ ...row, kpi_ids: (row.kpi_ids ?? []).map(Number) }));
}

export interface PipelineAuditRow {
  action: string;
  before: { pipelineState?: string } | null;
  after: { pipelineState?: string } | null;
  at: Date;
  actor: UserRefRow | null;
}

/** A dataset's creation and pipeline steps from the audit log, oldest first. */
export async function selectPipelineHistory(
  db: Queryable,
  datasetId: number,
): Promise<PipelineAuditRow[]> {
  return (await db('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .where({ 'a.entity': 'dataset', 'a.entity_id': String(datasetId) })
    .whereIn('a.action', ['create', 'pipeline'])
    .select('a.action', 'a.before', 'a.after', 'a.at', userRefColumn(db as Knex, 'u', 'actor'))
    .orderBy([{ column: 'a.at' }, { column: 'a.id' }])) as PipelineAuditRow[];
}

export interface WeightsRow {
  public_demand: number;
  resident_value: number;
  publishing_effort: number;
  risk: number;
  version: number;
  updated_at: Date | null;
  updated_by: UserRefRow | null;
}

/** The one row of weights (its migration creates it; resetData puts it back). */
export async function selectWeights(db: Queryable): Promise<WeightsRow> {
  const row = (await db('dataset_priority_weights as w')
    .leftJoin('users as u', 'u.id', 'w.updated_by')
    .select(
      'w.public_demand',
      'w.resident_value',
      'w.publishing_effort',
      'w.risk',
      'w.version',
      'w.updated_at',
      userRefColumn(db as Knex, 'u', 'updated_by'),
    )
    .where('w.id', 1)
    .first()) as WeightsRow | undefined;
  if (!row) throw new Error('dataset_priority_weights has lost its one row: run the migrations');
  return row;
}

export interface CatalogKpiRow {
  id: number;
  code: string;
  name: string;
  description: string;
  frequency: 'daily' | 'monthly' | 'quarterly' | 'annual';
  owner: string;
  department_name: string;
  goal_title: string | null;
  first_period: string | null;
  last_period: string | null;
  last_changed: Date | null;
  updated_at: Date;
}

/** Every public, live KPI with the span and last change of its approved values. */
export async function selectCatalogKpis(db: Queryable): Promise<CatalogKpiRow[]> {
  return (await db('kpis as k')
    .join('departments as dep', 'dep.id', 'k.department_id')
    .leftJoin('objectives as o', 'o.id', 'k.objective_id')
    .leftJoin('goals as g', 'g.id', 'o.goal_id')
    .leftJoin(
      db('measurements')
        .where('state', 'approved')
        .groupBy('kpi_id')
        .select(
          'kpi_id',
          db.raw('min(period_start) as first_period'),
          db.raw('max(period_start) as last_period'),
          db.raw('max(updated_at) as last_changed'),
        )
        .as('m'),
      'm.kpi_id',
      'k.id',
    )
    .where('k.is_public', true)
    .whereNull('k.archived_at')
    .whereNull('dep.archived_at')
    .select(
      'k.id',
      'k.code',
      'k.name',
      'k.description',
      'k.frequency',
      'k.owner',
      'k.updated_at',
      'dep.name as department_name',
      'g.title as goal_title',
      'm.first_period',
      'm.last_period',
      'm.last_changed',
    )
    .orderBy('k.code')) as CatalogKpiRow[];
}
