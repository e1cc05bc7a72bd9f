/** Shapes every resource and every response share: ids, ISO dates, problem+json errors. */
import { z } from 'zod';

export const Id = z.coerce.number().int().positive();

/** A calendar date as the database stores a `date`: `YYYY-MM-DD`, no time, no zone. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** RFC 9457 problem details, with the field-level errors of a rejected request. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;
