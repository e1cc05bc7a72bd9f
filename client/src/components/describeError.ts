import { isApiError } from '../api/ApiError';

/** A sentence a resident can read about why something failed to load. */
export function describeError(error: unknown): string {
  if (isApiError(error)) {
    const reason = error.problem.detail ?? error.problem.title;
    return error.status >= 500
      ? `The server had a problem answering (${reason}). Try again in a moment.`
      : reason;
  }
  // fetch rejects with a TypeError when the network or the server is unreachable.
  if (error instanceof TypeError) {
    return 'The server could not be reached. Check your connection and try again.';
  }
  return 'The page received data it could not read. If this keeps happening, please tell the site administrator.';
}
