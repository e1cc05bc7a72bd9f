import { KpiDetail, KpiSeries, type SeriesGranularity } from '@civicstat/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet, type RequestMode } from './apiGet';
import { fyParam } from './usePlan';

/** One KPI: definition, targets, performance, projection and annotations. */
export function useKpi(
  id: number,
  {
    fiscalYear,
    mode,
    enabled = true,
  }: { fiscalYear?: number; mode?: RequestMode; enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: ['kpis', id, { fy: fiscalYear ?? null, mode: mode ?? 'session' }],
    queryFn: ({ signal }) =>
      apiGet(`/kpis/${id}${fyParam(fiscalYear)}`, KpiDetail, { signal, mode }),
    enabled,
  });
}

export interface SeriesRange {
  granularity: SeriesGranularity;
  from?: string;
  to?: string;
}

export function seriesPath(id: number, { granularity, from, to }: SeriesRange): string {
  const query = new URLSearchParams({ granularity });
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  return `/kpis/${id}/series?${query.toString()}`;
}

/** A KPI's values, targets and statuses per period over a date range. */
export function useKpiSeries(
  id: number,
  range: SeriesRange,
  { enabled = true, mode }: { enabled?: boolean; mode?: RequestMode } = {},
) {
  return useQuery({
    queryKey: ['kpis', id, 'series', range, mode ?? 'session'],
    queryFn: ({ signal }) => apiGet(seriesPath(id, range), KpiSeries, { signal, mode }),
    enabled,
  });
}
