import { Router } from 'express';
import type { Db } from '../../db/database';
import { presentPlanOverview } from '../../presenters/plan';
import { getCurrentPlan } from '../../services/plan';

export function plansRouter(db: Db): Router {
  const router = Router();
  router.get('/current', async (_req, res) => {
    res.json(presentPlanOverview(await getCurrentPlan(db)));
  });
  return router;
}
