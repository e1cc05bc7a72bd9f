/** Reading one stored value and its history of revisions (from the audit trail). */
import type { Measurement, MeasurementRevision, UserRef } from '@civicstat/shared';
import type { Db } from '../../db/database';
import { NotFoundError } from '../../errors';
import { snapshotOf, type MeasurementSnapshot } from '../../presenters/measurement';
import { listAudit } from '../../queries/audit';
import { readMeasurement } from '../../queries/storedMeasurements';
import { loadKpi, loadMeasurement } from './guards';

export async function getMeasurement(
  db: Db,
  kpiId: number,
  periodStart: string,
): Promise<Measurement> {
  return loadMeasurement(db, await loadKpi(db, kpiId), periodStart);
}

function revisionOf(
  snapshot: MeasurementSnapshot,
  action: string,
  actor: UserRef | null,
  at: Date | string,
): MeasurementRevision {
  return {
    version: snapshot.version,
    action,
    actor,
    at: new Date(at).toISOString(),
    value: snapshot.value,
    numerator: snapshot.numerator,
    denominator: snapshot.denominator,
    note: snapshot.note,
    state: snapshot.state,
    reviewComment: snapshot.reviewComment,
  };
}

/** Each version of the value, oldest first: what it was after every change and who made it. */
export async function getMeasurementHistory(
  db: Db,
  kpiId: number,
  periodStart: string,
): Promise<MeasurementRevision[]> {
  const kpi = await loadKpi(db, kpiId);
  const row = await readMeasurement(db, kpi.id, periodStart);
  if (!row) throw new NotFoundError(`KPI ${kpi.code} has no value for ${periodStart}.`);
  const entries = await listAudit(
    db,
    { entity: 'measurement', entityId: String(row.id) },
    { order: 'asc' },
  );
  const revisions = entries
    .filter((entry) => entry.after !== null)
    .map((entry) =>
      revisionOf(entry.after as MeasurementSnapshot, entry.action, entry.actor, entry.at),
    );
  // A value loaded before the audit trail began (the demo seed, an import) starts its history
  // with the state it was first seen in.
  const first = entries[0];
  if (!first) {
    revisions.push(revisionOf(snapshotOf(row), 'recorded', row.entered_by, row.entered_at));
  } else if (first.before) {
    const before = first.before as MeasurementSnapshot;
    revisions.unshift(revisionOf(before, 'recorded', null, before.enteredAt));
  }
  return revisions;
}
