/**
 * Starts civicstat: configuration, database, migrations, the demo data on first start,
 * then the HTTP server; stops gracefully on SIGTERM/SIGINT.
 */
import http, { type Server } from 'node:http';
import { localDate } from '@civicstat/shared';
import { createApp } from './app';
import type { Config } from './config';
import { openConfiguredDatabase } from './db/configured';
import type { OpenedDatabase } from './db/database';
import { migrateLatest } from './db/migrate';
import { fail, loadConfigOrFail } from './exit';
import { createLogger, type Logger } from './logger';
import { hasPlanData, seedDurham } from './seed/durham';
import { firstAdminToken } from './services/auth/firstAdmin';

const SHUTDOWN_GRACE_MS = 10_000;

function listen(server: Server, config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function stopOnSignals(server: Server, database: OpenedDatabase, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    // Stop accepting; idle keep-alive sockets close now, busy ones after their response.
    server.close(() => {
      database
        .close()
        .then(() => {
          logger.info('stopped');
          process.exit(0);
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, 'closing the database failed');
          process.exit(1);
        });
    });
    server.closeIdleConnections();
    setTimeout(() => {
      logger.warn('requests still running after the grace period; closing them');
      server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/** The real time, or time passing from CLOCK_START (see config.ts). */
function clockOf(config: Config): () => Date {
  const start = config.clockStart;
  if (!start) return () => new Date();
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

async function main(): Promise<void> {
  const config = loadConfigOrFail();
  const logger = createLogger(config);
  const database = await openConfiguredDatabase(config);
  logger.info({ database: database.kind, location: database.location }, 'database open');

  const applied = await migrateLatest(database.db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');

  const clock = clockOf(config);
  if (config.seedDemo && !(await hasPlanData(database.db))) {
    const started = Date.now();
    const today = localDate(clock(), config.cityTimeZone);
    const summary = await seedDurham(database.db, {
      today,
      fiscalYearStartMonth: config.fiscalYearStartMonth,
    });
    logger.info({ ...summary, ms: Date.now() - started }, 'Durham demo data loaded (first start)');
  }

  const app = createApp({ db: database.db, config, logger, clock });
  const server = http.createServer(app);
  try {
    await listen(server, config);
  } catch (error) {
    await database.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      fail(`port ${config.port} on ${config.host} is already in use; set PORT to another port`);
    if (code === 'EACCES')
      fail(`not allowed to listen on ${config.host}:${config.port}; set PORT above 1024`);
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const baseUrl = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info(`civicstat is serving ${config.cityName} on ${baseUrl}`);
  const setupToken = await firstAdminToken(database.db, clock());
  if (setupToken) {
    // Printed, not only logged: the person starting the server needs it, once.
    process.stdout.write(
      `\nNo one can sign in yet. Open this one-time link within 24 hours to create the first administrator:\n  ${baseUrl}/setup?token=${setupToken}\n\n`,
    );
  }
  stopOnSignals(server, database, logger);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `civicstat: failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
