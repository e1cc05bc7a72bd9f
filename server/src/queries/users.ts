/** SQL for the admin's view of user accounts and their sessions. */
import type { UserListQuery, UserRole, UserStatus } from '@civicstat/shared';
import type { Knex } from 'knex';

/** Which sessions are live: not expired at `now`, and seen since `idleSince`. */
export interface LiveSessions {
  now: Date;
  idleSince: Date;
}

export interface UserRecord {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  version: number;
  created_at: Date;
  deactivated_at: Date | null;
  last_sign_in_at: Date | null;
  has_password: boolean;
  department_ids: number[];
  active_sessions: number;
}

export interface SessionRecord {
  id: number;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  ip: string;
  user_agent: string;
  current: boolean;
}

function userRecords(db: Knex, live: LiveSessions) {
  return db('users as u').select(
    'u.id',
    'u.email',
    'u.name',
    'u.role',
    'u.version',
    'u.created_at',
    'u.deactivated_at',
    'u.last_sign_in_at',
    db.raw('(u.password_hash is not null) as has_password'),
    db.raw(
      'coalesce((select array_agg(ud.department_id order by ud.department_id) from user_departments ud where ud.user_id = u.id), ?::int[]) as department_ids',
      [[]],
    ),
    db.raw(
      '(select count(*)::int from sessions s where s.user_id = u.id and s.expires_at > ? and s.last_seen_at > ?) as active_sessions',
      [live.now, live.idleSince],
    ),
  );
}

function whereStatus(query: Knex.QueryBuilder, status: UserStatus): void {
  if (status === 'deactivated') query.whereNotNull('u.deactivated_at');
  else {
    query.whereNull('u.deactivated_at');
    if (status === 'invited') query.whereNull('u.password_hash');
    else query.whereNotNull('u.password_hash');
  }
}

/** Users by name, with the page's total. */
export async function listUserRecords(
  db: Knex,
  filter: UserListQuery,
  live: LiveSessions,
): Promise<{ rows: UserRecord[]; total: number }> {
  const filtered = (query: Knex.QueryBuilder) => {
    if (filter.role) query.where('u.role', filter.role);
    if (filter.status) whereStatus(query, filter.status);
  };
  const rows = (await userRecords(db, live)
    .modify(filtered)
    .orderByRaw('lower(u.name), u.id')
    .limit(filter.limit)
    .offset(filter.offset)) as UserRecord[];
  const counted = (await db('users as u').modify(filtered).count({ total: '*' }).first()) as
    { total: number | string } | undefined;
  return { rows, total: Number(counted?.total ?? 0) };
}

export async function findUserRecord(
  db: Knex,
  id: number,
  live: LiveSessions,
): Promise<UserRecord | undefined> {
  return (await userRecords(db, live).where('u.id', id).first()) as UserRecord | undefined;
}

/** A user's live sessions, newest first; `current` marks the one with this cookie hash. */
export async function listSessionRecords(
  db: Knex,
  userId: number,
  live: LiveSessions,
  currentIdHash: string,
): Promise<SessionRecord[]> {
  return (await db('sessions')
    .where({ user_id: userId })
    .where('expires_at', '>', live.now)
    .where('last_seen_at', '>', live.idleSince)
    .select('id', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent')
    .select(db.raw('(id_hash = ?) as current', [currentIdHash]))
    .orderBy([
      { column: 'last_seen_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])) as SessionRecord[];
}
