/**
 * Entering or correcting a KPI's value for one period. Idempotent per (KPI, period): the first
 * PUT creates it as a draft; later ones change it only with If-Match, and one that matches
 * what is stored changes nothing at all (no new version, no audit record).
 */
import {
  editableStates,
  periodStartProblem,
  type Measurement,
  type MeasurementInput,
  type WorkflowState,
} from '@civicstat/shared';
import type { Actor } from '../../actor';
import { ConflictError, ValidationError } from '../../errors';
import { authorizeEntry } from '../../policies/measurement';
import { snapshotOf } from '../../presenters/measurement';
import {
  lockMeasurement,
  type KpiForWrite,
  type MeasurementRecord,
} from '../../queries/storedMeasurements';
import { recordAudit } from '../audit';
import type { WriteContext } from '../writeContext';
import {
  assertKpiLive,
  assertPeriodOpen,
  assertVersion,
  loadKpi,
  loadMeasurement,
  lockRaceAsConflict,
} from './guards';

export interface PutMeasurement {
  kpiId: number;
  periodStart: string;
  input: MeasurementInput;
  /** The version from If-Match; needed only to change a stored value. */
  ifMatch: number | undefined;
}

function unprocessable(path: string, message: string): ValidationError {
  return new ValidationError([{ path, message }], `Invalid ${path}: ${message}.`, 422);
}

function assertWithinBounds(kpi: KpiForWrite, value: number): void {
  if (kpi.min_value !== null && value < kpi.min_value) {
    throw unprocessable('body.value', `must be at least ${kpi.min_value}, the KPI's minimum`);
  }
  if (kpi.max_value !== null && value > kpi.max_value) {
    throw unprocessable('body.value', `must be at most ${kpi.max_value}, the KPI's maximum`);
  }
}

function assertEditable(actor: Actor, state: WorkflowState): void {
  if (editableStates(actor.role).includes(state)) return;
  const why =
    state === 'approved'
      ? actor.role === 'budget_office'
        ? 'reopen it first to correct it'
        : 'only the budget office can change it, after reopening it'
      : 'it is with the budget office for review and changes only if they return it';
  throw new ConflictError(`This value is ${state}: ${why}.`, { state });
}

type Content = Pick<MeasurementRecord, 'value' | 'numerator' | 'denominator' | 'note'>;

const sameContent = (a: Content, b: Content) =>
  a.value === b.value &&
  a.numerator === b.numerator &&
  a.denominator === b.denominator &&
  a.note === b.note;

export async function putMeasurement(
  context: WriteContext,
  { kpiId, periodStart, input, ifMatch }: PutMeasurement,
): Promise<Measurement> {
  const { actor, now } = context;
  const content: Content = {
    value: input.value,
    numerator: input.numerator ?? null,
    denominator: input.denominator ?? null,
    note: input.note ?? '',
  };
  return lockRaceAsConflict(() =>
    context.db.transaction(async (trx) => {
      const kpi = await loadKpi(trx, kpiId);
      authorizeEntry(actor, kpi.department_id);
      const problem = periodStartProblem(
        periodStart,
        kpi.frequency,
        context.fiscalYearStartMonth,
        context.today,
      );
      if (problem) throw unprocessable('path.periodStart', problem);
      assertWithinBounds(kpi, content.value);
      assertKpiLive(kpi);
      await assertPeriodOpen(trx, kpi, periodStart, context.fiscalYearStartMonth);

      const present = () => loadMeasurement(trx, kpi, periodStart);
      let stored = await lockMeasurement(trx, kpi.id, periodStart);
      if (!stored) {
        // When another first entry wins the race, its row is there now and this PUT becomes a
        // change to it, needing If-Match like any other.
        const [created] = (await trx('measurements')
          .insert({
            kpi_id: kpi.id,
            period_start: periodStart,
            ...content,
            state: 'draft',
            entered_by: actor.userId,
            entered_at: now,
            created_at: now,
            updated_at: now,
          })
          .onConflict(['kpi_id', 'period_start'])
          .ignore()
          .returning('*')) as MeasurementRecord[];
        if (created) {
          await recordAudit(trx, {
            actor,
            action: 'create',
            entity: 'measurement',
            entityId: created.id,
            after: snapshotOf(created),
            at: now,
          });
          return present();
        }
        stored = (await lockMeasurement(trx, kpi.id, periodStart)) as MeasurementRecord;
      }

      if (sameContent(stored, content)) return present();
      await assertVersion(trx, stored, ifMatch);
      assertEditable(actor, stored.state);
      const [updated] = (await trx('measurements')
        .where({ id: stored.id })
        .update({
          ...content,
          version: stored.version + 1,
          entered_by: actor.userId,
          entered_at: now,
          updated_at: now,
        })
        .returning('*')) as MeasurementRecord[];
      await recordAudit(trx, {
        actor,
        action: 'update',
        entity: 'measurement',
        entityId: stored.id,
        before: snapshotOf(stored),
        after: snapshotOf(updated as MeasurementRecord),
        at: now,
      });
      return present();
    }),
  );
}
