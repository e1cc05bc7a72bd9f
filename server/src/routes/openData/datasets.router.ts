/** The dataset inventory for staff: list, one dataset, proposals and changes, pipeline steps. */
import {
  Dataset,
  DatasetChanges,
  DatasetDetail,
  DatasetList,
  DatasetListQuery,
  IdParams,
  NewDataset,
  PipelineStepRequest,
} from '@civicstat/shared';
import {
  createDataset,
  setDatasetArchived,
  stepPipeline,
  updateDataset,
} from '../../services/openData/datasets';
import { readDatasetDetail, readDatasetList } from '../../services/openData/inventory';
import { requiredVersion, setVersion } from '../../services/versioning';
import type { ApiRoutes } from '../define';
import type { ReadContextOf } from '../readContext';
import { writeContextOf, type AppServices } from '../writeContext';

const tag = 'Open data';
const versionNote =
  'Send If-Match with the version (ETag) you loaded: 428 without it, 412 with the current dataset when someone changed it since.';
const editors = ['admin', 'budget_office', 'department_head'] as const;
const curators = ['admin', 'budget_office'] as const;

export function datasetRoutes(api: ApiRoutes, services: AppServices, readOf: ReadContextOf): void {
  const writerOf = writeContextOf(services);

  api.add(
    {
      method: 'get',
      path: '/datasets',
      tag,
      access: 'signed_in',
      summary: 'The dataset inventory, published or not, with filters',
      description:
        'Each dataset with its priority score under the current weights and its freshness: `stale` once its last update is older than its update frequency plus the grace period, `due_soon` within two weeks of its next update.',
      query: DatasetListQuery,
      response: DatasetList,
      maxAge: 0,
    },
    async ({ query, req }) => readDatasetList(services.db, readOf(req).today, query),
  );

  api.add(
    {
      method: 'get',
      path: '/datasets/:id',
      tag,
      access: 'signed_in',
      summary: 'One dataset of the inventory, with its pipeline steps (who and when)',
      params: IdParams,
      response: DatasetDetail,
      maxAge: 0,
    },
    async ({ params, req, res }) => {
      const detail = await readDatasetDetail(services.db, readOf(req).today, params.id);
      setVersion(res, detail.version);
      return detail;
    },
  );

  api.add(
    {
      method: 'post',
      path: '/datasets',
      tag,
      access: editors,
      summary: 'Add a dataset to the inventory, as a proposal',
      description:
        'The budget office and admins add datasets for any department; a department head proposes them for their own department only (403 otherwise).',
      body: NewDataset,
      response: Dataset,
      status: 201,
    },
    async ({ body, req, res }) => {
      const created = await createDataset(writerOf(req), body);
      res.location(`/api/v1/datasets/${created.id}`);
      setVersion(res, created.version);
      return created;
    },
  );

  api.add(
    {
      method: 'patch',
      path: '/datasets/:id',
      tag,
      access: editors,
      summary: 'Change a dataset: only the fields sent',
      description: `${versionNote} A department head changes only their own proposals, until they are approved.`,
      params: IdParams,
      body: DatasetChanges,
      response: Dataset,
    },
    async ({ params, body, req, res }) => {
      const version = requiredVersion(req);
      const updated = await updateDataset(writerOf(req), params.id, version, body);
      setVersion(res, updated.version);
      return updated;
    },
  );

  for (const archive of [true, false]) {
    api.add(
      {
        method: 'post',
        path: `/datasets/:id/${archive ? 'archive' : 'restore'}`,
        tag,
        access: curators,
        summary: archive
          ? 'Archive a dataset: it leaves the inventory and the catalog, and can be restored'
          : 'Restore an archived dataset',
        description: versionNote,
        params: IdParams,
        response: Dataset,
      },
      async ({ params, req, res }) => {
        const version = requiredVersion(req);
        const result = await setDatasetArchived(writerOf(req), params.id, version, archive);
        setVersion(res, result.version);
        return result;
      },
    );
  }

  api.add(
    {
      method: 'post',
      path: '/datasets/:id/pipeline',
      tag,
      access: curators,
      summary: 'Move a dataset one step along its release pipeline',
      description: `proposed → approved → preparing (being prepared) → published → retired, one step at a time; any other move answers 409 naming \`from\` and \`to\`. Publishing needs a download or landing URL and an access level other than non-public. Each step is audited with who and when. ${versionNote}`,
      params: IdParams,
      body: PipelineStepRequest,
      response: Dataset,
    },
    async ({ params, body, req, res }) => {
      const version = requiredVersion(req);
      const moved = await stepPipeline(writerOf(req), params.id, version, body.to);
      setVersion(res, moved.version);
      return moved;
    },
  );
}
