/**
 * Every route × every role. The routes come from the router itself, each with the access its
 * declaration states; a route registered outside ApiRoutes has no declaration and fails here.
 * Unknown ids and empty bodies keep the requests harmless: a role that may call a route gets
 * past authorization (400/404/409…), one that may not gets 401 (public) or 403.
 */
import type { UserRole } from '@civicstat/shared';
import request from 'supertest';
import { createApp, type App } from '../app';
import { testConfig } from '../test/config';
import { openTestDatabase, type TestDatabase } from '../test/database';
import { buildReadCity, TODAY } from '../test/readCity';
import { signedIn, type SignedIn } from '../test/session';
import type { Access, RouteSpec } from './define';

type Caller = 'public' | UserRole;
const callers: Caller[] = ['public', 'council', 'department_head', 'budget_office', 'admin'];

let database: TestDatabase;
let app: App;
const agents = new Map<Caller, SignedIn>();

beforeAll(async () => {
  database = await openTestDatabase();
  const city = await buildReadCity(database.db);
  app = createApp({ db: database.db, config: testConfig(), clock: () => TODAY });
  for (const role of ['council', 'budget_office', 'admin'] as const) {
    agents.set(role, await signedIn(app, database.db, role));
  }
  agents.set(
    'department_head',
    await signedIn(app, database.db, 'department_head', [city.departments.dsc.id]),
  );
});
afterAll(async () => {
  await database.close();
});

/** Values for path parameters that name nothing stored. */
const parameterValues: Record<string, string> = {
  id: '999999',
  periodStart: '2026-10-01',
  fiscalYear: '2027',
  slugOrId: 'no-such-board',
};

function concretePath(path: string): string {
  return `/api/v1${path.replace(/:([A-Za-z]+)/g, (_, name: string) => parameterValues[name] ?? 'unknown')}`;
}

function expectedOutcome(access: Access, caller: Caller): 'allowed' | 401 | 403 {
  if (access === 'public') return 'allowed';
  if (caller === 'public') return 401;
  if (access === 'signed_in') return 'allowed';
  return access.includes(caller) ? 'allowed' : 403;
}

async function call(spec: RouteSpec, caller: Caller): Promise<number> {
  const path = concretePath(spec.path);
  const signed = caller === 'public' ? undefined : agents.get(caller);
  const client = signed ? signed.agent : request(app);
  let req = client[spec.method](path);
  if (spec.method !== 'get') {
    req = req.set('Content-Type', 'application/json').send({});
    if (signed) req = req.set('X-CSRF-Token', signed.csrfToken).set('If-Match', '"1"');
  }
  return (await req).status;
}

describe('the route × role matrix', () => {
  it('covers every route the router answers, each declared with its access', () => {
    const declared = new Set(app.apiRoutes.specs.map((s) => `${s.method} ${s.path}`));
    const served = app.apiRoutes.router.stack.flatMap((layer) => {
      const route = layer.route as unknown as
        { path: string; methods: Record<string, boolean> } | undefined;
      return route ? Object.keys(route.methods).map((method) => `${method} ${route.path}`) : [];
    });
    expect(served.length).toBeGreaterThan(40);
    expect(served.filter((route) => !declared.has(route))).toEqual([]);
  });

  it('opens no change to the public but signing in and the one-time-token pages', () => {
    const publicWrites = app.apiRoutes.specs
      .filter((s) => s.method !== 'get' && s.access === 'public')
      .map((s) => `${s.method} ${s.path}`);
    expect(
      publicWrites.filter(
        (route) => !['post /session', 'post /setup', 'post /password'].includes(route),
      ),
    ).toEqual([]);
  });

  it('answers each role as each route declares', async () => {
    // Signing out last: it ends the session the other calls use.
    const specs = [...app.apiRoutes.specs].sort(
      (a, b) =>
        Number(a.method === 'delete' && a.path === '/session') -
        Number(b.method === 'delete' && b.path === '/session'),
    );
    const mismatches: string[] = [];
    let checked = 0;
    for (const spec of specs) {
      for (const caller of callers) {
        const expected = expectedOutcome(spec.access, caller);
        const status = await call(spec, caller);
        checked += 1;
        const ok =
          expected === 'allowed'
            ? status !== 401 && status !== 403 && status < 500
            : status === expected;
        if (!ok)
          mismatches.push(
            `${spec.method.toUpperCase()} ${spec.path} as ${caller}: expected ${expected}, got ${status}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(specs.length * callers.length);
  });
});
