/** Checks on the rows a write refers to or leaves behind, each refusal naming the field. */
import { ConflictError, ValidationError } from '../../errors';
import type { Trx } from './lifecycle';

/**
 * The referenced row, which must exist and not be archived (422 naming the field). Locked
 * FOR SHARE, so that it cannot be archived while this transaction attaches something to it.
 */
export async function requireLive(
  trx: Trx,
  table: string,
  id: number,
  field: string,
  noun: string,
): Promise<Record<string, unknown>> {
  const row = (await trx(table).where({ id }).forShare().first()) as
    Record<string, unknown> | undefined;
  if (!row) {
    throw new ValidationError(
      [{ path: field, message: `there is no ${noun} ${id}` }],
      `There is no ${noun} ${id}.`,
      422,
    );
  }
  // Plans are archived through their status, everything else through archived_at.
  if (row.archived_at != null || row.status === 'archived') {
    throw new ValidationError(
      [{ path: field, message: `the ${noun} ${id} is archived` }],
      `The ${noun} ${id} is archived: restore it first, or choose another.`,
      422,
    );
  }
  return row;
}

/** How many live (not archived) rows of a table match. */
export async function countLive(
  trx: Trx,
  table: string,
  where: Record<string, unknown>,
): Promise<number> {
  const [row] = (await trx(table)
    .where(where)
    .whereNull('archived_at')
    .count({ n: '*' })) as Array<{
    n: number | string;
  }>;
  return Number(row?.n ?? 0);
}

/** Archiving a parent would strand its live children in lists and roll-ups: refuse it (409). */
export async function refuseWhileChildrenLive(
  trx: Trx,
  parent: string,
  children: { table: string; where: Record<string, unknown>; noun: string },
): Promise<void> {
  const n = await countLive(trx, children.table, children.where);
  if (n > 0) {
    throw new ConflictError(
      `${parent} still has ${n} live ${children.noun}${n === 1 ? '' : 's'}: archive or move ${n === 1 ? 'it' : 'them'} first.`,
    );
  }
}

/** A restored child needs a live parent to show under (409 otherwise). */
export async function refuseUnderArchivedParent(
  trx: Trx,
  child: string,
  parent: { table: string; id: number | null; noun: string },
): Promise<void> {
  if (parent.id === null) return;
  const row = (await trx(parent.table).where({ id: parent.id }).forShare().first()) as
    { archived_at?: Date | null; status?: string } | undefined;
  if (row && (row.archived_at != null || row.status === 'archived')) {
    throw new ConflictError(
      `${child} belongs to the archived ${parent.noun} ${parent.id}: restore that first.`,
    );
  }
}
