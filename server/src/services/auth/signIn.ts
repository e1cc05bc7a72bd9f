/**
 * Signing in with email and password. Every failure answers the same, whether the email is
 * unknown, the password wrong or the account locked; five failures in a row lock an account
 * for fifteen minutes, and the lock ends by itself.
 */
import type { Db } from '../../db/database';
import { UnauthorizedError } from '../../errors';
import { verifyPassword } from './passwords';
import { createSession, type ClientInfo, type SessionPolicy } from './sessions';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;
const FAILED = 'The email or password is not correct, or the account is locked for a while.';

interface UserRow {
  id: number;
  password_hash: string | null;
  failed_sign_ins: number;
  locked_until: Date | null;
}

export async function signIn(
  db: Db,
  credentials: { email: string; password: string },
  client: ClientInfo,
  policy: SessionPolicy,
  now: Date,
) {
  const user = (await db('users')
    .whereRaw('lower(email) = lower(?)', [credentials.email])
    .whereNull('deactivated_at')
    .first('id', 'password_hash', 'failed_sign_ins', 'locked_until')) as UserRow | undefined;
  const locked = user?.locked_until ? new Date(user.locked_until) > now : false;
  const matches = await verifyPassword(locked ? null : user?.password_hash, credentials.password);
  if (!user || locked || !matches) {
    if (user && !locked) {
      const failures = user.failed_sign_ins + 1;
      await db('users')
        .where({ id: user.id })
        .update(
          failures >= MAX_FAILED_SIGN_INS
            ? {
                failed_sign_ins: 0,
                locked_until: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000),
              }
            : { failed_sign_ins: failures },
        );
    }
    throw new UnauthorizedError(FAILED);
  }
  await db('users')
    .where({ id: user.id })
    .update({ failed_sign_ins: 0, locked_until: null, last_sign_in_at: now });
  return { userId: user.id, ...(await createSession(db, user.id, client, policy, now)) };
}
