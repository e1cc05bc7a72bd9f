import type { Router } from 'express';
import request from 'supertest';
import { createApp, type App } from '../app';
import { testConfig } from '../test/config';
import { openTestDatabase, type TestDatabase } from '../test/database';

let database: TestDatabase;
let app: App;

beforeAll(async () => {
  database = await openTestDatabase({ migrate: false });
  app = createApp({ db: database.db, config: testConfig() });
});
afterAll(async () => {
  await database.close();
});

/** Every route Express would answer under /api/v1, as `method path` in OpenAPI's spelling. */
function registeredRoutes(router: Router): string[] {
  const routes = router.stack.flatMap((layer) => {
    const route = layer.route as unknown as
      { path: string; methods: Record<string, boolean> } | undefined;
    if (!route) return [];
    const path = `/api/v1${route.path.replace(/:([A-Za-z]+)/g, '{$1}')}`;
    return Object.keys(route.methods).map((method) => `${method} ${path}`);
  });
  return [...new Set(routes)];
}

type Operation = {
  parameters: Array<{ name: string; in: string }>;
  responses: Record<string, unknown>;
};

interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

describe('GET /api/openapi.json', () => {
  let document: Document;

  beforeAll(async () => {
    const res = await request(app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    document = res.body as Document;
  });

  it('is an OpenAPI 3.1 document', () => {
    expect(document.openapi).toBe('3.1.0');
  });

  it('documents every registered route, and nothing that is not one', () => {
    const routes = registeredRoutes(app.apiRoutes.router);
    expect(routes.length).toBeGreaterThanOrEqual(12);
    const documented = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/v1'))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method} ${path}`),
      );
    expect(documented.sort()).toEqual([...routes].sort());
    expect(document.paths['/api/health']).toBeDefined();
    expect(document.paths['/api/ready']).toBeDefined();
  });

  it('documents parameters and resolves every schema reference', () => {
    const kpis = document.paths['/api/v1/kpis']?.get;
    expect(kpis?.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['goal', 'status', 'q', 'sort', 'limit', 'offset', 'fy']),
    );
    expect(document.paths['/api/v1/kpis/{id}/series']?.get?.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'id', in: 'path' })]),
    );
    const references = [
      ...JSON.stringify(document).matchAll(/"#\/components\/schemas\/([A-Za-z]+)"/g),
    ].map((m) => m[1]);
    expect(references.length).toBeGreaterThan(10);
    for (const name of references)
      expect(document.components.schemas).toHaveProperty(name as string);
  });
});

describe('GET /api/docs', () => {
  it('serves the documentation page and its assets from this server', async () => {
    const page = await request(app).get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<script src="/api/docs/assets/swagger-ui-bundle.js"></script>');
    expect((await request(app).get('/api/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
    expect((await request(app).get('/api/docs/init.js')).text).toContain(
      "url: '/api/openapi.json'",
    );
  });
});
