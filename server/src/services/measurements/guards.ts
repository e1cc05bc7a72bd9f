/** The checks every change to a measurement makes, in the order its callers make them. */
import { periodEndOf, periodLockLabel, type Measurement } from '@civicstat/shared';
import type { Knex } from 'knex';
import {
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
  PreconditionRequiredError,
} from '../../errors';
import { presentMeasurement } from '../../presenters/measurement';
import { findLockCovering } from '../../queries/periodLocks';
import {
  findKpiForWrite,
  readMeasurement,
  type KpiForWrite,
  type MeasurementRecord,
} from '../../queries/storedMeasurements';

export async function loadKpi(db: Knex, kpiId: number): Promise<KpiForWrite> {
  const kpi = await findKpiForWrite(db, kpiId);
  if (!kpi) throw new NotFoundError(`There is no KPI ${kpiId}.`);
  return kpi;
}

/** The stored value as the API shows it; 404 when the period has none. */
export async function loadMeasurement(
  db: Knex,
  kpi: KpiForWrite,
  periodStart: string,
): Promise<Measurement> {
  const row = await readMeasurement(db, kpi.id, periodStart);
  if (!row) throw new NotFoundError(`KPI ${kpi.code} has no value for ${periodStart}.`);
  return presentMeasurement(row);
}

export function assertKpiLive(kpi: KpiForWrite): void {
  if (kpi.archived_at !== null) {
    throw new ConflictError(
      `KPI ${kpi.code} is archived: its values can no longer change. Restore the KPI first.`,
    );
  }
}

export async function assertPeriodOpen(
  db: Knex,
  kpi: KpiForWrite,
  periodStart: string,
  fiscalYearStartMonth: number,
): Promise<void> {
  const end = periodEndOf(periodStart, kpi.frequency, fiscalYearStartMonth);
  const lock = await findLockCovering(db, periodStart, end);
  if (lock) {
    const label = periodLockLabel(lock.fiscal_year, lock.quarter);
    throw new ConflictError(
      `${label} is locked by the budget office${lock.reason ? ` (${lock.reason})` : ''}: its values cannot change until it is unlocked.`,
      { lock: { id: lock.id, fiscalYear: lock.fiscal_year, quarter: lock.quarter, label } },
    );
  }
}

/** If-Match must name the stored version: 428 without it, 412 (with what is stored) when stale. */
export async function assertVersion(
  trx: Knex.Transaction,
  stored: MeasurementRecord,
  ifMatch: number | undefined,
): Promise<void> {
  if (ifMatch === undefined) throw new PreconditionRequiredError();
  if (ifMatch !== stored.version) {
    const current = await readMeasurement(trx, stored.kpi_id, stored.period_start);
    throw new PreconditionFailedError(current ? presentMeasurement(current) : null);
  }
}

/**
 * The database's own lock trigger answers a change that raced a new lock: report it as the
 * conflict it is, naming the lock, rather than as an invalid field.
 */
export async function lockRaceAsConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const { code, constraint, message } = error as {
      code?: string;
      constraint?: string;
      message?: string;
    };
    if (code === '23514' && constraint === 'measurements_period_unlocked') {
      // The trigger's message names the lock: `FY2025 Q4 is locked by the budget office`.
      const label = /FY\d{4}(?: Q[1-4])?/.exec(message ?? '')?.[0] ?? 'This period';
      throw new ConflictError(
        `${label} is locked by the budget office: its values cannot change until it is unlocked.`,
      );
    }
    throw error;
  }
}
