/** KPI rows with their performance, and roll-ups of any group of them. */
import { rollUp, type KpiPerformance, type KpiSummary, type RollUp } from '@civicstat/shared';
import { presentKpiSummary } from '../presenters/kpi';
import { listKpis, type KpiFilter, type KpiListOptions, type KpiRow } from '../queries/kpis';
import type { AsOf } from './asOf';
import type { ReadContext } from './context';
import { performanceOfKpis } from './performance';

export interface AssessedKpis {
  rows: KpiRow[];
  performance: Map<number, KpiPerformance>;
}

export async function assessKpis(
  context: ReadContext,
  asOf: AsOf,
  filter: KpiFilter,
  options: KpiListOptions = {},
): Promise<AssessedKpis> {
  const rows = await listKpis(context.db, filter, options);
  const performance = await performanceOfKpis(context.db, rows, asOf, context.fiscalYearStartMonth);
  return { rows, performance };
}

function performanceOf(assessed: AssessedKpis, kpiId: number): KpiPerformance {
  const performance = assessed.performance.get(kpiId);
  if (!performance) throw new Error(`no performance computed for KPI ${kpiId}`);
  return performance;
}

export function summaries(assessed: AssessedKpis, rows: KpiRow[] = assessed.rows): KpiSummary[] {
  return rows.map((row) => presentKpiSummary(row, performanceOf(assessed, row.id)));
}

export function rollUpOf(assessed: AssessedKpis, rows: KpiRow[] = assessed.rows): RollUp {
  return rollUp(
    rows.map((row) => ({ kpiId: row.id, status: performanceOf(assessed, row.id).status })),
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
