/** Builds the Express application around a database and a configuration (no globals). */
import express, { type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { Config } from './config';
import type { Db } from './db/database';
import { createLogger, type Logger } from './logger';
import { notFoundApi, problemHandler } from './middleware/problem';
import { healthRouter } from './routes/health/health.router';
import { plansRouter } from './routes/plans/plans.router';
import { siteRouter } from './routes/site/site.router';
import { spaRouter } from './spa';

export interface AppContext {
  db: Db;
  config: Config;
  logger?: Logger;
}

export function createApp({ db, config, logger = createLogger(config) }: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/api/health' } }));
  app.use(express.json({ limit: '1mb' }));

  app.use('/api', healthRouter(db));
  const v1 = express.Router();
  v1.use('/site', siteRouter(config));
  v1.use('/plans', plansRouter(db));
  app.use('/api/v1', v1);
  app.use('/api', notFoundApi);

  app.use(spaRouter(config.clientDistDir));
  app.use(problemHandler);
  return app;
}
