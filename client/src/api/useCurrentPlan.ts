import { PlanOverview } from '@civicstat/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './apiGet';

/** The active strategic plan with its goals and objectives; a 404 ApiError when none is active. */
export function useCurrentPlan() {
  return useQuery({
    queryKey: ['plans', 'current'],
    queryFn: ({ signal }) => apiGet('/plans/current', PlanOverview, { signal }),
  });
}
