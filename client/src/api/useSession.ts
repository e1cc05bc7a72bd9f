import { useQuery } from '@tanstack/react-query';
import { sessionQuery } from './session';

/** The signed-in user and CSRF token, or null for the public. */
export function useSession() {
  return useQuery(sessionQuery);
}
