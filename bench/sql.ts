/**
 * The database's share of a request: the statements one request issues, timed on their own.
 * On PostgreSQL, EXPLAIN ANALYZE's planning + execution time (no network, no driver); on
 * PGlite, which runs in this process, the direct query time through knex.
 */
import type { Db, OpenedDatabase } from '../server/src/db/database';
import { median } from './stats';

export interface Statement {
  sql: string;
  bindings: readonly unknown[];
}

const REPETITIONS = 7;

/** The statements knex sends while `request` runs (nothing else may use the database then). */
export async function captureStatements(
  db: Db,
  request: () => Promise<void>,
): Promise<Statement[]> {
  const statements: Statement[] = [];
  const listener = (query: { sql: string; bindings?: readonly unknown[] }) => {
    statements.push({ sql: query.sql, bindings: query.bindings ?? [] });
  };
  db.on('query', listener);
  try {
    await request();
  } finally {
    db.removeListener('query', listener);
  }
  return statements;
}

/** Reads can be timed by running them again; writes and transaction control are not. */
export function isRead(statement: Statement): boolean {
  return /^\s*(select|with)\b/i.test(statement.sql);
}

/**
 * knex hands its listeners the SQL as the driver receives it ($1, $2…) with prepared bindings,
 * which knex.raw (it wants ?) cannot take back; so the statements run on the driver's own
 * connection from knex's pool: pg's Client or the PGlite instance, whose query() take them as is.
 */
interface DriverConnection {
  query(sql: string, bindings: readonly unknown[]): Promise<{ rows: unknown[] }>;
}

interface KnexClient {
  acquireConnection(): Promise<DriverConnection>;
  releaseConnection(connection: DriverConnection): Promise<unknown>;
}

type Timer = (connection: DriverConnection, statement: Statement) => Promise<number>;

interface ExplainRow {
  'QUERY PLAN': Array<{ 'Planning Time': number; 'Execution Time': number }>;
}

const explained: Timer = async (connection, statement) => {
  const { rows } = await connection.query(
    `explain (analyze, format json) ${statement.sql}`,
    statement.bindings,
  );
  const plan = (rows as ExplainRow[])[0]?.['QUERY PLAN'][0];
  if (!plan) throw new Error(`EXPLAIN returned no plan for: ${statement.sql}`);
  return plan['Planning Time'] + plan['Execution Time'];
};

const direct: Timer = async (connection, statement) => {
  const started = performance.now();
  await connection.query(statement.sql, statement.bindings);
  return performance.now() - started;
};

export interface SqlTime {
  /** Median over the repetitions of the summed time of every read statement. */
  totalMs: number;
  /** Each read statement with its own median time, slowest first. */
  statements: Array<{ sql: string; ms: number }>;
  /**
   * PostgreSQL only: the same statements' direct time through the driver, which adds the round
   * trips and the transfer and parsing of the rows; the rest of API time is the app's own.
   */
  driverMs?: number;
}

/** Runs every statement with `time`, several times over; medians per statement and in all. */
async function repeat(connection: DriverConnection, reads: Statement[], time: Timer) {
  const totals: number[] = [];
  const each: number[][] = reads.map(() => []);
  for (let i = 0; i < REPETITIONS; i += 1) {
    let total = 0;
    for (const [j, statement] of reads.entries()) {
      const ms = await time(connection, statement);
      each[j]?.push(ms);
      total += ms;
    }
    totals.push(total);
  }
  return {
    totalMs: median(totals),
    statements: reads
      .map((statement, j) => ({ sql: statement.sql, ms: median(each[j] ?? []) }))
      .sort((a, b) => b.ms - a.ms),
  };
}

export async function timeStatements(
  database: OpenedDatabase,
  statements: Statement[],
): Promise<SqlTime> {
  const reads = statements.filter(isRead);
  const client = database.db.client as KnexClient;
  const connection = await client.acquireConnection();
  try {
    if (database.kind === 'pglite') return await repeat(connection, reads, direct);
    const sql = await repeat(connection, reads, explained);
    const driver = await repeat(connection, reads, direct);
    return { ...sql, driverMs: driver.totalMs };
  } finally {
    await client.releaseConnection(connection);
  }
}
