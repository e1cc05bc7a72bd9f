import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/ApiError';

/** A 4xx answer will not change on its own, so only network and server errors are retried. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 60_000 },
    },
  });
}
