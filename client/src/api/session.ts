/** Who is signed in, kept in the query cache, and what has to be refetched when that changes. */
import { Session } from '@civicstat/shared';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { isApiError } from './ApiError';
import { apiGet } from './apiGet';

const sessionQueryKey = ['session'] as const;

/** GET /me. A 401 is the normal answer for the public: it means "signed out", not an error. */
export const sessionQuery = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: async ({ client, signal }): Promise<Session | null> => {
    const session = await fetchSession(signal);
    const before = client.getQueryData<Session | null>(sessionQueryKey);
    // The session ended (idle timeout, signed out in another tab) or changed hands since the
    // last look: what the page shows was answered for someone else.
    if (before !== undefined && before?.user.id !== session?.user.id) {
      void refreshWhatTheUserSees(client, session);
    }
    return session;
  },
});

async function fetchSession(signal: AbortSignal): Promise<Session | null> {
  try {
    return await apiGet('/me', Session, { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

/** After signing in or out: remember the new session and refetch everything else. */
export function sessionChanged(client: QueryClient, session: Session | null): void {
  client.setQueryData(sessionQueryKey, session);
  void refreshWhatTheUserSees(client, session);
}

/**
 * Every answer may differ for the new user (private KPIs appear or vanish). After signing out,
 * the private answers are dropped at once rather than shown until their refetch arrives.
 */
function refreshWhatTheUserSees(client: QueryClient, session: Session | null): Promise<void> {
  const everythingElse = {
    predicate: (query: { queryKey: readonly unknown[] }) =>
      query.queryKey[0] !== sessionQueryKey[0],
  };
  return session ? client.invalidateQueries(everythingElse) : client.resetQueries(everythingElse);
}
