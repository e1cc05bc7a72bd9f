import { OverdueReport, ReviewQueue } from '@civicstat/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './apiGet';
import { fyParam } from './usePlan';

/** Stored values by workflow state, department or KPI: returned items, submission history. */
export function useMeasurements(filters: Record<string, string>) {
  return useQuery({
    queryKey: ['measurements', filters],
    queryFn: ({ signal }) =>
      apiGet(`/measurements?${new URLSearchParams(filters).toString()}`, ReviewQueue, { signal }),
  });
}

/** Periods that have ended without an approved value, by department. */
export function useOverdueReport(fiscalYear?: number) {
  return useQuery({
    queryKey: ['reports', 'overdue', { fy: fiscalYear ?? null }],
    queryFn: ({ signal }) =>
      apiGet(`/reports/overdue${fyParam(fiscalYear)}`, OverdueReport, { signal }),
  });
}
