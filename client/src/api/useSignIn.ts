import { Session, type SignInRequest } from '@civicstat/shared';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiSend } from './apiSend';
import { sessionChanged } from './session';

export function signIn(client: QueryClient, credentials: SignInRequest): Promise<Session> {
  return apiSend('POST', '/session', credentials, Session, client);
}

/** Signs in; a 401 ApiError for a wrong email or password, a 429 when rate limited. */
export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: SignInRequest) => signIn(client, credentials),
    onSuccess: (session) => sessionChanged(client, session),
  });
}
