/** Period locks with who took them. */
import type { Knex } from 'knex';
import { userRefColumn, type UserRefRow } from './userRefs';

export interface PeriodLockRow {
  id: number;
  fiscal_year: number;
  quarter: number | null;
  starts_on: string;
  ends_on: string;
  reason: string;
  locked_by: UserRefRow | null;
  locked_at: Date;
}

function selectLocks(db: Knex): Knex.QueryBuilder {
  return db('period_locks as l')
    .leftJoin('users as u', 'u.id', 'l.locked_by')
    .select([
      'l.id',
      'l.fiscal_year',
      'l.quarter',
      'l.starts_on',
      'l.ends_on',
      'l.reason',
      'l.locked_at',
      userRefColumn(db, 'u', 'locked_by'),
    ]);
}

/** Latest fiscal year first; a year's own lock before its quarters'. */
export async function listPeriodLocks(
  db: Knex,
  limit: number,
  offset: number,
): Promise<PeriodLockRow[]> {
  return selectLocks(db)
    .orderBy([
      { column: 'l.fiscal_year', order: 'desc' },
      { column: 'l.quarter', order: 'asc', nulls: 'first' },
    ])
    .limit(limit)
    .offset(offset);
}

export async function countPeriodLocks(db: Knex): Promise<number> {
  const row = await db('period_locks').count({ count: '*' }).first();
  return Number(row?.count ?? 0);
}

export async function findPeriodLock(db: Knex, id: number): Promise<PeriodLockRow | undefined> {
  return selectLocks(db).where('l.id', id).first();
}

/** The lock whose dates hold the whole period `start`..`end`, a whole year's first. */
export async function findLockCovering(
  db: Knex,
  start: string,
  end: string,
): Promise<PeriodLockRow | undefined> {
  return selectLocks(db)
    .where('l.starts_on', '<=', start)
    .where('l.ends_on', '>=', end)
    .orderBy('l.quarter', 'asc', 'first')
    .first();
}
