import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from './ApiError';
import { apiSend, NoContent } from './apiSend';
import { sessionChanged, sessionQuery } from './session';

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await apiSend('DELETE', '/session', undefined, NoContent, client);
      } catch (error) {
        // A session that already ended (401) is what signing out wanted.
        if (!(isApiError(error) && error.status === 401)) throw error;
      }
    },
    onSuccess: () => sessionChanged(client, null),
    // A refused token (403) may be stale, e.g. after signing in again in another tab: look again
    // at /me so that the next attempt sends the current one.
    onError: () => client.invalidateQueries({ queryKey: sessionQuery.queryKey }),
  });
}
