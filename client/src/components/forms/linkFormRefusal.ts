import type { ReactNode } from 'react';
import { fieldErrorsOf } from '../../api/ApiError';
import { fieldErrorSentences, type FormField } from './fieldErrorSentences';
import type { FieldErrors } from './validate';

/**
 * What a form opened from a one-time link shows after a refusal: each field's error, or — when
 * the server refused the link's token, or refused for no field — one message instead. Used by the
 * first-admin set-up and the set-password pages.
 */
export function linkFormRefusal<Name extends string>({
  fields,
  formErrors,
  serverError,
  linkNoLongerWorks,
  describe,
}: {
  fields: Record<Name, FormField>;
  /** What the browser's own check of the form found. */
  formErrors: FieldErrors;
  /** The server's refusal, if the last attempt was sent. */
  serverError: Error | null;
  /** What to say when the token is spent or expired. */
  linkNoLongerWorks: ReactNode;
  /** What to say when the server refused for another reason. */
  describe: (error: Error) => ReactNode;
}) {
  const errors = serverError ? fieldErrorsOf(serverError) : formErrors;
  const { byField, items } = fieldErrorSentences(fields, errors);
  const message = errors.token
    ? linkNoLongerWorks
    : serverError && items.length === 0
      ? describe(serverError)
      : undefined;
  return { byField, items, message, refused: items.length > 0 || message !== undefined };
}
