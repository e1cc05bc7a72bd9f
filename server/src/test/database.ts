/**
 * A database for one test file: a fresh in-memory PGlite, or, when DATABASE_URL is set, a
 * fresh database created on that PostgreSQL server and dropped afterwards. Open it once per
 * file (PGlite takes seconds to start) and `reset()` between tests.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import knexFactory from 'knex';
import { loadConfig } from '../config';
import { openDatabase, type OpenedDatabase } from '../db/database';
import { migrateLatest } from '../db/migrate';
import { migrations } from '../../../migrations';
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

/**
 * A migrated PGlite as a tarball, made by the first test file that needs it and kept in the temp
 * directory for the others (and later runs): starting from it takes well under a second, where
 * creating and migrating a database takes several. Its name holds a hash of the migrations'
 * names and code, so any change to them makes a new one.
 */
async function migratedTemplate(): Promise<Blob> {
  const hash = createHash('sha256');
  for (const migration of migrations) {
    hash.update(migration.name);
    hash.update(String(migration.up));
    hash.update(String(migration.down));
  }
  const file = path.join(
    os.tmpdir(),
    `civicstat-test-pglite-${hash.digest('hex').slice(0, 16)}.tar`,
  );
  try {
    return new Blob([await fs.readFile(file)]);
  } catch {
    const fresh = await openDatabase({ memory: true });
    await migrateLatest(fresh.db);
    const dump = await fresh.dumpDataDir!();
    await fresh.close();
    // Written aside and renamed: test files in other workers may be reading it at the same time.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await fs.writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await fs.rename(partial, file);
    return dump;
  }
}

export async function openTestDatabase({ migrate = true } = {}): Promise<TestDatabase> {
  const { databaseUrl } = loadConfig();
  let opened: OpenedDatabase;
  let drop = async () => {};
  if (databaseUrl) {
    const created = await createPostgresDatabase(databaseUrl);
    opened = await openDatabase({ databaseUrl: created.url });
    drop = created.drop;
  } else if (migrate) {
    opened = await openDatabase({ memory: true, loadDataDir: await migratedTemplate() });
  } else {
    opened = await openDatabase({ memory: true });
  }
  // Already migrated when started from the template; this then only confirms it.
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
