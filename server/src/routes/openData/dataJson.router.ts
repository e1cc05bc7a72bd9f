/** GET /data.json: the Project Open Data (DCAT-US v1.1) catalog, for harvesters. */
import express, { type Router } from 'express';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import { allowAnyOrigin } from '../../middleware/cors';
import { buildCatalog } from '../../services/openData/catalog';
import { setReadCaching } from '../define';

export function dataJsonRouter(db: Db, config: Config): Router {
  const router = express.Router();
  router.get('/data.json', async (req, res) => {
    const catalog = await buildCatalog(db, {
      baseUrl: `${req.protocol}://${req.get('host')}`,
      cityName: config.cityName,
      fiscalYearStartMonth: config.fiscalYearStartMonth,
    });
    // Outside /api there is no session: the catalog is the public's view, whoever asks.
    setReadCaching(req, res, 300);
    allowAnyOrigin(res);
    res.json(catalog);
  });
  return router;
}
