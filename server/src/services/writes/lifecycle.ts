/**
 * The life of a versioned row (create, change, archive, restore), each in one transaction with
 * its audit record. Every change bumps the version; a change based on another version is refused
 * with what is stored now (412), so two people never silently overwrite each other.
 */
import type { Knex } from 'knex';
import { ConflictError, NotFoundError, PreconditionFailedError } from '../../errors';
import { recordAudit } from '../audit';
import type { WriteContext } from '../writeContext';

export type Trx = Knex.Transaction;

export interface StoredRow {
  id: number;
  version: number;
}

interface Archiving<Row> {
  isArchived(row: Row): boolean;
  archive: Record<string, unknown>;
  restore: Record<string, unknown>;
}

export interface Lifecycle<Row extends StoredRow, Resource, Create, Changes> {
  table: string;
  /** The audit log's entity: department, plan, goal, objective, kpi, dashboard, annotation. */
  entity: string;
  /** How messages name one ("There is no KPI 12."). */
  noun: string;
  /** Row columns from request fields; a field left out stays out (its default, or unchanged). */
  columns(fields: Create | Changes): Record<string, unknown>;
  present(trx: Trx, row: Row): Promise<Resource>;
  /** Refusals the database could not word well: a missing or archived parent, a rule across rows. */
  checkCreate?(trx: Trx, fields: Create): Promise<void>;
  checkUpdate?(trx: Trx, before: Row, changes: Changes): Promise<void>;
  checkArchive?(trx: Trx, row: Row): Promise<void>;
  checkRestore?(trx: Trx, row: Row): Promise<void>;
  /** Writes what lives outside the row (a dashboard's KPI list); answers whether it changed. */
  writeRelated?(trx: Trx, row: Row, fields: Create | Changes): Promise<boolean>;
  /** Plans are archived through their status; other rows through `archived_at`. */
  archiving?: Archiving<Row>;
}

/** Drops the fields a request left out, so that they keep their default or stored value. */
export function definedOnly(columns: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

function archivingOf<Row extends StoredRow>(
  lifecycle: Lifecycle<Row, unknown, unknown, unknown>,
  now: Date,
): Archiving<Row> {
  return (
    lifecycle.archiving ?? {
      isArchived: (row) => (row as { archived_at?: Date | null }).archived_at != null,
      archive: { archived_at: now },
      restore: { archived_at: null },
    }
  );
}

/** The row, locked until the transaction ends, if it is still at the version the client had. */
export async function lockAtVersion<Row extends StoredRow>(
  trx: Trx,
  lifecycle: Lifecycle<Row, unknown, unknown, unknown>,
  id: number,
  version: number,
): Promise<Row> {
  const row = (await trx(lifecycle.table).where({ id }).forUpdate().first()) as Row | undefined;
  if (!row) throw new NotFoundError(`There is no ${lifecycle.noun} ${id}.`);
  if (row.version !== version) throw new PreconditionFailedError(await lifecycle.present(trx, row));
  return row;
}

async function bump<Row extends StoredRow>(
  trx: Trx,
  table: string,
  row: Row,
  columns: Record<string, unknown>,
  now: Date,
): Promise<Row> {
  const [updated] = (await trx(table)
    .where({ id: row.id })
    .update({ ...columns, version: row.version + 1, updated_at: now })
    .returning('*')) as Row[];
  return updated as Row;
}

export async function createVersioned<Row extends StoredRow, Resource, Create, Changes>(
  writer: WriteContext,
  lifecycle: Lifecycle<Row, Resource, Create, Changes>,
  fields: Create,
): Promise<Resource> {
  return writer.db.transaction(async (trx) => {
    await lifecycle.checkCreate?.(trx, fields);
    const [row] = (await trx(lifecycle.table)
      .insert({ ...lifecycle.columns(fields), created_at: writer.now, updated_at: writer.now })
      .returning('*')) as Row[];
    const created = row as Row;
    await lifecycle.writeRelated?.(trx, created, fields);
    const after = await lifecycle.present(trx, created);
    await recordAudit(trx, {
      actor: writer.actor,
      action: 'create',
      entity: lifecycle.entity,
      entityId: created.id,
      after,
      at: writer.now,
    });
    return after;
  });
}

export async function updateVersioned<Row extends StoredRow, Resource, Create, Changes>(
  writer: WriteContext,
  lifecycle: Lifecycle<Row, Resource, Create, Changes>,
  id: number,
  version: number,
  changes: Changes,
): Promise<Resource> {
  return writer.db.transaction(async (trx) => {
    const row = await lockAtVersion(trx, lifecycle, id, version);
    if (archivingOf(lifecycle, writer.now).isArchived(row)) {
      throw new ConflictError(`The ${lifecycle.noun} ${id} is archived: restore it to change it.`);
    }
    await lifecycle.checkUpdate?.(trx, row, changes);
    const before = await lifecycle.present(trx, row);
    const columns = lifecycle.columns(changes);
    const stored = row as unknown as Record<string, unknown>;
    const rowChanged = Object.entries(columns).some(([column, value]) => stored[column] !== value);
    const relatedChanged = (await lifecycle.writeRelated?.(trx, row, changes)) ?? false;
    // Sending what is stored already is not a change: no new version, nothing to audit.
    if (!rowChanged && !relatedChanged) return before;
    const updated = await bump(trx, lifecycle.table, row, columns, writer.now);
    const after = await lifecycle.present(trx, updated);
    await recordAudit(trx, {
      actor: writer.actor,
      action: 'update',
      entity: lifecycle.entity,
      entityId: id,
      before,
      after,
      at: writer.now,
    });
    return after;
  });
}

/** Archives (soft-deletes) or restores a row: `archive` true or false. */
export async function setArchived<Row extends StoredRow, Resource, Create, Changes>(
  writer: WriteContext,
  lifecycle: Lifecycle<Row, Resource, Create, Changes>,
  id: number,
  version: number,
  archive: boolean,
): Promise<Resource> {
  return writer.db.transaction(async (trx) => {
    const row = await lockAtVersion(trx, lifecycle, id, version);
    const archiving = archivingOf(lifecycle, writer.now);
    if (archiving.isArchived(row) === archive) {
      throw new ConflictError(
        `The ${lifecycle.noun} ${id} is ${archive ? 'archived already' : 'not archived'}.`,
      );
    }
    await (archive ? lifecycle.checkArchive : lifecycle.checkRestore)?.(trx, row);
    const before = await lifecycle.present(trx, row);
    const updated = await bump(
      trx,
      lifecycle.table,
      row,
      archive ? archiving.archive : archiving.restore,
      writer.now,
    );
    const after = await lifecycle.present(trx, updated);
    await recordAudit(trx, {
      actor: writer.actor,
      action: archive ? 'archive' : 'restore',
      entity: lifecycle.entity,
      entityId: id,
      before,
      after,
      at: writer.now,
    });
    return after;
  });
}
