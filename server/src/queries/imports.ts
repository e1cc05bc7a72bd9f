/** The imports table and each user's remembered column mapping. */
import type {
  ImportCounts,
  ImportKind,
  ImportMapping,
  ImportOptions,
  ImportState,
} from '@civicstat/shared';
import type { Knex } from 'knex';
import type { FileType, SheetSummary } from '../services/imports/readTable';

export interface ImportRecord {
  id: number;
  user_id: number;
  kind: ImportKind;
  file_name: string;
  file_type: FileType;
  size_bytes: number;
  encoding: string | null;
  sheets: SheetSummary[];
  sheet: string | null;
  mapping: ImportMapping | null;
  options: Partial<ImportOptions> | null;
  state: ImportState;
  total_rows: number;
  counts: ImportCounts | null;
  created_at: Date;
  checked_at: Date | null;
  committed_at: Date | null;
}

export async function insertImport(
  db: Knex,
  row: Pick<
    ImportRecord,
    | 'user_id'
    | 'kind'
    | 'file_name'
    | 'file_type'
    | 'size_bytes'
    | 'encoding'
    | 'sheets'
    | 'total_rows'
  > & { created_at: Date },
): Promise<ImportRecord> {
  const [created] = (await db('imports')
    .insert({ ...row, sheets: JSON.stringify(row.sheets) })
    .returning('*')) as ImportRecord[];
  return created as ImportRecord;
}

export async function findImport(db: Knex, id: number): Promise<ImportRecord | undefined> {
  return (await db('imports').where({ id }).first()) as ImportRecord | undefined;
}

/** Locks the import's row: two commits of one import never run side by side. */
export async function lockImport(db: Knex, id: number): Promise<ImportRecord | undefined> {
  return (await db('imports').where({ id }).forUpdate().first()) as ImportRecord | undefined;
}

export async function updateImport(
  db: Knex,
  id: number,
  changes: Partial<Omit<ImportRecord, 'id' | 'sheets'>>,
): Promise<ImportRecord> {
  const row: Record<string, unknown> = { ...changes };
  for (const key of ['mapping', 'options', 'counts'] as const) {
    if (changes[key] !== undefined) row[key] = JSON.stringify(changes[key]);
  }
  const [updated] = (await db('imports')
    .where({ id })
    .update(row)
    .returning('*')) as ImportRecord[];
  return updated as ImportRecord;
}

export async function rememberedMapping(
  db: Knex,
  userId: number,
  kind: ImportKind,
): Promise<{ mapping: ImportMapping; options: Partial<ImportOptions> | null } | undefined> {
  return (await db('import_mappings')
    .where({ user_id: userId, kind })
    .first('mapping', 'options')) as
    { mapping: ImportMapping; options: Partial<ImportOptions> | null } | undefined;
}

export async function rememberMapping(
  db: Knex,
  userId: number,
  kind: ImportKind,
  mapping: ImportMapping,
  options: Partial<ImportOptions>,
  at: Date,
): Promise<void> {
  await db('import_mappings')
    .insert({
      user_id: userId,
      kind,
      mapping: JSON.stringify(mapping),
      options: JSON.stringify(options),
      updated_at: at,
    })
    .onConflict(['user_id', 'kind'])
    .merge();
}
