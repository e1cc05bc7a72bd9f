import { ObjectiveList } from '@civicstat/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './apiGet';

/** The active plan's objectives, each with its goal. */
export function useObjectives() {
  return useQuery({
    queryKey: ['plans', 'objectives'],
    queryFn: ({ signal }) => apiGet('/objectives', ObjectiveList, { signal }),
  });
}
