/** Locking and unlocking a fiscal year or quarter (the budget office), audited. */
import {
  periodLockLabel,
  periodLockRange,
  type PeriodLock,
  type PeriodLockRequest,
} from '@civicstat/shared';
import type { Db } from '../db/database';
import { ConflictError, NotFoundError } from '../errors';
import { presentPeriodLock } from '../presenters/periodLock';
import {
  countPeriodLocks,
  findPeriodLock,
  listPeriodLocks,
  type PeriodLockRow,
} from '../queries/periodLocks';
import { recordAudit } from './audit';
import type { WriteContext } from './writeContext';

export async function readPeriodLocks(
  db: Db,
  limit: number,
  offset: number,
): Promise<{ locks: PeriodLock[]; total: number }> {
  const [rows, total] = await Promise.all([
    listPeriodLocks(db, limit, offset),
    countPeriodLocks(db),
  ]);
  return { locks: rows.map(presentPeriodLock), total };
}

export async function lockPeriod(
  context: WriteContext,
  request: PeriodLockRequest,
): Promise<PeriodLock> {
  const quarter = request.quarter ?? null;
  const { start, end } = periodLockRange(request.fiscalYear, quarter, context.fiscalYearStartMonth);
  return context.db.transaction(async (trx) => {
    const existing = await trx('period_locks')
      .where({ fiscal_year: request.fiscalYear, quarter })
      .first('id');
    if (existing) {
      throw new ConflictError(`${periodLockLabel(request.fiscalYear, quarter)} is already locked.`);
    }
    const { actor } = context;
    const [created] = (await trx('period_locks')
      .insert({
        fiscal_year: request.fiscalYear,
        quarter,
        starts_on: start,
        ends_on: end,
        reason: request.reason ?? '',
        locked_by: actor.userId,
        locked_at: context.now,
      })
      .returning('*')) as Array<Omit<PeriodLockRow, 'locked_by'>>;
    const lock = presentPeriodLock({
      ...(created as Omit<PeriodLockRow, 'locked_by'>),
      locked_by: { id: actor.userId, name: actor.name, email: actor.email },
    });
    await recordAudit(trx, {
      actor,
      action: 'lock',
      entity: 'period_lock',
      entityId: lock.id,
      after: lock,
      at: context.now,
    });
    return lock;
  });
}

export async function unlockPeriod(context: WriteContext, id: number): Promise<void> {
  await context.db.transaction(async (trx) => {
    const row = await findPeriodLock(trx, id);
    if (!row) throw new NotFoundError(`There is no period lock ${id}.`);
    await trx('period_locks').where({ id }).delete();
    await recordAudit(trx, {
      actor: context.actor,
      action: 'unlock',
      entity: 'period_lock',
      entityId: id,
      before: presentPeriodLock(row),
      at: context.now,
    });
  });
}
