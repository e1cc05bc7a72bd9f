/** Empties every table of the schema (keeps the tables and the migration history). */
import type { Db } from './database';

export async function resetData(db: Db): Promise<void> {
  const { rows } = (await db.raw(
    "select tablename from pg_tables where schemaname = current_schema() and tablename not like 'knex_migrations%'",
  )) as { rows: Array<{ tablename: string }> };
  if (rows.length === 0) return;
  await db.raw(
    `truncate ${rows.map(() => '??').join(', ')} restart identity cascade`,
    rows.map((r) => r.tablename),
  );
}
