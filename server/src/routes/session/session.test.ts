import { Session } from '@civicstat/shared';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeUser, TEST_PASSWORD } from '../../test/session';

let database: TestDatabase;
let app: App;
let now: Date;
// Far in the future: supertest's cookie jar drops cookies that expired by the real clock,
// so a fixed date in the past would sign every agent out once that date has gone by.
const start = new Date('2099-11-25T15:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({
    db: database.db,
    config: testConfig({ sessionHours: 12, sessionIdleMinutes: 60 }),
    clock: () => now,
  });
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.reset();
  now = start;
});

function cookieOf(res: request.Response): string {
  const header = res.headers['set-cookie'] as unknown as string[] | undefined;
  const cookie = header?.find((c) => c.startsWith('civicstat_session='));
  if (!cookie) throw new Error('no session cookie set');
  return cookie;
}

async function signIn(email: string, password = TEST_PASSWORD) {
  return request(app).post('/api/v1/session').send({ email, password });
}

describe('POST /api/v1/session', () => {
  it('answers a missing or malformed field with a 400 naming it', async () => {
    const res = await request(app).post('/api/v1/session').send({ email: 'not-an-email' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'body.email',
      'body.password',
    ]);
  });

  it('refuses a form-encoded body (415): changes come as JSON', async () => {
    const res = await request(app)
      .post('/api/v1/session')
      .type('form')
      .send('email=a@b.c&password=x');
    expect(res.status).toBe(415);
  });

  it('answers a wrong password and an unknown email alike, revealing nothing', async () => {
    const user = await makeUser(database.db, { role: 'council' });
    const wrong = await signIn(user.email, 'wrong password');
    const unknown = await signIn('nobody@city.example');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('signs in: an httpOnly SameSite=Lax cookie, the user and a CSRF token; any case of email', async () => {
    const user = await makeUser(database.db, {
      role: 'department_head',
      email: 'Head@City.example',
    });
    const res = await signIn('head@city.EXAMPLE');
    expect(res.status).toBe(200);
    const session = Session.parse(res.body);
    expect(session.user).toMatchObject({ id: user.id, role: 'department_head', departmentIds: [] });
    const cookie = cookieOf(res);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('locks an account after five failures, for fifteen minutes, then lets it in again', async () => {
    const user = await makeUser(database.db, { role: 'council' });
    for (let i = 0; i < 5; i += 1) expect((await signIn(user.email, 'guess')).status).toBe(401);
    expect((await signIn(user.email)).status).toBe(401);
    now = minutes(14);
    expect((await signIn(user.email)).status).toBe(401);
    now = minutes(2);
    expect((await signIn(user.email)).status).toBe(200);
  });

  it('never lets a deactivated user in', async () => {
    const user = await makeUser(database.db, { role: 'admin' });
    await database.db('users').where({ id: user.id }).update({ deactivated_at: now });
    expect((await signIn(user.email)).status).toBe(401);
  });

  it('replaces a session planted before sign-in (no session fixation)', async () => {
    const user = await makeUser(database.db, { role: 'council' });
    const agent = request.agent(app);
    const first = await agent
      .post('/api/v1/session')
      .send({ email: user.email, password: TEST_PASSWORD });
    const planted = cookieOf(first);
    const second = await agent
      .post('/api/v1/session')
      .send({ email: user.email, password: TEST_PASSWORD });
    expect(cookieOf(second)).not.toBe(planted);
    const replay = await request(app)
      .get('/api/v1/me')
      .set('Cookie', planted.split(';')[0] as string);
    expect(replay.status).toBe(401);
  });
});

describe('attempts per address', () => {
  it('are limited: the 31st sign-in or password-link attempt within 15 minutes gets 429', async () => {
    // A fresh app: the limits count per app instance and per address.
    const limited = createApp({ db: database.db, config: testConfig(), clock: () => now });
    for (const path of ['/api/v1/session', '/api/v1/password']) {
      const statuses: number[] = [];
      for (let i = 0; i < 31; i += 1) {
        statuses.push((await request(limited).post(path).send({})).status);
      }
      expect(statuses.slice(0, 30).every((status) => status === 400)).toBe(true);
      expect(statuses[30]).toBe(429);
    }
    const refused = await request(limited).post('/api/v1/session').send({});
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.detail).toMatch(/Too many attempts/);
  });
});

describe('GET /api/v1/me', () => {
  it('answers 401 without a session', async () => {
    expect((await request(app).get('/api/v1/me')).status).toBe(401);
  });

  it('answers 401 and clears a tampered cookie', async () => {
    const res = await request(app)
      .get('/api/v1/me')
      .set('Cookie', 'civicstat_session=forged-token');
    expect(res.status).toBe(401);
    expect(cookieOf(res)).toMatch(/civicstat_session=;/);
  });

  it('names the user and department, until the session expires or sits idle', async () => {
    const [department] = await database
      .db('departments')
      .insert({ code: 'DSC', name: 'Development Services' })
      .returning('id');
    const user = await makeUser(database.db, {
      role: 'department_head',
      departmentIds: [department.id],
    });
    const agent = request.agent(app);
    const signedIn = await agent
      .post('/api/v1/session')
      .send({ email: user.email, password: TEST_PASSWORD });
    const me = await agent.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual(signedIn.body);
    expect(me.body.user.departmentIds).toEqual([department.id]);

    now = minutes(59);
    expect((await agent.get('/api/v1/me')).status).toBe(200);
    now = minutes(61);
    expect((await agent.get('/api/v1/me')).status).toBe(401);
  });

  it('ends a session after its lifetime even when it is in use', async () => {
    const user = await makeUser(database.db, { role: 'council' });
    const agent = request.agent(app);
    await agent.post('/api/v1/session').send({ email: user.email, password: TEST_PASSWORD });
    for (let hour = 0; hour < 12; hour += 1) {
      now = minutes(55);
      expect((await agent.get('/api/v1/me')).status).toBe(
        now < new Date(start.getTime() + 12 * 3_600_000) ? 200 : 401,
      );
    }
    now = minutes(60);
    expect((await agent.get('/api/v1/me')).status).toBe(401);
  });

  it('ends when an admin deactivates the user or revokes the session', async () => {
    const user = await makeUser(database.db, { role: 'council' });
    const agent = request.agent(app);
    await agent.post('/api/v1/session').send({ email: user.email, password: TEST_PASSWORD });
    await database.db('sessions').where({ user_id: user.id }).delete();
    expect((await agent.get('/api/v1/me')).status).toBe(401);
  });
});

describe('DELETE /api/v1/session', () => {
  it('needs the CSRF token, then signs out', async () => {
    const user = await makeUser(database.db, { role: 'council' });
    const agent = request.agent(app);
    const signedIn = await agent
      .post('/api/v1/session')
      .send({ email: user.email, password: TEST_PASSWORD });
    const forged = await agent.delete('/api/v1/session');
    expect(forged.status).toBe(403);
    expect(forged.body.detail).toMatch(/X-CSRF-Token/);
    expect((await agent.delete('/api/v1/session').set('X-CSRF-Token', 'wrong')).status).toBe(403);
    const out = await agent.delete('/api/v1/session').set('X-CSRF-Token', signedIn.body.csrfToken);
    expect(out.status).toBe(204);
    expect((await agent.get('/api/v1/me')).status).toBe(401);
    expect(await database.db('sessions').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('answers 401 to the public', async () => {
    expect((await request(app).delete('/api/v1/session')).status).toBe(401);
  });
});
