import { PasswordSet, type SetPasswordRequest } from '@civicstat/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from './apiSend';
import { sessionChanged } from './session';
import { signIn } from './useSignIn';

/**
 * Sets a password with a one-time link's token, then signs in with it. A 400 naming `token`
 * when the link was used, has expired or was replaced by a newer one.
 */
export function useSetPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (request: SetPasswordRequest) => {
      const { email } = await apiSend('POST', '/password', request, PasswordSet, client);
      return signIn(client, { email, password: request.password });
    },
    onSuccess: (session) => sessionChanged(client, session),
  });
}
