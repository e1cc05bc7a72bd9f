/**
 * Empties every table of the schema (keeps the tables and the migration history), then puts back
 * the rows the migrations create.
 */
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
  // Rows the migrations themselves put in, put back as they left them.
  if (rows.some((r) => r.tablename === 'dataset_priority_weights')) {
    await db('dataset_priority_weights').insert({ id: 1 });
  }
}
