import { OverdueReport } from '@civicstat/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './apiGet';
import { fyParam } from './usePlan';

/** The ended periods of a fiscal year (the current one by default) without an approved value. */
export function useOverdueReport(fiscalYear: number | undefined) {
  return useQuery({
    queryKey: ['reports', 'overdue', { fy: fiscalYear ?? null }],
    queryFn: ({ signal }) =>
      apiGet(`/reports/overdue${fyParam(fiscalYear)}`, OverdueReport, { signal }),
    refetchOnWindowFocus: true,
  });
}
