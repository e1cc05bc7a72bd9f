/** The locked fiscal years and quarters, and the budget office's locking and unlocking. */
import { PeriodLock, PeriodLockList, type PeriodLockRequest } from '@civicstat/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet } from './apiGet';
import { apiSend, NoContent } from './apiSend';

export const periodLocksQueryKey = ['period-locks'] as const;

/** Every lock, latest first (a city has a few a year: one page of 200 holds decades). */
export function usePeriodLocks() {
  return useQuery({
    queryKey: periodLocksQueryKey,
    queryFn: ({ signal }) => apiGet('/period-locks?limit=200', PeriodLockList, { signal }),
    staleTime: 0,
  });
}

function usePeriodLockMutation<Input, Output>(send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    // Worksheets and review queues say which values are locked.
    onSettled: () =>
      client.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== 'session' && query.queryKey[0] !== 'site',
      }),
  });
}

export function useLockPeriod() {
  const client = useQueryClient();
  return usePeriodLockMutation((request: PeriodLockRequest) =>
    apiSend('POST', '/period-locks', request, PeriodLock, client),
  );
}

export function useUnlockPeriod() {
  const client = useQueryClient();
  return usePeriodLockMutation((lock: PeriodLock) =>
    apiSend('DELETE', `/period-locks/${lock.id}`, undefined, NoContent, client),
  );
}
