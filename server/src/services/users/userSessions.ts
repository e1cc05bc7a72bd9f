/**
 * An admin's view of a user's signed-in browsers, and ending them: all at once, or one by its
 * opaque id. The cookie token and its hash never leave the database.
 */
import type { UserSession } from '@civicstat/shared';
import type { Knex } from 'knex';
import { NotFoundError } from '../../errors';
import { presentUserSession } from '../../presenters/user';
import { listSessionRecords } from '../../queries/users';
import { recordAudit } from '../audit';
import { liveSessions, type Accounts, type AccountWriter } from './accounts';

async function requireUser(db: Knex, id: number): Promise<void> {
  if (!(await db('users').where({ id }).first('id'))) {
    throw new NotFoundError(`There is no user ${id}.`);
  }
}

export async function listUserSessions(
  accounts: Accounts,
  userId: number,
  currentIdHash: string,
): Promise<UserSession[]> {
  await requireUser(accounts.db, userId);
  const rows = await listSessionRecords(accounts.db, userId, liveSessions(accounts), currentIdHash);
  return rows.map(presentUserSession);
}

/** How many of the deleted sessions were still live (expired ones go too, uncounted). */
function countLive(writer: AccountWriter, rows: Array<{ expires_at: Date; last_seen_at: Date }>) {
  const { now, idleSince } = liveSessions(writer);
  return rows.filter(
    (row) => new Date(row.expires_at) > now && new Date(row.last_seen_at) > idleSince,
  ).length;
}

/** Ends every session of the user but the admin's own: answers how many live ones ended. */
export async function revokeUserSessions(writer: AccountWriter, userId: number): Promise<number> {
  return writer.db.transaction(async (trx) => {
    await requireUser(trx, userId);
    const deleted = (await trx('sessions')
      .where({ user_id: userId })
      .whereNot({ id_hash: writer.actor.sessionIdHash })
      .delete()
      .returning(['expires_at', 'last_seen_at'])) as Array<{
      expires_at: Date;
      last_seen_at: Date;
    }>;
    const revoked = countLive(writer, deleted);
    await recordAudit(trx, {
      actor: writer.actor,
      action: 'revoke_sessions',
      entity: 'user',
      entityId: userId,
      after: { revoked },
      at: writer.now,
    });
    return revoked;
  });
}

export async function revokeUserSession(
  writer: AccountWriter,
  userId: number,
  sessionId: number,
): Promise<void> {
  await writer.db.transaction(async (trx) => {
    const deleted = await trx('sessions')
      .where({ id: sessionId, user_id: userId })
      .delete()
      .returning('id');
    if (deleted.length === 0) {
      throw new NotFoundError(`User ${userId} has no session ${sessionId}.`);
    }
    await recordAudit(trx, {
      actor: writer.actor,
      action: 'revoke_session',
      entity: 'user',
      entityId: userId,
      after: { sessionId },
      at: writer.now,
    });
  });
}
