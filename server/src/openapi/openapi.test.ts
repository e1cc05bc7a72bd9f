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

/** The routes of a router mounted at `prefix`, as `method path` in OpenAPI's spelling. */
function registeredRoutes(router: Router, prefix: string): string[] {
  const routes = router.stack.flatMap((layer) => {
    const route = layer.route as unknown as
      { path: string; methods: Record<string, boolean> } | undefined;
    if (!route) return [];
    const path = `${prefix}${route.path.replace(/:([A-Za-z]+)/g, '{$1}')}`;
    return Object.keys(route.methods).map((method) => `${method} ${path}`);
  });
  return [...new Set(routes)];
}

/**
 * Every route Express would answer under /api/v1: those of ApiRoutes, and those the app mounts
 * itself (the multipart upload of an import).
 */
function apiRoutes(): string[] {
  const ownRoutes = registeredRoutes(app.router as unknown as Router, '').filter((route) =>
    route.split(' ')[1]?.startsWith('/api/v1/'),
  );
  return [...registeredRoutes(app.apiRoutes.router, '/api/v1'), ...ownRoutes];
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
    const routes = apiRoutes();
    expect(routes).toContain('post /api/v1/imports');
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

  it('documents the multipart upload of an import, with its file, parameters and problems', () => {
    const upload = document.paths['/api/v1/imports']?.post as Operation & {
      requestBody: { content: Record<string, { schema: Record<string, unknown> }> };
    };
    expect(upload.parameters.map((p) => `${p.in} ${p.name}`)).toEqual([
      'query kind',
      'query encoding',
    ]);
    expect(upload.requestBody.content['multipart/form-data']?.schema).toMatchObject({
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    });
    expect(upload.responses['201']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Import' } } },
    });
    for (const status of ['400', '401', '403', '413', '415', '422']) {
      expect(upload.responses[status]).toMatchObject({
        content: { 'application/problem+json': expect.anything() },
      });
    }
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
