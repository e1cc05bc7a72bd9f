/**
 * The dataset inventory's versioned writes (create, change, archive, restore) on the shared
 * lifecycle, with who may do what: the budget office and admins any dataset, department heads
 * their own proposals for their own departments.
 */
import {
  publishBlockers,
  type Dataset,
  type DatasetChanges,
  type NewDataset,
} from '@civicstat/shared';
import { NotFoundError, ValidationError } from '../../errors';
import { authorizeDatasetChange, authorizeProposal } from '../../policies/dataset';
import { presentDataset, presentWeights } from '../../presenters/openData';
import { selectDatasets, selectWeights, type DatasetRow } from '../../queries/datasets';
import { definedOnly, type Lifecycle, type Trx } from '../writes/lifecycle';
import { refuseUnderArchivedParent, requireLive } from '../writes/references';
import type { WriteContext } from '../writeContext';

/** The stored row as `lockAtVersion` reads it: the table's own columns. */
export type DatasetTableRow = Omit<
  DatasetRow,
  'department_code' | 'department_name' | 'proposed_by' | 'kpi_ids'
>;

export type DatasetFields = NewDataset | DatasetChanges;

/** A PostgreSQL array literal, so both drivers store a text[] the same way. */
function textArray(trx: Trx, values: readonly string[]) {
  const literal = `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
  return trx.raw('?::text[]', [literal]);
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

export async function presentDatasetById(trx: Trx, id: number, today: string): Promise<Dataset> {
  const [row] = await selectDatasets(trx, { id, archived: 'include' });
  if (!row) throw new NotFoundError(`There is no dataset ${id}.`);
  return presentDataset(row, presentWeights(await selectWeights(trx)), today);
}

async function requireKpis(trx: Trx, kpiIds: readonly number[] | undefined): Promise<void> {
  if (!kpiIds || kpiIds.length === 0) return;
  const found = new Set(
    (
      await trx('kpis')
        .whereIn('id', [...kpiIds])
        .pluck('id')
    ).map((id: unknown) => Number(id)),
  );
  const missing = kpiIds.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new ValidationError(
      [{ path: 'body.kpiIds', message: `there is no KPI ${missing.join(', ')}` }],
      `There is no KPI ${missing.join(', ')}.`,
      422,
    );
  }
}

/** Rules across fields that the stored row and the change decide together. */
function checkMerged(before: DatasetTableRow, changes: DatasetChanges): void {
  const accessLevel = changes.accessLevel ?? before.access_level;
  const accessReason =
    changes.accessReason !== undefined ? changes.accessReason : before.access_reason;
  if (accessLevel !== 'public' && !accessReason?.trim()) {
    throw new ValidationError(
      [
        {
          path: 'body.accessReason',
          message: 'is required for a restricted or non-public dataset',
        },
      ],
      'Say why this dataset is not public.',
      422,
    );
  }
  if (before.pipeline_state === 'published') {
    const blockers = publishBlockers({
      accessLevel,
      downloadUrl: changes.downloadUrl !== undefined ? changes.downloadUrl : before.download_url,
      landingUrl: changes.landingUrl !== undefined ? changes.landingUrl : before.landing_url,
    });
    if (blockers.length > 0) {
      throw new ValidationError(
        [{ path: 'body.accessLevel', message: blockers.join('; ') }],
        `This dataset is published: ${blockers.join('; ')}. Retire it first.`,
        422,
      );
    }
  }
}

export function datasetLifecycle(
  writer: WriteContext,
): Lifecycle<DatasetTableRow, Dataset, NewDataset, DatasetChanges> {
  return {
    table: 'datasets',
    entity: 'dataset',
    noun: 'dataset',
    columns: (fields: DatasetFields) =>
      definedOnly({
        title: fields.title,
        description: fields.description,
        department_id: fields.departmentId,
        steward_name: fields.stewardName,
        steward_email: fields.stewardEmail,
        system_of_record: fields.systemOfRecord,
        access_level: fields.accessLevel,
        access_reason:
          fields.accessReason === undefined ? undefined : fields.accessReason?.trim() || null,
        update_frequency: fields.updateFrequency,
        last_updated: fields.lastUpdated,
        download_url: fields.downloadUrl,
        landing_url: fields.landingUrl,
        license: fields.license,
        public_demand: fields.scores?.publicDemand,
        resident_value: fields.scores?.residentValue,
        publishing_effort: fields.scores?.publishingEffort,
        risk: fields.scores?.risk,
      }),
    present: (trx, row) => presentDatasetById(trx, row.id, writer.today),
    checkCreate: async (trx, fields) => {
      authorizeProposal(writer.actor, fields.departmentId);
      await requireLive(trx, 'departments', fields.departmentId, 'body.departmentId', 'department');
      await requireKpis(trx, fields.kpiIds);
    },
    checkUpdate: async (trx, before, changes) => {
      authorizeDatasetChange(writer.actor, before);
      if (changes.departmentId !== undefined && changes.departmentId !== before.department_id) {
        authorizeProposal(writer.actor, changes.departmentId);
        await requireLive(
          trx,
          'departments',
          changes.departmentId,
          'body.departmentId',
          'department',
        );
      }
      await requireKpis(trx, changes.kpiIds);
      checkMerged(before, changes);
    },
    // Lists and links live outside the row's plain columns: compared here, so that sending
    // what is stored already is no change.
    writeRelated: async (trx, row, fields) => {
      let changed = false;
      const lists = { formats: fields.formats, keywords: fields.keywords, themes: fields.themes };
      for (const [column, values] of Object.entries(lists)) {
        if (values === undefined || sameList(values, row[column as keyof typeof lists])) continue;
        await trx('datasets')
          .where({ id: row.id })
          .update({ [column]: textArray(trx, values) });
        changed = true;
      }
      if (fields.kpiIds !== undefined) {
        const wanted = [...new Set(fields.kpiIds)].sort((a, b) => a - b);
        const stored = (
          await trx('dataset_kpis').where({ dataset_id: row.id }).orderBy('kpi_id').pluck('kpi_id')
        ).map(Number);
        if (!sameList(wanted, stored)) {
          await trx('dataset_kpis').where({ dataset_id: row.id }).delete();
          if (wanted.length > 0) {
            await trx('dataset_kpis').insert(
              wanted.map((kpi_id) => ({ dataset_id: row.id, kpi_id })),
            );
          }
          changed = true;
        }
      }
      return changed;
    },
    checkArchive: async () => {},
    checkRestore: (trx, row) =>
      refuseUnderArchivedParent(trx, `Dataset ${row.id}`, {
        table: 'departments',
        id: row.department_id,
        noun: 'department',
      }),
  };
}
