import { PlanOverview } from '@civicstat/shared';
import { useQueries, useQuery } from '@tanstack/react-query';
import { apiGet } from './apiGet';

function planQuery(fiscalYear: number | undefined) {
  return {
    queryKey: ['plans', 'current', { fy: fiscalYear ?? null }],
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      apiGet(`/plans/current${fyParam(fiscalYear)}`, PlanOverview, { signal }),
  };
}

/** `?fy=2024` when a fiscal year is asked for; nothing (today's picture) otherwise. */
export function fyParam(fiscalYear: number | undefined, joiner = '?'): string {
  return fiscalYear === undefined ? '' : `${joiner}fy=${fiscalYear}`;
}

/** The active plan as of today, or as of the end of a past fiscal year. */
export function usePlan(fiscalYear?: number) {
  return useQuery(planQuery(fiscalYear));
}

/** The plan as of the end of each of several fiscal years, for history charts (one request per year, each cached). */
export function usePlanHistory(fiscalYears: number[]) {
  return useQueries({ queries: fiscalYears.map((year) => planQuery(year)) });
}
