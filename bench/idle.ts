/**
 * Waiting for the app to go quiet between loads. When autocannon stops, requests still in
 * flight are abandoned, but the app goes on serving them (a slow plan overview for seconds);
 * left alone, that work would land in the next measurement.
 */
import type { Db } from '../server/src/db/database';
import type { RunningServer } from './server';

/** Quiet this long (no request in flight, no database connection in use) counts as idle. */
const QUIET_MS = 200;
const POLL_MS = 20;
const MAX_WAIT_MS = 120_000;

/** knex's connection pool (tarn), for PostgreSQL and PGlite alike. */
interface Pool {
  numUsed(): number;
  numPendingAcquires(): number;
}

export async function waitUntilIdle(db: Db, server: RunningServer): Promise<void> {
  const pool = (db.client as { pool: Pool }).pool;
  const busy = () =>
    server.requestsInFlight() > 0 || pool.numUsed() > 0 || pool.numPendingAcquires() > 0;
  const deadline = performance.now() + MAX_WAIT_MS;
  let quietSince = performance.now();
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    if (busy()) quietSince = performance.now();
    else if (performance.now() - quietSince >= QUIET_MS) return;
  }
  throw new Error(`the app was still busy ${MAX_WAIT_MS / 1000} s after a load ended`);
}
