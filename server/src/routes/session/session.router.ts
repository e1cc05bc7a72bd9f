import { CurrentUser, FirstAdminRequest, Session, SignInRequest } from '@civicstat/shared';
import rateLimit from 'express-rate-limit';
import type { Router } from 'express';
import type { Actor } from '../../actor';
import type { Db } from '../../db/database';
import { UnauthorizedError } from '../../errors';
import { clearSessionCookie, SESSION_COOKIE, sessionCookieOptions } from '../../middleware/session';
import { actorOfSession, deleteSession, type SessionPolicy } from '../../services/auth/sessions';
import { signIn } from '../../services/auth/signIn';
import { createFirstAdmin } from '../../services/auth/firstAdmin';
import type { ApiRoutes } from '../define';

function presentUser(actor: Actor): CurrentUser {
  return {
    id: actor.userId,
    email: actor.email,
    name: actor.name,
    role: actor.role,
    departmentIds: actor.departmentIds,
  };
}

/**
 * Per client address, on top of the per-account lockout: slows down guessing across accounts,
 * and the guessing of one-time tokens. Each public credential endpoint counts on its own.
 */
export function limitCredentialAttempts(router: Router): void {
  for (const path of ['/session', '/setup', '/password']) {
    router.post(
      path,
      rateLimit({
        windowMs: 15 * 60_000,
        limit: 30,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        handler: (_req, res) => {
          res.status(429).type('application/problem+json').json({
            type: '/problems/too-many-requests',
            title: 'Too Many Requests',
            status: 429,
            detail: 'Too many attempts from this address. Wait a few minutes and try again.',
          });
        },
      }),
    );
  }
}

export function sessionRoutes(
  api: ApiRoutes,
  db: Db,
  policy: SessionPolicy,
  clock: () => Date,
): void {
  // Registered before every route, so it runs before the handlers of all three paths.
  limitCredentialAttempts(api.router);

  api.add(
    {
      method: 'post',
      path: '/session',
      tag: 'Session',
      access: 'public',
      summary: 'Sign in with email and password; sets the session cookie',
      body: SignInRequest,
      response: Session,
    },
    async ({ body, req, res }) => {
      // A new session on every sign-in: a cookie planted before it (session fixation) is dropped.
      if (req.actor) await deleteSession(db, req.actor.sessionIdHash);
      const now = clock();
      const created = await signIn(
        db,
        body,
        { ip: req.ip ?? '', userAgent: req.get('user-agent') ?? '' },
        policy,
        now,
      );
      const actor = await actorOfSession(db, created.token, policy, now);
      if (!actor) throw new UnauthorizedError();
      res.cookie(SESSION_COOKIE, created.token, sessionCookieOptions(req.secure));
      req.log.info({ userId: actor.userId }, 'signed in');
      return { user: presentUser(actor), csrfToken: created.csrfToken };
    },
  );

  api.add(
    {
      method: 'post',
      path: '/setup',
      tag: 'Session',
      access: 'public',
      summary: 'First run only: create the first admin with the one-time token the server printed',
      body: FirstAdminRequest,
      status: 201,
      response: CurrentUser,
    },
    async ({ body }) => {
      const id = await createFirstAdmin(db, body, clock());
      return { id, email: body.email, name: body.name, role: 'admin' as const, departmentIds: [] };
    },
  );

  api.add(
    {
      method: 'get',
      path: '/me',
      tag: 'Session',
      access: 'signed_in',
      summary: 'Who is signed in, with the CSRF token to send with changes',
      response: Session,
      maxAge: 0,
    },
    async ({ req }) => {
      const actor = req.actor as Actor;
      return { user: presentUser(actor), csrfToken: actor.csrfToken };
    },
  );

  api.add(
    {
      method: 'delete',
      path: '/session',
      tag: 'Session',
      access: 'signed_in',
      summary: 'Sign out: ends this session and clears the cookie',
    },
    async ({ req, res }) => {
      await deleteSession(db, (req.actor as Actor).sessionIdHash);
      clearSessionCookie(res, req.secure);
    },
  );
}
