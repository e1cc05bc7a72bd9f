/** A non-2xx answer from the API, carrying its RFC 9457 problem details. */
import type { Problem } from '@civicstat/shared';

export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.status = problem.status;
    this.problem = problem;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

/**
 * The field errors of a rejected request body, by field name: `body.email` → `email`. The
 * messages are fragments ("must be an email address") that a form puts after the field's label.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  if (!isApiError(error)) return fieldErrors;
  for (const { path, message } of error.problem.errors ?? []) {
    if (!path.startsWith('body.')) continue;
    const field = path.slice('body.'.length);
    fieldErrors[field] ??= message;
  }
  return fieldErrors;
}
