/**
 * The admin's changes to user accounts. Each refreshes the user list when it is done; a change
 * based on a version someone else changed since fails with a 412 ApiError (see staleCurrent).
 */
import {
  InvitedUser,
  PasswordLink,
  RevokedSessions,
  UserAccount,
  type NewUser,
  type UserChanges,
} from '@civicstat/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from './ApiError';
import { apiSend, NoContent } from './apiSend';
import { usersQueryKey } from './useUsers';

/** The account as stored now, from a 412 answer, or undefined for any other error. */
export function staleCurrent(error: unknown): UserAccount | undefined {
  if (!isApiError(error) || error.status !== 412) return undefined;
  const parsed = UserAccount.safeParse((error.problem as { current?: unknown }).current);
  return parsed.success ? parsed.data : undefined;
}

function useUsersMutation<Input, Output>(send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => client.invalidateQueries({ queryKey: usersQueryKey }),
  });
}

export function useInviteUser() {
  const client = useQueryClient();
  return useUsersMutation((user: NewUser) => apiSend('POST', '/users', user, InvitedUser, client));
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useUsersMutation(({ user, changes }: { user: UserAccount; changes: UserChanges }) =>
    apiSend('PATCH', `/users/${user.id}`, changes, UserAccount, client, {
      ifMatch: user.version,
    }),
  );
}

/** Deactivates (`active` false) or reactivates an account. */
export function useSetUserActive() {
  const client = useQueryClient();
  return useUsersMutation(({ user, active }: { user: UserAccount; active: boolean }) =>
    apiSend(
      'POST',
      `/users/${user.id}/${active ? 'reactivate' : 'deactivate'}`,
      undefined,
      UserAccount,
      client,
      { ifMatch: user.version },
    ),
  );
}

export function useResetPassword() {
  const client = useQueryClient();
  return useUsersMutation((user: UserAccount) =>
    apiSend('POST', `/users/${user.id}/password-reset`, undefined, PasswordLink, client),
  );
}

/** Ends one session (`sessionId`) or every session of a user but the admin's own. */
export function useRevokeSessions() {
  const client = useQueryClient();
  return useUsersMutation(async ({ userId, sessionId }: { userId: number; sessionId?: number }) => {
    if (sessionId === undefined) {
      return apiSend('DELETE', `/users/${userId}/sessions`, undefined, RevokedSessions, client);
    }
    await apiSend('DELETE', `/users/${userId}/sessions/${sessionId}`, undefined, NoContent, client);
    return { revoked: 1 };
  });
}
