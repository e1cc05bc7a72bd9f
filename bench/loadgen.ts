/**
 * HTTP load through autocannon, run in a worker thread: the app under test owns this
 * process's event loop, and a load generator sharing it would add its own work to every
 * latency it records.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface LoadRequest {
  url: string;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  /** Each response's latency in milliseconds (autocannon's own histogram keeps whole ms). */
  latencies: number[];
  /** Responses per HTTP status code. */
  statusCodes: Record<string, number>;
  /** Connection errors and timeouts. */
  errors: number;
  /** How long the load ran. */
  seconds: number;
}

const WORKER = path.join(__dirname, 'loadgen.worker.ts');

export function runLoad(request: LoadRequest): Promise<LoadResult> {
  // tsx does not hook itself into worker threads: the worker registers it before loading.
  const source = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(WORKER)});`;
  const worker = new Worker(source, { eval: true, workerData: request });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: LoadResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the load generator stopped (exit ${code})`)));
  });
}

/** Non-2xx responses and connection errors of a load, described; empty when all went well. */
export function failuresOf(result: LoadResult): string[] {
  const failures = Object.entries(result.statusCodes)
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, count]) => `${count} × HTTP ${status}`);
  if (result.errors > 0) failures.push(`${result.errors} connection errors or timeouts`);
  return failures;
}
