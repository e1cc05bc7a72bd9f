import { UserList, UserSessionList } from '@civicstat/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './apiGet';

export const usersQueryKey = ['users'] as const;

/** Every user account (admin only), by name. */
export function useUsers() {
  return useQuery({
    queryKey: usersQueryKey,
    queryFn: ({ signal }) => apiGet('/users?limit=500', UserList, { signal }),
    // What an admin acts on must be current: others may change accounts at the same time.
    staleTime: 0,
  });
}

/** One user's live sessions; `enabled` while they are on screen. */
export function useUserSessions(userId: number) {
  return useQuery({
    queryKey: [...usersQueryKey, userId, 'sessions'],
    queryFn: ({ signal }) => apiGet(`/users/${userId}/sessions`, UserSessionList, { signal }),
    staleTime: 0,
  });
}
