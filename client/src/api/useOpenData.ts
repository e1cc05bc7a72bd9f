/** Open data: the public KPIs and inventory, and the staff's inventory screens and their writes. */
import {
  Dataset,
  DatasetDetail,
  DatasetList,
  KpiList,
  PriorityWeights,
  PublicInventory,
  ReleaseList,
  StaleDatasets,
  type DatasetChanges,
  type KpiSummary,
  type NewDataset,
  type PipelineState,
  type PriorityWeightsRequest,
} from '@civicstat/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet } from './apiGet';
import { apiSend } from './apiSend';
import { fetchEveryPage } from './fetchEveryPage';

const PAGE = 200;

/** Every KPI the public sees, as the public sees it (whoever is signed in). */
export function usePublicKpis() {
  return useQuery({
    queryKey: ['open-data', 'public-kpis'],
    queryFn: async ({ signal }): Promise<KpiSummary[]> =>
      (
        await fetchEveryPage(
          (limit, offset) => `/kpis?limit=${limit}&offset=${offset}&sort=code`,
          KpiList,
          PAGE,
          signal,
          'public',
        )
      ).items,
  });
}

export function usePublicInventory() {
  return useQuery({
    queryKey: ['open-data', 'inventory'],
    queryFn: ({ signal }) =>
      apiGet('/open-data/inventory', PublicInventory, { signal, mode: 'public' }),
  });
}

export function useDatasets(filters: Record<string, string>) {
  return useQuery({
    queryKey: ['open-data', 'datasets', filters],
    queryFn: ({ signal }) =>
      apiGet(
        `/datasets?${new URLSearchParams({ ...filters, limit: '500' }).toString()}`,
        DatasetList,
        { signal },
      ),
  });
}

export function useDataset(id: number | undefined) {
  return useQuery({
    queryKey: ['open-data', 'dataset', id],
    queryFn: ({ signal }) => apiGet(`/datasets/${id}`, DatasetDetail, { signal }),
    enabled: id !== undefined,
    staleTime: 0,
  });
}

export function useReleaseList() {
  return useQuery({
    queryKey: ['open-data', 'release-list'],
    queryFn: ({ signal }) => apiGet('/open-data/release-list', ReleaseList, { signal }),
  });
}

export function useStaleDatasets() {
  return useQuery({
    queryKey: ['open-data', 'stale'],
    queryFn: ({ signal }) => apiGet('/open-data/stale', StaleDatasets, { signal }),
  });
}

export function usePriorityWeights() {
  return useQuery({
    queryKey: ['open-data', 'weights'],
    queryFn: ({ signal }) => apiGet('/open-data/weights', PriorityWeights, { signal }),
    staleTime: 0,
  });
}

function useOpenDataMutation<Input, Output>(send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => client.invalidateQueries({ queryKey: ['open-data'] }),
  });
}

export function useCreateDataset() {
  const client = useQueryClient();
  return useOpenDataMutation((fields: NewDataset) =>
    apiSend('POST', '/datasets', fields, Dataset, client),
  );
}

export function useUpdateDataset() {
  const client = useQueryClient();
  return useOpenDataMutation(
    ({ id, version, changes }: { id: number; version: number; changes: DatasetChanges }) =>
      apiSend('PATCH', `/datasets/${id}`, changes, Dataset, client, { ifMatch: version }),
  );
}

export function useStepPipeline() {
  const client = useQueryClient();
  return useOpenDataMutation(
    ({ id, version, to }: { id: number; version: number; to: PipelineState }) =>
      apiSend('POST', `/datasets/${id}/pipeline`, { to }, Dataset, client, { ifMatch: version }),
  );
}

export function useUpdateWeights() {
  const client = useQueryClient();
  return useOpenDataMutation(
    ({ version, weights }: { version: number; weights: PriorityWeightsRequest }) =>
      apiSend('PUT', '/open-data/weights', weights, PriorityWeights, client, { ifMatch: version }),
  );
}
