import { DashboardDetail } from '@civicstat/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './apiGet';
import { fyParam } from './usePlan';

/** A curated board (such as the Development Services Center) with its KPIs in order. */
export function useDashboard(slug: string, fiscalYear?: number) {
  return useQuery({
    queryKey: ['dashboards', slug, { fy: fiscalYear ?? null }],
    queryFn: ({ signal }) =>
      apiGet(`/dashboards/${slug}${fyParam(fiscalYear)}`, DashboardDetail, { signal }),
  });
}
