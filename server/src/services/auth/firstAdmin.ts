/**
 * First run on an empty database: no default password anywhere. The server prints a one-time
 * link; whoever opens it first chooses the first admin's email and password.
 */
import type { FirstAdminRequest } from '@civicstat/shared';
import type { Db } from '../../db/database';
import { ConflictError, ValidationError } from '../../errors';
import { hashPassword } from './passwords';
import { hashToken, newToken } from './tokens';

const TOKEN_HOURS = 24;

/** A fresh first-run token when nobody can sign in yet; undefined once a user exists. */
export async function firstAdminToken(db: Db, now: Date): Promise<string | undefined> {
  if (await db('users').first('id')) return undefined;
  const token = newToken();
  await db.transaction(async (trx) => {
    // Only the newest link works: an old one printed in an old log is void.
    await trx('password_tokens').whereNull('user_id').whereNull('used_at').delete();
    await trx('password_tokens').insert({
      token_hash: hashToken(token),
      created_at: now,
      expires_at: new Date(now.getTime() + TOKEN_HOURS * 3_600_000),
    });
  });
  return token;
}

export async function createFirstAdmin(
  db: Db,
  request: FirstAdminRequest,
  now: Date,
): Promise<number> {
  const passwordHash = await hashPassword(request.password);
  return db.transaction(async (trx) => {
    if (await trx('users').first('id'))
      throw new ConflictError('The first administrator already exists; sign in instead.');
    const [used] = await trx('password_tokens')
      .where({ token_hash: hashToken(request.token) })
      .whereNull('user_id')
      .whereNull('used_at')
      .where('expires_at', '>', now)
      .update({ used_at: now })
      .returning('id');
    if (!used) {
      throw new ValidationError(
        [
          {
            path: 'body.token',
            message: 'is not valid, was used, or has expired; restart the server for a new link',
          },
        ],
        'The set-up link is not valid.',
      );
    }
    const [admin] = await trx('users')
      .insert({
        email: request.email,
        name: request.name,
        role: 'admin',
        password_hash: passwordHash,
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    await trx('audit_log').insert({
      actor_id: admin.id,
      action: 'create',
      entity: 'user',
      entity_id: String(admin.id),
      after: JSON.stringify({ email: request.email, name: request.name, role: 'admin' }),
      at: now,
    });
    return admin.id as number;
  });
}
