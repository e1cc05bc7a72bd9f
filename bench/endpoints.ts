/**
 * What the bench measures: one row per endpoint of the read API. Edit this table to add,
 * drop or change an endpoint; `--only key,key` picks some of them.
 */
import type { Db } from '../server/src/db/database';

export interface Endpoint {
  /** Short name for `--only`. */
  key: string;
  /** Name in the results table. */
  name: string;
  /** The path to request, with real ids from the loaded database. */
  path(db: Db): Promise<string>;
  /** The p95 latency it should stay under on PostgreSQL at scale 1, where there is a goal. */
  p95TargetMs?: number;
}

async function firstGoalId(db: Db): Promise<number> {
  const goal = (await db('goals as g')
    .join('plans as p', 'p.id', 'g.plan_id')
    .where('p.status', 'active')
    .orderBy('g.number')
    .first('g.id')) as { id: number } | undefined;
  if (!goal) throw new Error('the benchmark city has no goal');
  return goal.id;
}

/** A public monthly KPI with the full ten years of values: the longest chart the app draws. */
async function longMonthlyKpiId(db: Db): Promise<number> {
  const kpi = (await db('kpis as k')
    .where({ 'k.frequency': 'monthly', 'k.is_public': true })
    .whereNull('k.archived_at')
    .whereRaw('(select count(*) from measurements m where m.kpi_id = k.id) >= 120')
    .orderBy('k.id')
    .first('k.id')) as { id: number } | undefined;
  if (!kpi) throw new Error('the benchmark city has no public monthly KPI with 10 years of data');
  return kpi.id;
}

export const endpoints: readonly Endpoint[] = [
  // No SQL at all: the floor set by Express, JSON and HTTP on this machine.
  { key: 'health', name: 'health (baseline)', path: async () => '/api/health' },
  {
    key: 'plan',
    name: 'plan overview',
    path: async () => '/api/v1/plans/current',
    p95TargetMs: 50,
  },
  { key: 'goal', name: 'a goal', path: async (db) => `/api/v1/goals/${await firstGoalId(db)}` },
  { key: 'kpis', name: 'KPI list page', path: async () => '/api/v1/kpis?limit=50&offset=0' },
  {
    key: 'series',
    name: 'KPI series',
    path: async (db) => `/api/v1/kpis/${await longMonthlyKpiId(db)}/series`,
    p95TargetMs: 20,
  },
];
