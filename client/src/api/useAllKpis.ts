import { KpiList, type KpiSummary } from '@civicstat/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from './apiGet';

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
      const page = (offset: number) =>
        apiGet(
          `/kpis?${new URLSearchParams({ ...filters, limit: String(PAGE), offset: String(offset) }).toString()}`,
          KpiList,
          { signal },
        );
      const first = await page(0);
      const offsets: number[] = [];
      for (let offset = PAGE; offset < first.page.total; offset += PAGE) offsets.push(offset);
      const rest = await Promise.all(offsets.map(page));
      return { asOf: first.asOf, kpis: [first, ...rest].flatMap((list) => list.data) };
    },
    // Keep the rows on screen while a new filter's rows load.
    placeholderData: keepPreviousData,
  });
}
