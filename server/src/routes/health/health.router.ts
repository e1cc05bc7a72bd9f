/** Liveness (/api/health: the process answers) and readiness (/api/ready: the database answers). */
import { Router } from 'express';
import type { Db } from '../../db/database';
import { ServiceUnavailableError } from '../../errors';

export function healthRouter(db: Db): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/ready', async (req, res) => {
    try {
      await db.raw('select 1');
    } catch (error) {
      req.log.warn({ err: error }, 'database not reachable');
      throw new ServiceUnavailableError('The database is not reachable.');
    }
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  return router;
}
