import { GoalDetail } from '@civicstat/shared';
import { useQueries, useQuery } from '@tanstack/react-query';
import { apiGet } from './apiGet';
import { fyParam } from './usePlan';

function goalQuery(id: number | undefined, fiscalYear: number | undefined) {
  return {
    queryKey: ['goals', id, { fy: fiscalYear ?? null }],
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      apiGet(`/goals/${id}${fyParam(fiscalYear)}`, GoalDetail, { signal }),
    enabled: id !== undefined,
  };
}

/** A goal with its objectives and their KPIs' performance; waits until the goal's id is known. */
export function useGoal(id: number | undefined, fiscalYear?: number) {
  return useQuery(goalQuery(id, fiscalYear));
}

/** Several goals at once (the presentation and the council packet show every goal). */
export function useGoals(ids: readonly number[], fiscalYear?: number) {
  return useQueries({ queries: ids.map((id) => goalQuery(id, fiscalYear)) });
}
