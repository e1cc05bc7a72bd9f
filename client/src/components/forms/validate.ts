/**
 * Checks a form with the same shared zod schema the server validates the request with, so both
 * sides accept and refuse the same input. Answers the parsed data or the errors by field name.
 */

/** What this needs of a zod issue while its message is being chosen. */
interface Issue {
  code: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  input?: unknown;
}

/** The part of a zod schema used here, so the client needs no zod import of its own. */
export interface FormSchema<T> {
  safeParse(
    data: unknown,
    params?: { error?: (issue: Issue) => string | undefined },
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

export type FieldErrors = Record<string, string>;

export type Validation<T> =
  { data: T; errors?: undefined } | { data?: undefined; errors: FieldErrors };

/**
 * Messages for rules the schema states without one of its own, phrased like the schema's
 * ("must be an email address") to follow a field's label. Zod uses a schema's own message first.
 */
function defaultMessage(issue: Issue): string | undefined {
  const isString = issue.origin === 'string';
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'too_small' && isString) {
    return issue.minimum === 1
      ? 'is required'
      : `must be at least ${String(issue.minimum)} characters`;
  }
  if (issue.code === 'too_big' && isString) {
    return `must be at most ${String(issue.maximum)} characters`;
  }
  return undefined;
}

/**
 * Errors are named by the field at the top of their path (`departmentIds` for `departmentIds.0`),
 * or with `fullPaths` by the whole path as the server names them (`scores.risk`), for a form
 * whose inputs sit deeper in the request body.
 */
export function validate<T>(
  schema: FormSchema<T>,
  values: unknown,
  { fullPaths = false }: { fullPaths?: boolean } = {},
): Validation<T> {
  const result = schema.safeParse(values, { error: defaultMessage });
  if (result.success) return { data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = fullPaths ? issue.path.map(String).join('.') : String(issue.path[0] ?? '');
    errors[field] ??= issue.message;
  }
  return { errors };
}
