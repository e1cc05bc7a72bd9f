/**
 * Reading user accounts for the admin, and what every account write shares: the context, the
 * row lock at the client's version, and the checks of a role and its departments.
 */
import {
  departmentsMisfit,
  type UserAccount,
  type UserListQuery,
  type UserRole,
} from '@civicstat/shared';
import type { Knex } from 'knex';
import type { Actor } from '../../actor';
import type { Db } from '../../db/database';
import { NotFoundError, PreconditionFailedError, ValidationError } from '../../errors';
import { presentUserAccount } from '../../presenters/user';
import { findUserRecord, listUserRecords, type LiveSessions } from '../../queries/users';
import type { SessionPolicy } from '../auth/sessions';

export interface Accounts {
  db: Db;
  now: Date;
  /** Which sessions still count as signed in. */
  policy: SessionPolicy;
}

export interface AccountWriter extends Accounts {
  actor: Actor;
}

export function liveSessions({ now, policy }: Accounts): LiveSessions {
  return { now, idleSince: new Date(now.getTime() - policy.sessionIdleMinutes * 60_000) };
}

export async function listUserAccounts(accounts: Accounts, filter: UserListQuery) {
  const { rows, total } = await listUserRecords(accounts.db, filter, liveSessions(accounts));
  return { users: rows.map(presentUserAccount), total };
}

export async function findUserAccount(
  accounts: Accounts,
  id: number,
  db: Knex = accounts.db,
): Promise<UserAccount> {
  const row = await findUserRecord(db, id, liveSessions(accounts));
  if (!row) throw new NotFoundError(`There is no user ${id}.`);
  return presentUserAccount(row);
}

/**
 * Locks the active admins, in id order, before any account row: every account write takes
 * its locks in this order, so that two admins demoting each other at once cannot deadlock,
 * and the second sees the first's change. Answers their ids.
 */
export async function lockActiveAdmins(trx: Knex.Transaction): Promise<number[]> {
  const rows = (await trx('users')
    .where({ role: 'admin' })
    .whereNull('deactivated_at')
    .orderBy('id')
    .forUpdate()
    .select('id')) as Array<{ id: number }>;
  return rows.map((row) => row.id);
}

/** The account, locked until the transaction ends, if it is still at the client's version. */
export async function lockUserAtVersion(
  trx: Knex.Transaction,
  accounts: Accounts,
  id: number,
  version: number,
): Promise<UserAccount> {
  const row = (await trx('users').where({ id }).forUpdate().first('version')) as
    { version: number } | undefined;
  if (!row) throw new NotFoundError(`There is no user ${id}.`);
  const current = await findUserAccount(accounts, id, trx);
  if (row.version !== version) throw new PreconditionFailedError(current);
  return current;
}

/** 422 naming body.departmentIds when the role and departments do not fit, or one is unknown. */
export async function checkDepartments(
  trx: Knex.Transaction,
  role: UserRole,
  departmentIds: readonly number[],
): Promise<void> {
  const misfit = departmentsMisfit(role, departmentIds);
  if (misfit) {
    throw new ValidationError(
      [{ path: 'body.departmentIds', message: misfit }],
      'The role and the departments do not fit together.',
      422,
    );
  }
  if (departmentIds.length === 0) return;
  const found = (await trx('departments')
    .whereIn('id', departmentIds)
    .whereNull('archived_at')
    .pluck('id')) as number[];
  const missing = departmentIds.filter((id) => !found.includes(id));
  if (missing.length > 0) {
    throw new ValidationError(
      [
        {
          path: 'body.departmentIds',
          message: `must name departments that exist and are not archived (not ${missing.join(', ')})`,
        },
      ],
      'A department named does not exist or is archived.',
      422,
    );
  }
}

/** Replaces a user's departments; answers whether they changed. */
export async function writeDepartments(
  trx: Knex.Transaction,
  userId: number,
  before: readonly number[],
  after: readonly number[],
): Promise<boolean> {
  const sorted = [...after].sort((a, b) => a - b);
  if (sorted.join() === [...before].sort((a, b) => a - b).join()) return false;
  await trx('user_departments').where({ user_id: userId }).delete();
  if (sorted.length > 0) {
    await trx('user_departments').insert(
      sorted.map((departmentId) => ({ user_id: userId, department_id: departmentId })),
    );
  }
  return true;
}
