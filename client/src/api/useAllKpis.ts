import { KpiList, type KpiSummary } from '@civicstat/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchEveryPage } from './fetchEveryPage';

/** The API's largest page. */
const PAGE = 200;

export interface AllKpis {
  asOf: string;
  kpis: KpiSummary[];
}

/**
 * Every KPI matching the list filters (`goal`, `department`, `status`, `q`, `sort`, ...), all
 * pages fetched at once: the all-KPIs table shows them in one scrolling, virtualized list.
 */
export function useAllKpis(filters: Record<string, string>) {
  return useQuery({
    queryKey: ['kpis', 'all', filters],
    queryFn: async ({ signal }): Promise<AllKpis> => {
      const { first, items } = await fetchEveryPage(
        (limit, offset) =>
          `/kpis?${new URLSearchParams({ ...filters, limit: String(limit), offset: String(offset) }).toString()}`,
        KpiList,
        PAGE,
        signal,
      );
      return { asOf: first.asOf, kpis: items };
    },
    // Keep the rows on screen while a new filter's rows load.
    placeholderData: keepPreviousData,
  });
}
