import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from './app';
import { testConfig } from './test/config';
import { openTestDatabase, type TestDatabase } from './test/database';

let database: TestDatabase;
let clientDistDir: string;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  database = await openTestDatabase();
  clientDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civicstat-dist-'));
  fs.writeFileSync(
    path.join(clientDistDir, 'index.html'),
    '<!doctype html><title>civicstat</title>',
  );
  fs.mkdirSync(path.join(clientDistDir, 'assets'));
  fs.writeFileSync(path.join(clientDistDir, 'assets', 'app-abc123.js'), 'console.log(1)');
  app = createApp({
    db: database.db,
    config: testConfig({ clientDistDir, cityName: 'City of Durham' }),
  });
});
afterAll(async () => {
  await database.close();
  fs.rmSync(clientDistDir, { recursive: true, force: true });
});

describe('the API', () => {
  it('answers an unknown /api path with a problem+json 404 naming it', async () => {
    const res = await request(app).get('/api/v1/nothing-here?x=1');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 404,
      detail: 'There is no API endpoint GET /api/v1/nothing-here.',
    });
  });

  it('answers a malformed JSON body with a problem+json 400', async () => {
    const res = await request(app)
      .post('/api/v1/plans')
      .set('Content-Type', 'application/json')
      .send('{"title": ');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, type: '/problems/malformed-json' });
  });

  it('tells the SPA about the city', async () => {
    const res = await request(app).get('/api/v1/site');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      cityName: 'City of Durham',
      timeZone: 'America/New_York',
      fiscalYearStartMonth: 7,
    });
  });

  it('does not reveal the framework', async () => {
    const res = await request(app).get('/api/health');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('the SPA', () => {
  it('falls back to index.html for client routes, uncached', async () => {
    const res = await request(app).get('/goals/3');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>civicstat</title>');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets cached for a year', async () => {
    const res = await request(app).get('/assets/app-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
