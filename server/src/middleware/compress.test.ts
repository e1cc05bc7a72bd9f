import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
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

  it('compresses API answers, keeping their ETag and 304', async () => {
    const res = await request(app).get('/api/openapi.json').set('Accept-Encoding', 'br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body.openapi).toMatch(/^3\.1/);
    const etag = res.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await request(app)
      .get('/api/openapi.json')
      .set('Accept-Encoding', 'br')
      .set('If-None-Match', etag);
    expect(again.status).toBe(304);
  });

  it('leaves a progress stream uncompressed: each line arrives before the answer ends', async () => {
    // The route ends its answer only once the client has the first line, or after 5 s: a
    // compressor holding the line back until the end would leave the client nothing before it.
    let firstLineArrived: () => void = () => {};
    const arrived = new Promise<void>((resolve) => (firstLineArrived = resolve));
    let endedBeforeFirstLine = false;
    const streaming = express()
      .use(compressResponses())
      .get('/progress', async (_req, res) => {
        res.set('Content-Type', 'application/x-ndjson');
        res.flushHeaders();
        res.write('{"phase":"checking","rows":1000}\n');
        let timer: NodeJS.Timeout | undefined;
        const timedOut = await Promise.race([
          arrived.then(() => false),
          new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), 5000))),
        ]);
        clearTimeout(timer);
        endedBeforeFirstLine = timedOut;
        res.end('{"phase":"done"}\n');
      });
    const server = http.createServer(streaming).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const { encoding, body } = await new Promise<{ encoding?: string; body: string }>(
        (resolve, reject) => {
          http
            .get(
              {
                host: '127.0.0.1',
                port,
                path: '/progress',
                headers: { 'Accept-Encoding': 'gzip, br' },
                // No keep-alive socket left open after the test.
                agent: false,
              },
              (res) => {
                let body = '';
                res.setEncoding('utf8');
                res.on('data', (chunk: string) => {
                  body += chunk;
                  firstLineArrived();
                });
                res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body }));
              },
            )
            .on('error', reject);
        },
      );
      expect(encoding).toBeUndefined();
      expect(endedBeforeFirstLine).toBe(false);
      expect(body).toBe('{"phase":"checking","rows":1000}\n{"phase":"done"}\n');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('compresses other JSON written by a route', async () => {
    const line = `${JSON.stringify({ rows: 'x'.repeat(4000) })}\n`;
    const plain = express()
      .use(compressResponses())
      .get('/answer', (_req, res) => {
        res.type('json').send(line);
      });
    const answer = await request(plain).get('/answer').set('Accept-Encoding', 'gzip');
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.text).toBe(line);
  });
});
