import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp, type App } from '../app';
import { loadConfig } from '../config';
import { testConfig } from '../test/config';
import { openTestDatabase, type TestDatabase } from '../test/database';

let database: TestDatabase;
let clientDistDir: string;

beforeAll(async () => {
  database = await openTestDatabase({ migrate: false });
  // A built SPA of one page, so that every client route answers 200.
  clientDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civicstat-spa-'));
  fs.writeFileSync(path.join(clientDistDir, 'index.html'), '<!doctype html><title>SPA</title>');
});
afterAll(async () => {
  await database.close();
  fs.rmSync(clientDistDir, { recursive: true, force: true });
});

function appWith(embedAllowedOrigins?: string[]): App {
  return createApp({
    db: database.db,
    config: testConfig({ clientDistDir, ...(embedAllowedOrigins ? { embedAllowedOrigins } : {}) }),
  });
}

function frameAncestors(csp: string | undefined): string | undefined {
  return csp
    ?.split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('frame-ancestors'));
}

describe('framing', () => {
  it('forbids framing every page but the embeds', async () => {
    const app = appWith();
    for (const pathname of ['/', '/kpis/1', '/embedded', '/api/v1/site']) {
      const res = await request(app).get(pathname);
      expect(frameAncestors(res.headers['content-security-policy'])).toBe("frame-ancestors 'none'");
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    }
  });

  it('lets any site frame /embed/ pages by default, with the rest of the policy as strict', async () => {
    const res = await request(appWith()).get('/embed/kpi/1');
    expect(res.status).toBe(200);
    expect(frameAncestors(res.headers['content-security-policy'])).toBe('frame-ancestors *');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("style-src 'self'");
    expect(res.headers['x-frame-options']).toBeUndefined();
  });

  it('lets only the configured origins frame /embed/ pages', async () => {
    const config = loadConfig({
      EMBED_ALLOWED_ORIGINS: 'https://durhamnc.gov, https://*.durhamnc.gov',
    });
    expect(config.embedAllowedOrigins).toEqual(['https://durhamnc.gov', 'https://*.durhamnc.gov']);
    const res = await request(appWith(config.embedAllowedOrigins)).get('/embed/kpi/1');
    expect(frameAncestors(res.headers['content-security-policy'])).toBe(
      'frame-ancestors https://durhamnc.gov https://*.durhamnc.gov',
    );
  });

  it('refuses an origin list it cannot put in the policy', () => {
    expect(() => loadConfig({ EMBED_ALLOWED_ORIGINS: 'durhamnc.gov; script-src *' })).toThrow(
      /EMBED_ALLOWED_ORIGINS/,
    );
  });
});
