import { PlanOverview } from '@civicstat/shared';
import request from 'supertest';
import { createApp } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeGoal, makeKpi, makeObjective, makePlan } from '../../test/factories';

let database: TestDatabase;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, config: testConfig() });
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.reset();
});

describe('GET /api/v1/plans/current', () => {
  it('answers 404 problem+json when no plan is active', async () => {
    await makePlan(database.db, { status: 'draft' });
    const res = await request(app).get('/api/v1/plans/current');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toEqual({
      type: '/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: 'There is no active strategic plan yet.',
    });
  });

  it('serves the active plan with its goals in order, their objectives and KPI counts', async () => {
    const { db } = database;
    const plan = await makePlan(db, {
      title: 'Durham Strategic Plan',
      vision: 'Where great things happen.',
    });
    const second = await makeGoal(db, plan.id, { number: 2, title: 'Safe and Secure Community' });
    const first = await makeGoal(db, plan.id, {
      number: 1,
      title: 'Strong and Diverse Economy',
      colour: '#E69F00',
    });
    const objective = await makeObjective(db, first.id, { number: 1, title: 'Grow jobs' });
    await makeObjective(db, first.id, {
      number: 2,
      title: 'Retired objective',
      archived_at: new Date(),
    });
    await makeKpi(db, { objective_id: objective.id });
    await makeKpi(db, { objective_id: objective.id });
    await makeKpi(db, { objective_id: objective.id, archived_at: new Date() });
    await makeGoal(db, plan.id, { number: 3, title: 'Archived goal', archived_at: new Date() });

    const res = await request(app).get('/api/v1/plans/current');

    expect(res.status).toBe(200);
    const overview = PlanOverview.parse(res.body);
    expect(overview).toMatchObject({
      title: 'Durham Strategic Plan',
      vision: 'Where great things happen.',
      status: 'active',
    });
    expect(overview.goals).toEqual([
      {
        id: first.id,
        number: 1,
        title: 'Strong and Diverse Economy',
        description: '',
        colour: '#E69F00',
        kpiCount: 2,
        objectives: [{ id: objective.id, number: 1, title: 'Grow jobs' }],
      },
      {
        id: second.id,
        number: 2,
        title: 'Safe and Secure Community',
        description: '',
        colour: '#0f5499',
        kpiCount: 0,
        objectives: [],
      },
    ]);
  });
});
