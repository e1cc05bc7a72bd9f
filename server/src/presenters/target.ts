/** A stored `kpi_targets` row → the target resource the target writes answer. */
import type { KpiTarget } from '@civicstat/shared';
import { targetOfRow } from '../services/performance';

export interface TargetRecord {
  id: number;
  kpi_id: number;
  fiscal_year: number;
  period_start: string | null;
  target: number | null;
  target_low: number | null;
  target_high: number | null;
  version: number;
}

export function presentTarget(row: TargetRecord): KpiTarget {
  const target = targetOfRow(row);
  // The table's CHECK guarantees a value or a complete band.
  if (!target) throw new Error(`target ${row.id} holds neither a value nor a band`);
  return {
    id: row.id,
    kpiId: row.kpi_id,
    fiscalYear: row.fiscal_year,
    periodStart: row.period_start,
    target,
    version: row.version,
  };
}
