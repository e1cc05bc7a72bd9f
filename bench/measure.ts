/** Measures one endpoint: latency at concurrency 1, throughput at 10, and its SQL time. */
import type { BenchDatabase } from './database';
import type { Endpoint } from './endpoints';
import { failuresOf, runLoad, type LoadResult } from './loadgen';
import { captureStatements, isRead, timeStatements, type SqlTime } from './sql';
import { median, percentile } from './stats';

const WARMUP_SECONDS = 2;

export interface EndpointResult {
  endpoint: Endpoint;
  path: string;
  medianMs?: number;
  p95Ms?: number;
  requestsPerSecond?: number;
  /** Null when the request issues no SQL. */
  sql?: SqlTime | null;
  /** How many statements one request issues (reads and any others). */
  statementCount?: number;
  /** Why the endpoint has no numbers (not 2xx, failed under load). */
  problem?: string;
}

async function get(url: string): Promise<void> {
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) {
    const hint = response.status === 404 ? ' (not available in this version of the app?)' : '';
    throw new Error(`HTTP ${response.status} ${response.statusText}${hint}`);
  }
}

function checked(result: LoadResult, connections: number, phase: string): LoadResult {
  const failures = failuresOf(result);
  if (failures.length > 0) {
    throw new Error(`${connections} connection(s), ${phase}: ${failures.join(', ')}`);
  }
  return result;
}

/** A short warm-up, then the measured load; throws when any response is not 2xx. */
async function load(url: string, connections: number, seconds: number): Promise<LoadResult> {
  checked(await runLoad({ url, connections, seconds: WARMUP_SECONDS }), connections, 'warm-up');
  return checked(await runLoad({ url, connections, seconds }), connections, 'run');
}

export async function measureEndpoint(
  baseUrl: string,
  endpoint: Endpoint,
  database: BenchDatabase,
  seconds: number,
): Promise<EndpointResult> {
  let path = '(path not found)';
  try {
    path = await endpoint.path(database.db);
    const url = `${baseUrl}${path}`;
    console.log(`${endpoint.name}: GET ${path}`);
    await get(url);
    const statements = await captureStatements(database.db, () => get(url));
    const reads = statements.filter(isRead);
    console.log(`  ${statements.length} SQL statement(s); latency run (1 connection)…`);
    const latency = await load(url, 1, seconds);
    console.log('  throughput run (10 connections)…');
    const throughput = await load(url, 10, seconds);
    const result: EndpointResult = {
      endpoint,
      path,
      medianMs: median(latency.latencies),
      p95Ms: percentile(latency.latencies, 95),
      requestsPerSecond: throughput.latencies.length / throughput.seconds,
      sql: reads.length === 0 ? null : await timeStatements(database, statements),
      statementCount: statements.length,
    };
    console.log(
      `  median ${result.medianMs?.toFixed(2)} ms, p95 ${result.p95Ms?.toFixed(2)} ms, ` +
        `${result.requestsPerSecond?.toFixed(0)} req/s, SQL ${result.sql?.totalMs.toFixed(2) ?? '—'} ms`,
    );
    return result;
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    console.error(`  FAILED: ${endpoint.name} (GET ${path}): ${problem}`);
    return { endpoint, path, problem };
  }
}
