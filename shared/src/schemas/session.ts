/** Signing in and who is signed in. */
import { z } from 'zod';
import { UserRole } from './enums';

export const SignInRequest = z.strictObject({
  email: z.email('must be an email address').max(320),
  password: z.string().min(1, 'is required').max(1000),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

export const CurrentUser = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: UserRole,
  /** The departments a department head answers for (empty for other roles). */
  departmentIds: z.array(z.number().int()),
});
export type CurrentUser = z.infer<typeof CurrentUser>;

export const Session = z.object({
  user: CurrentUser,
  /** Send it back in the X-CSRF-Token header with every change. */
  csrfToken: z.string(),
});
export type Session = z.infer<typeof Session>;

/** Passwords: long enough to resist guessing, short enough to hash quickly. */
export const NewPassword = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(200, 'must be at most 200 characters');

export const FirstAdminRequest = z.strictObject({
  token: z.string().min(1).max(200),
  email: z.email('must be an email address').max(320),
  name: z.string().trim().min(1).max(200),
  password: NewPassword,
});
export type FirstAdminRequest = z.infer<typeof FirstAdminRequest>;
