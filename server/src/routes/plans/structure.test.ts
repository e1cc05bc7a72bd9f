import {
  Goal,
  GoalDetail,
  ObjectiveDetail,
  Plan,
  PlanList,
  PlanOverview,
  type UserRole,
} from '@civicstat/shared';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makePlan } from '../../test/factories';
import { buildReadCity, TODAY, type ReadCity } from '../../test/readCity';
import type { SignedIn } from '../../test/session';
import {
  dumpTables,
  expectOnlyRoles,
  resetCity,
  send,
  sendRaw,
  signInEveryRole,
  type Method,
} from '../../test/versionedWrites';
import { expectProblem } from '../../test/writes';

let database: TestDatabase;
let app: App;
let city: ReadCity;
let users: Record<UserRole, SignedIn>;
let admin: SignedIn;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, config: testConfig(), clock: () => TODAY });
  users = await signInEveryRole(app, database.db);
  admin = users.admin;
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await resetCity(database.db);
  city = await buildReadCity(database.db);
});

const structureTables = () => dumpTables(database.db, 'plans', 'goals', 'objectives', 'audit_log');
const newPlan = { title: 'Durham 2031', firstFiscalYear: 2031, lastFiscalYear: 2035 };

describe('who may change the plan’s structure', () => {
  it('answers 401 to the public and 403 to every role but admin', async () => {
    const routes: Array<[Method, string]> = ['plans', 'goals', 'objectives'].flatMap((r) => [
      ['post', `/api/v1/${r}`],
      ['patch', `/api/v1/${r}/1`],
      ['post', `/api/v1/${r}/1/archive`],
      ['post', `/api/v1/${r}/1/restore`],
    ]);
    await expectOnlyRoles(app, users, routes, ['admin']);
    expect((await request(app).get('/api/v1/plans')).status).toBe(401);
    expect((await request(app).get(`/api/v1/plans/${city.plan.id}`)).status).toBe(401);
  });
});

describe('plans', () => {
  it.each([
    ['no title', { ...newPlan, title: undefined }, 'body.title'],
    ['a fiscal year as a string', { ...newPlan, firstFiscalYear: '2031' }, 'body.firstFiscalYear'],
    ['a fiscal year out of range', { ...newPlan, lastFiscalYear: 2101 }, 'body.lastFiscalYear'],
    ['years the wrong way round', { ...newPlan, lastFiscalYear: 2030 }, 'body.lastFiscalYear'],
    ['an archived status', { ...newPlan, status: 'archived' }, 'body.status'],
    ['an unknown field', { ...newPlan, mission: 'x' }, 'body.mission'],
  ])('refuses %s with a 400 naming the field, storing nothing', async (_, body, path) => {
    const before = await structureTables();
    expectProblem(await send(admin, 'post', '/api/v1/plans', body), 400, path);
    expectProblem(await sendRaw(admin, 'post', '/api/v1/plans', '{"title":'), 400);
    expect(await structureTables()).toEqual(before);
  });

  it('creates a draft, readable by id with its ETag and in the list of plans', async () => {
    const res = await send(admin, 'post', '/api/v1/plans', newPlan);
    expect(res.status).toBe(201);
    const plan = Plan.parse(res.body);
    expect(plan).toEqual({
      id: expect.any(Number),
      vision: '',
      status: 'draft',
      version: 1,
      ...newPlan,
    });
    const read = await admin.agent.get(`/api/v1/plans/${plan.id}`);
    expect(read.headers.etag).toBe('"1"');
    expect(Plan.parse(read.body)).toEqual(plan);
    const list = PlanList.parse((await users.council.agent.get('/api/v1/plans')).body);
    expect(list.data.map((p) => [p.title, p.status])).toEqual([
      ['Durham 2031', 'draft'],
      ['Strategic Plan', 'active'],
    ]);
    expectProblem(await admin.agent.get('/api/v1/plans/9999'), 404);
  });

  it('keeps one active plan: a second one is a 409, until the first is archived', async () => {
    const before = await structureTables();
    const second = await send(admin, 'post', '/api/v1/plans', { ...newPlan, status: 'active' });
    expectProblem(second, 409);
    expect(second.body.detail).toMatch(/only one plan is active at a time/);
    expect(await structureTables()).toEqual(before);

    const draft = Plan.parse((await send(admin, 'post', '/api/v1/plans', newPlan)).body);
    expectProblem(
      await send(admin, 'patch', `/api/v1/plans/${draft.id}`, { status: 'active' }, 1),
      409,
    );
    // The database's own index holds it too.
    await expect(makePlan(database.db, { title: 'Rogue' })).rejects.toMatchObject({
      code: '23505',
    });

    const archived = await send(
      admin,
      'post',
      `/api/v1/plans/${city.plan.id}/archive`,
      undefined,
      1,
    );
    expect(archived.body).toMatchObject({ status: 'archived', version: 2 });
    const active = await send(admin, 'patch', `/api/v1/plans/${draft.id}`, { status: 'active' }, 1);
    expect(active.body).toMatchObject({ status: 'active', version: 2 });
    const current = PlanOverview.parse((await admin.agent.get('/api/v1/plans/current')).body);
    expect(current).toMatchObject({ id: draft.id, version: 2 });

    const restored = await send(
      admin,
      'post',
      `/api/v1/plans/${city.plan.id}/restore`,
      undefined,
      2,
    );
    expect(restored.body).toMatchObject({ status: 'draft', version: 3 });
  });

  it('refuses years that would end before they start (422), a stale version (412) and an archived plan (409)', async () => {
    const url = `/api/v1/plans/${city.plan.id}`;
    expectProblem(
      await send(admin, 'patch', url, { firstFiscalYear: 2031 }, 1),
      422,
      'body.firstFiscalYear',
    );
    const stale = await send(admin, 'patch', url, { vision: 'x' }, 2);
    expectProblem(stale, 412);
    expect(Plan.parse(stale.body.current)).toMatchObject({ id: city.plan.id, version: 1 });
    await send(admin, 'post', `${url}/archive`, undefined, 1);
    expectProblem(await send(admin, 'patch', url, { vision: 'x' }, 2), 409);
  });
});

describe('goals', () => {
  const newGoal = () => ({
    planId: city.plan.id,
    number: 3,
    title: 'Thriving Livable Neighborhoods',
  });

  it.each([
    ['a colour that is not one', { colour: 'blue' }, 400, 'body.colour'],
    ['number 0', { number: 0 }, 400, 'body.number'],
    ['a plan that does not exist', { planId: 9999 }, 422, 'body.planId'],
    ['a number the plan has already', { number: 1 }, 409, undefined],
  ])('refuses %s, storing nothing', async (_, change, status, path) => {
    const before = await structureTables();
    expectProblem(
      await send(admin, 'post', '/api/v1/goals', { ...newGoal(), ...change }),
      status,
      path,
    );
    expect(await structureTables()).toEqual(before);
  });

  it('creates a goal in the plan and changes it, but never moves it to another plan', async () => {
    const res = await send(admin, 'post', '/api/v1/goals', newGoal());
    expect(res.status).toBe(201);
    const goal = Goal.parse(res.body);
    expect(goal).toMatchObject({ number: 3, colour: '#0f5499', description: '', version: 1 });
    const url = `/api/v1/goals/${goal.id}`;
    expectProblem(await send(admin, 'patch', url, { planId: 1 }, 1), 400, 'body.planId');
    const changed = await send(admin, 'patch', url, { colour: '#aa3300', description: 'Homes' }, 1);
    expect(changed.body).toMatchObject({ colour: '#aa3300', description: 'Homes', version: 2 });
    const plan = PlanOverview.parse((await admin.agent.get('/api/v1/plans/current')).body);
    expect(plan.goals.map((g) => g.number)).toEqual([1, 2, 3]);
  });

  it('archives a goal only when its objectives are archived, and restores it', async () => {
    const safety = city.goals.safety.id;
    const refused = await send(admin, 'post', `/api/v1/goals/${safety}/archive`, undefined, 1);
    expectProblem(refused, 409);
    expect(refused.body.detail).toBe(
      'Goal 2 still has 1 live objective: archive or move it first.',
    );

    const objective = city.objectives.response.id;
    const busy = await send(admin, 'post', `/api/v1/objectives/${objective}/archive`, undefined, 1);
    expect(busy.body.detail).toBe('Objective 1 still has 2 live KPIs: archive or move them first.');
    await database
      .db('kpis')
      .where({ objective_id: objective })
      .update({ archived_at: new Date() });
    expect(
      (await send(admin, 'post', `/api/v1/objectives/${objective}/archive`, undefined, 1)).status,
    ).toBe(200);
    const archived = await send(admin, 'post', `/api/v1/goals/${safety}/archive`, undefined, 1);
    expect(archived.body).toMatchObject({ archived: true, version: 2 });

    const plan = PlanOverview.parse((await admin.agent.get('/api/v1/plans/current')).body);
    expect(plan.goals.map((g) => g.number)).toEqual([1]);
    // Staff can still open it (to restore it); the public cannot.
    const detail = GoalDetail.parse((await admin.agent.get(`/api/v1/goals/${safety}`)).body);
    expect(detail).toMatchObject({ archived: true, version: 2 });
    expect((await request(app).get(`/api/v1/goals/${safety}`)).status).toBe(404);
    // An objective comes back only under a live goal.
    expectProblem(
      await send(admin, 'post', `/api/v1/objectives/${objective}/restore`, undefined, 2),
      409,
    );
    const restored = await send(admin, 'post', `/api/v1/goals/${safety}/restore`, undefined, 2);
    expect(restored.body).toMatchObject({ archived: false, version: 3 });
  });
});

describe('objectives', () => {
  it('refuses an archived or unknown goal (422 naming goalId)', async () => {
    await database
      .db('goals')
      .where({ id: city.goals.safety.id })
      .update({ archived_at: new Date() });
    const before = await structureTables();
    for (const goalId of [city.goals.safety.id, 9999]) {
      const res = await send(admin, 'post', '/api/v1/objectives', {
        goalId,
        number: 5,
        title: 'x',
      });
      expectProblem(res, 422, 'body.goalId');
    }
    expect(await structureTables()).toEqual(before);
  });

  it('creates one and moves it, with its KPIs, to another goal', async () => {
    const created = await send(admin, 'post', '/api/v1/objectives', {
      goalId: city.goals.economy.id,
      number: 3,
      title: 'Small business growth',
    });
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const jobs = city.objectives.jobs.id;
    const moved = await send(
      admin,
      'patch',
      `/api/v1/objectives/${jobs}`,
      { goalId: city.goals.safety.id, number: 2 },
      1,
    );
    expect(moved.body).toMatchObject({ goalId: city.goals.safety.id, version: 2 });
    const detail = ObjectiveDetail.parse(
      (await admin.agent.get(`/api/v1/objectives/${jobs}`)).body,
    );
    expect(detail).toMatchObject({ goal: { number: 2 }, version: 2, archived: false });
    expect(detail.kpis.map((k) => k.code)).toEqual(['ECO-01']);
  });
});
