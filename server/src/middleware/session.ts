/**
 * Finds who is calling from the session cookie, and guards cookie-authenticated changes
 * against cross-site request forgery: SameSite=Lax cookies plus a token the SPA must echo in
 * the X-CSRF-Token header.
 */
import { timingSafeEqual } from 'node:crypto';
import type { CookieOptions, RequestHandler, Response } from 'express';
import type { Db } from '../db/database';
import { ForbiddenError, HttpError } from '../errors';
import { actorOfSession, type SessionPolicy } from '../services/auth/sessions';

export const SESSION_COOKIE = 'civicstat_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A browser-session cookie (no Expires): the server alone decides when a session ends, from the
 * sessions table (lifetime and idle timeout), by its own clock — which may not be the browser's
 * (CLOCK_START, tests on a fixed clock).
 */
export function sessionCookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/' };
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, sessionCookieOptions(secure));
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function sessionMiddleware(
  db: Db,
  policy: SessionPolicy,
  clock: () => Date,
): RequestHandler {
  return async (req, res, next) => {
    req.actor = null;
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token === 'string' && token.length > 0 && token.length < 200) {
      req.actor = await actorOfSession(db, token, policy, clock());
      // A cookie that names no live session is cleared rather than sent again and again.
      if (!req.actor) clearSessionCookie(res, req.secure);
    }
    next();
  };
}

/**
 * Signing in is exempt: it replaces whatever session the browser had (one planted by someone
 * else included), and it needs the password, which a forged request does not have.
 */
const isSignIn = (method: string, path: string) => method === 'POST' && path === '/v1/session';

export const csrfGuard: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method) || !req.actor || isSignIn(req.method, req.path)) {
    next();
    return;
  }
  const sent = req.get('X-CSRF-Token');
  if (!sent || !sameToken(sent, req.actor.csrfToken)) {
    throw new ForbiddenError('Send the X-CSRF-Token header you received when signing in.');
  }
  next();
};

/**
 * A change must come as JSON: an HTML form on another site cannot send that without a CORS
 * preflight, which this API never grants.
 */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  const hasBody =
    Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
  if (!SAFE_METHODS.has(req.method) && hasBody && !req.is('application/json')) {
    throw new HttpError(
      415,
      'unsupported-media-type',
      'Unsupported Media Type',
      'Send the request body as application/json.',
    );
  }
  next();
};
