import { InvitedUser, UserAccount, type UserRole } from '@civicstat/shared';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { setUserActive, updateUser } from '../../services/users/changeUser';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeDepartment } from '../../test/factories';
import { makeUser, signedIn, TEST_PASSWORD, type SignedIn } from '../../test/session';
import { dumpTables, send } from '../../test/versionedWrites';
import { expectProblem } from '../../test/writes';

let database: TestDatabase;
let app: App;
let admin: SignedIn;
let dsc: { id: number };
// Far in the future: supertest's cookie jar drops cookies that expired by the real clock,
// so a fixed date in the past would sign every agent out once that date has gone by.
const now = new Date('2099-11-25T15:00:00Z');
const config = testConfig();

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, config, clock: () => now });
  admin = await signedIn(app, database.db, 'admin');
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

describe('PATCH /api/v1/users/:id', () => {
  it('refuses a change without If-Match (428), malformed (400) or unknown (404)', async () => {
    const { user } = await invited();
    expectProblem(await send(admin, 'patch', url(user.id), { name: 'B' }), 428);
    expectProblem(
      await send(admin, 'patch', url(user.id), { email: 'b@c.d' }, 1),
      400,
      'body.email',
    );
    expectProblem(await send(admin, 'patch', url(user.id), {}, 1), 400);
    expectProblem(await send(admin, 'patch', url(99999), { name: 'B' }, 1), 404);
  });

  it('refuses a stale version (412) with the current account, changing nothing', async () => {
    const { user } = await invited();
    await send(admin, 'patch', url(user.id), { name: 'First' }, 1);
    const before = await tables();
    const stale = await send(admin, 'patch', url(user.id), { name: 'Second' }, 1);
    expectProblem(stale, 412);
    expect(stale.body.current).toMatchObject({ name: 'First', version: 2 });
    expect(await tables()).toEqual(before);
  });

  it('refuses a role and departments that do not fit (422)', async () => {
    const { user } = await invited();
    const res = await send(admin, 'patch', url(user.id), { role: 'department_head' }, 1);
    expectProblem(res, 422, 'body.departmentIds');
  });

  it('refuses to let an admin remove their own admin role (409)', async () => {
    const res = await send(admin, 'patch', url(admin.user.id), { role: 'council' }, 1);
    expectProblem(res, 409);
    expect(res.body.detail).toMatch(/your own admin role/);
  });

  it('changes role and departments, one version and one audit record per change', async () => {
    const { user } = await invited();
    const changed = await send(
      admin,
      'patch',
      url(user.id),
      { role: 'department_head', departmentIds: [dsc.id] },
      1,
    );
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(UserAccount.parse(changed.body)).toMatchObject({
      role: 'department_head',
      departmentIds: [dsc.id],
      version: 2,
    });
    // Sending what is stored already changes nothing.
    const same = await send(admin, 'patch', url(user.id), { departmentIds: [dsc.id] }, 2);
    expect(same.body.version).toBe(2);
    const audit = await database
      .db('audit_log')
      .where({ entity: 'user', entity_id: String(user.id), action: 'update' });
    expect(audit).toHaveLength(1);
    expect(audit[0].before).toMatchObject({ role: 'council', departmentIds: [] });
    expect(audit[0].after).toMatchObject({ role: 'department_head', departmentIds: [dsc.id] });
  });
});

describe('deactivating and reactivating', () => {
  it('refuses without If-Match (428), stale (412), unknown (404), twice or not deactivated (409)', async () => {
    const { user } = await invited();
    expectProblem(await send(admin, 'post', url(user.id, '/deactivate')), 428);
    expectProblem(await send(admin, 'post', url(user.id, '/deactivate'), undefined, 7), 412);
    expectProblem(await send(admin, 'post', url(99999, '/deactivate'), undefined, 1), 404);
    expectProblem(await send(admin, 'post', url(user.id, '/reactivate'), undefined, 1), 409);
    await send(admin, 'post', url(user.id, '/deactivate'), undefined, 1);
    expectProblem(await send(admin, 'post', url(user.id, '/deactivate'), undefined, 2), 409);
  });

  it('refuses to let an admin deactivate themselves (409)', async () => {
    const res = await send(admin, 'post', url(admin.user.id, '/deactivate'), undefined, 1);
    expectProblem(res, 409);
    expect(res.body.detail).toMatch(/your own account/);
  });

  it('never leaves the city without an active admin, whoever asks', async () => {
    const only = await database.db('users').where({ id: admin.user.id }).first();
    const gone = await makeUser(database.db, { role: 'admin' });
    await database.db('users').where({ id: gone.id }).update({ deactivated_at: now });
    // An admin deactivated while their request was on its way.
    const actor = {
      userId: gone.id,
      email: gone.email,
      name: 'Gone',
      role: 'admin' as const,
      departmentIds: [],
      sessionIdHash: '',
      csrfToken: '',
    };
    const writer = { db: database.db, now, policy: config, actor };
    await expect(setUserActive(writer, only.id, only.version, false)).rejects.toThrow(
      /only active admin/,
    );
    await expect(updateUser(writer, only.id, only.version, { role: 'council' })).rejects.toThrow(
      /only active admin/,
    );
  });

  it('ends every session of the user at once, until they are reactivated', async () => {
    const user = await makeUser(database.db, { role: 'budget_office' });
    const { agent } = await signInAs(user.email);
    expect((await agent.get('/api/v1/me')).status).toBe(200);

    const res = await send(admin, 'post', url(user.id, '/deactivate'), undefined, 1);
    expect(UserAccount.parse(res.body)).toMatchObject({
      status: 'deactivated',
      deactivatedAt: now.toISOString(),
      activeSessions: 0,
      version: 2,
    });
    expect((await agent.get('/api/v1/me')).status).toBe(401);
    expect((await signInAs(user.email)).status).toBe(401);

    const back = await send(admin, 'post', url(user.id, '/reactivate'), undefined, 2);
    expect(back.body).toMatchObject({ status: 'active', deactivatedAt: null, version: 3 });
    expect((await signInAs(user.email)).status).toBe(200);
    const actions = await database
      .db('audit_log')
      .where({ entity: 'user', entity_id: String(user.id) })
      .orderBy('id');
    expect(actions.map((a) => a.action)).toEqual(['deactivate', 'reactivate']);
    expect(actions[0].after).toMatchObject({ status: 'deactivated', endedSessions: 1 });
  });
});
