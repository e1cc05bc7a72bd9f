/**
 * One-time links to set a password: an invited user's first, or a new one after a reset. Only
 * the token's hash is stored; the admin sees the link once and passes it on (the demo sends no
 * email). A newer link voids the older ones; setting the password ends the user's sessions.
 */
import type { PasswordLink, SetPasswordRequest } from '@civicstat/shared';
import type { Knex } from 'knex';
import type { Actor } from '../../actor';
import type { Db } from '../../db/database';
import { ConflictError, ValidationError } from '../../errors';
import { recordAudit } from '../audit';
import { hashPassword } from '../auth/passwords';
import { hashToken, newToken } from '../auth/tokens';
import { findUserAccount, type AccountWriter } from './accounts';

export const PASSWORD_LINK_HOURS = 72;

/** Issues a link for the user, voiding their unused older ones. Call inside the write's transaction. */
export async function issuePasswordLink(
  trx: Knex.Transaction,
  userId: number,
  actor: Actor,
  now: Date,
): Promise<PasswordLink> {
  await trx('password_tokens').where({ user_id: userId }).whereNull('used_at').delete();
  const token = newToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_HOURS * 3_600_000);
  await trx('password_tokens').insert({
    token_hash: hashToken(token),
    user_id: userId,
    created_by: actor.userId,
    created_at: now,
    expires_at: expiresAt,
  });
  return { token, path: `/set-password?token=${token}`, expiresAt: expiresAt.toISOString() };
}

/** POST /users/:id/password-reset: a fresh link; the password works until a new one is set. */
export async function resetPassword(writer: AccountWriter, userId: number): Promise<PasswordLink> {
  return writer.db.transaction(async (trx) => {
    await trx('users').where({ id: userId }).forUpdate().first('id');
    const user = await findUserAccount(writer, userId, trx);
    if (user.status === 'deactivated') {
      throw new ConflictError(
        `${user.name} is deactivated: reactivate the account before resetting its password.`,
      );
    }
    const link = await issuePasswordLink(trx, userId, writer.actor, writer.now);
    await recordAudit(trx, {
      actor: writer.actor,
      action: 'reset_password',
      entity: 'user',
      entityId: userId,
      after: { passwordLinkExpiresAt: link.expiresAt },
      at: writer.now,
    });
    return link;
  });
}

function linkDoesNotWork(): ValidationError {
  return new ValidationError(
    [
      {
        path: 'body.token',
        message: 'is not valid, was used, or has expired; ask your administrator for a new link',
      },
    ],
    'This set-password link does not work.',
  );
}

/** A token that would work now: unused, unexpired, for an account that is not deactivated. */
function usableToken(db: Knex, tokenHash: string, now: Date) {
  return db('password_tokens as t')
    .join('users as u', 'u.id', 't.user_id')
    .where('t.token_hash', tokenHash)
    .whereNull('t.used_at')
    .where('t.expires_at', '>', now)
    .whereNull('u.deactivated_at');
}

/**
 * Sets the password of the link's user, once. Ends their sessions but `keepSessionIdHash`
 * (the one making the request, when it is theirs). Answers their email, to sign in with.
 */
export async function setPasswordFromLink(
  db: Db,
  request: SetPasswordRequest,
  now: Date,
  keepSessionIdHash?: string,
): Promise<{ userId: number; email: string }> {
  const tokenHash = hashToken(request.token);
  // Hashing a password is slow on purpose: not for a token that cannot work anyway.
  if (!(await usableToken(db, tokenHash, now).first('t.id'))) throw linkDoesNotWork();
  const passwordHash = await hashPassword(request.password);
  return db.transaction(async (trx) => {
    const [used] = (await trx('password_tokens')
      .whereIn('id', usableToken(trx, tokenHash, now).select('t.id'))
      .update({ used_at: now })
      .returning('user_id')) as Array<{ user_id: number }>;
    if (!used) throw linkDoesNotWork();
    const userId = used.user_id;
    const [user] = (await trx('users')
      .where({ id: userId })
      .update({ password_hash: passwordHash, failed_sign_ins: 0, locked_until: null })
      .returning('email')) as Array<{ email: string }>;
    await trx('password_tokens').where({ user_id: userId }).whereNull('used_at').delete();
    const ended = await trx('sessions')
      .where({ user_id: userId })
      .modify((query) => {
        if (keepSessionIdHash) query.whereNot({ id_hash: keepSessionIdHash });
      })
      .delete()
      .returning('id');
    await recordAudit(trx, {
      actor: { userId },
      action: 'set_password',
      entity: 'user',
      entityId: userId,
      after: { endedSessions: ended.length },
      at: now,
    });
    return { userId, email: (user as { email: string }).email };
  });
}
