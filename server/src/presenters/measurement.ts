/** Stored measurements → the API's Measurement, and the snapshot the audit trail keeps of one. */
import type { Measurement } from '@civicstat/shared';
import type { MeasurementRecord, MeasurementView } from '../queries/storedMeasurements';

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

export function presentMeasurement(row: MeasurementView): Measurement {
  return {
    id: row.id,
    kpiId: row.kpi_id,
    periodStart: row.period_start,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    note: row.note,
    state: row.state,
    reviewComment: row.review_comment,
    version: row.version,
    enteredBy: row.entered_by,
    enteredAt: iso(row.entered_at),
    submittedBy: row.submitted_by,
    submittedAt: isoOrNull(row.submitted_at),
    reviewedBy: row.reviewed_by,
    reviewedAt: isoOrNull(row.reviewed_at),
  };
}

/** What the audit trail records of a value: its content and state (the actor is on the entry). */
export interface MeasurementSnapshot {
  id: number;
  kpiId: number;
  periodStart: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string;
  state: Measurement['state'];
  reviewComment: string;
  version: number;
  enteredAt: string;
}

export function snapshotOf(row: MeasurementRecord): MeasurementSnapshot {
  return {
    id: row.id,
    kpiId: row.kpi_id,
    periodStart: row.period_start,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    note: row.note,
    state: row.state,
    reviewComment: row.review_comment,
    version: row.version,
    enteredAt: iso(row.entered_at),
  };
}
