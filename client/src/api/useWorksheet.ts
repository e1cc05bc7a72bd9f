import { Worksheet } from '@civicstat/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './apiGet';

export const worksheetKey = (departmentId: number | undefined, month: string | undefined) => [
  'worksheet',
  departmentId,
  month ?? null,
];

/** A department's KPIs due in a month, with what is stored for each; the last ended month by default. */
export function useWorksheet(departmentId: number | undefined, month: string | undefined) {
  return useQuery({
    queryKey: worksheetKey(departmentId, month),
    queryFn: ({ signal }) =>
      apiGet(`/departments/${departmentId}/worksheet${month ? `?month=${month}` : ''}`, Worksheet, {
        signal,
      }),
    enabled: departmentId !== undefined,
    // Someone else's entry or review should not be overwritten with a stale view: refetch on focus.
    refetchOnWindowFocus: true,
  });
}
