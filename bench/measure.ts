/** Measures one endpoint: latency at concurrency 1, throughput at 10, and its SQL time. */
import type { BenchDatabase } from './database';
import type { Endpoint } from './endpoints';
import { waitUntilIdle } from './idle';
import { failuresOf, runLoad, type LoadResult } from './loadgen';
import type { RunningServer } from './server';
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

export async function measureEndpoint(
  server: RunningServer,
  endpoint: Endpoint,
  database: BenchDatabase,
  seconds: number,
): Promise<EndpointResult> {
  /** One load, then quiet; throws when any response is not 2xx. */
  const load = async (connections: number, length: number, phase: string) => {
    const result = await runLoad({ url, connections, seconds: length });
    await waitUntilIdle(database.db, server);
    const failures = failuresOf(result);
    if (failures.length > 0) {
      throw new Error(`${connections} connection(s), ${phase}: ${failures.join(', ')}`);
    }
    return result;
  };
  /** A warm-up (which may end before a slow endpoint's first response), then the run. */
  const measured = async (connections: number): Promise<LoadResult> => {
    await load(connections, WARMUP_SECONDS, 'warm-up');
    const result = await load(connections, seconds, 'run');
    if (result.latencies.length === 0) {
      throw new Error(`${connections} connection(s): no response completed in ${seconds} s`);
    }
    return result;
  };

  let path = '(no path)';
  let url = '';
  try {
    path = await endpoint.path(database.db);
    url = `${server.baseUrl}${path}`;
    console.log(`${endpoint.name}: GET ${path}`);
    await get(url);
    const statements = await captureStatements(database.db, () => get(url));
    const reads = statements.filter(isRead);
    console.log(`  ${statements.length} SQL statement(s); latency run (1 connection)…`);
    const latency = await measured(1);
    console.log('  throughput run (10 connections)…');
    const throughput = await measured(10);
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
