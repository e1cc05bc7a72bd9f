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
  /** Asking again (after an edit) failed; what was loaded before stays on screen. */
  refreshError: unknown;
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
  // Pages are by offset, newest first: a change recorded between two pages pushes the entries
  // after it down, so the next page can start with one already shown.
  const seen = new Set<string>();
  const entries = pages
    .flatMap((page) => page.data)
    .filter((entry) => {
      const key = `${entry.entity}-${entry.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return {
    entries,
    total: pages[0]?.page.total ?? 0,
    isPending: query.isPending,
    error: query.isError && pages.length === 0 ? query.error : null,
    refreshError: query.isRefetchError ? query.error : null,
    isFetchingMore: query.isFetchingNextPage,
    moreError: query.isFetchNextPageError ? query.error : null,
    loadMore: () => {
      if (!query.isFetchingNextPage) void query.fetchNextPage();
    },
    refetch: () => void query.refetch(),
  };
}
