/**
 * Open data for everyone and for staff: the public inventory and published datasets, the
 * prioritization weights, the ranked release list and the stale-and-due list.
 */
import {
  PriorityWeights,
  PriorityWeightsRequest,
  PublicInventory,
  PublicInventoryQuery,
  ReleaseList,
  StaleDatasets,
  StaleDatasetsQuery,
} from '@civicstat/shared';
import {
  readPublicInventory,
  readReleaseList,
  readStaleDatasets,
} from '../../services/openData/inventory';
import { readWeights, updateWeights } from '../../services/openData/weights';
import { requiredVersion, setVersion } from '../../services/versioning';
import type { ApiRoutes } from '../define';
import type { ReadContextOf } from '../readContext';
import { writeContextOf, type AppServices } from '../writeContext';

const tag = 'Open data';

export function openDataRoutes(api: ApiRoutes, services: AppServices, readOf: ReadContextOf): void {
  const writerOf = writeContextOf(services);

  api.get(
    {
      path: '/open-data/inventory',
      tag,
      summary: "The city's dataset inventory, as the public sees it",
      description:
        'Every dataset the city holds, published or not. A non-public dataset shows its title and the reason it is not public only; a published one its links, licence and steward. `?published=true` keeps the published datasets.',
      query: PublicInventoryQuery,
      response: PublicInventory,
    },
    async ({ query }) => readPublicInventory(services.db, query.published),
  );

  api.get(
    {
      path: '/open-data/datasets',
      tag,
      summary: 'The published datasets, with their download and landing links',
      response: PublicInventory,
    },
    async () => readPublicInventory(services.db, true),
  );

  api.get(
    {
      path: '/open-data/weights',
      tag,
      summary: 'The weights of the prioritization factors',
      description:
        'A dataset’s priority score is the weighted mean of its factor scores (1–5 each: public demand, value to residents, effort to publish and risk or sensitivity, the last two counted inverted), scaled to 0–100.',
      response: PriorityWeights,
    },
    async ({ res }) => {
      const weights = await readWeights(services.db);
      setVersion(res, weights.version);
      return weights;
    },
  );

  api.add(
    {
      method: 'put',
      path: '/open-data/weights',
      tag,
      access: ['admin'],
      summary: 'Change the weights of the prioritization factors (0–10 each, not all 0)',
      description:
        'Send If-Match with the version you loaded: 428 without it, 412 with the current weights when someone changed them since.',
      body: PriorityWeightsRequest,
      response: PriorityWeights,
    },
    async ({ body, req, res }) => {
      const weights = await updateWeights(writerOf(req), requiredVersion(req), body);
      setVersion(res, weights.version);
      return weights;
    },
  );

  api.add(
    {
      method: 'get',
      path: '/open-data/release-list',
      tag,
      access: 'signed_in',
      summary: 'Datasets still to release, ranked by priority score',
      description:
        'Proposed, approved and in-preparation datasets that may be public (not non-public), highest score first; equal scores by title.',
      response: ReleaseList,
      maxAge: 0,
    },
    async ({ req }) => readReleaseList(services.db, readOf(req).today),
  );

  api.add(
    {
      method: 'get',
      path: '/open-data/stale',
      tag,
      access: 'signed_in',
      summary: 'Published datasets that are stale or due for an update, by department',
      query: StaleDatasetsQuery,
      response: StaleDatasets,
      maxAge: 0,
    },
    async ({ query, req }) => readStaleDatasets(services.db, readOf(req).today, query.department),
  );
}
