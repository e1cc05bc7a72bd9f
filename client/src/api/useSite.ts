import { SiteInfo } from '@civicstat/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './apiGet';

/** The city this deployment serves; it does not change while the page is open. */
export function useSite() {
  return useQuery({
    queryKey: ['site'],
    queryFn: ({ signal }) => apiGet('/site', SiteInfo, { signal }),
    staleTime: Infinity,
  });
}
