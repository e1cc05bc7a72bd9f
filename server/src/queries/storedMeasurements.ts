/** One stored measurement and the KPI facts a write needs (the read models are in measurements.ts). */
import type { KpiFrequency, WorkflowState } from '@civicstat/shared';
import type { Knex } from 'knex';
import { userRefColumn, type UserRefRow } from './userRefs';

export interface KpiForWrite {
  id: number;
  code: string;
  department_id: number;
  frequency: KpiFrequency;
  min_value: number | null;
  max_value: number | null;
  archived_at: Date | null;
}

export async function findKpiForWrite(db: Knex, id: number): Promise<KpiForWrite | undefined> {
  return db('kpis')
    .select('id', 'code', 'department_id', 'frequency', 'min_value', 'max_value', 'archived_at')
    .where({ id })
    .first();
}

export interface MeasurementRecord {
  id: number;
  kpi_id: number;
  period_start: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string;
  state: WorkflowState;
  review_comment: string;
  version: number;
  entered_at: Date;
  submitted_at: Date | null;
  reviewed_at: Date | null;
}

/** The columns of a MeasurementRecord. */
export const recordFields = [
  'id',
  'kpi_id',
  'period_start',
  'value',
  'numerator',
  'denominator',
  'note',
  'state',
  'review_comment',
  'version',
  'entered_at',
  'submitted_at',
  'reviewed_at',
] as const;

/** The same, of `measurements as m`. */
export const recordColumns = recordFields.map((field) => `m.${field}`);

/** The stored value, locked until the transaction ends so concurrent changes queue behind it. */
export async function lockMeasurement(
  trx: Knex.Transaction,
  kpiId: number,
  periodStart: string,
): Promise<MeasurementRecord | undefined> {
  return trx('measurements as m')
    .select(recordColumns)
    .where({ 'm.kpi_id': kpiId, 'm.period_start': periodStart })
    .forUpdate()
    .first();
}

export interface MeasurementView extends MeasurementRecord {
  entered_by: UserRefRow | null;
  submitted_by: UserRefRow | null;
  reviewed_by: UserRefRow | null;
}

export async function readMeasurement(
  db: Knex,
  kpiId: number,
  periodStart: string,
): Promise<MeasurementView | undefined> {
  return db('measurements as m')
    .leftJoin('users as eu', 'eu.id', 'm.entered_by')
    .leftJoin('users as su', 'su.id', 'm.submitted_by')
    .leftJoin('users as ru', 'ru.id', 'm.reviewed_by')
    .select([
      ...recordColumns,
      userRefColumn(db, 'eu', 'entered_by'),
      userRefColumn(db, 'su', 'submitted_by'),
      userRefColumn(db, 'ru', 'reviewed_by'),
    ])
    .where({ 'm.kpi_id': kpiId, 'm.period_start': periodStart })
    .first();
}
