/** Serves the built SPA: hashed assets cached for a year, index.html for every client route. */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

export function spaRouter(clientDistDir: string): Router {
  const router = express.Router();
  const indexHtml = path.join(clientDistDir, 'index.html');
  router.use(
    '/assets',
    express.static(path.join(clientDistDir, 'assets'), {
      immutable: true,
      maxAge: '1y',
      index: false,
    }),
  );
  router.use(express.static(clientDistDir, { index: false, maxAge: '1h' }));
  router.get(/.*/, (_req, res, next) => {
    if (!fs.existsSync(indexHtml)) {
      next();
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(indexHtml);
  });
  return router;
}
