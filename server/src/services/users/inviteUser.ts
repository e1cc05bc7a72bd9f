/**
 * Inviting someone: their account, without a password, and the one-time link with which they
 * choose one. No password is ever chosen for them.
 */
import type { InvitedUser, NewUser } from '@civicstat/shared';
import { HttpError } from '../../errors';
import { auditedUser } from '../../presenters/user';
import { recordAudit } from '../audit';
import {
  checkDepartments,
  findUserAccount,
  writeDepartments,
  type AccountWriter,
} from './accounts';
import { issuePasswordLink } from './passwordLinks';

export async function inviteUser(writer: AccountWriter, fields: NewUser): Promise<InvitedUser> {
  return writer.db.transaction(async (trx) => {
    await checkDepartments(trx, fields.role, fields.departmentIds);
    // The database refuses it too (a unique index on lower(email)); this says it better.
    if (await trx('users').whereRaw('lower(email) = lower(?)', [fields.email]).first('id')) {
      throw new HttpError(
        409,
        'conflict',
        'Conflict',
        `A user with the email ${fields.email} exists already.`,
        [{ path: 'body.email', message: 'belongs to another user already' }],
      );
    }
    const [created] = (await trx('users')
      .insert({
        email: fields.email,
        name: fields.name,
        role: fields.role,
        created_at: writer.now,
        updated_at: writer.now,
      })
      .returning('id')) as Array<{ id: number }>;
    const id = (created as { id: number }).id;
    await writeDepartments(trx, id, [], fields.departmentIds);
    const passwordLink = await issuePasswordLink(trx, id, writer.actor, writer.now);
    const user = await findUserAccount(writer, id, trx);
    await recordAudit(trx, {
      actor: writer.actor,
      action: 'create',
      entity: 'user',
      entityId: id,
      after: { ...auditedUser(user), passwordLinkExpiresAt: passwordLink.expiresAt },
      at: writer.now,
    });
    return { user, passwordLink };
  });
}
