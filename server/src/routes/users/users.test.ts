import { InvitedUser, UserAccount, UserList, userRoles, type UserRole } from '@civicstat/shared';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { hashToken } from '../../services/auth/tokens';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeDepartment } from '../../test/factories';
import { makeUser, TEST_PASSWORD, type SignedIn } from '../../test/session';
import { dumpTables, expectOnlyRoles, send, signInEveryRole } from '../../test/versionedWrites';
import { expectProblem } from '../../test/writes';

let database: TestDatabase;
let app: App;
let users: Record<UserRole, SignedIn>;
let admin: SignedIn;
let dsc: { id: number };
// Far in the future: supertest's cookie jar drops cookies that expired by the real clock,
// so a fixed date in the past would sign every agent out once that date has gone by.
const now = new Date('2099-11-25T15:00:00Z');
const config = testConfig();

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, config, clock: () => now });
  users = await signInEveryRole(app, database.db);
  admin = users.admin;
  dsc = await makeDepartment(database.db, { code: 'DSC', name: 'Development Services' });
});
afterAll(async () => {
  await database.close();
});

const tables = () =>
  dumpTables(database.db, 'users', 'user_departments', 'password_tokens', 'audit_log');
const url = (id: number, action = '') => `/api/v1/users/${id}${action}`;
const invite = (body: object) => send(admin, 'post', '/api/v1/users', body);
let sequence = 0;
const newEmail = () => `person.${(sequence += 1)}@city.example`;

async function invited(role: UserRole = 'council', departmentIds: number[] = []) {
  const res = await invite({ email: newEmail(), name: 'Avery Jones', role, departmentIds });
  return InvitedUser.parse(res.body);
}

async function signInAs(email: string, password = TEST_PASSWORD) {
  const agent = request.agent(app);
  const res = await agent.post('/api/v1/session').send({ email, password });
  return { agent, status: res.status };
}

describe('who may manage users', () => {
  it('answers 401 to the public and 403 to every role but admin', async () => {
    const id = admin.user.id;
    await expectOnlyRoles(
      app,
      users,
      [
        ['post', '/api/v1/users'],
        ['patch', url(id)],
        ['post', url(id, '/deactivate')],
        ['post', url(id, '/reactivate')],
        ['post', url(id, '/password-reset')],
        ['delete', url(id, '/sessions')],
        ['delete', url(id, '/sessions/1')],
      ],
      ['admin'],
    );
    for (const path of ['/api/v1/users', url(id), url(id, '/sessions')]) {
      expect((await request(app).get(path)).status).toBe(401);
      for (const role of userRoles.filter((r) => r !== 'admin')) {
        expect({ path, role, status: (await users[role].agent.get(path)).status }).toEqual({
          path,
          role,
          status: 403,
        });
      }
    }
  });
});

describe('GET /api/v1/users', () => {
  it('refuses an unknown parameter or role (400)', async () => {
    expectProblem(await admin.agent.get('/api/v1/users?sort=name'), 400, 'query.sort');
    expectProblem(await admin.agent.get('/api/v1/users?role=mayor'), 400, 'query.role');
  });

  it('lists every account with role, departments, status, last sign-in and live sessions', async () => {
    const head = await makeUser(database.db, { role: 'department_head', departmentIds: [dsc.id] });
    const res = await admin.agent.get('/api/v1/users');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const list = UserList.parse(res.body);
    expect(list.page.total).toBe(list.data.length);
    expect(list.data.find((u) => u.id === admin.user.id)).toMatchObject({
      role: 'admin',
      status: 'active',
      lastSignInAt: now.toISOString(),
      activeSessions: 1,
      departmentIds: [],
    });
    expect(list.data.find((u) => u.id === head.id)).toMatchObject({
      departmentIds: [dsc.id],
      lastSignInAt: null,
      activeSessions: 0,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/password|hash|token/i);
  });

  it('filters by role and status', async () => {
    const { user } = await invited();
    const invitedOnly = UserList.parse(
      (await admin.agent.get('/api/v1/users?status=invited&role=council')).body,
    );
    expect(invitedOnly.data.map((u) => u.id)).toContain(user.id);
    expect(invitedOnly.data.every((u) => u.status === 'invited' && u.role === 'council')).toBe(
      true,
    );
  });
});

describe('GET /api/v1/users/:id', () => {
  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    expectProblem(await admin.agent.get('/api/v1/users/abc'), 400, 'path.id');
    expectProblem(await admin.agent.get('/api/v1/users/99999'), 404);
  });

  it('answers the account with its version as ETag', async () => {
    const res = await admin.agent.get(url(users.council.user.id));
    expect(UserAccount.parse(res.body)).toMatchObject({ role: 'council', version: 1 });
    expect(res.headers.etag).toBe('"1"');
  });
});

describe('POST /api/v1/users', () => {
  const person = () => ({ email: newEmail(), name: 'Avery Jones', role: 'council' });

  it.each([
    ['an unknown field', { password: 'chosen for them' }, 400, 'body.password'],
    ['a malformed email', { email: 'avery.city.example' }, 400, 'body.email'],
    ['a blank name', { name: '  ' }, 400, 'body.name'],
    ['an unknown role', { role: 'mayor' }, 400, 'body.role'],
    ['departments that are not ids', { departmentIds: ['DSC'] }, 400, 'body.departmentIds.0'],
    [
      'a department head without a department',
      { role: 'department_head' },
      422,
      'body.departmentIds',
    ],
    ['a department id that is not positive', { departmentIds: [-1] }, 400, 'body.departmentIds.0'],
    [
      'an unknown department',
      { role: 'department_head', departmentIds: [999] },
      422,
      'body.departmentIds',
    ],
  ])('refuses %s, storing nothing', async (_, change, status, path) => {
    const body = { departmentIds: [], ...person(), ...change };
    const before = await tables();
    expectProblem(await invite(body), status, path);
    expect(await tables()).toEqual(before);
  });

  it('refuses departments for any role but department head (422)', async () => {
    const res = await invite({ ...person(), departmentIds: [dsc.id] });
    expectProblem(res, 422, 'body.departmentIds');
    expect(res.body.errors[0].message).toMatch(/only department heads/);
  });

  it('refuses an email that is taken, in any case (409 naming it)', async () => {
    const before = await tables();
    const taken = users.council.user.email.toUpperCase();
    const res = await invite({ ...person(), email: taken, departmentIds: [] });
    expectProblem(res, 409, 'body.email');
    expect(await tables()).toEqual(before);
  });

  it('creates the account without a password and answers a one-time link, once', async () => {
    const email = newEmail();
    const res = await invite({
      email,
      name: ' Dana Head ',
      role: 'department_head',
      departmentIds: [dsc.id],
    });
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    const { user, passwordLink } = InvitedUser.parse(res.body);
    expect(res.headers.location).toBe(`/api/v1/users/${user.id}`);
    expect(user).toMatchObject({
      email,
      name: 'Dana Head',
      status: 'invited',
      departmentIds: [dsc.id],
      version: 1,
    });
    expect(passwordLink.path).toBe(`/set-password?token=${passwordLink.token}`);
    expect(passwordLink.expiresAt).toBe(new Date(now.getTime() + 72 * 3_600_000).toISOString());

    // Only the token's hash is stored, and the audit trail names neither.
    const stored = await database.db('password_tokens').where({ user_id: user.id });
    expect(stored.map((t) => t.token_hash)).toEqual([hashToken(passwordLink.token)]);
    expect(stored[0].created_by).toBe(admin.user.id);
    const [audit] = await database
      .db('audit_log')
      .where({ entity: 'user', entity_id: String(user.id) });
    expect(audit).toMatchObject({ action: 'create', actor_id: admin.user.id });
    expect(JSON.stringify(audit)).not.toContain(passwordLink.token);
    expect((await database.db('users').where({ id: user.id }).first()).password_hash).toBeNull();
    expect((await signInAs(email, 'any password at all')).status).toBe(401);
  });
});
