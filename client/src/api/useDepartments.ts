import { DepartmentList } from '@civicstat/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './apiGet';

/** Every department with its roll-up; `enabled: false` until a screen needs it. */
export function useDepartments({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['departments'],
    queryFn: ({ signal }) => apiGet('/departments', DepartmentList, { signal }),
    enabled,
  });
}
