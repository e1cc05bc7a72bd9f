import { KpiDetail, VersionedAnnotation, type UserRole } from '@civicstat/shared';
import request from 'supertest';
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

const tables = () => dumpTables(database.db, 'annotations', 'audit_log');
const labelsOf = async (kpiId: number) =>
  KpiDetail.parse((await budget.agent.get(`/api/v1/kpis/${kpiId}`)).body).annotations.map(
    (a) => a.label,
  );

describe('who may annotate', () => {
  it('answers 401 to the public and 403 to every role but the budget office', async () => {
    await expectOnlyRoles(
      app,
      users,
      [
        ['post', '/api/v1/annotations'],
        ['patch', '/api/v1/annotations/1'],
        ['post', '/api/v1/annotations/1/archive'],
        ['post', '/api/v1/annotations/1/restore'],
      ],
      ['budget_office'],
    );
    expect((await request(app).get('/api/v1/annotations/1')).status).toBe(401);
  });
});

describe('annotations', () => {
  it.each([
    ['a date that does not exist', { date: '2026-02-30' }, 400, 'body.date'],
    ['a blank label', { label: '' }, 400, 'body.label'],
    ['a KPI id as text', { kpiId: 'DSC-01' }, 400, 'body.kpiId'],
    ['an unknown field', { colour: 'red' }, 400, 'body.colour'],
    ['an unknown KPI', { kpiId: 9999 }, 422, 'body.kpiId'],
  ])('refuses %s, storing nothing', async (_, change, status, path) => {
    const before = await tables();
    const body = { date: '2026-09-15', label: 'Counter hours extended', ...change };
    expectProblem(await send(budget, 'post', '/api/v1/annotations', body), status, path);
    expect(await tables()).toEqual(before);
  });

  it('refuses an archived KPI (422 naming kpiId)', async () => {
    const res = await send(budget, 'post', '/api/v1/annotations', {
      kpiId: city.kpis.archived.id,
      date: '2026-09-15',
      label: 'x',
    });
    expectProblem(res, 422, 'body.kpiId');
  });

  it('annotates a KPI, edits with If-Match, archives and restores, each shown on its chart', async () => {
    const kpiId = city.kpis.turnaround.id;
    const created = await send(budget, 'post', '/api/v1/annotations', {
      kpiId,
      date: '2026-09-15',
      label: 'Counter hours extended',
    });
    expect(created.status).toBe(201);
    const annotation = VersionedAnnotation.parse(created.body);
    expect(await labelsOf(kpiId)).toEqual([
      'COVID-19 closures',
      'New permit system',
      'Counter hours extended',
    ]);

    const url = `/api/v1/annotations/${annotation.id}`;
    const read = await users.council.agent.get(url);
    expect(read.headers.etag).toBe('"1"');
    expect(VersionedAnnotation.parse(read.body)).toEqual(annotation);

    expectProblem(await send(budget, 'patch', url, { label: 'Evening hours' }), 428);
    const edited = await send(budget, 'patch', url, { label: 'Evening hours' }, 1);
    expect(edited.body).toMatchObject({ label: 'Evening hours', version: 2 });

    await send(budget, 'post', `${url}/archive`, undefined, 2);
    expect(await labelsOf(kpiId)).not.toContain('Evening hours');
    expect((await users.council.agent.get(url)).body).toMatchObject({ archived: true, version: 3 });
    await send(budget, 'post', `${url}/restore`, undefined, 3);
    expect(await labelsOf(kpiId)).toContain('Evening hours');
  });
});
