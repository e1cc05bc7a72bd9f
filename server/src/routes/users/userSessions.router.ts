/** A user's sessions (admin), and setting a password with a one-time link (public). */
import {
  IdParams,
  PasswordSet,
  RevokedSessions,
  SetPasswordRequest,
  UserSessionList,
  UserSessionParams,
} from '@civicstat/shared';
import type { Request } from 'express';
import type { Actor } from '../../actor';
import type { Accounts, AccountWriter } from '../../services/users/accounts';
import { setPasswordFromLink } from '../../services/users/passwordLinks';
import {
  listUserSessions,
  revokeUserSession,
  revokeUserSessions,
} from '../../services/users/userSessions';
import type { ApiRoutes } from '../define';
import type { AppServices } from '../writeContext';

const tag = 'Users';
const access = ['admin'] as const;

export function userSessionRoutes(
  api: ApiRoutes,
  services: AppServices,
  accountsOf: () => Accounts,
  accountWriterOf: (req: Request) => AccountWriter,
): void {
  api.add(
    {
      method: 'get',
      path: '/users/:id/sessions',
      tag,
      access,
      summary: 'A user’s live sessions, most recently seen first (never their tokens)',
      params: IdParams,
      response: UserSessionList,
      maxAge: 0,
    },
    async ({ params, req }) => ({
      data: await listUserSessions(accountsOf(), params.id, (req.actor as Actor).sessionIdHash),
    }),
  );

  api.add(
    {
      method: 'delete',
      path: '/users/:id/sessions',
      tag,
      access,
      summary: 'End every session of a user (but the one making this request)',
      params: IdParams,
      response: RevokedSessions,
    },
    async ({ params, req }) => ({
      revoked: await revokeUserSessions(accountWriterOf(req), params.id),
    }),
  );

  api.add(
    {
      method: 'delete',
      path: '/users/:id/sessions/:sessionId',
      tag,
      access,
      summary: 'End one session of a user, named by the id the session list gives',
      params: UserSessionParams,
    },
    async ({ params, req }) => {
      await revokeUserSession(accountWriterOf(req), params.id, params.sessionId);
    },
  );

  api.add(
    {
      method: 'post',
      path: '/password',
      tag: 'Session',
      access: 'public',
      summary: 'Set a password with a one-time link’s token; the user’s other sessions end',
      description:
        'A token that is unknown, used, expired or voided by a newer link is a 400 naming body.token. Answers the email to sign in with.',
      body: SetPasswordRequest,
      response: PasswordSet,
    },
    async ({ body, req }) => {
      const { email } = await setPasswordFromLink(
        services.db,
        body,
        services.clock(),
        req.actor?.sessionIdHash,
      );
      return { email };
    },
  );
}
