/** What the public (nobody signed in) may see: public KPIs, and only their approved values. */
import { DashboardDetail, KpiList, PlanOverview } from '@civicstat/shared';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { buildReadCity, TODAY, type ReadCity } from '../../test/readCity';
import { signedIn } from '../../test/session';

let database: TestDatabase;
let app: App;
let city: ReadCity;

beforeAll(async () => {
  database = await openTestDatabase();
  city = await buildReadCity(database.db);
  // October's permits are still a draft: staff see them, the public does not yet.
  await database
    .db('measurements')
    .where({ kpi_id: city.kpis.permits.id, period_start: '2026-10-01' })
    .update({ state: 'draft' });
  app = createApp({ db: database.db, config: testConfig(), clock: () => TODAY });
});
afterAll(async () => {
  await database.close();
});

describe('the public', () => {
  it('lists only public KPIs, whatever the filter asks', async () => {
    const all = KpiList.parse((await request(app).get('/api/v1/kpis')).body);
    expect(all.data.map((k) => k.code)).toEqual(['DSC-01', 'DSC-03', 'ECO-01']);
    const asked = KpiList.parse((await request(app).get('/api/v1/kpis?public=false')).body);
    expect(asked.page.total).toBe(0);
    const searched = KpiList.parse((await request(app).get('/api/v1/kpis?q=approval')).body);
    expect(searched.page.total).toBe(0);
  });

  it('gets 404 for a non-public KPI and its series, as for one that does not exist', async () => {
    for (const path of [
      `/api/v1/kpis/${city.kpis.firstCycle.id}`,
      `/api/v1/kpis/${city.kpis.firstCycle.id}/series`,
    ]) {
      const res = await request(app).get(path);
      expect(res.status).toBe(404);
      expect(res.body.detail).toBe(`There is no KPI ${city.kpis.firstCycle.id}.`);
    }
  });

  it('sees only approved values', async () => {
    const permits = (await request(app).get(`/api/v1/kpis/${city.kpis.permits.id}`)).body;
    expect(permits.performance.latest.periodStart).toBe('2026-09-01');
    const series = (await request(app).get(`/api/v1/kpis/${city.kpis.permits.id}/series`)).body;
    expect(series.points.map((p: { periodStart: string }) => p.periodStart)).toEqual([
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
    ]);

    const staff = (await signedIn(app, database.db, 'council')).agent;
    const seenByStaff = (await staff.get(`/api/v1/kpis/${city.kpis.permits.id}`)).body;
    expect(seenByStaff.performance.latest.periodStart).toBe('2026-10-01');
  });

  it('gets roll-ups of public KPIs only', async () => {
    const plan = PlanOverview.parse((await request(app).get('/api/v1/plans/current')).body);
    expect(plan.rollUp.total).toBe(3);
    expect(plan.rollUp.offTrack).toEqual([city.kpis.turnaround.id]);
    const board = DashboardDetail.parse(
      (await request(app).get('/api/v1/dashboards/development-services-center')).body,
    );
    expect(board.kpis.map((k) => k.code)).toEqual(['DSC-01', 'DSC-03']);
  });

  it('does not see an internal dashboard', async () => {
    await database
      .db('dashboards')
      .insert({ slug: 'internal-board', title: 'Internal', is_public: false });
    expect((await request(app).get('/api/v1/dashboards/internal-board')).status).toBe(404);
    const list = (await request(app).get('/api/v1/dashboards')).body as {
      data: Array<{ slug: string }>;
    };
    expect(list.data.map((d) => d.slug)).toEqual(['development-services-center']);
  });

  it('gets answers a shared cache may keep; a signed-in user’s stay private', async () => {
    const anonymous = await request(app).get('/api/v1/plans/current');
    expect(anonymous.headers['cache-control']).toMatch(/^public, max-age=60/);
    expect(anonymous.headers.vary).toMatch(/Cookie/);
    const staff = (await signedIn(app, database.db, 'budget_office')).agent;
    const privateAnswer = await staff.get('/api/v1/plans/current');
    expect(privateAnswer.headers['cache-control']).toMatch(/^private, max-age=60/);
    expect(privateAnswer.headers.vary).toMatch(/Cookie/);
  });
});
