/**
 * PostgreSQL's own bulk load, the yardstick of the import benchmark: `COPY … FROM STDIN` of the
 * same CSV bytes into scratch tables of the bench database.
 *
 * Without pg-copy-streams (not a dependency), the copy goes through pg's Client with a
 * "submittable" query (the interface pg-cursor and pg-copy-streams use): pg hands it the
 * connection when the server answers CopyInResponse, and it sends the data as CopyData
 * messages, then CopyDone. PGlite has no socket, so it takes the same bytes as a Blob through
 * its own `COPY … FROM '/dev/blob'`.
 */
import type { OpenedDatabase } from '../server/src/db/database';
import { median } from './stats';

const CHUNK_BYTES = 64 * 1024;
const REPETITIONS = 3;

/** What pg's Connection offers a submittable query (pg/lib/connection.js). */
interface PgConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

interface PgClient {
  query(submittable: CopyFromStdin, callback: (error: Error | null) => void): void;
}

interface PgliteInstance {
  query(
    sql: string,
    params: unknown[],
    options: { blob: Blob },
  ): Promise<{ affectedRows?: number }>;
}

interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

/** One `COPY … FROM STDIN` statement, sent with `data` as its input. */
class CopyFromStdin {
  callback?: (error: Error | null) => void;
  /** From the server's `COPY n` tag. */
  rowCount = 0;

  constructor(
    readonly text: string,
    private readonly data: Buffer,
  ) {}

  submit(connection: PgConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: PgConnection): void {
    for (let at = 0; at < this.data.length; at += CHUNK_BYTES) {
      connection.sendCopyFromChunk(this.data.subarray(at, at + CHUNK_BYTES));
    }
    connection.endCopyFrom();
  }

  handleError(error: Error): void {
    this.callback?.(error);
  }

  handleReadyForQuery(): void {
    this.callback?.(null);
  }

  handleCommandComplete(message: { text: string }): void {
    this.rowCount = Number(message.text.split(' ')[1]);
  }
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

export interface CopyTarget {
  /** Shown in the report. */
  label: string;
  /** `create table bench_copy_… (…)`; the table is named `bench_copy`. */
  createTable: string;
  /** The column list of the COPY, e.g. `(kpi, period, value)`. */
  columns: string;
  data: Buffer;
  header: boolean;
  /** The rows the data holds, checked against the count COPY reports. */
  rows: number;
}

export interface CopyTime {
  label: string;
  /** Median over the repetitions. */
  seconds: number;
  /** How the rows went in, for the report. */
  method: string;
}

async function copyOnce(
  database: OpenedDatabase,
  connection: unknown,
  target: CopyTarget,
): Promise<{ seconds: number; rows: number }> {
  const options = `(format csv${target.header ? ', header true' : ''})`;
  if (database.kind === 'pglite') {
    const pglite = connection as PgliteInstance;
    const blob = new Blob([new Uint8Array(target.data)]);
    const started = performance.now();
    const result = await pglite.query(
      `copy bench_copy ${target.columns} from '/dev/blob' ${options}`,
      [],
      {
        blob,
      },
    );
    return { seconds: (performance.now() - started) / 1000, rows: result.affectedRows ?? 0 };
  }
  const client = connection as PgClient;
  const copy = new CopyFromStdin(
    `copy bench_copy ${target.columns} from stdin ${options}`,
    target.data,
  );
  const started = performance.now();
  await new Promise<void>((resolve, reject) =>
    client.query(copy, (error) => (error ? reject(error) : resolve())),
  );
  return { seconds: (performance.now() - started) / 1000, rows: copy.rowCount };
}

/**
 * Copies the rows into a fresh, logged table (as the measurements table is), a few times over,
 * and answers the median time. The table is dropped afterwards.
 */
export async function timeCopy(database: OpenedDatabase, target: CopyTarget): Promise<CopyTime> {
  const { db } = database;
  const client = db.client as KnexClient;
  const times: number[] = [];
  try {
    for (let i = 0; i < REPETITIONS; i += 1) {
      await db.raw('drop table if exists bench_copy');
      await db.raw(target.createTable);
      const connection = await client.acquireConnection();
      try {
        const { seconds, rows } = await copyOnce(database, connection, target);
        if (rows !== target.rows) throw new Error(`COPY loaded ${rows} rows, not ${target.rows}`);
        times.push(seconds);
      } finally {
        await client.releaseConnection(connection);
      }
    }
  } finally {
    await db.raw('drop table if exists bench_copy');
  }
  return {
    label: target.label,
    seconds: median(times),
    method:
      database.kind === 'pglite'
        ? "PGlite's COPY … FROM '/dev/blob' (no COPY FROM STDIN in PGlite)"
        : "COPY … FROM STDIN through pg's client",
  };
}
