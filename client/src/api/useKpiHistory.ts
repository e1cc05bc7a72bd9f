/**
 * A KPI's change history from the audit trail (`/audit?kpi=`: its definition's records and those
 * of its targets), newest first, a page at a time.
 */
import { AuditList, type AuditEntry } from '@civicstat/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from './apiGet';

export const HISTORY_PAGE = 20;

export interface KpiHistory {
  entries: AuditEntry[];
  /** Every change recorded, loaded or not. */
  total: number;
  isPending: boolean;
  error: unknown;
  /** Loading the next page of older changes. */
  isFetchingMore: boolean;
  /** The next page failed; the pages before it stay. */
  moreError: unknown;
  loadMore(): void;
  refetch(): void;
}

export function useKpiHistory(kpiId: number): KpiHistory {
  const query = useInfiniteQuery({
    queryKey: ['audit', 'kpi-history', kpiId],
    queryFn: ({ pageParam, signal }) =>
      apiGet(`/audit?kpi=${kpiId}&limit=${HISTORY_PAGE}&offset=${pageParam}`, AuditList, {
        signal,
      }),
    initialPageParam: 0,
    getNextPageParam: ({ page }) =>
      page.offset + page.limit < page.total ? page.offset + page.limit : undefined,
    staleTime: 0,
  });
  const pages = query.data?.pages ?? [];
  return {
    entries: pages.flatMap((page) => page.data),
    total: pages[0]?.page.total ?? 0,
    isPending: query.isPending,
    error: query.isError && pages.length === 0 ? query.error : null,
    isFetchingMore: query.isFetchingNextPage,
    moreError: query.isFetchNextPageError ? query.error : null,
    loadMore: () => {
      if (!query.isFetchingNextPage) void query.fetchNextPage();
    },
    refetch: () => void query.refetch(),
  };
}
