import request from 'supertest';
import { createApp } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('GET /api/health', () => {
  it('answers ok without touching the database', async () => {
    const res = await request(createApp({ db: database.db, config: testConfig() })).get(
      '/api/health',
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('GET /api/ready', () => {
  it('answers ok when the database answers', async () => {
    const res = await request(createApp({ db: database.db, config: testConfig() })).get(
      '/api/ready',
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('answers 503 problem+json when the database is gone', async () => {
    const gone = await openTestDatabase({ migrate: false });
    await gone.close();
    const res = await request(createApp({ db: gone.db, config: testConfig() })).get('/api/ready');
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 503,
      title: 'Service Unavailable',
      detail: 'The database is not reachable.',
    });
  });
});
