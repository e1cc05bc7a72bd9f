/** The real app on an ephemeral port of the loopback interface, as `npm start` would serve it. */
import http from 'node:http';
import type { Express } from 'express';

export interface RunningServer {
  baseUrl: string;
  /** Requests received and not yet answered (or abandoned by their client). */
  requestsInFlight(): number;
  close(): Promise<void>;
}

export function startServer(app: Express): Promise<RunningServer> {
  const server = http.createServer(app);
  let inFlight = 0;
  server.on('request', (_request, response: http.ServerResponse) => {
    inFlight += 1;
    response.once('close', () => (inFlight -= 1));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('the server has no TCP address'));
        return;
      }
      resolve({
        baseUrl: `http://127.0.0.1:${address.port}`,
        requestsInFlight: () => inFlight,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive connections of the load generator would hold close() open.
            server.closeAllConnections();
          }),
      });
    });
  });
}
