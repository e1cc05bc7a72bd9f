/** The prioritization weights: read by anyone, changed by admins with If-Match, audited. */
import type { PriorityWeights, PriorityWeightsRequest } from '@civicstat/shared';
import type { Db } from '../../db/database';
import { PreconditionFailedError } from '../../errors';
import { presentWeights } from '../../presenters/openData';
import { selectWeights } from '../../queries/datasets';
import { recordAudit } from '../audit';
import type { WriteContext } from '../writeContext';

export async function readWeights(db: Db): Promise<PriorityWeights> {
  return presentWeights(await selectWeights(db));
}

export async function updateWeights(
  writer: WriteContext,
  version: number,
  weights: PriorityWeightsRequest,
): Promise<PriorityWeights> {
  return writer.db.transaction(async (trx) => {
    await trx('dataset_priority_weights').where({ id: 1 }).forUpdate().first();
    const before = presentWeights(await selectWeights(trx));
    if (before.version !== version) throw new PreconditionFailedError(before);
    const unchanged = (Object.keys(weights) as Array<keyof PriorityWeightsRequest>).every(
      (factor) => before[factor] === weights[factor],
    );
    if (unchanged) return before;
    await trx('dataset_priority_weights')
      .where({ id: 1 })
      .update({
        public_demand: weights.publicDemand,
        resident_value: weights.residentValue,
        publishing_effort: weights.publishingEffort,
        risk: weights.risk,
        version: before.version + 1,
        updated_by: writer.actor.userId,
        updated_at: writer.now,
      });
    const after = presentWeights(await selectWeights(trx));
    await recordAudit(trx, {
      actor: writer.actor,
      action: 'update',
      entity: 'dataset_priority_weights',
      entityId: 1,
      before,
      after,
      at: writer.now,
    });
    return after;
  });
}
