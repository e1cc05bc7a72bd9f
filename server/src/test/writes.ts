/** Helpers for API tests of writes: signed-in changes with CSRF and If-Match, problems, dumps. */
import type { Response } from 'supertest';
import type { Db } from '../db/database';
import type { SignedIn } from './session';

type Method = 'put' | 'post' | 'delete';

/** A change sent as a signed-in user, with the CSRF token and, when given, If-Match. */
export function change(
  who: SignedIn,
  method: Method,
  url: string,
  body?: object | string,
  ifMatch?: string,
) {
  let req = who.agent[method](url).set('X-CSRF-Token', who.csrfToken);
  if (ifMatch !== undefined) req = req.set('If-Match', ifMatch);
  if (typeof body === 'string') return req.type('json').send(body);
  return body === undefined ? req : req.send(body);
}

/** Asserts an RFC 9457 answer with this status, naming `path` among its errors when given. */
export function expectProblem(res: Response, status: number, path?: string): void {
  expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
    status,
    type: expect.stringMatching(/^application\/problem\+json/),
  });
  expect(res.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  if (path !== undefined) {
    expect((res.body.errors as Array<{ path: string }>).map((e) => e.path)).toContain(path);
  }
}

/** Every row of a table, in id order: compare before and after a refused change. */
export async function dump(db: Db, table: string): Promise<unknown[]> {
  return db(table).select('*').orderBy('id');
}

export async function auditCount(db: Db): Promise<number> {
  const row = await db('audit_log').count({ count: '*' }).first();
  return Number(row?.count ?? 0);
}
