/** Reads from the API: fetch, map errors to ApiError, validate the body. Writes go through apiSend. */
import { Problem } from '@civicstat/shared';
import { ApiError } from './ApiError';

export const basePath = '/api/v1';

/** Anything that validates unknown JSON into a T — the shared zod schemas fit. */
export interface Schema<T> {
  parse(data: unknown): T;
}

/**
 * `session` (the default) sends the session cookie; `public` sends none, so the answer is what
 * anyone may see — embeds on the city's website use it, whoever is signed in.
 */
export type RequestMode = 'session' | 'public';

export async function apiGet<T>(
  path: string,
  schema: Schema<T>,
  options: { signal?: AbortSignal; mode?: RequestMode } = {},
): Promise<T> {
  const response = await fetch(`${basePath}${path}`, {
    headers: { Accept: 'application/json' },
    credentials: options.mode === 'public' ? 'omit' : 'same-origin',
    // The query cache decides when to ask again; when it does, the answer must be current. The
    // browser's cache could answer with what it kept from before signing in or out (the
    // public answers do not vary by cookie), so it may only revalidate (304 via the ETag).
    cache: 'no-cache',
    signal: options.signal,
  });
  if (!response.ok) {
    throw new ApiError(await readProblem(response));
  }
  return schema.parse(await response.json());
}

/** The problem+json body when the server sent one, otherwise one made from the status line. */
export async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || 'Request failed',
    status: response.status,
  };
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) return fallback;
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = Problem.safeParse(body);
  // Extension members (such as a 412's `current`) are kept alongside the standard ones.
  return parsed.success ? { ...(body as object), ...parsed.data } : fallback;
}
