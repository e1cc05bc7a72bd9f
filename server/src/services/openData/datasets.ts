/** Inventory writes: proposals and changes (If-Match), archive and restore, pipeline steps. */
import {
  canMovePipeline,
  pipelineStateLabels,
  pipelineStepsFrom,
  publishBlockers,
  type Dataset,
  type DatasetChanges,
  type NewDataset,
  type PipelineState,
} from '@civicstat/shared';
import { ConflictError } from '../../errors';
import { recordAudit } from '../audit';
import { createVersioned, lockAtVersion, setArchived, updateVersioned } from '../writes/lifecycle';
import type { WriteContext } from '../writeContext';
import { datasetLifecycle } from './datasetLifecycle';

export function createDataset(writer: WriteContext, fields: NewDataset): Promise<Dataset> {
  const lifecycle = datasetLifecycle(writer);
  // Every dataset starts as a proposal, whoever adds it; who proposed it is kept.
  return createVersioned(
    writer,
    {
      ...lifecycle,
      columns: (f) => ({
        ...lifecycle.columns(f),
        pipeline_state: 'proposed',
        created_by: writer.actor.userId,
      }),
    },
    fields,
  );
}

export function updateDataset(
  writer: WriteContext,
  id: number,
  version: number,
  changes: DatasetChanges,
): Promise<Dataset> {
  return updateVersioned(writer, datasetLifecycle(writer), id, version, changes);
}

export function setDatasetArchived(
  writer: WriteContext,
  id: number,
  version: number,
  archive: boolean,
): Promise<Dataset> {
  return setArchived(writer, datasetLifecycle(writer), id, version, archive);
}

/** One step along proposed → approved → preparing → published → retired, audited. */
export async function stepPipeline(
  writer: WriteContext,
  id: number,
  version: number,
  to: PipelineState,
): Promise<Dataset> {
  const lifecycle = datasetLifecycle(writer);
  return writer.db.transaction(async (trx) => {
    const row = await lockAtVersion(trx, lifecycle, id, version);
    if (row.archived_at !== null) {
      throw new ConflictError(`The dataset ${id} is archived: restore it to move it.`);
    }
    const from = row.pipeline_state;
    if (!canMovePipeline(from, to)) {
      const next = pipelineStepsFrom(from).map((s) => pipelineStateLabels[s]);
      throw new ConflictError(
        `A dataset cannot go from ${pipelineStateLabels[from]} to ${pipelineStateLabels[to]}` +
          (next.length > 0 ? `: its next step is ${next.join(' or ')}.` : ': it is retired.'),
        { from, to },
      );
    }
    if (to === 'published') {
      const blockers = publishBlockers({
        accessLevel: row.access_level,
        downloadUrl: row.download_url,
        landingUrl: row.landing_url,
      });
      if (blockers.length > 0) {
        throw new ConflictError(`This dataset cannot be published: ${blockers.join('; ')}.`, {
          from,
          to,
        });
      }
    }
    const before = await lifecycle.present(trx, row);
    await trx('datasets')
      .where({ id })
      .update({ pipeline_state: to, version: row.version + 1, updated_at: writer.now });
    const after = await lifecycle.present(trx, { ...row, version: row.version + 1 });
    await recordAudit(trx, {
      actor: writer.actor,
      action: 'pipeline',
      entity: 'dataset',
      entityId: id,
      before,
      after,
      at: writer.now,
    });
    return after;
  });
}
