import { InvitedUser, PasswordLink, UserSessionList } from '@civicstat/shared';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeUser, signedIn, TEST_PASSWORD, type SignedIn } from '../../test/session';
import { send } from '../../test/versionedWrites';
import { expectProblem } from '../../test/writes';

let database: TestDatabase;
let app: App;
let admin: SignedIn;
// Far in the future: supertest's cookie jar drops cookies that expired by the real clock,
// so a fixed date in the past would sign every agent out once that date has gone by.
const start = new Date('2099-11-25T15:00:00Z');
let now = start;
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, config: testConfig(), clock: () => now });
  admin = await signedIn(app, database.db, 'admin');
});
afterAll(async () => {
  await database.close();
});
beforeEach(() => {
  now = start;
});

const url = (id: number, action = '') => `/api/v1/users/${id}${action}`;
const NEW_PASSWORD = 'a brand new long passphrase';

async function signInAs(email: string, password = TEST_PASSWORD, userAgent = 'test browser') {
  const agent = request.agent(app);
  const res = await agent
    .post('/api/v1/session')
    .set('User-Agent', userAgent)
    .send({ email, password });
  expect(res.status).toBe(200);
  return agent;
}

const setPassword = (token: string, password = NEW_PASSWORD) =>
  request(app).post('/api/v1/password').send({ token, password });

async function resetLink(userId: number): Promise<PasswordLink> {
  const res = await send(admin, 'post', url(userId, '/password-reset'));
  expect(res.status).toBe(201);
  return PasswordLink.parse(res.body);
}

describe('GET /api/v1/users/:id/sessions', () => {
  it('answers 404 for an unknown user', async () => {
    expectProblem(await admin.agent.get(url(99999, '/sessions')), 404);
  });

  it('lists live sessions by an opaque id, never their tokens or hashes', async () => {
    const user = await makeUser(database.db, { role: 'council' });
    await signInAs(user.email, TEST_PASSWORD, 'Firefox on a laptop');
    await signInAs(user.email, TEST_PASSWORD, 'Safari on a phone');
    const res = await admin.agent.get(url(user.id, '/sessions'));
    const { data } = UserSessionList.parse(res.body);
    expect(data.map((s) => s.userAgent).sort()).toEqual([
      'Firefox on a laptop',
      'Safari on a phone',
    ]);
    expect(Object.keys(res.body.data[0]).sort()).toEqual(
      ['createdAt', 'current', 'expiresAt', 'id', 'ip', 'lastSeenAt', 'userAgent'].sort(),
    );
    const hashes = await database.db('sessions').where({ user_id: user.id }).pluck('id_hash');
    for (const hash of hashes) expect(JSON.stringify(res.body)).not.toContain(hash);
    expect(data[0]).toMatchObject({ current: false, expiresAt: hours(12).toISOString() });

    const own = UserSessionList.parse(
      (await admin.agent.get(url(admin.user.id, '/sessions'))).body,
    );
    expect(own.data.filter((s) => s.current)).toHaveLength(1);

    // A session idle for longer than SESSION_IDLE_MINUTES no longer counts.
    await database
      .db('sessions')
      .where({ user_id: user.id })
      .update({ last_seen_at: new Date(start.getTime() - 2 * 3_600_000) });
    expect((await admin.agent.get(url(user.id, '/sessions'))).body.data).toEqual([]);
  });
});

describe('ending sessions', () => {
  it('refuses a malformed id (400) and a session of another user (404)', async () => {
    const user = await makeUser(database.db, { role: 'council' });
    const [own] = await database.db('sessions').where({ user_id: admin.user.id }).pluck('id');
    expectProblem(
      await send(admin, 'delete', url(user.id, '/sessions/abc')),
      400,
      'path.sessionId',
    );
    expectProblem(await send(admin, 'delete', url(user.id, `/sessions/${own}`)), 404);
    expectProblem(await send(admin, 'delete', url(99999, '/sessions')), 404);
  });

  it('ends one session: that browser is signed out, the other stays in', async () => {
    const user = await makeUser(database.db, { role: 'budget_office' });
    const laptop = await signInAs(user.email, TEST_PASSWORD, 'laptop');
    const phone = await signInAs(user.email, TEST_PASSWORD, 'phone');
    const { data } = UserSessionList.parse((await admin.agent.get(url(user.id, '/sessions'))).body);
    const target = data.find((s) => s.userAgent === 'phone');
    const res = await send(admin, 'delete', url(user.id, `/sessions/${target?.id}`));
    expect(res.status).toBe(204);
    expect((await phone.get('/api/v1/me')).status).toBe(401);
    expect((await laptop.get('/api/v1/me')).status).toBe(200);
    const [audit] = await database.db('audit_log').where({ action: 'revoke_session' });
    expect(audit).toMatchObject({ actor_id: admin.user.id, entity_id: String(user.id) });
  });

  it('ends every session of a user at once, but never the admin’s own', async () => {
    const user = await makeUser(database.db, { role: 'council' });
    const agents = [await signInAs(user.email), await signInAs(user.email)];
    const res = await send(admin, 'delete', url(user.id, '/sessions'));
    expect(res.body).toEqual({ revoked: 2 });
    for (const agent of agents) expect((await agent.get('/api/v1/me')).status).toBe(401);

    const own = await send(admin, 'delete', url(admin.user.id, '/sessions'));
    expect(own.status).toBe(200);
    expect((await admin.agent.get('/api/v1/me')).status).toBe(200);
  });
});

describe('POST /api/v1/users/:id/password-reset', () => {
  it('answers 404 for an unknown user and 409 for a deactivated one', async () => {
    expectProblem(await send(admin, 'post', url(99999, '/password-reset')), 404);
    const user = await makeUser(database.db, { role: 'council' });
    await send(admin, 'post', url(user.id, '/deactivate'), undefined, 1);
    expectProblem(await send(admin, 'post', url(user.id, '/password-reset')), 409);
  });

  it('gives a new link that works once and voids the older one; the new password ends other sessions', async () => {
    const user = await makeUser(database.db, { role: 'council' });
    const elsewhere = await signInAs(user.email);
    const older = await resetLink(user.id);
    const link = await resetLink(user.id);
    expectProblem(await setPassword(older.token), 400, 'body.token');

    const res = await setPassword(link.token);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ email: user.email });
    expectProblem(await setPassword(link.token, 'yet another long passphrase'), 400, 'body.token');

    expect((await elsewhere.get('/api/v1/me')).status).toBe(401);
    const oldPassword = await request(app)
      .post('/api/v1/session')
      .send({ email: user.email, password: TEST_PASSWORD });
    expect(oldPassword.status).toBe(401);
    await signInAs(user.email, NEW_PASSWORD);
    const actions = await database
      .db('audit_log')
      .where({ entity_id: String(user.id) })
      .orderBy('id');
    expect(actions.map((a) => [a.action, a.actor_id])).toEqual([
      ['reset_password', admin.user.id],
      ['reset_password', admin.user.id],
      ['set_password', user.id],
    ]);
    expect(JSON.stringify(actions)).not.toContain(link.token);
  });
});

describe('POST /api/v1/password', () => {
  it('refuses a short password, a missing token and unknown fields (400 naming them)', async () => {
    const { token } = await resetLink((await makeUser(database.db, { role: 'council' })).id);
    expectProblem(await setPassword(token, 'too short'), 400, 'body.password');
    expectProblem(
      await request(app).post('/api/v1/password').send({ password: NEW_PASSWORD }),
      400,
      'body.token',
    );
    expectProblem(
      await request(app)
        .post('/api/v1/password')
        .send({ token, password: NEW_PASSWORD, email: 'x@y.z' }),
      400,
      'body.email',
    );
    expectProblem(await setPassword('not-a-token-anyone-was-given'), 400, 'body.token');
  });

  it('refuses a link older than 72 hours, and one whose user was deactivated since', async () => {
    const expiring = await resetLink((await makeUser(database.db, { role: 'council' })).id);
    const user = await makeUser(database.db, { role: 'council' });
    const voided = await resetLink(user.id);
    await send(admin, 'post', url(user.id, '/deactivate'), undefined, 1);
    now = hours(72);
    expectProblem(await setPassword(expiring.token), 400, 'body.token');
    now = start;
    expectProblem(await setPassword(voided.token), 400, 'body.token');
  });

  it('lets an invited user set their first password and sign in', async () => {
    const invite = await send(admin, 'post', '/api/v1/users', {
      email: 'New.Person@city.example',
      name: 'New Person',
      role: 'council',
      departmentIds: [],
    });
    const { user, passwordLink } = InvitedUser.parse(invite.body);
    expect((await setPassword(passwordLink.token)).body).toEqual({
      email: 'New.Person@city.example',
    });
    const agent = await signInAs('new.person@city.example', NEW_PASSWORD);
    expect((await agent.get('/api/v1/me')).body.user).toMatchObject({
      id: user.id,
      role: 'council',
    });
    const account = await admin.agent.get(url(user.id));
    expect(account.body).toMatchObject({ status: 'active', activeSessions: 1, version: 1 });
  });
});
