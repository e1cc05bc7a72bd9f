import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { createApp, type App } from '../app';
import { testConfig } from '../test/config';
import { openTestDatabase, type TestDatabase } from '../test/database';
import { compressResponses } from './compress';

let database: TestDatabase;
let clientDistDir: string;
let app: App;
/** A script of the built SPA, big enough to be worth compressing. */
const script = `export const rows = [${Array.from({ length: 2000 }, (_, i) => i).join(', ')}];\n`;

beforeAll(async () => {
  database = await openTestDatabase({ migrate: false });
  clientDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civicstat-spa-'));
  fs.mkdirSync(path.join(clientDistDir, 'assets'));
  fs.writeFileSync(path.join(clientDistDir, 'index.html'), '<!doctype html><title>SPA</title>');
  fs.writeFileSync(path.join(clientDistDir, 'assets', 'index-abc123.js'), script);
  app = createApp({ db: database.db, config: testConfig({ clientDistDir }) });
});
afterAll(async () => {
  await database.close();
  fs.rmSync(clientDistDir, { recursive: true, force: true });
});

describe('compressed answers', () => {
  it.each([
    ['br', 'br'],
    ['gzip, deflate', 'gzip'],
  ])('sends the SPA’s scripts compressed to a client accepting %s', async (accepted, used) => {
    const res = await request(app).get('/assets/index-abc123.js').set('Accept-Encoding', accepted);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(used);
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(res.text).toBe(script);
  });

  it('sends them as they are to a client that accepts no compression', async () => {
    const res = await request(app)
      .get('/assets/index-abc123.js')
      .set('Accept-Encoding', 'identity');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(script));
  });

  it('leaves a progress stream uncompressed, so each line arrives when it is written', async () => {
    const line = `${JSON.stringify({ phase: 'checking', rows: 'x'.repeat(4000) })}\n`;
    const streaming = express()
      .use(compressResponses())
      .get('/progress', (_req, res) => {
        res.set('Content-Type', 'application/x-ndjson');
        res.write(line);
        res.end(line);
      })
      .get('/answer', (_req, res) => {
        res.type('json').send(line);
      });
    const progress = await request(streaming).get('/progress').set('Accept-Encoding', 'gzip');
    expect(progress.headers['content-encoding']).toBeUndefined();
    expect(progress.text).toBe(line + line);
    const answer = await request(streaming).get('/answer').set('Accept-Encoding', 'gzip');
    expect(answer.headers['content-encoding']).toBe('gzip');
  });
});
