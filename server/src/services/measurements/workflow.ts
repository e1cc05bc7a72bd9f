/**
 * The review workflow: a department head submits its department's value, the budget office
 * approves it, returns it with a comment, or reopens an approved one with a reason. Each step
 * needs If-Match, moves the version on and is audited.
 */
import { workflowTransitions, type Measurement, type WorkflowStep } from '@civicstat/shared';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors';
import { canEnterMeasurements } from '../../policies/measurement';
import { snapshotOf } from '../../presenters/measurement';
import { lockMeasurement, type MeasurementRecord } from '../../queries/storedMeasurements';
import { recordAudit } from '../audit';
import type { WriteContext } from '../writeContext';
import { assertCommentaryWhenOffTrack } from './commentary';
import {
  assertKpiLive,
  assertPeriodOpen,
  assertVersion,
  loadKpi,
  loadMeasurement,
  lockRaceAsConflict,
} from './guards';

export interface WorkflowStepRequest {
  kpiId: number;
  periodStart: string;
  step: WorkflowStep;
  ifMatch: number | undefined;
  /** The comment of a return, the reason of a reopening. */
  comment?: string;
}

const pastTense: Record<WorkflowStep, string> = {
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
  reopen: 'reopened',
};

export async function takeWorkflowStep(
  context: WriteContext,
  { kpiId, periodStart, step, ifMatch, comment = '' }: WorkflowStepRequest,
): Promise<Measurement> {
  const { actor, now } = context;
  const transition = workflowTransitions[step];
  return lockRaceAsConflict(() =>
    context.db.transaction(async (trx) => {
      const kpi = await loadKpi(trx, kpiId);
      if (step === 'submit' && !canEnterMeasurements(actor, kpi.department_id)) {
        throw new ForbiddenError(
          "This KPI belongs to another department: you can submit only your own department's values.",
        );
      }
      const stored = await lockMeasurement(trx, kpi.id, periodStart);
      if (!stored) throw new NotFoundError(`KPI ${kpi.code} has no value for ${periodStart}.`);
      assertKpiLive(kpi);
      await assertPeriodOpen(trx, kpi, periodStart, context.fiscalYearStartMonth);
      await assertVersion(trx, stored, ifMatch);
      if (!transition.from.includes(stored.state)) {
        throw new ConflictError(
          `This value is ${stored.state}: only a ${transition.from.join(' or ')} value can be ${pastTense[step]}.`,
          { state: stored.state },
        );
      }

      if (step === 'submit') {
        await assertCommentaryWhenOffTrack(trx, stored, context.fiscalYearStartMonth);
      }

      const stamps =
        step === 'submit'
          ? { submitted_by: actor.userId, submitted_at: now }
          : {
              reviewed_by: actor.userId,
              reviewed_at: now,
              // An approval settles whatever the last return or reopening asked for.
              review_comment: step === 'approve' ? '' : comment,
            };
      const [updated] = (await trx('measurements')
        .where({ id: stored.id })
        .update({ state: transition.to, version: stored.version + 1, updated_at: now, ...stamps })
        .returning('*')) as MeasurementRecord[];
      await recordAudit(trx, {
        actor,
        action: step,
        entity: 'measurement',
        entityId: stored.id,
        before: snapshotOf(stored),
        after: snapshotOf(updated as MeasurementRecord),
        at: now,
      });
      return loadMeasurement(trx, kpi, periodStart);
    }),
  );
}
