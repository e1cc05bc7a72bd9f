import {
  BulkTargetsResult,
  KpiDetail,
  KpiTarget,
  KpiTargetList,
  KpiTargetPage,
  type UserRole,
} from '@civicstat/shared';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeKpi, makeTarget } from '../../test/factories';
import { buildReadCity, TODAY, type ReadCity } from '../../test/readCity';
import type { SignedIn } from '../../test/session';
import {
  dumpTables,
  expectOnlyRoles,
  hugeBody,
  resetCity,
  send,
  sendRaw,
  signInEveryRole,
} from '../../test/versionedWrites';
import { expectProblem } from '../../test/writes';

let database: TestDatabase;
let app: App;
let city: ReadCity;
let users: Record<UserRole, SignedIn>;
let budget: SignedIn;
/** A `range` KPI (on track inside a band) with no target yet. */
let band: { id: number };

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
  band = await makeKpi(database.db, {
    code: 'WTR-01',
    department_id: city.departments.police.id,
    direction: 'range',
    aggregation: 'mean',
  });
});

const targetUrl = (id: number, fy: number | string) => `/api/v1/kpis/${id}/targets/${fy}`;
const unchangedTables = () => dumpTables(database.db, 'kpi_targets', 'audit_log');

describe('who may set targets', () => {
  it('answers 401 to the public and 403 to every role but the budget office', async () => {
    await expectOnlyRoles(
      app,
      users,
      [
        ['put', targetUrl(1, 2027)],
        ['put', `${targetUrl(1, 2027)}/periods/2026-07-01`],
        ['put', '/api/v1/targets/2027'],
      ],
      ['budget_office'],
    );
    expect((await request(app).get(`/api/v1/kpis/1/targets`)).status).toBe(401);
  });
});

describe('PUT /api/v1/kpis/:id/targets/:fiscalYear', () => {
  const permits = () => city.kpis.permits.id;
  const cases: Array<[string, () => string, unknown, number, string | undefined]> = [
    ['a string target', () => targetUrl(permits(), 2028), { target: '100' }, 400, 'body.target'],
    ['a boolean target', () => targetUrl(permits(), 2028), { target: true }, 400, 'body.target'],
    ['no target at all', () => targetUrl(permits(), 2028), {}, 400, 'body.target'],
    [
      'an unknown field',
      () => targetUrl(permits(), 2028),
      { target: 1, note: 'x' },
      400,
      'body.note',
    ],
    ['"NaN"', () => targetUrl(permits(), 2028), { target: 'NaN' }, 400, 'body.target'],
    ['"Infinity"', () => targetUrl(permits(), 2028), { target: 'Infinity' }, 400, 'body.target'],
    [
      'a number beyond 1e15',
      () => targetUrl(permits(), 2028),
      { target: 1e16 },
      400,
      'body.target',
    ],
    [
      'a bound beyond -1e15',
      () => targetUrl(band.id, 2028),
      { low: -2e15, high: 0 },
      400,
      'body.low',
    ],
    [
      'a value and a band at once',
      () => targetUrl(band.id, 2028),
      { target: 1, low: 0, high: 2 },
      400,
      'body.target',
    ],
    ['a band without its high', () => targetUrl(band.id, 2028), { low: 1 }, 400, 'body.high'],
    ['a band upside down', () => targetUrl(band.id, 2028), { low: 3, high: 1 }, 400, 'body.low'],
    [
      'a fiscal year that is not a number',
      () => targetUrl(permits(), 'next'),
      { target: 1 },
      400,
      'path.fiscalYear',
    ],
    ['a malformed KPI id', () => targetUrl(-1, 2028), { target: 1 }, 400, 'path.id'],
    [
      'a band for a KPI that is not a range KPI',
      () => targetUrl(permits(), 2028),
      { low: 1, high: 2 },
      422,
      'body.low',
    ],
    [
      'a single value for a range KPI',
      () => targetUrl(band.id, 2028),
      { target: 2 },
      422,
      'body.target',
    ],
    [
      'a fiscal year after the plan (FY2017–FY2030)',
      () => targetUrl(permits(), 2031),
      { target: 1 },
      422,
      'path.fiscalYear',
    ],
    [
      'a fiscal year before the plan',
      () => targetUrl(permits(), 2016),
      { target: 1 },
      422,
      'path.fiscalYear',
    ],
    [
      'an archived KPI',
      () => targetUrl(city.kpis.archived.id, 2028),
      { target: 1 },
      409,
      undefined,
    ],
    ['an unknown KPI', () => targetUrl(9999, 2028), { target: 1 }, 404, undefined],
  ];

  it.each(cases)(
    'refuses %s with a problem naming the field, storing nothing',
    async (_, url, body, status, path) => {
      const before = await unchangedTables();
      expectProblem(await send(budget, 'put', url(), body), status, path);
      expect(await unchangedTables()).toEqual(before);
    },
  );

  it.each([
    ['malformed JSON', '{"target": 1', 400],
    ['a number JSON cannot hold', '{"target": 1e999}', 400],
    ['a 10 MB body', hugeBody(10), 413],
  ])('refuses %s, storing nothing', async (_, raw, status) => {
    const before = await unchangedTables();
    expectProblem(await sendRaw(budget, 'put', targetUrl(city.kpis.permits.id, 2028), raw), status);
    expect(await unchangedTables()).toEqual(before);
  });

  it('explains why an archived KPI takes no target', async () => {
    const res = await send(budget, 'put', targetUrl(city.kpis.archived.id, 2028), { target: 1 });
    expect(res.body.detail).toBe('KPI OLD-01 is archived: restore it before setting its targets.');
  });

  it('sets a first target without If-Match, then needs the version to replace it', async () => {
    const url = targetUrl(city.kpis.permits.id, 2028);
    const created = await send(budget, 'put', url, { target: 1300 });
    expect(created.status).toBe(200);
    expect(KpiTarget.parse(created.body)).toMatchObject({
      kpiId: city.kpis.permits.id,
      fiscalYear: 2028,
      periodStart: null,
      target: { value: 1300 },
      version: 1,
    });
    expect(created.headers.etag).toBe('"1"');

    const before = await unchangedTables();
    expectProblem(await send(budget, 'put', url, { target: 1400 }), 428);
    const stale = await send(budget, 'put', url, { target: 1400 }, 5);
    expectProblem(stale, 412);
    expect(stale.body.current).toMatchObject({ target: { value: 1300 }, version: 1 });
    expect(await unchangedTables()).toEqual(before);

    const replaced = await send(budget, 'put', url, { target: 1400 }, 1);
    expect(replaced.body).toMatchObject({ target: { value: 1400 }, version: 2 });
    expect(replaced.headers.etag).toBe('"2"');
    const audit = await database.db('audit_log').where({ entity: 'kpi_target' }).orderBy('id');
    expect(audit.map((a) => [a.action, a.actor_id, a.before?.target, a.after.target])).toEqual([
      ['create', budget.user.id, undefined, { value: 1300 }],
      ['update', budget.user.id, { value: 1300 }, { value: 1400 }],
    ]);

    const same = await send(budget, 'put', url, { target: 1400 }, 2);
    expect(same.body.version).toBe(2);
  });

  it('refuses If-Match for a target that does not exist yet (412)', async () => {
    expectProblem(
      await send(budget, 'put', targetUrl(city.kpis.permits.id, 2029), { target: 1 }, 1),
      412,
    );
  });

  it('sets a band for a range KPI, shown with the KPI', async () => {
    const res = await send(budget, 'put', targetUrl(band.id, 2027), { low: 2, high: 3.5 });
    expect(res.body).toMatchObject({ target: { low: 2, high: 3.5 }, version: 1 });
    const kpi = KpiDetail.parse((await budget.agent.get(`/api/v1/kpis/${band.id}`)).body);
    expect(kpi.targets).toEqual([
      { fiscalYear: 2027, target: { low: 2, high: 3.5 }, periodOverrides: [] },
    ]);
  });
});

describe('PUT /api/v1/kpis/:id/targets/:fiscalYear/periods/:periodStart', () => {
  const periodUrl = (start: string) =>
    `${targetUrl(city.kpis.satisfaction.id, 2027)}/periods/${start}`;

  it.each([
    ['a date that is not one', '2026-13-01', 400],
    ['a day that starts no period of the KPI', '2026-10-15', 422],
    ['a period of another fiscal year', '2027-07-01', 422],
  ])('refuses %s, naming path.periodStart', async (_, start, status) => {
    const before = await unchangedTables();
    expectProblem(
      await send(budget, 'put', periodUrl(start), { target: 95 }),
      status,
      'path.periodStart',
    );
    expect(await unchangedTables()).toEqual(before);
  });

  it('overrides one period’s target, which the KPI then shows under its year', async () => {
    const res = await send(budget, 'put', periodUrl('2026-10-01'), { target: 120 });
    expect(res.body).toMatchObject({
      periodStart: '2026-10-01',
      target: { value: 120 },
      version: 1,
    });
    const kpi = KpiDetail.parse(
      (await budget.agent.get(`/api/v1/kpis/${city.kpis.satisfaction.id}`)).body,
    );
    expect(kpi.targets.find((t) => t.fiscalYear === 2027)?.periodOverrides).toEqual([
      { periodStart: '2026-10-01', target: { value: 120 } },
    ]);
    expect(kpi.performance.latest?.target).toEqual({ value: 120 });
  });
});

describe('GET /api/v1/kpis/:id/targets', () => {
  it('lists a KPI’s stored targets with their versions, and 404 for an unknown KPI', async () => {
    const res = await budget.agent.get(`/api/v1/kpis/${city.kpis.satisfaction.id}/targets`);
    expect(
      KpiTargetList.parse(res.body).data.map((t) => [t.fiscalYear, t.target, t.version]),
    ).toEqual([
      [2026, { value: 90 }, 1],
      [2027, { value: 100 }, 1],
    ]);
    expectProblem(await budget.agent.get('/api/v1/kpis/9999/targets'), 404);
  });
});

describe('GET /api/v1/targets/:fiscalYear', () => {
  it('lists every KPI’s targets for the year, with their versions, to signed-in users', async () => {
    await makeTarget(database.db, band.id, 2027, { low: 4, high: 6 });
    // One period's own target for October.
    await database.db('kpi_targets').insert({
      kpi_id: city.kpis.satisfaction.id,
      fiscal_year: 2027,
      period_start: '2026-10-01',
      target: 95,
    });
    const res = await budget.agent.get('/api/v1/targets/2027');
    expect(res.status).toBe(200);
    const { data: list, page } = KpiTargetPage.parse(res.body);
    expect(list.every((t) => t.fiscalYear === 2027)).toBe(true);
    const stored = await database.db('kpi_targets').where({ fiscal_year: 2027 }).count({ n: '*' });
    expect(page).toEqual({ limit: 1000, offset: 0, total: Number(stored[0]?.n) });
    expect(list).toHaveLength(page.total);
    expect(list.find((t) => t.kpiId === city.kpis.satisfaction.id)).toMatchObject({
      target: { value: 100 },
      version: 1,
      periodStart: null,
    });
    expect(list.find((t) => t.kpiId === band.id)?.target).toEqual({ low: 4, high: 6 });
    expect(list.some((t) => t.periodStart === '2026-10-01')).toBe(true);
    // Only the year's own targets, for the bulk page.
    const yearly = KpiTargetPage.parse(
      (await budget.agent.get('/api/v1/targets/2027?overrides=exclude')).body,
    );
    expect(yearly.data).toEqual(list.filter((t) => t.periodStart === null));
    expect(yearly.page.total).toBe(page.total - 1);
    // Paged by KPI id.
    const second = KpiTargetPage.parse(
      (await budget.agent.get('/api/v1/targets/2027?limit=1&offset=1')).body,
    );
    expect(second.data).toEqual([list[1]]);
    expect(second.page.total).toBe(page.total);
    expect(KpiTargetPage.parse((await budget.agent.get('/api/v1/targets/2031')).body).data).toEqual(
      [],
    );
    expect((await request(app).get('/api/v1/targets/2027')).status).toBe(401);
    expectProblem(await budget.agent.get('/api/v1/targets/27'), 400);
    expectProblem(await budget.agent.get('/api/v1/targets/2027?limit=5000'), 400, 'query.limit');
    expectProblem(
      await budget.agent.get('/api/v1/targets/2027?overrides=some'),
      400,
      'query.overrides',
    );
  });
});

describe('PUT /api/v1/targets/:fiscalYear', () => {
  const bulk = (fy: number, targets: unknown) =>
    send(budget, 'put', `/api/v1/targets/${fy}`, { targets });

  it.each([
    ['no list', undefined, 'body.targets'],
    ['an empty list', [], 'body.targets'],
    [
      'a string target',
      [
        { kpiId: 1, target: 5 },
        { kpiId: 2, target: 'x' },
      ],
      'body.targets.1.target',
    ],
    ['an unknown field', [{ kpiId: 1, target: 5, note: 'x' }], 'body.targets.0.note'],
    ['a row without a KPI', [{ target: 5 }], 'body.targets.0.kpiId'],
    ['a number beyond 1e15', [{ kpiId: 1, target: -1e16 }], 'body.targets.0.target'],
  ])(
    'refuses %s with a 400 naming the row and field, storing nothing',
    async (_, targets, path) => {
      const before = await unchangedTables();
      expectProblem(await bulk(2028, targets), 400, path);
      expect(await unchangedTables()).toEqual(before);
    },
  );

  it('refuses the whole request when any row is bad, naming every bad row, storing nothing', async () => {
    const before = await unchangedTables();
    const res = await bulk(2028, [
      { kpiId: city.kpis.permits.id, target: 1300 },
      { kpiId: city.kpis.turnaround.id, low: 8, high: 10 },
      { kpiId: 9999, target: 1 },
      { kpiId: city.kpis.archived.id, target: 1 },
      { kpiId: city.kpis.permits.id, target: 1400 },
      { kpiId: band.id, target: 3 },
    ]);
    expectProblem(res, 422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'body.targets.1.low',
      'body.targets.2.kpiId',
      'body.targets.3.kpiId',
      'body.targets.4.kpiId',
      'body.targets.5.target',
    ]);
    expect(res.body.detail).toBe('5 of 6 targets cannot be set; none was stored.');
    expect(await unchangedTables()).toEqual(before);
  });

  it('refuses a fiscal year outside the plan, naming path.fiscalYear', async () => {
    expectProblem(
      await bulk(2040, [{ kpiId: city.kpis.permits.id, target: 1 }]),
      422,
      'path.fiscalYear',
    );
  });

  it('needs the version of every target it replaces, and refuses stale ones (412), storing nothing', async () => {
    const satisfaction = city.kpis.satisfaction.id;
    const before = await unchangedTables();
    expectProblem(
      await bulk(2027, [
        { kpiId: satisfaction, target: 105 },
        { kpiId: band.id, low: 1, high: 2 },
      ]),
      422,
      'body.targets.0.version',
    );
    expectProblem(
      await bulk(2027, [{ kpiId: band.id, low: 1, high: 2, version: 1 }]),
      422,
      'body.targets.0.version',
    );
    const stale = await bulk(2027, [
      { kpiId: band.id, low: 1, high: 2 },
      { kpiId: satisfaction, target: 105, version: 3 },
    ]);
    expectProblem(stale, 412);
    expect(stale.body.current).toEqual([
      expect.objectContaining({ kpiId: satisfaction, version: 1 }),
    ]);
    expect(await unchangedTables()).toEqual(before);
  });

  it('sets every row in one go, in order, each audited', async () => {
    const res = await bulk(2027, [
      { kpiId: city.kpis.newMeasure.id, target: 8 },
      { kpiId: band.id, low: 1, high: 2 },
      { kpiId: city.kpis.satisfaction.id, target: 105, version: 1 },
    ]);
    expect(res.status).toBe(200);
    const body = BulkTargetsResult.parse(res.body);
    expect(body.targets.map((t) => [t.kpiId, t.target, t.version])).toEqual([
      [city.kpis.newMeasure.id, { value: 8 }, 1],
      [band.id, { low: 1, high: 2 }, 1],
      [city.kpis.satisfaction.id, { value: 105 }, 2],
    ]);
    const actions = await database
      .db('audit_log')
      .where({ entity: 'kpi_target' })
      .orderBy('id')
      .pluck('action');
    expect(actions).toEqual(['create', 'create', 'update']);
  });
});

describe('the database holds the same rules', () => {
  it('refuses a target for an archived KPI even when the API is bypassed', async () => {
    await expect(makeTarget(database.db, city.kpis.archived.id, 2028, 1)).rejects.toMatchObject({
      code: '23514',
      constraint: 'kpi_targets_kpi_not_archived',
    });
  });
});
