import { Dashboard, DashboardDetail, DashboardList, type UserRole } from '@civicstat/shared';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { buildReadCity, TODAY, type ReadCity } from '../../test/readCity';
import type { SignedIn } from '../../test/session';
import {
  dumpTables,
  expectOnlyRoles,
  resetCity,
  send,
  signInEveryRole,
} from '../../test/versionedWrites';
import { expectProblem } from '../../test/writes';

let database: TestDatabase;
let app: App;
let city: ReadCity;
let users: Record<UserRole, SignedIn>;
let budget: SignedIn;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, config: testConfig(), clock: () => TODAY });
  users = await signInEveryRole(app, database.db);
  budget = users.budget_office;
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await resetCity(database.db);
  city = await buildReadCity(database.db);
});

const tables = () => dumpTables(database.db, 'dashboards', 'dashboard_kpis', 'audit_log');
const board = async (slug: string) =>
  DashboardDetail.parse((await budget.agent.get(`/api/v1/dashboards/${slug}`)).body);

describe('who may curate dashboards', () => {
  it('answers 401 to the public and 403 to every role but the budget office', async () => {
    await expectOnlyRoles(
      app,
      users,
      [
        ['post', '/api/v1/dashboards'],
        ['patch', '/api/v1/dashboards/1'],
        ['post', '/api/v1/dashboards/1/archive'],
        ['post', '/api/v1/dashboards/1/restore'],
      ],
      ['budget_office'],
    );
  });
});

describe('POST /api/v1/dashboards', () => {
  it.each([
    ['a slug with spaces', { slug: 'Police board' }, 400, 'body.slug'],
    ['a KPI listed twice', { kpiIds: [1, 1] }, 400, 'body.kpiIds'],
    ['a KPI id as text', { kpiIds: ['1'] }, 400, 'body.kpiIds.0'],
    ['an unknown KPI', { kpiIds: [1, 9999] }, 422, 'body.kpiIds.1'],
    ['a slug already taken', { slug: 'development-services-center' }, 409, undefined],
  ])('refuses %s, storing nothing', async (_, change, status, path) => {
    const before = await tables();
    const body = { slug: 'police', title: 'Police', ...change };
    expectProblem(await send(budget, 'post', '/api/v1/dashboards', body), status, path);
    expect(await tables()).toEqual(before);
  });

  it('refuses an archived KPI, naming its place in the list', async () => {
    const res = await send(budget, 'post', '/api/v1/dashboards', {
      slug: 'police',
      title: 'Police',
      kpiIds: [city.kpis.newMeasure.id, city.kpis.archived.id],
    });
    expectProblem(res, 422, 'body.kpiIds.1');
  });

  it('creates a board with its KPIs in order', async () => {
    const { newMeasure, staleMeasure } = city.kpis;
    const res = await send(budget, 'post', '/api/v1/dashboards', {
      slug: 'police',
      title: 'Police',
      isPublic: false,
      kpiIds: [staleMeasure.id, newMeasure.id],
    });
    expect(res.status).toBe(201);
    expect(Dashboard.parse(res.body)).toMatchObject({
      kpiIds: [staleMeasure.id, newMeasure.id],
      version: 1,
    });
    const detail = await board('police');
    expect(detail).toMatchObject({ isPublic: false, version: 1 });
    expect(detail.kpis.map((k) => k.code)).toEqual(['PD-02', 'PD-01']);
  });
});

describe('changing a board', () => {
  it('reorders its KPIs as a new version, audited, and keeps the version when nothing changes', async () => {
    const { turnaround, permits, firstCycle } = city.kpis;
    const url = `/api/v1/dashboards/${city.board.id}`;
    expectProblem(await send(budget, 'patch', url, { kpiIds: [] }), 428);
    const res = await send(budget, 'patch', url, { kpiIds: [firstCycle.id, turnaround.id] }, 1);
    expect(res.body).toMatchObject({ kpiIds: [firstCycle.id, turnaround.id], version: 2 });
    expect(res.headers.etag).toBe('"2"');
    expect((await board('development-services-center')).kpis.map((k) => k.code)).toEqual([
      'DSC-02',
      'DSC-01',
    ]);
    const [audit] = await database.db('audit_log').where({ entity: 'dashboard' });
    expect(audit.before.kpiIds).toEqual([turnaround.id, permits.id, firstCycle.id]);
    expect(audit.after.kpiIds).toEqual([firstCycle.id, turnaround.id]);

    const same = await send(budget, 'patch', url, { kpiIds: [firstCycle.id, turnaround.id] }, 2);
    expect(same.body.version).toBe(2);
  });

  it('archives a board out of the list and restores it', async () => {
    const url = `/api/v1/dashboards/${city.board.id}`;
    const list = async () =>
      DashboardList.parse((await budget.agent.get('/api/v1/dashboards')).body).data.length;
    expect((await send(budget, 'post', `${url}/archive`, undefined, 1)).body.archived).toBe(true);
    expect(await list()).toBe(0);
    expect((await board('development-services-center')).archived).toBe(true);
    expect((await send(budget, 'post', `${url}/restore`, undefined, 2)).body.version).toBe(3);
    expect(await list()).toBe(1);
  });
});
