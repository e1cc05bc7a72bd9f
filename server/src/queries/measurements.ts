/** One KPI's measurements over a date range, for its series and projection. */
import type { Db } from '../db/database';

export interface MeasurementRow {
  period_start: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string;
}

export async function listMeasurements(
  db: Db,
  kpiId: number,
  from: string,
  to: string,
  states: readonly string[],
): Promise<MeasurementRow[]> {
  return db('measurements')
    .select('period_start', 'value', 'numerator', 'denominator', 'note')
    .where({ kpi_id: kpiId })
    .whereIn('state', states)
    .whereBetween('period_start', [from, to])
    .orderBy('period_start');
}

export interface AnnotationRow {
  id: number;
  kpi_id: number | null;
  date: string;
  label: string;
  description: string;
}

/** The KPI's own annotations and the city-wide ones. */
export async function listAnnotations(db: Db, kpiId: number): Promise<AnnotationRow[]> {
  return db<AnnotationRow>('annotations')
    .select('id', 'kpi_id', 'date', 'label', 'description')
    .where((q) => q.where({ kpi_id: kpiId }).orWhereNull('kpi_id'))
    .whereNull('archived_at')
    .orderBy(['date', 'id']);
}

export async function listAllTargets(db: Db, kpiId: number) {
  return db('kpi_targets')
    .select('kpi_id', 'fiscal_year', 'period_start', 'target', 'target_low', 'target_high')
    .where({ kpi_id: kpiId })
    .orderBy([{ column: 'fiscal_year' }, { column: 'period_start', nulls: 'first' }]);
}
