/** Builds the Express application around a database and a configuration (no globals). */
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { Config } from './config';
import type { Db } from './db/database';
import { createLogger, type Logger } from './logger';
import { notFoundApi, problemHandler } from './middleware/problem';
import { compressResponses } from './middleware/compress';
import { securityHeaders } from './middleware/securityHeaders';
import { csrfGuard, requireJsonBody, sessionMiddleware } from './middleware/session';
import { sessionRoutes } from './routes/session/session.router';
import './actor';
import { ApiRoutes } from './routes/define';
import { healthRouter } from './routes/health/health.router';
import { kpiRoutes } from './routes/kpis/kpis.router';
import { auditRoutes } from './routes/audit/audit.router';
import { measurementWorkflowRoutes } from './routes/measurementWorkflow/workflow.router';
import { measurementRoutes } from './routes/measurements/measurements.router';
import { periodLockRoutes } from './routes/periodLocks/periodLocks.router';
import { organizationRoutes } from './routes/organization/organization.router';
import { planRoutes } from './routes/plans/plans.router';
import type { ReadContextOf } from './routes/readContext';
import { siteRoutes } from './routes/site/site.router';
import { writeRoutes } from './routes/writes';
import { userRoutes } from './routes/users/users.router';
import { workspaceRoutes } from './routes/workspace/workspace.router';
import { importRoutes, importUploadHandler } from './routes/imports/imports.router';
import { reportRoutes } from './routes/exports/reports.router';
import { datasetRoutes } from './routes/openData/datasets.router';
import { dataJsonRouter } from './routes/openData/dataJson.router';
import { openDataRoutes } from './routes/openData/openData.router';
import { readPreflight } from './middleware/cors';
import { cityDateOf } from './services/context';
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
  app.set('trust proxy', config.trustProxy);
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/api/health' } }));
  app.use(compressResponses());
  app.use(securityHeaders(config));
  app.use(cookieParser());
  // The one multipart route: an import's file streams to disk, so it comes before the JSON checks.
  app.post(
    '/api/v1/imports',
    sessionMiddleware(db, config, clock),
    csrfGuard,
    importUploadHandler({ db, config, clock }),
  );
  app.use('/api', requireJsonBody);
  app.use(express.json({ limit: '1mb' }));
  app.use('/api', sessionMiddleware(db, config, clock), csrfGuard);

  const cityDate = cityDateOf(config.cityTimeZone);
  const contextOf: ReadContextOf = (req) => ({
    db,
    fiscalYearStartMonth: config.fiscalYearStartMonth,
    today: cityDate(clock()),
    publicOnly: !req.actor,
  });
  const api = new ApiRoutes({ validateResponses: config.env === 'test' });
  siteRoutes(api, config);
  sessionRoutes(api, db, config, clock);
  planRoutes(api, contextOf);
  organizationRoutes(api, contextOf);
  kpiRoutes(api, contextOf);
  writeRoutes(api, { db, config, clock });
  measurementRoutes(api, { db, config, clock });
  measurementWorkflowRoutes(api, { db, config, clock });
  periodLockRoutes(api, { db, config, clock });
  auditRoutes(api, db);
  userRoutes(api, { db, config, clock });
  workspaceRoutes(api, contextOf);
  importRoutes(api, { db, config, clock });
  reportRoutes(api, contextOf);
  datasetRoutes(api, { db, config, clock }, contextOf);
  openDataRoutes(api, { db, config, clock }, contextOf);
  app.apiRoutes = api;

  app.use('/api', healthRouter(db));
  app.use(
    '/api',
    docsRouter(api.specs, {
      title: `civicstat API (${config.cityName})`,
      version: packageJson.version,
    }),
  );
  app.use('/api/v1', readPreflight, api.router);
  app.use('/api', notFoundApi);

  app.use(dataJsonRouter(db, config));
  app.use(spaRouter(config.clientDistDir));
  app.use(problemHandler);
  return app;
}
