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

export interface AssessedKpis {
  rows: KpiRow[];
  status: Map<number, KpiStatus>;
  /** Null when only statuses were read (for roll-ups). */
  performance: Map<number, KpiPerformance> | null;
}

/** `full`: everything a KPI row shows; `status`: only what roll-ups need. */
export type Depth = 'full' | 'status';

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
  depth: Depth = 'full',
): Promise<AssessedKpis> {
  const rows = await listKpis(context.db, visibleFilter(context, filter), options);
  const states = visibleStates(context);
  if (depth === 'status') {
    const status = await statusesOfKpis(
      context.db,
      rows,
      asOf,
      context.fiscalYearStartMonth,
      states,
    );
    return { rows, status, performance: null };
  }
  const performance = await performanceOfKpis(
    context.db,
    rows,
    asOf,
    context.fiscalYearStartMonth,
    states,
  );
  const status = new Map([...performance].map(([id, p]) => [id, p.status]));
  return { rows, status, performance };
}

function performanceOf(assessed: AssessedKpis, kpiId: number): KpiPerformance {
  const performance = assessed.performance?.get(kpiId);
  if (!performance) throw new Error(`no performance computed for KPI ${kpiId}`);
  return performance;
}

export function summaries(assessed: AssessedKpis, rows: KpiRow[] = assessed.rows): KpiSummary[] {
  return rows.map((row) => presentKpiSummary(row, performanceOf(assessed, row.id)));
}

export function rollUpOf(assessed: AssessedKpis, rows: KpiRow[] = assessed.rows): RollUp {
  return rollUp(
    rows.map((row) => {
      const status = assessed.status.get(row.id);
      if (!status) throw new Error(`no status computed for KPI ${row.id}`);
      return { kpiId: row.id, status };
    }),
  );
}

/** Groups rows by a key (goal, objective, department), keeping their order. */
export function groupRows<K>(rows: KpiRow[], key: (row: KpiRow) => K): Map<K, KpiRow[]> {
  const groups = new Map<K, KpiRow[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
