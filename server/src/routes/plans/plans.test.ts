import {
  GoalDetail,
  KpiList,
  ObjectiveDetail,
  ObjectiveList,
  PlanOverview,
} from '@civicstat/shared';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeKpi, makeMeasurement, makePlan, makeTarget } from '../../test/factories';
import { signedIn, type SignedIn } from '../../test/session';
import { buildReadCity, TODAY, type ReadCity } from '../../test/readCity';

let database: TestDatabase;
let app: App;
let city: ReadCity;
/** Council members see every KPI and every value; the public tests are in public.test.ts. */
let staff: SignedIn['agent'];

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, config: testConfig(), clock: () => TODAY });
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.reset();
  city = await buildReadCity(database.db);
  staff = (await signedIn(app, database.db, 'council')).agent;
});

describe('GET /api/v1/plans/current', () => {
  it('answers 404 problem+json when no plan is active', async () => {
    await database.reset();
    await makePlan(database.db, { status: 'draft' });
    const res = await staff.get('/api/v1/plans/current');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toEqual({
      type: '/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: 'There is no active strategic plan yet.',
    });
  });

  it('answers a malformed fiscal year with a 400 naming it', async () => {
    const res = await staff.get('/api/v1/plans/current?fy=20x6');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('query.fy');
  });

  it('rolls up the plan’s KPIs per goal, leaving out operational and archived ones', async () => {
    const res = await staff.get('/api/v1/plans/current');
    expect(res.status).toBe(200);
    const plan = PlanOverview.parse(res.body);
    expect(plan).toMatchObject({ asOf: '2026-11-25', fiscalYear: 2027 });
    expect(plan.rollUp).toEqual({
      total: 6,
      counts: { on_track: 2, at_risk: 0, off_track: 2, no_target: 1, no_data: 1 },
      shareOnTrack: 0.5,
      offTrack: [city.kpis.turnaround.id, city.kpis.firstCycle.id],
    });
    expect(
      plan.goals.map((g) => [g.number, g.kpiCount, g.rollUp.shareOnTrack, g.objectives.length]),
    ).toEqual([
      [1, 4, 0.5, 2],
      [2, 2, null, 1],
    ]);
  });

  it('gives the picture as of the end of FY2026 with ?fy=2026', async () => {
    const plan = PlanOverview.parse((await staff.get('/api/v1/plans/current?fy=2026')).body);
    expect(plan).toMatchObject({ asOf: '2026-06-30', fiscalYear: 2026 });
    expect(plan.rollUp.counts).toEqual({
      on_track: 0,
      at_risk: 0,
      off_track: 1,
      no_target: 1,
      no_data: 4,
    });
  });
});

describe('the plan overview and the goal pages', () => {
  // The overview reads statuses only (one statement); a goal page reads each KPI in full.
  it.each([
    ['now', ''],
    ['FY2026', '?fy=2026'],
  ])('agree on every goal’s roll-up (%s)', async (_, fy) => {
    const plan = PlanOverview.parse((await staff.get(`/api/v1/plans/current${fy}`)).body);
    for (const summary of plan.goals) {
      const goal = GoalDetail.parse((await staff.get(`/api/v1/goals/${summary.id}${fy}`)).body);
      expect(goal.rollUp).toEqual(summary.rollUp);
      const statuses = goal.objectives.flatMap((o) => o.kpis.map((k) => k.performance.status));
      expect(statuses).toHaveLength(summary.rollUp.total);
    }
    expect(plan.rollUp.total).toBe(6);
  });
});

describe('off-track lists', () => {
  it('keep the KPI list’s order (by code), not the order KPIs were created in', async () => {
    // Created last, sorts first: an off-track KPI whose code comes before DSC-01 and DSC-02.
    const early = await makeKpi(database.db, {
      code: 'ABC-01',
      department_id: city.departments.dsc.id,
      objective_id: city.objectives.permitting.id,
      direction: 'decrease',
      aggregation: 'mean',
    });
    await makeMeasurement(database.db, early.id, '2026-10-01', 15);
    await makeTarget(database.db, early.id, 2027, 10);
    const expected = [early.id, city.kpis.turnaround.id, city.kpis.firstCycle.id];

    const plan = PlanOverview.parse((await staff.get('/api/v1/plans/current')).body);
    expect(plan.rollUp.offTrack).toEqual(expected);
    const objectives = ObjectiveList.parse((await staff.get('/api/v1/objectives')).body);
    const permitting = objectives.data.find((o) => o.id === city.objectives.permitting.id);
    expect(permitting?.rollUp.offTrack).toEqual(expected);
    const list = KpiList.parse((await staff.get('/api/v1/kpis?status=off_track')).body);
    expect(list.data.map((k) => k.id)).toEqual(expected);
  });
});

describe('GET /api/v1/goals/:id', () => {
  it('answers 404 for an unknown goal', async () => {
    const res = await staff.get('/api/v1/goals/9999');
    expect(res.status).toBe(404);
    expect(res.body.detail).toBe('There is no goal 9999.');
  });

  it('lists each objective’s KPIs with status, FYTD, trend and sparkline', async () => {
    const res = await staff.get(`/api/v1/goals/${city.goals.economy.id}`);
    expect(res.status).toBe(200);
    const goal = GoalDetail.parse(res.body);
    expect(goal).toMatchObject({ number: 1, kpiCount: 4, rollUp: { shareOnTrack: 0.5 } });
    expect(
      goal.objectives.map((o) => [o.title, o.rollUp.total, o.kpis.map((k) => k.code)]),
    ).toEqual([
      ['Grow jobs', 1, ['ECO-01']],
      ['Timely permitting', 3, ['DSC-01', 'DSC-02', 'DSC-03']],
    ]);
    const satisfaction = goal.objectives[0]?.kpis[0]?.performance;
    expect(satisfaction?.sparkline).toHaveLength(6);
    expect(satisfaction?.trend?.label).toBe('improving');
  });
});

describe('GET /api/v1/objectives', () => {
  it('lists objectives with their goal and roll-up', async () => {
    const list = ObjectiveList.parse((await staff.get('/api/v1/objectives')).body);
    expect(list.data.map((o) => [o.goal.number, o.number, o.rollUp.total])).toEqual([
      [1, 1, 1],
      [1, 2, 3],
      [2, 1, 2],
    ]);
  });

  it('serves one objective with its KPIs, and 404 for an unknown one', async () => {
    const res = await staff.get(`/api/v1/objectives/${city.objectives.response.id}`);
    const objective = ObjectiveDetail.parse(res.body);
    expect(objective.goal.title).toBe('Safe and Secure Community');
    expect(objective.kpis.map((k) => k.code)).toEqual(['PD-01', 'PD-02']);
    expect((await staff.get('/api/v1/objectives/9999')).status).toBe(404);
  });
});
