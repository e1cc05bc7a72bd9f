/** Builds the Express application around a database and a configuration (no globals). */
import { localDate } from '@civicstat/shared';
import express, { type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { Config } from './config';
import type { Db } from './db/database';
import { createLogger, type Logger } from './logger';
import { notFoundApi, problemHandler } from './middleware/problem';
import { ApiRoutes } from './routes/define';
import { healthRouter } from './routes/health/health.router';
import { kpiRoutes } from './routes/kpis/kpis.router';
import { organizationRoutes } from './routes/organization/organization.router';
import { planRoutes } from './routes/plans/plans.router';
import type { ReadContextOf } from './routes/readContext';
import { siteRoutes } from './routes/site/site.router';
import { spaRouter } from './spa';
import { docsRouter } from './openapi/docs.router';
import packageJson from '../../package.json';

export interface AppContext {
  db: Db;
  config: Config;
  logger?: Logger;
  /** The current instant; tests pass a fixed one. */
  clock?: () => Date;
}

export interface App extends Express {
  /** The versioned API's routes, for the OpenAPI document. */
  apiRoutes: ApiRoutes;
}

export function createApp({
  db,
  config,
  logger = createLogger(config),
  clock = () => new Date(),
}: AppContext): App {
  const app = express() as App;
  app.disable('x-powered-by');
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/api/health' } }));
  app.use(express.json({ limit: '1mb' }));

  const contextOf: ReadContextOf = () => ({
    db,
    fiscalYearStartMonth: config.fiscalYearStartMonth,
    today: localDate(clock(), config.cityTimeZone),
  });
  const api = new ApiRoutes({ validateResponses: config.env === 'test' });
  siteRoutes(api, config);
  planRoutes(api, contextOf);
  organizationRoutes(api, contextOf);
  kpiRoutes(api, contextOf);
  app.apiRoutes = api;

  app.use('/api', healthRouter(db));
  app.use(
    '/api',
    docsRouter(api.specs, {
      title: `civicstat API (${config.cityName})`,
      version: packageJson.version,
    }),
  );
  app.use('/api/v1', api.router);
  app.use('/api', notFoundApi);

  app.use(spaRouter(config.clientDistDir));
  app.use(problemHandler);
  return app;
}
