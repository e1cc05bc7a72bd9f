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
  constructor(detail: string) {
    super(409, 'conflict', 'Conflict', detail);
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

export class PreconditionFailedError extends HttpError {
  constructor(detail = 'This resource changed since you loaded it.') {
    super(412, 'precondition-failed', 'Precondition Failed', detail);
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
