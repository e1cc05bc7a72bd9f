/** Reads of the dataset inventory: the staff list, one dataset, the release ranking, the
 * stale-and-due list per department, and the public inventory. */
import {
  rankForRelease,
  DATASET_GRACE_DAYS,
  type Dataset,
  type DatasetDetail,
  type DatasetList,
  type DatasetListQuery,
  type PublicInventory,
  type ReleaseList,
  type StaleDatasets,
} from '@civicstat/shared';
import type { Db } from '../../db/database';
import { NotFoundError } from '../../errors';
import {
  presentDataset,
  presentPipelineHistory,
  presentPublicDataset,
  presentWeights,
  scoresOf,
} from '../../presenters/openData';
import { selectDatasets, selectPipelineHistory, selectWeights } from '../../queries/datasets';

// An inventory holds hundreds of datasets, not millions: scores and freshness come from the
// shared rules over the selected rows, and pages are cut after filtering on them.
export async function readDatasetList(
  db: Db,
  today: string,
  query: DatasetListQuery,
): Promise<DatasetList> {
  const [rows, weightsRow] = await Promise.all([selectDatasets(db, query), selectWeights(db)]);
  const weights = presentWeights(weightsRow);
  const all = rows
    .map((row) => presentDataset(row, weights, today))
    .filter((d) => !query.freshness || d.freshness === query.freshness);
  return {
    data: all.slice(query.offset, query.offset + query.limit),
    page: { limit: query.limit, offset: query.offset, total: all.length },
  };
}

export async function readDatasetDetail(db: Db, today: string, id: number): Promise<DatasetDetail> {
  const [rows, weightsRow, history] = await Promise.all([
    selectDatasets(db, { id, archived: 'include' }),
    selectWeights(db),
    selectPipelineHistory(db, id),
  ]);
  const row = rows[0];
  if (!row) throw new NotFoundError(`There is no dataset ${id}.`);
  return {
    ...presentDataset(row, presentWeights(weightsRow), today),
    pipelineHistory: presentPipelineHistory(history),
  };
}

const releaseStates = new Set(['proposed', 'approved', 'preparing']);

/** Datasets still to release (not non-public), best score first. */
export async function readReleaseList(db: Db, today: string): Promise<ReleaseList> {
  const [rows, weightsRow] = await Promise.all([selectDatasets(db), selectWeights(db)]);
  const weights = presentWeights(weightsRow);
  const candidates = rows.filter(
    (row) => releaseStates.has(row.pipeline_state) && row.access_level !== 'non_public',
  );
  const byId = new Map(candidates.map((row) => [row.id, row]));
  const ranked = rankForRelease(
    candidates.map((row) => ({ id: row.id, title: row.title, scores: scoresOf(row) })),
    weights,
  );
  return {
    weights,
    data: ranked.map(({ id, rank }) => ({
      ...presentDataset(byId.get(id)!, weights, today),
      rank,
    })),
  };
}

/** Published datasets whose update is overdue (stale) or due soon, by department. */
export async function readStaleDatasets(
  db: Db,
  today: string,
  department?: number,
): Promise<StaleDatasets> {
  const [rows, weightsRow] = await Promise.all([
    selectDatasets(db, { state: 'published', department }),
    selectWeights(db),
  ]);
  const weights = presentWeights(weightsRow);
  const groups = new Map<number, StaleDatasets['departments'][number]>();
  for (const row of rows) {
    const dataset: Dataset = presentDataset(row, weights, today);
    if (dataset.freshness !== 'stale' && dataset.freshness !== 'due_soon') continue;
    let group = groups.get(row.department_id);
    if (!group) {
      group = { department: dataset.department, stale: [], dueSoon: [] };
      groups.set(row.department_id, group);
    }
    (dataset.freshness === 'stale' ? group.stale : group.dueSoon).push(dataset);
  }
  const byDue = (a: Dataset, b: Dataset) =>
    (a.nextUpdateDue ?? '').localeCompare(b.nextUpdateDue ?? '') || a.id - b.id;
  const departments = [...groups.values()]
    .map((g) => ({ ...g, stale: g.stale.sort(byDue), dueSoon: g.dueSoon.sort(byDue) }))
    .sort((a, b) => a.department.name.localeCompare(b.department.name, 'en'));
  return { asOf: today, graceDays: DATASET_GRACE_DAYS, departments };
}

/** Every live dataset as the public may see it; `published` keeps the published ones only. */
export async function readPublicInventory(db: Db, published?: boolean): Promise<PublicInventory> {
  const rows = await selectDatasets(db);
  const listed = published
    ? rows.filter((row) => row.pipeline_state === 'published' && row.access_level !== 'non_public')
    : rows;
  return {
    data: listed.map(presentPublicDataset),
    counts: {
      total: rows.length,
      published: rows.filter((row) => row.pipeline_state === 'published').length,
      nonPublic: rows.filter((row) => row.access_level === 'non_public').length,
    },
  };
}
