/**
 * A KPI's change history from the audit trail: its definition's records and those of each of its
 * targets (the trail files targets under their own ids), newest first.
 */
import { AuditList, type AuditEntry } from '@civicstat/shared';
import { useQueries } from '@tanstack/react-query';
import { apiGet } from './apiGet';

/** The API's largest page; a KPI rarely has more changes than this per record. */
const LIMIT = 200;

function auditQuery(entity: string, id: number) {
  return {
    queryKey: ['audit', entity, id],
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      apiGet(`/audit?entity=${entity}&id=${id}&limit=${LIMIT}`, AuditList, { signal }),
    staleTime: 0,
  };
}

export interface KpiHistory {
  entries: AuditEntry[];
  isPending: boolean;
  error: unknown;
  refetch(): void;
}

export function useKpiHistory(kpiId: number, targetIds: readonly number[]): KpiHistory {
  const results = useQueries({
    queries: [auditQuery('kpi', kpiId), ...targetIds.map((id) => auditQuery('kpi_target', id))],
  });
  const entries = results
    .flatMap((result) => result.data?.data ?? [])
    .sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  return {
    entries,
    isPending: results.some((result) => result.isPending),
    error: results.find((result) => result.error)?.error ?? null,
    refetch: () => results.forEach((result) => void result.refetch()),
  };
}
