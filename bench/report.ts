/** The results as Markdown: the setting first (machine, database, data), then the table. */
import os from 'node:os';
import type { EndpointResult } from './measure';
import { formatCount } from './progress';

export interface RunContext {
  date: Date;
  databaseKind: 'postgresql' | 'pglite';
  databaseVersion: string;
  databaseLocation: string;
  scale: number;
  /** The app's fixed "today". */
  today: string;
  kpis: number;
  measurements: number;
  loadSeconds: number;
  vacuumSeconds: number;
  seconds: number;
}

/** API time may be at most this multiple of the SQL time. */
const API_TO_SQL_TARGET = 2;

function ms(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  return value.toFixed(value < 10 ? 2 : 1);
}

function ratio(result: EndpointResult): number | undefined {
  if (result.medianMs === undefined || !result.sql) return undefined;
  return result.medianMs / result.sql.totalMs;
}

/** API time ÷ the same statements' time through the driver (PostgreSQL only). */
function directRatio(result: EndpointResult): number | undefined {
  if (result.medianMs === undefined || result.sql?.driverMs === undefined) return undefined;
  return result.medianMs / result.sql.driverMs;
}

function sqlCell(result: EndpointResult): string {
  if (!result.sql) return 'no SQL';
  const reads = result.sql.statements.length;
  const others = (result.statementCount ?? reads) - reads;
  const count = `${reads} ${reads === 1 ? 'query' : 'queries'}${others > 0 ? ` + ${others} other` : ''}`;
  return `${ms(result.sql.totalMs)} (${count})`;
}

function row(result: EndpointResult): string {
  const name = `${result.endpoint.name} \`${result.path}\``;
  if (result.problem)
    return `| ${name} | failed: ${result.problem.replaceAll('|', '\\|')} | | | | | | |`;
  const apiToSql = ratio(result);
  const apiToDirect = directRatio(result);
  return [
    '',
    name,
    ms(result.medianMs),
    ms(result.p95Ms),
    formatCount(result.requestsPerSecond ?? 0),
    sqlCell(result),
    apiToSql === undefined ? '—' : `${apiToSql.toFixed(2)}×`,
    result.sql?.driverMs === undefined ? '—' : ms(result.sql.driverMs),
    apiToDirect === undefined ? '—' : `${apiToDirect.toFixed(2)}×`,
    '',
  ]
    .join(' | ')
    .trim();
}

function targets(results: readonly EndpointResult[]): string[] {
  const lines: string[] = [];
  // What any request costs with no SQL at all: Express, the middleware, JSON and HTTP.
  const floorMs = results.find((r) => r.endpoint.key === 'health')?.medianMs;
  for (const result of results) {
    const target = result.endpoint.p95TargetMs;
    if (target === undefined) continue;
    const verdict =
      result.p95Ms === undefined ? 'not measured' : result.p95Ms < target ? 'met' : 'MISSED';
    lines.push(
      `- ${result.endpoint.name}: p95 < ${target} ms — ${verdict} (${ms(result.p95Ms)} ms)`,
    );
  }
  // The issue names two yardsticks for "the SQL time": a direct query, and EXPLAIN ANALYZE's
  // time inside the server (no round trip, no rows sent). Each gets its own verdict.
  const within = (value: number) => (value <= API_TO_SQL_TARGET ? 'met' : 'MISSED');
  for (const result of results) {
    const apiToSql = ratio(result);
    if (apiToSql === undefined) continue;
    const direct = directRatio(result);
    const sqlMs = result.sql?.totalMs ?? 0;
    const belowFloor =
      floorMs !== undefined && floorMs > API_TO_SQL_TARGET * sqlMs
        ? `; the no-SQL floor alone (health, ${ms(floorMs)} ms) is ${(floorMs / sqlMs).toFixed(1)}× this SQL time`
        : '';
    const verdicts =
      direct === undefined
        ? `${within(apiToSql)} (${apiToSql.toFixed(2)}×${belowFloor})`
        : `by the direct query time ${within(direct)} (${direct.toFixed(2)}×); ` +
          `by EXPLAIN's time in the server ${within(apiToSql)} (${apiToSql.toFixed(2)}×${belowFloor})`;
    lines.push(`- ${result.endpoint.name}: API within ${API_TO_SQL_TARGET}× of SQL — ${verdicts}`);
  }
  return lines;
}

/** Each endpoint's statements, slowest first, so a slow endpoint points at its slow query. */
function statementList(results: readonly EndpointResult[]): string[] {
  return results.flatMap((result) =>
    result.sql
      ? [
          result.sql.driverMs === undefined
            ? `${result.endpoint.name}:`
            : `${result.endpoint.name} (through the driver, with round trips and row parsing: ${ms(result.sql.driverMs)} ms):`,
          '',
          ...result.sql.statements.map((s) => {
            const sql = s.sql.replace(/\s+/g, ' ');
            return `- ${ms(s.ms)} ms: \`${sql.length > 400 ? `${sql.slice(0, 400)}…` : sql}\``;
          }),
          '',
        ]
      : [],
  );
}

export function renderReport(context: RunContext, results: readonly EndpointResult[]): string {
  const cpus = os.cpus();
  const sqlMethod =
    context.databaseKind === 'postgresql'
      ? 'EXPLAIN (ANALYZE, FORMAT JSON) planning + execution time of the read statements one request issues, summed; median of 7 repetitions'
      : 'PGlite: direct query time through knex of the read statements one request issues (no EXPLAIN; includes the driver), summed; median of 7 repetitions';
  return [
    `# civicstat benchmark, ${context.date.toISOString()}`,
    '',
    '| | |',
    '| --- | --- |',
    `| machine | ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM |`,
    `| Node.js | ${process.version} |`,
    `| database | ${context.databaseVersion}, ${context.databaseLocation} |`,
    `| scale | ${context.scale}: ${formatCount(context.kpis)} KPIs, ${formatCount(context.measurements)} measurements |`,
    `| as of | ${context.today}: the app's clock is fixed at the last day of data |`,
    `| load | ${context.loadSeconds.toFixed(1)} s in one transaction, then ${context.vacuumSeconds.toFixed(1)} s VACUUM ANALYZE |`,
    `| runs | after a 2 s warm-up each: latency at 1 connection for ${context.seconds} s, throughput at 10 connections for ${context.seconds} s |`,
    `| SQL ms | ${sqlMethod} |`,
    `| direct SQL ms | PostgreSQL only: the same statements run one after another through the driver (knex and pg, round trips and row parsing included), summed; median of 7 repetitions |`,
    '',
    '| endpoint | median ms | p95 ms | req/s | SQL ms | API/SQL | direct SQL ms | API/direct |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(row),
    '',
    'Targets (set for PostgreSQL at scale 1; elsewhere for orientation only):',
    '',
    ...targets(results),
    '',
    '## SQL per request (median ms per statement)',
    '',
    ...statementList(results),
  ].join('\n');
}
