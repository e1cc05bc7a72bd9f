import { ReviewQueue } from '@civicstat/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './apiGet';

/** Every list of stored values starts with this key, so one invalidation refreshes them all. */
export const measurementsKey = ['measurements'] as const;

/**
 * The values submitted and waiting for the budget office, by department, KPI code and period;
 * one department's when `departmentId` is given. The first 500 (the API's largest page).
 */
export function useReviewQueue(departmentId: number | undefined) {
  const search = new URLSearchParams({ state: 'submitted', sort: 'period', limit: '500' });
  if (departmentId !== undefined) search.set('department', String(departmentId));
  return useQuery({
    queryKey: [...measurementsKey, { state: 'submitted', department: departmentId ?? null }],
    queryFn: ({ signal }) => apiGet(`/measurements?${search.toString()}`, ReviewQueue, { signal }),
    // A colleague may approve or return the same values: look again when the tab is back in view.
    refetchOnWindowFocus: true,
  });
}
