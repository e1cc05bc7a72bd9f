import type { SiteInfo } from '@civicstat/shared';
import { Router } from 'express';
import type { Config } from '../../config';

export function siteRouter(config: Config): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    const site: SiteInfo = {
      cityName: config.cityName,
      timeZone: config.cityTimeZone,
      fiscalYearStartMonth: config.fiscalYearStartMonth,
    };
    res.set('Cache-Control', 'public, max-age=300').json(site);
  });
  return router;
}
