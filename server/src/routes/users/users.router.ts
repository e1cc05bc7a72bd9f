/** User accounts (admin): list, read, invite, change, deactivate and reactivate, reset passwords. */
import {
  IdParams,
  InvitedUser,
  NewUser,
  PasswordLink,
  UserAccount,
  UserChanges,
  UserList,
  UserListQuery,
} from '@civicstat/shared';
import type { Request } from 'express';
import { requiredVersion, setVersion } from '../../services/versioning';
import {
  findUserAccount,
  listUserAccounts,
  type Accounts,
  type AccountWriter,
} from '../../services/users/accounts';
import { setUserActive, updateUser } from '../../services/users/changeUser';
import { inviteUser } from '../../services/users/inviteUser';
import { resetPassword } from '../../services/users/passwordLinks';
import type { ApiRoutes } from '../define';
import { writeContextOf, type AppServices } from '../writeContext';
import { userSessionRoutes } from './userSessions.router';

const tag = 'Users';
const access = ['admin'] as const;
const versionNote =
  'Send If-Match with the version (ETag) you loaded: 428 without it, 412 with the current account when someone changed it since.';

export function userRoutes(api: ApiRoutes, services: AppServices): void {
  const writerOf = writeContextOf(services);
  const accountsOf = (): Accounts => ({
    db: services.db,
    now: services.clock(),
    policy: services.config,
  });
  const accountWriterOf = (req: Request): AccountWriter => {
    const { db, actor, now } = writerOf(req);
    return { db, actor, now, policy: services.config };
  };

  api.add(
    {
      method: 'get',
      path: '/users',
      tag,
      access,
      summary: 'Every user account by name: role, departments, status, last sign-in, live sessions',
      query: UserListQuery,
      response: UserList,
      maxAge: 0,
    },
    async ({ query }) => {
      const { users, total } = await listUserAccounts(accountsOf(), query);
      return { data: users, page: { limit: query.limit, offset: query.offset, total } };
    },
  );

  api.add(
    {
      method: 'get',
      path: '/users/:id',
      tag,
      access,
      summary: 'One user account, with its version (ETag) to change it',
      params: IdParams,
      response: UserAccount,
      maxAge: 0,
    },
    async ({ params, res }) => {
      const user = await findUserAccount(accountsOf(), params.id);
      setVersion(res, user.version);
      return user;
    },
  );

  api.add(
    {
      method: 'post',
      path: '/users',
      tag,
      access,
      summary: 'Invite someone: an account without a password, and a one-time link to set one',
      description:
        'The link (`passwordLink.path`, valid for 72 hours) is answered once and stored only as a hash: pass it on to the person. A department head needs at least one department, other roles none (422); an email taken in any case is a 409.',
      body: NewUser,
      response: InvitedUser,
      status: 201,
    },
    async ({ body, req, res }) => {
      const invited = await inviteUser(accountWriterOf(req), body);
      res.location(`/api/v1/users/${invited.user.id}`);
      setVersion(res, invited.user.version);
      return invited;
    },
  );

  api.add(
    {
      method: 'patch',
      path: '/users/:id',
      tag,
      access,
      summary: 'Change a user’s name, role or departments: only the fields sent',
      description: `${versionNote} No admin can remove their own admin role, nor leave the city without an active admin (409).`,
      params: IdParams,
      body: UserChanges,
      response: UserAccount,
    },
    async ({ params, body, req, res }) => {
      const version = requiredVersion(req);
      const user = await updateUser(accountWriterOf(req), params.id, version, body);
      setVersion(res, user.version);
      return user;
    },
  );

  for (const active of [false, true]) {
    api.add(
      {
        method: 'post',
        path: `/users/:id/${active ? 'reactivate' : 'deactivate'}`,
        tag,
        access,
        summary: active
          ? 'Reactivate a deactivated user: they can sign in again'
          : 'Deactivate a user: they can no longer sign in, and every session of theirs ends',
        description: active
          ? versionNote
          : `${versionNote} No admin can deactivate themselves, nor the last active admin (409).`,
        params: IdParams,
        response: UserAccount,
      },
      async ({ params, req, res }) => {
        const version = requiredVersion(req);
        const user = await setUserActive(accountWriterOf(req), params.id, version, active);
        setVersion(res, user.version);
        return user;
      },
    );
  }

  api.add(
    {
      method: 'post',
      path: '/users/:id/password-reset',
      tag,
      access,
      summary:
        'A new one-time link for the user to set a new password; older unused links stop working',
      description:
        'The link is answered once (valid for 72 hours). The current password keeps working until a new one is set; setting it ends the user’s other sessions.',
      params: IdParams,
      response: PasswordLink,
      status: 201,
    },
    async ({ params, req }) => resetPassword(accountWriterOf(req), params.id),
  );

  userSessionRoutes(api, services, accountsOf, accountWriterOf);
}
