/**
 * Turns every error into an RFC 9457 problem+json response. Typed errors keep their
 * status; PostgreSQL constraint violations become 409/422 naming the column; anything
 * else is a 500 whose details stay in the log, never in the response.
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { ZodError } from 'zod';
import { HttpError, NotFoundError, type FieldError } from '../errors';

interface PostgresError {
  code: string;
  column?: string;
  constraint?: string;
  detail?: string;
}

function isPostgresError(error: unknown): error is PostgresError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    /^[0-9A-Z]{5}$/.test((error as { code: string }).code)
  );
}

export function sendProblem(res: Response, error: HttpError): void {
  res
    .status(error.status)
    .type('application/problem+json')
    .json({
      type: `/problems/${error.type}`,
      title: error.title,
      status: error.status,
      detail: error.message,
      ...(error.errors ? { errors: error.errors } : {}),
      ...error.extensions,
    });
}

function fromZod(error: ZodError): HttpError {
  const errors: FieldError[] = error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
  return new HttpError(
    400,
    'validation-failed',
    'Validation Failed',
    'The request is not valid.',
    errors,
  );
}

/** PostgreSQL's integrity errors, named by the column or constraint they concern. */
function fromPostgres(error: PostgresError): HttpError | undefined {
  const field = error.column ?? error.constraint ?? '';
  const errors = [{ path: field, message: error.detail ?? 'violates a database constraint' }];
  switch (error.code) {
    case '23505':
      return new HttpError(
        409,
        'conflict',
        'Conflict',
        error.detail ?? 'This already exists.',
        errors,
      );
    case '23503':
      return new HttpError(
        422,
        'invalid-reference',
        'Unprocessable Content',
        'A referenced record does not exist.',
        errors,
      );
    case '23502':
    case '23514':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
    case '22P02':
      return new HttpError(
        422,
        'constraint-violated',
        'Unprocessable Content',
        `Invalid value for ${field || 'a field'}.`,
        errors,
      );
    default:
      return undefined;
  }
}

export const notFoundApi: RequestHandler = (req, _res, next) => {
  next(
    new NotFoundError(`There is no API endpoint ${req.method} ${req.originalUrl.split('?')[0]}.`),
  );
};

/** The problem an error answers with: its own when typed, 500 for anything unknown. */
export function problemOf(error: unknown): HttpError {
  let problem: HttpError | undefined;
  if (error instanceof HttpError) problem = error;
  else if (error instanceof ZodError) problem = fromZod(error);
  else if (isPostgresError(error)) problem = fromPostgres(error);
  else if (
    typeof error === 'object' &&
    error !== null &&
    'type' in error &&
    (error as { type: unknown }).type === 'entity.parse.failed'
  ) {
    problem = new HttpError(
      400,
      'malformed-json',
      'Bad Request',
      'The request body is not valid JSON.',
    );
  } else if (
    typeof error === 'object' &&
    error !== null &&
    'type' in error &&
    (error as { type: unknown }).type === 'entity.too.large'
  ) {
    problem = new HttpError(
      413,
      'payload-too-large',
      'Content Too Large',
      'The request body is too large.',
    );
  }
  return (
    problem ??
    new HttpError(
      500,
      'internal',
      'Internal Server Error',
      'Something went wrong on our side. It has been logged.',
    )
  );
}

export const problemHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const problem = problemOf(error);
  if (problem.status >= 500) req.log.error({ err: error }, 'request failed');
  if (res.headersSent) {
    res.end();
    return;
  }
  sendProblem(res, problem);
};
