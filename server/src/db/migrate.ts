/** Runs the schema migrations (migrations/index.ts) up or down. */
import { migrationSource } from '../../../migrations';
import type { Db } from './database';

const options = { migrationSource, tableName: 'knex_migrations' };

/** Applies every pending migration; returns the names of those it ran. */
export async function migrateLatest(db: Db): Promise<string[]> {
  const [, names] = (await db.migrate.latest(options)) as [number, string[]];
  return names;
}

/** Reverts the last batch, or every migration with `all`. */
export async function migrateDown(db: Db, all = false): Promise<string[]> {
  const [, names] = (await db.migrate.rollback(options, all)) as [number, string[]];
  return names;
}

export async function migrationStatus(db: Db): Promise<{ done: string[]; pending: string[] }> {
  const [done, pending] = (await db.migrate.list(options)) as [
    Array<{ name: string }>,
    Array<{ file: string } | { name: string }>,
  ];
  return {
    done: done.map((m) => m.name),
    pending: pending.map((m) => ('name' in m ? m.name : m.file)),
  };
}
