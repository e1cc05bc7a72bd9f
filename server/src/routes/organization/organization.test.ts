import {
  DashboardDetail,
  DashboardList,
  DepartmentDetail,
  DepartmentList,
} from '@civicstat/shared';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { signedIn, type SignedIn } from '../../test/session';
import { buildReadCity, TODAY, type ReadCity } from '../../test/readCity';

let database: TestDatabase;
let app: App;
let city: ReadCity;
/** Council members see every KPI and every value; the public tests are in public.test.ts. */
let staff: SignedIn['agent'];

beforeAll(async () => {
  database = await openTestDatabase();
  city = await buildReadCity(database.db);
  app = createApp({ db: database.db, config: testConfig(), clock: () => TODAY });
  staff = (await signedIn(app, database.db, 'council')).agent;
});
afterAll(async () => {
  await database.close();
});

describe('GET /api/v1/departments', () => {
  it('lists departments by name with the roll-up of all their live KPIs', async () => {
    const list = DepartmentList.parse((await staff.get('/api/v1/departments')).body);
    expect(
      list.data.map((d) => [d.code, d.kpiCount, d.rollUp.counts.off_track, d.rollUp.shareOnTrack]),
    ).toEqual([
      ['DSC', 4, 2, 0.5],
      ['PD', 3, 0, null],
    ]);
  });

  it('serves a department’s scorecard, and 404 for an unknown one', async () => {
    const res = await staff.get(`/api/v1/departments/${city.departments.police.id}`);
    const department = DepartmentDetail.parse(res.body);
    expect(department.kpis.map((k) => [k.code, k.performance.status])).toEqual([
      ['OPS-01', 'no_data'],
      ['PD-01', 'no_data'],
      ['PD-02', 'no_target'],
    ]);
    expect((await staff.get('/api/v1/departments/9999')).status).toBe(404);
  });
});

describe('GET /api/v1/dashboards', () => {
  it('lists dashboards with their roll-up', async () => {
    const list = DashboardList.parse((await staff.get('/api/v1/dashboards')).body);
    expect(list.data).toEqual([
      {
        id: city.board.id,
        slug: 'development-services-center',
        title: 'Development Services Center',
        description: '',
        kpiCount: 3,
        rollUp: {
          total: 3,
          counts: { on_track: 1, at_risk: 0, off_track: 2, no_target: 0, no_data: 0 },
          shareOnTrack: 1 / 3,
          offTrack: [city.kpis.turnaround.id, city.kpis.firstCycle.id],
        },
      },
    ]);
  });

  it('serves a dashboard by slug or id with its KPIs in the curator’s order', async () => {
    for (const key of ['development-services-center', String(city.board.id)]) {
      const board = DashboardDetail.parse((await staff.get(`/api/v1/dashboards/${key}`)).body);
      expect(board.kpis.map((k) => k.code)).toEqual(['DSC-01', 'DSC-03', 'DSC-02']);
    }
  });

  it('answers 404 for an unknown dashboard and 400 for a malformed key', async () => {
    expect((await staff.get('/api/v1/dashboards/nope')).status).toBe(404);
    const bad = await staff.get('/api/v1/dashboards/Not_A_Slug');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('path.slugOrId');
  });
});
