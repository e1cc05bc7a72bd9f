/** The worker side of loadgen.ts: runs one autocannon load and posts back every latency. */
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import type { LoadRequest, LoadResult } from './loadgen';

const request = workerData as LoadRequest;
const latencies: number[] = [];
const statusCodes: Record<string, number> = {};

const instance = autocannon(
  { url: request.url, connections: request.connections, duration: request.seconds },
  (error, result) => {
    if (error) throw error;
    const message: LoadResult = {
      latencies,
      statusCodes,
      errors: result.errors + result.timeouts,
      seconds: result.duration,
    };
    parentPort?.postMessage(message);
  },
);
instance.on('response', (_client, statusCode, _bytes, responseTime) => {
  latencies.push(responseTime);
  statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
});
