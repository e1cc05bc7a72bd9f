/**
 * The city's user accounts as the admin manages them: invitations with one-time set-password
 * links, roles and departments, deactivation, password resets and sessions.
 */
import { z } from 'zod';
import { UserRole } from './enums';
import { RefId, Title } from './fields';
import { Page } from './kpi';
import { NewPassword } from './session';
import { PositiveId } from './queries';

/** Invited: no password set yet. Deactivated: can no longer sign in; restorable. */
export const userStatuses = ['invited', 'active', 'deactivated'] as const;
export const UserStatus = z.enum(userStatuses);
export type UserStatus = z.infer<typeof UserStatus>;

export const UserAccount = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: UserRole,
  /** The departments a department head answers for; empty for every other role. */
  departmentIds: z.array(z.number().int()),
  status: UserStatus,
  deactivatedAt: z.iso.datetime().nullable(),
  lastSignInAt: z.iso.datetime().nullable(),
  /** Sessions that have neither expired nor sat idle too long. */
  activeSessions: z.number().int(),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
});
export type UserAccount = z.infer<typeof UserAccount>;

export const UserList = z.object({ data: z.array(UserAccount), page: Page });
export type UserList = z.infer<typeof UserList>;

export const UserListQuery = z.strictObject({
  role: UserRole.optional(),
  status: UserStatus.optional(),
  limit: z.coerce.number().int().min(1).max(500, 'must be 500 or less').default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

const DepartmentIds = z
  .array(RefId, { message: 'must be a list of department ids' })
  .max(50, 'must list at most 50 departments')
  .refine((ids) => new Set(ids).size === ids.length, 'must not list a department twice');

const UserFields = z.strictObject({
  email: z.email('must be an email address').max(320, 'must be at most 320 characters'),
  name: Title(200),
  role: UserRole,
  departmentIds: DepartmentIds,
});
export const NewUser = UserFields;
export type NewUser = z.infer<typeof NewUser>;

/** The email stays: it is how the person signs in, and how the audit trail names them. */
export const UserChanges = UserFields.omit({ email: true })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'send at least one field to change');
export type UserChanges = z.infer<typeof UserChanges>;

/**
 * Department heads answer for at least one department, and nobody else for any: the message
 * (to follow "departmentIds" or a form's label) when a role and its departments do not fit.
 */
export function departmentsMisfit(role: UserRole, departmentIds: readonly number[]) {
  if (role === 'department_head' && departmentIds.length === 0) {
    return 'must name at least one department for a department head';
  }
  if (role !== 'department_head' && departmentIds.length > 0) {
    return 'must be empty: only department heads answer for departments';
  }
  return undefined;
}

/** A one-time link that lets its holder set the account's password; shown once, never stored. */
export const PasswordLink = z.object({
  token: z.string(),
  /** Relative to the site: `/set-password?token=…`. */
  path: z.string(),
  expiresAt: z.iso.datetime(),
});
export type PasswordLink = z.infer<typeof PasswordLink>;

export const InvitedUser = z.object({ user: UserAccount, passwordLink: PasswordLink });
export type InvitedUser = z.infer<typeof InvitedUser>;

export const SetPasswordRequest = z.strictObject({
  token: z.string({ message: 'is required' }).min(1, 'is required').max(200),
  password: NewPassword,
});
export type SetPasswordRequest = z.infer<typeof SetPasswordRequest>;

/** The account whose password was set: sign in with this email and the new password. */
export const PasswordSet = z.object({ email: z.string() });
export type PasswordSet = z.infer<typeof PasswordSet>;

/** One signed-in browser of a user, named by an opaque id (never its cookie or the cookie's hash). */
export const UserSession = z.object({
  id: z.number().int(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  ip: z.string(),
  userAgent: z.string(),
  /** The session this request came with. */
  current: z.boolean(),
});
export type UserSession = z.infer<typeof UserSession>;

export const UserSessionList = z.object({ data: z.array(UserSession) });
export type UserSessionList = z.infer<typeof UserSessionList>;

export const RevokedSessions = z.object({ revoked: z.number().int() });
export type RevokedSessions = z.infer<typeof RevokedSessions>;

export const UserSessionParams = z.strictObject({ id: PositiveId, sessionId: PositiveId });
export type UserSessionParams = z.infer<typeof UserSessionParams>;
