/**
 * A database for one test file: a fresh in-memory PGlite, or, when DATABASE_URL is set, a
 * fresh database created on that PostgreSQL server and dropped afterwards. Open it once per
 * file (PGlite takes seconds to start) and `reset()` between tests.
 */
import { randomBytes } from 'node:crypto';
import knexFactory from 'knex';
import { loadConfig } from '../config';
import { openDatabase, type OpenedDatabase } from '../db/database';
import { migrateLatest } from '../db/migrate';
import { resetData } from '../db/reset';

export interface TestDatabase extends OpenedDatabase {
  /** Empties every table (keeps the schema). */
  reset(): Promise<void>;
}

async function createPostgresDatabase(
  databaseUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `civicstat_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: databaseUrl, pool: { min: 0, max: 1 } });
  await admin.raw('create database ??', [name]);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.raw('drop database if exists ?? with (force)', [name]);
      await admin.destroy();
    },
  };
}

export async function openTestDatabase({ migrate = true } = {}): Promise<TestDatabase> {
  const { databaseUrl } = loadConfig();
  let opened: OpenedDatabase;
  let drop = async () => {};
  if (databaseUrl) {
    const created = await createPostgresDatabase(databaseUrl);
    opened = await openDatabase({ databaseUrl: created.url });
    drop = created.drop;
  } else {
    opened = await openDatabase({ memory: true });
  }
  if (migrate) await migrateLatest(opened.db);
  return {
    ...opened,
    reset: () => resetData(opened.db),
    close: async () => {
      await opened.close();
      await drop();
    },
  };
}
