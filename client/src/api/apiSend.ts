/**
 * Writes to the API: sends JSON with the session's CSRF token, maps errors to ApiError and
 * validates the answer. The token lives in the session query's cache (from /me or sign-in).
 */
import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from './ApiError';
import { basePath, readProblem, type Schema } from './apiGet';
import { sessionQuery } from './session';

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** For answers without a body (204 No Content). */
export const NoContent: Schema<void> = { parse: () => undefined };

export async function apiSend<T>(
  method: WriteMethod,
  path: string,
  body: unknown,
  schema: Schema<T>,
  client: QueryClient,
  /** The version a change is based on, sent as If-Match (a stale one is answered 412). */
  options: { ifMatch?: number } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  // The public has no session and no token; the server asks for one only from signed-in users.
  const session = await client.ensureQueryData(sessionQuery);
  if (session) headers['X-CSRF-Token'] = session.csrfToken;

  const response = await fetch(`${basePath}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new ApiError(await readProblem(response));
  }
  return schema.parse(response.status === 204 ? undefined : await response.json());
}
