/**
 * A KPI's stored targets with their versions, and the budget office's target writes: one fiscal
 * year's (or one period's override) at a time, or many KPIs' for one fiscal year at once.
 */
import {
  BulkTargetsResult,
  KpiTarget,
  KpiTargetList,
  KpiTargetPage,
  type BulkTargetRow,
  type TargetRequest,
} from '@civicstat/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from './ApiError';
import { apiGet } from './apiGet';
import { apiSend } from './apiSend';
import { fetchEveryPage } from './fetchEveryPage';

const targetsKey = (kpiId: number) => ['kpis', kpiId, 'targets'] as const;

function targetsQuery(kpiId: number) {
  return {
    queryKey: targetsKey(kpiId),
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      apiGet(`/kpis/${kpiId}/targets`, KpiTargetList, { signal }),
    // What the budget office replaces must be current: its version goes back in If-Match.
    staleTime: 0,
  };
}

export function useKpiTargets(kpiId: number) {
  return useQuery(targetsQuery(kpiId));
}

/** The API's largest page of a year's targets. */
const TARGETS_PAGE = 1000;

/** Every KPI's stored target for one fiscal year (not the periods' overrides): one request per 1,000. */
export function useTargetsOfYear(fiscalYear: number) {
  return useQuery({
    queryKey: ['targets', fiscalYear],
    queryFn: async ({ signal }) =>
      (
        await fetchEveryPage(
          (limit, offset) =>
            `/targets/${fiscalYear}?overrides=exclude&limit=${limit}&offset=${offset}`,
          KpiTargetPage,
          TARGETS_PAGE,
          signal,
        )
      ).items,
    // What the budget office replaces must be current: its version goes back in If-Match.
    staleTime: 0,
  });
}

/** The target as stored now, from a 412 answer to a single target's PUT. */
export function staleTarget(error: unknown): KpiTarget | undefined {
  if (!isApiError(error) || error.status !== 412) return undefined;
  const parsed = KpiTarget.safeParse((error.problem as { current?: unknown }).current);
  return parsed.success ? parsed.data : undefined;
}

export interface TargetWrite {
  kpiId: number;
  fiscalYear: number;
  /** Set for one period's override; absent for the fiscal year's target. */
  periodStart?: string;
  value: TargetRequest;
  /** The stored target's version, when there is one to replace. */
  version?: number;
}

export function useSetTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kpiId, fiscalYear, periodStart, value, version }: TargetWrite) =>
      apiSend(
        'PUT',
        `/kpis/${kpiId}/targets/${fiscalYear}${periodStart ? `/periods/${periodStart}` : ''}`,
        value,
        KpiTarget,
        client,
        version === undefined ? {} : { ifMatch: version },
      ),
    onSettled: (_data, _error, { kpiId }) =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['kpis', kpiId] }),
        client.invalidateQueries({ queryKey: ['targets'] }),
        client.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}

/** All or nothing: a bad row refuses the whole request (422 naming body.targets.<index>). */
export function useSetFiscalYearTargets() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ fiscalYear, targets }: { fiscalYear: number; targets: BulkTargetRow[] }) =>
      apiSend('PUT', `/targets/${fiscalYear}`, { targets }, BulkTargetsResult, client),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['kpis'] }),
        client.invalidateQueries({ queryKey: ['targets'] }),
        client.invalidateQueries({ queryKey: ['plans'] }),
        client.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}
