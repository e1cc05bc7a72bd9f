/**
 * Helpers for the tests of versioned writes (structure, KPI definitions, targets, curation):
 * changes of any method with If-Match, dumps of several tables, the role rules of every write.
 */
import { userRoles, type UserRole } from '@civicstat/shared';
import type { Express } from 'express';
import request from 'supertest';
import type { Db } from '../db/database';
import { signedIn, type SignedIn } from './session';

export type Method = 'post' | 'put' | 'patch' | 'delete';

/**
 * Empties the city's data but keeps users and their sessions: signing in is slow (argon2) and
 * rate-limited per address, so a test file signs its users in once.
 */
export async function resetCity(db: Db): Promise<void> {
  await db.raw('truncate departments, plans, dashboards, audit_log restart identity cascade');
}

/** Every row of some tables, in a stable order: compare before and after a refused write. */
export async function dumpTables(db: Db, ...tables: string[]): Promise<Record<string, string[]>> {
  const dumped: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = (await db(table).select('*')) as unknown[];
    dumped[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return dumped;
}

/** A change as a signed-in user: with the CSRF token, and If-Match when a version is given. */
export function send(
  who: SignedIn,
  method: Method,
  url: string,
  body?: unknown,
  version?: number | string,
): request.Test {
  let req = who.agent[method](url).set('X-CSRF-Token', who.csrfToken);
  if (version !== undefined) {
    req = req.set('If-Match', typeof version === 'number' ? `"${version}"` : version);
  }
  return body === undefined ? req : req.send(body as object);
}

/** A raw body (malformed JSON, huge payloads) sent as application/json. */
export function sendRaw(
  who: SignedIn,
  method: Method,
  url: string,
  raw: string,
  version?: number,
): request.Test {
  let req = who.agent[method](url)
    .set('X-CSRF-Token', who.csrfToken)
    .set('Content-Type', 'application/json');
  if (version !== undefined) req = req.set('If-Match', `"${version}"`);
  return req.send(raw);
}

/** A JSON body of about `megabytes` MB. */
export function hugeBody(megabytes: number): string {
  return JSON.stringify({ name: 'x'.repeat(megabytes * 1024 * 1024) });
}

/** One signed-in user per role, for the role rules of every write. */
export async function signInEveryRole(app: Express, db: Db): Promise<Record<UserRole, SignedIn>> {
  const users = {} as Record<UserRole, SignedIn>;
  for (const role of userRoles) users[role] = await signedIn(app, db, role);
  return users;
}

/**
 * Every route answers 401 to the public and 403 to any signed-in role but the allowed ones,
 * before looking at the request (so any id and an empty body do).
 */
export async function expectOnlyRoles(
  app: Express,
  users: Record<UserRole, SignedIn>,
  routes: Array<[Method, string]>,
  allowed: UserRole[],
): Promise<void> {
  for (const [method, url] of routes) {
    const anonymous = await request(app)[method](url).send({});
    expect({ route: `${method} ${url}`, status: anonymous.status }).toEqual({
      route: `${method} ${url}`,
      status: 401,
    });
    for (const role of userRoles.filter((r) => !allowed.includes(r))) {
      const res = await send(users[role], method, url, {}, 1);
      expect({ route: `${method} ${url}`, role, status: res.status }).toEqual({
        route: `${method} ${url}`,
        role,
        status: 403,
      });
      expect(res.body.detail).toMatch(/needs the role/);
    }
  }
}
