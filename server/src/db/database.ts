/**
 * Opens the database: PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite
 * kept under the data directory. Both drivers are given the same type parsers so that the
 * rest of the code sees the same values: `date` as 'YYYY-MM-DD', bigint and numeric as numbers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import knexFactory, { type Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import pg from 'pg';
import { lockDataDirectory } from './lock';

export type Db = Knex;

const DATE = 1082;
const INT8 = 20;
const NUMERIC = 1700;

pg.types.setTypeParser(DATE, (value: string) => value);
pg.types.setTypeParser(INT8, (value: string) => Number(value));
pg.types.setTypeParser(NUMERIC, (value: string) => Number(value));

const pgliteParsers = {
  [DATE]: (value: string) => value,
  [INT8]: (value: string) => Number(value),
  [NUMERIC]: (value: string) => Number(value),
};

export interface OpenedDatabase {
  db: Db;
  /** 'postgresql' or 'pglite', for logs and /api/ready. */
  kind: 'postgresql' | 'pglite';
  /** Where the data lives, without credentials. */
  location: string;
  /** PGlite only: the whole database as a tarball (a test template). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

export type DatabaseTarget =
  | { databaseUrl: string }
  | { dataDir: string }
  /** In memory; `loadDataDir` starts it from a dump (tests start from a migrated template). */
  | { memory: true; loadDataDir?: Blob };

function describeUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
}

async function openPostgres(databaseUrl: string): Promise<OpenedDatabase> {
  const db = knexFactory({
    client: 'pg',
    connection: { connectionString: databaseUrl, connectionTimeoutMillis: 5000 },
    pool: { min: 0, max: 10 },
    acquireConnectionTimeout: 10000,
  });
  const location = describeUrl(databaseUrl);
  try {
    await db.raw('select 1');
  } catch (error) {
    await db.destroy();
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DatabaseUnavailableError(
      `cannot reach the PostgreSQL database at ${location}: ${reason} (${(error as Error).message.split('\n')[0]})`,
    );
  }
  return { db, kind: 'postgresql', location, close: () => db.destroy() };
}

async function openPglite(
  dataDir: string | undefined,
  loadDataDir?: Blob,
): Promise<OpenedDatabase> {
  let release = () => {};
  let pgliteDir: string | undefined;
  if (dataDir !== undefined) {
    fs.mkdirSync(dataDir, { recursive: true });
    release = lockDataDirectory(dataDir, path.join(dataDir, 'civicstat.lock'));
    pgliteDir = path.join(dataDir, 'pglite');
  }
  try {
    // Options go in the first argument: `new PGlite(undefined, options)` ignores them.
    const pglite = new PGlite({ dataDir: pgliteDir, loadDataDir, parsers: pgliteParsers });
    await pglite.waitReady;
    const db = knexFactory({
      client: ClientPgLite,
      dialect: 'postgres',
      connection: () => ({ pglite }) as object,
    } as Knex.Config);
    return {
      db,
      kind: 'pglite',
      location: pgliteDir ?? 'memory',
      dumpDataDir: () => pglite.dumpDataDir('none'),
      close: async () => {
        await db.destroy();
        if (!pglite.closed) await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export function openDatabase(target: DatabaseTarget): Promise<OpenedDatabase> {
  if ('databaseUrl' in target) return openPostgres(target.databaseUrl);
  if ('dataDir' in target) return openPglite(target.dataDir);
  return openPglite(undefined, target.loadDataDir);
}
