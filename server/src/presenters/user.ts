/** Stored users and sessions → the accounts and sessions the admin API answers. */
import type { UserAccount, UserSession, UserStatus } from '@civicstat/shared';
import type { SessionRecord, UserRecord } from '../queries/users';

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

function statusOf(row: UserRecord): UserStatus {
  if (row.deactivated_at !== null) return 'deactivated';
  return row.has_password ? 'active' : 'invited';
}

export function presentUserAccount(row: UserRecord): UserAccount {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    departmentIds: row.department_ids,
    status: statusOf(row),
    deactivatedAt: isoOrNull(row.deactivated_at),
    lastSignInAt: isoOrNull(row.last_sign_in_at),
    activeSessions: Number(row.active_sessions),
    createdAt: iso(row.created_at),
    version: row.version,
  };
}

/** What the audit trail keeps of an account: what an admin decides, not its passing state. */
export function auditedUser(user: UserAccount) {
  const { email, name, role, departmentIds, status } = user;
  return { email, name, role, departmentIds, status };
}

export function presentUserSession(row: SessionRecord): UserSession {
  return {
    id: row.id,
    createdAt: iso(row.created_at),
    lastSeenAt: iso(row.last_seen_at),
    expiresAt: iso(row.expires_at),
    ip: row.ip,
    userAgent: row.user_agent,
    current: row.current,
  };
}
