/**
 * Building blocks of request bodies. Strict about types and ranges, so that bad input is a 400
 * naming the field rather than a database error: no coercion ("5" is not 5), no NaN or
 * Infinity, nothing a PostgreSQL `integer` or our `numeric` columns would refuse.
 */
import { z } from 'zod';

const INT_MAX = 2_147_483_647;

/** A reference to another row, as PostgreSQL's `integer` id holds it. */
export const RefId = z
  .number({ message: 'must be an id (a positive integer)' })
  .int('must be an id (a positive integer)')
  .positive('must be an id (a positive integer)')
  .max(INT_MAX, 'must be an id (a positive integer)');

/** The version a change is based on (ETag `"<version>"`), where it travels in the body. */
export const VersionField = z
  .number({ message: 'must be a version number' })
  .int('must be a version number')
  .positive('must be a version number')
  .max(INT_MAX, 'must be a version number');

/** A measure or target: finite, and within ±1e15 so every value keeps its digits. */
export const Measure = z
  .number({ message: 'must be a number' })
  .min(-1e15, 'must be at least -1e15')
  .max(1e15, 'must be at most 1e15');

export const FiscalYearField = z
  .number({ message: 'must be a fiscal year such as 2026' })
  .int('must be a fiscal year such as 2026')
  .min(2000, 'must be 2000 or later')
  .max(2100, 'must be 2100 or earlier');

/** A title or name: surrounding spaces dropped, never empty. */
export const Title = (max: number) =>
  z
    .string({ message: 'must be text' })
    .trim()
    .min(1, 'is required')
    .max(max, `must be at most ${max} characters`);

/** Free text that may be empty (a description, a methodology). */
export const Text = (max: number) =>
  z.string({ message: 'must be text' }).max(max, `must be at most ${max} characters`);

/**
 * The body of a PATCH: any of the create fields, at least one of them, nothing else. Built from
 * the fields without refinements (zod cannot make a refined object partial).
 */
export function changesOf<Shape extends z.ZodRawShape>(fields: z.ZodObject<Shape>) {
  return fields
    .partial()
    .refine((changes) => Object.keys(changes).length > 0, 'send at least one field to change');
}
