/**
 * The benchmark's own database, never the configured one: with DATABASE_URL, a database named
 * civicstat_bench on the same server (dropped and created afresh; left in place afterwards so
 * its plans can be studied with psql); without it, a PGlite data directory under the system's
 * temporary directory, removed at the end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory from 'knex';
import type { Config } from '../server/src/config';
import { openDatabase, type OpenedDatabase } from '../server/src/db/database';

export const BENCH_DATABASE = 'civicstat_bench';

export interface BenchDatabase extends OpenedDatabase {
  /** 'PostgreSQL 15.14' or 'PGlite (PostgreSQL 17.5)'. */
  version: string;
  /** What happens to the data at the end, for the log. */
  afterwards: string;
}

/** Adds the server's version; closes the database if even that fails. */
async function withVersion(opened: OpenedDatabase, afterwards: string): Promise<BenchDatabase> {
  try {
    const { rows } = (await opened.db.raw('show server_version')) as {
      rows: Array<{ server_version: string }>;
    };
    const number = (rows[0]?.server_version ?? '?').split(' ')[0];
    const version =
      opened.kind === 'pglite' ? `PGlite (PostgreSQL ${number})` : `PostgreSQL ${number}`;
    return { ...opened, version, afterwards };
  } catch (error) {
    await opened.close();
    throw error;
  }
}

async function openPostgresBench(databaseUrl: string): Promise<BenchDatabase> {
  const configured = new URL(databaseUrl);
  if (decodeURIComponent(configured.pathname.slice(1)) === BENCH_DATABASE) {
    throw new Error(
      `DATABASE_URL names ${BENCH_DATABASE} itself; point it at another database on the server (e.g. postgres): the bench drops and re-creates ${BENCH_DATABASE}`,
    );
  }
  // This connection to the configured database only creates and drops the bench database.
  // No `with (force)`: a database someone is connected to (another bench run, a psql session)
  // is theirs to finish with, and PostgreSQL refuses the drop.
  const admin = knexFactory({ client: 'pg', connection: databaseUrl, pool: { min: 0, max: 1 } });
  try {
    await admin.raw('drop database if exists ??', [BENCH_DATABASE]);
    await admin.raw('create database ??', [BENCH_DATABASE]);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === '55006' || code === '42P04') {
      throw new Error(
        `${BENCH_DATABASE} is in use on ${configured.host} (another bench run, or a psql session?): close those connections, or wait for the other run to end`,
        { cause: error },
      );
    }
    throw error;
  } finally {
    await admin.destroy();
  }
  const benchUrl = new URL(databaseUrl);
  benchUrl.pathname = `/${BENCH_DATABASE}`;
  const opened = await openDatabase({ databaseUrl: benchUrl.toString() });
  return withVersion(
    opened,
    `left ${opened.location} in place for inspection; the next run replaces it`,
  );
}

async function openPgliteBench(): Promise<BenchDatabase> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'civicstat-bench-'));
  let opened: OpenedDatabase;
  try {
    opened = await openDatabase({ dataDir: directory });
  } catch (error) {
    fs.rmSync(directory, { recursive: true, force: true });
    throw error;
  }
  const close = async () => {
    try {
      await opened.close();
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  };
  return withVersion({ ...opened, close }, `removed ${directory}`);
}

export function openBenchDatabase(config: Config): Promise<BenchDatabase> {
  return config.databaseUrl ? openPostgresBench(config.databaseUrl) : openPgliteBench();
}
