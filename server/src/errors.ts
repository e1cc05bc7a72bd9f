/** The errors a service may throw; middleware/problem.ts maps each to one HTTP response. */

export interface FieldError {
  path: string;
  message: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    detail?: string,
    readonly errors?: FieldError[],
    /** Extra members of the problem document (RFC 9457 extensions), e.g. `current`. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(detail ?? title);
  }
}

export class NotFoundError extends HttpError {
  constructor(detail = 'The requested resource does not exist.') {
    super(404, 'not-found', 'Not Found', detail);
  }
}

export class ValidationError extends HttpError {
  constructor(errors: FieldError[], detail = 'The request is not valid.', status = 400) {
    super(status, 'validation-failed', 'Validation Failed', detail, errors);
  }
}

export class ConflictError extends HttpError {
  constructor(detail: string, extensions?: Record<string, unknown>) {
    super(409, 'conflict', 'Conflict', detail, undefined, extensions);
  }
}

export class UnauthorizedError extends HttpError {
  constructor(detail = 'Sign in to do this.') {
    super(401, 'unauthorized', 'Unauthorized', detail);
  }
}

export class ForbiddenError extends HttpError {
  constructor(detail = 'You are not allowed to do this.') {
    super(403, 'forbidden', 'Forbidden', detail);
  }
}

/** A stale If-Match: someone changed the resource since; `current` is what is stored now. */
export class PreconditionFailedError extends HttpError {
  constructor(
    current: unknown,
    detail = 'Someone changed this since you loaded it. Review the current version and try again.',
  ) {
    super(412, 'precondition-failed', 'Precondition Failed', detail, undefined, { current });
  }
}

export class PreconditionRequiredError extends HttpError {
  constructor(detail = 'Send the If-Match header with the version you loaded.') {
    super(428, 'precondition-required', 'Precondition Required', detail);
  }
}

export class ServiceUnavailableError extends HttpError {
  constructor(detail: string) {
    super(503, 'service-unavailable', 'Service Unavailable', detail);
  }
}
