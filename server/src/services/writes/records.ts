/** The stored resources a writer loads before changing them: by id, archived ones included. */
import type { Db } from '../../db/database';
import { NotFoundError } from '../../errors';
import type { PlanRecord } from '../../presenters/structure';

export async function findRecord<Row>(
  db: Db,
  table: string,
  id: number,
  noun: string,
): Promise<Row> {
  const row = (await db(table).where({ id }).first()) as Row | undefined;
  if (!row) throw new NotFoundError(`There is no ${noun} ${id}.`);
  return row;
}

/** Every plan, drafts and archived ones too: the newest first. */
export async function listPlanRecords(db: Db): Promise<PlanRecord[]> {
  return db('plans').orderBy([
    { column: 'first_fiscal_year', order: 'desc' },
    { column: 'id', order: 'desc' },
  ]) as Promise<PlanRecord[]>;
}
