/**
 * Sessions live in the database (any number of server processes can serve them). The cookie
 * holds a random token; the table holds its hash, so a leaked table opens no session.
 */
import type { UserRole } from '@civicstat/shared';
import type { Actor } from '../../actor';
import type { Db } from '../../db/database';
import { hashToken, newToken } from './tokens';

export interface SessionPolicy {
  sessionHours: number;
  sessionIdleMinutes: number;
}

export interface ClientInfo {
  ip: string;
  userAgent: string;
}

export async function createSession(
  db: Db,
  userId: number,
  client: ClientInfo,
  policy: SessionPolicy,
  now: Date,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + policy.sessionHours * 3_600_000);
  await db('sessions').insert({
    id_hash: hashToken(token),
    user_id: userId,
    csrf_token: csrfToken,
    created_at: now,
    last_seen_at: now,
    expires_at: expiresAt,
    ip: client.ip.slice(0, 100),
    user_agent: client.userAgent.slice(0, 500),
  });
  return { token, csrfToken, expiresAt };
}

// Writing last_seen_at on every request would turn every read into a write.
const TOUCH_AFTER_MS = 60_000;

/** The actor of a live session, or null for an unknown, expired, idle or deactivated one. */
export async function actorOfSession(
  db: Db,
  token: string,
  policy: SessionPolicy,
  now: Date,
): Promise<Actor | null> {
  const idHash = hashToken(token);
  const row = (await db('sessions as s')
    .join('users as u', 'u.id', 's.user_id')
    .where('s.id_hash', idHash)
    .whereNull('u.deactivated_at')
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', new Date(now.getTime() - policy.sessionIdleMinutes * 60_000))
    .select('s.csrf_token', 's.last_seen_at', 'u.id', 'u.email', 'u.name', 'u.role')
    .select(
      db.raw(
        'coalesce((select array_agg(ud.department_id order by ud.department_id) from user_departments ud where ud.user_id = u.id), ?::int[]) as department_ids',
        [[]],
      ),
    )
    .first()) as
    | {
        csrf_token: string;
        last_seen_at: Date;
        id: number;
        email: string;
        name: string;
        role: UserRole;
        department_ids: number[];
      }
    | undefined;
  if (!row) return null;
  if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_AFTER_MS) {
    await db('sessions').where({ id_hash: idHash }).update({ last_seen_at: now });
  }
  return {
    userId: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    departmentIds: row.department_ids,
    sessionIdHash: idHash,
    csrfToken: row.csrf_token,
  };
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db('sessions').where({ id_hash: idHash }).delete();
}
