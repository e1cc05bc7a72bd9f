/** /api/openapi.json and /api/docs (Swagger UI, served from the package: no CDN, no inline script). */
import path from 'node:path';
import express, { type Router } from 'express';
import type { RouteSpec } from '../routes/define';
import { openApiDocument } from './document';

const page = (title: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} — API documentation</title>
    <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
    <script src="/api/docs/init.js"></script>
  </body>
</html>`;

const init = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });\n`;

export function docsRouter(specs: RouteSpec[], info: { title: string; version: string }): Router {
  const router = express.Router();
  const document = openApiDocument(specs, info);
  // `require` exists under jest (CommonJS) and in the bundle (build.mjs defines it).
  const assets = path.dirname(require.resolve('swagger-ui-dist/package.json'));
  router.get('/openapi.json', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(document);
  });
  router.get('/docs', (_req, res) => {
    // Swagger UI sets inline styles; this page alone allows them.
    res.set(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'",
    );
    res.set('Cache-Control', 'public, max-age=300').type('html').send(page(info.title));
  });
  router.get('/docs/init.js', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').type('js').send(init);
  });
  router.use('/docs/assets', express.static(assets, { index: false, maxAge: '1d' }));
  return router;
}
