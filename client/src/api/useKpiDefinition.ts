/**
 * The budget office's changes to KPI definitions: create, change (If-Match), archive and
 * restore. A change based on a version someone else changed since fails with a 412 ApiError
 * whose current definition staleKpi reads.
 */
import { KpiDefinition, type KpiChanges, type NewKpi } from '@civicstat/shared';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isApiError } from './ApiError';
import { apiSend } from './apiSend';

/** The definition as stored now, from a 412 answer, or undefined for any other error. */
export function staleKpi(error: unknown): KpiDefinition | undefined {
  if (!isApiError(error) || error.status !== 412) return undefined;
  const parsed = KpiDefinition.safeParse((error.problem as { current?: unknown }).current);
  return parsed.success ? parsed.data : undefined;
}

/** Every KPI read (detail, lists, roll-ups) may show what changed. */
function refreshKpis(client: QueryClient) {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['kpis'] }),
    client.invalidateQueries({ queryKey: ['plans'] }),
    client.invalidateQueries({ queryKey: ['audit'] }),
  ]);
}

export function useCreateKpi() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (kpi: NewKpi) => apiSend('POST', '/kpis', kpi, KpiDefinition, client),
    onSettled: () => refreshKpis(client),
  });
}

export function useUpdateKpi() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ base, changes }: { base: KpiDefinition; changes: KpiChanges }) =>
      apiSend('PATCH', `/kpis/${base.id}`, changes, KpiDefinition, client, {
        ifMatch: base.version,
      }),
    onSettled: () => refreshKpis(client),
  });
}

/** Archives (`archived` true) or restores a KPI, based on the version on screen. */
export function useSetKpiArchived() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ base, archived }: { base: KpiDefinition; archived: boolean }) =>
      apiSend(
        'POST',
        `/kpis/${base.id}/${archived ? 'archive' : 'restore'}`,
        undefined,
        KpiDefinition,
        client,
        { ifMatch: base.version },
      ),
    onSettled: () => refreshKpis(client),
  });
}
