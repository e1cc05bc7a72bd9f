/** KPI rows with their performance, and roll-ups of any group of them. */
import {
  rollUp,
  type KpiPerformance,
  type KpiStatus,
  type KpiSummary,
  type RollUp,
} from '@civicstat/shared';
import { presentKpiSummary } from '../presenters/kpi';
import { listKpis, type KpiFilter, type KpiListOptions, type KpiRow } from '../queries/kpis';
import type { AsOf } from './asOf';
import { visibleStates, type ReadContext } from './context';
import { performanceOfKpis, statusesOfKpis } from './performance';

/** The keys roll-ups group KPIs by. */
export type KpiKeys = Pick<KpiRow, 'id' | 'department_id' | 'objective_id' | 'goal_id'>;

/** KPIs with their status; `full` readings also carry every column and the whole performance. */
export type AssessedKpis =
  | {
      depth: 'full';
      rows: KpiRow[];
      status: Map<number, KpiStatus>;
      performance: Map<number, KpiPerformance>;
    }
  | { depth: 'status'; rows: KpiKeys[]; status: Map<number, KpiStatus>; performance: null };

/** The public never sees a non-public KPI, whatever it asks for. */
export function visibleFilter(context: ReadContext, filter: KpiFilter): KpiFilter {
  if (!context.publicOnly) return filter;
  // Asking for non-public KPIs gets none rather than the public ones.
  return { ...filter, isPublic: true, ...(filter.isPublic === false ? { ids: [] } : {}) };
}

export async function assessKpis(
  context: ReadContext,
  asOf: AsOf,
  filter: KpiFilter,
  options: KpiListOptions = {},
): Promise<AssessedKpis & { depth: 'full' }> {
  const rows = await listKpis(context.db, visibleFilter(context, filter), options);
  const performance = await performanceOfKpis(
    context.db,
    rows,
    asOf,
    context.fiscalYearStartMonth,
    visibleStates(context),
  );
  const status = new Map([...performance].map(([id, p]) => [id, p.status]));
  return { depth: 'full', rows, status, performance };
}

/** Only the statuses, in one statement: what roll-ups need. */
export async function assessStatuses(
  context: ReadContext,
  asOf: AsOf,
  filter: KpiFilter,
  order: Pick<KpiListOptions, 'sort' | 'order'> = {},
): Promise<AssessedKpis & { depth: 'status' }> {
  const { rows, status } = await statusesOfKpis(
    context.db,
    visibleFilter(context, filter),
    asOf,
    context.fiscalYearStartMonth,
    visibleStates(context),
    order,
  );
  return { depth: 'status', rows, status, performance: null };
}

/** The KPI summaries of a full reading, for all its rows or some of them (found by id). */
export function summaries(
  assessed: AssessedKpis,
  rows: readonly KpiKeys[] = assessed.rows,
): KpiSummary[] {
  if (assessed.depth !== 'full') throw new Error('KPI summaries need a full reading');
  const full = new Map(assessed.rows.map((row) => [row.id, row]));
  return rows.map((key) => {
    const row = full.get(key.id);
    const performance = assessed.performance.get(key.id);
    if (!row || !performance) throw new Error(`no performance computed for KPI ${key.id}`);
    return presentKpiSummary(row, performance);
  });
}

export function rollUpOf(assessed: AssessedKpis, rows: readonly KpiKeys[] = assessed.rows): RollUp {
  return rollUp(
    rows.map((row) => {
      const status = assessed.status.get(row.id);
      if (!status) throw new Error(`no status computed for KPI ${row.id}`);
      return { kpiId: row.id, status };
    }),
  );
}

/** Groups rows by a key (goal, objective, department), keeping their order. */
export function groupRows<R, K>(rows: readonly R[], key: (row: R) => K): Map<K, R[]> {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
