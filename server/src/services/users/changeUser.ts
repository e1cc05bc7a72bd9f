/**
 * Changing an account (name, role, departments) and deactivating or reactivating it, with
 * If-Match. The city never loses its last admin: no admin removes their own admin role or
 * deactivates themselves, and no change leaves no active admin.
 */
import type { UserAccount, UserChanges } from '@civicstat/shared';
import type { Knex } from 'knex';
import { ConflictError } from '../../errors';
import { auditedUser } from '../../presenters/user';
import { recordAudit } from '../audit';
import {
  checkDepartments,
  findUserAccount,
  lockActiveAdmins,
  lockUserAtVersion,
  writeDepartments,
  type AccountWriter,
} from './accounts';

/** Refuses a change that takes `user` out of the active admins, when it must not. */
function keepAnAdmin(
  writer: AccountWriter,
  activeAdmins: number[],
  user: UserAccount,
  change: 'demote' | 'deactivate',
): void {
  if (!activeAdmins.includes(user.id)) return;
  if (user.id === writer.actor.userId) {
    throw new ConflictError(
      change === 'demote'
        ? 'You cannot remove your own admin role: another admin must do it, so that the city always has one.'
        : 'You cannot deactivate your own account: another admin must do it, so that the city always has one.',
    );
  }
  if (activeAdmins.length <= 1) {
    throw new ConflictError(
      `${user.name} is the only active admin: make someone else an admin first.`,
    );
  }
}

async function bump(trx: Knex.Transaction, writer: AccountWriter, id: number, columns: object) {
  await trx('users')
    .where({ id })
    .update({ ...columns, version: trx.raw('version + 1'), updated_at: writer.now });
  return findUserAccount(writer, id, trx);
}

export async function updateUser(
  writer: AccountWriter,
  id: number,
  version: number,
  changes: UserChanges,
): Promise<UserAccount> {
  return writer.db.transaction(async (trx) => {
    const activeAdmins = await lockActiveAdmins(trx);
    const before = await lockUserAtVersion(trx, writer, id, version);
    const role = changes.role ?? before.role;
    if (role !== 'admin') keepAnAdmin(writer, activeAdmins, before, 'demote');
    const departmentIds = changes.departmentIds ?? before.departmentIds;
    await checkDepartments(trx, role, departmentIds);

    const columns = {
      ...(changes.name !== undefined && changes.name !== before.name ? { name: changes.name } : {}),
      ...(role !== before.role ? { role } : {}),
    };
    const departmentsChanged = await writeDepartments(trx, id, before.departmentIds, departmentIds);
    // Sending what is stored already is not a change: no new version, nothing to audit.
    if (Object.keys(columns).length === 0 && !departmentsChanged) return before;
    const after = await bump(trx, writer, id, columns);
    await recordAudit(trx, {
      actor: writer.actor,
      action: 'update',
      entity: 'user',
      entityId: id,
      before: auditedUser(before),
      after: auditedUser(after),
      at: writer.now,
    });
    return after;
  });
}

/** Deactivates (`active` false: every session ends, unused links void) or reactivates. */
export async function setUserActive(
  writer: AccountWriter,
  id: number,
  version: number,
  active: boolean,
): Promise<UserAccount> {
  return writer.db.transaction(async (trx) => {
    const activeAdmins = await lockActiveAdmins(trx);
    const before = await lockUserAtVersion(trx, writer, id, version);
    if ((before.status === 'deactivated') !== active) {
      throw new ConflictError(
        `${before.name} is ${active ? 'not deactivated' : 'deactivated already'}.`,
      );
    }
    let endedSessions = 0;
    if (!active) {
      keepAnAdmin(writer, activeAdmins, before, 'deactivate');
      endedSessions = (await trx('sessions').where({ user_id: id }).delete().returning('id'))
        .length;
      await trx('password_tokens').where({ user_id: id }).whereNull('used_at').delete();
    }
    const after = await bump(
      trx,
      writer,
      id,
      active
        ? { deactivated_at: null, failed_sign_ins: 0, locked_until: null }
        : { deactivated_at: writer.now },
    );
    await recordAudit(trx, {
      actor: writer.actor,
      action: active ? 'reactivate' : 'deactivate',
      entity: 'user',
      entityId: id,
      before: auditedUser(before),
      after: { ...auditedUser(after), ...(active ? {} : { endedSessions }) },
      at: writer.now,
    });
    return after;
  });
}
