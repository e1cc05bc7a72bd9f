import { CurrentUser, type FirstAdminRequest } from '@civicstat/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from './apiSend';
import { sessionChanged } from './session';
import { signIn } from './useSignIn';

/**
 * First run: creates the first administrator with the one-time token the server printed,
 * then signs in as them. A 400 naming `token` when the link is void, a 409 when an admin exists.
 */
export function useCreateFirstAdmin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (request: FirstAdminRequest) => {
      await apiSend('POST', '/setup', request, CurrentUser, client);
      return signIn(client, { email: request.email, password: request.password });
    },
    onSuccess: (session) => sessionChanged(client, session),
  });
}
