import { KpiDefinition, KpiDetail, KpiList, PlanOverview, type UserRole } from '@civicstat/shared';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeObjective, makeTarget } from '../../test/factories';
import { buildReadCity, TODAY, type ReadCity } from '../../test/readCity';
import { signedIn, type SignedIn } from '../../test/session';
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
/** A second budget officer, for concurrent edits. */
let colleague: SignedIn;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, config: testConfig(), clock: () => TODAY });
  users = await signInEveryRole(app, database.db);
  budget = users.budget_office;
  colleague = await signedIn(app, database.db, 'budget_office');
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await resetCity(database.db);
  city = await buildReadCity(database.db);
});

const kpiUrl = (id: number) => `/api/v1/kpis/${id}`;
const unchangedTables = () => dumpTables(database.db, 'kpis', 'audit_log');

function newKpi(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: 'DSC-09',
    name: 'Inspections within one business day',
    description: 'Share of inspections performed within one business day of the request',
    departmentId: city.departments.dsc.id,
    objectiveId: city.objectives.permitting.id,
    unit: '%',
    displayFormat: 'percent',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'ratio',
    tolerance: 0.05,
    minValue: 0,
    maxValue: 1,
    isPublic: true,
    dataSource: 'Permit system',
    methodology: 'Inspections done within one business day ÷ inspections requested',
    owner: 'Development Services director',
    ...overrides,
  };
}

async function load(who: SignedIn, id: number): Promise<KpiDetail> {
  const res = await who.agent.get(kpiUrl(id));
  expect(res.status).toBe(200);
  return KpiDetail.parse(res.body);
}

describe('who may change KPI definitions', () => {
  it('answers 401 to the public and 403 to every role but the budget office', async () => {
    await expectOnlyRoles(
      app,
      users,
      [
        ['post', '/api/v1/kpis'],
        ['patch', kpiUrl(1)],
        ['post', `${kpiUrl(1)}/archive`],
        ['post', `${kpiUrl(1)}/restore`],
      ],
      ['budget_office'],
    );
  });
});

describe('POST /api/v1/kpis', () => {
  const without = (field: string) => {
    const body = newKpi();
    delete body[field];
    return body;
  };
  const cases: Array<[string, () => unknown, number, string]> = [
    ['a number for a text field', () => newKpi({ code: 12 }), 400, 'body.code'],
    ['a string for a boolean', () => newKpi({ isPublic: 'yes' }), 400, 'body.isPublic'],
    ['a value outside an enumeration', () => newKpi({ direction: 'up' }), 400, 'body.direction'],
    ['a missing required field', () => without('name'), 400, 'body.name'],
    ['a blank name', () => newKpi({ name: '   ' }), 400, 'body.name'],
    ['an unknown field', () => newKpi({ colour: 'red' }), 400, 'body.colour'],
    ['a string where a number belongs', () => newKpi({ tolerance: '0.1' }), 400, 'body.tolerance'],
    ['a string id', () => newKpi({ departmentId: '1' }), 400, 'body.departmentId'],
    ['"NaN"', () => newKpi({ minValue: 'NaN' }), 400, 'body.minValue'],
    ['"Infinity"', () => newKpi({ maxValue: 'Infinity' }), 400, 'body.maxValue'],
    ['a number beyond 1e15', () => newKpi({ maxValue: 2e15 }), 400, 'body.maxValue'],
    ['a number beyond -1e15', () => newKpi({ minValue: -1e16 }), 400, 'body.minValue'],
    ['a tolerance of 1', () => newKpi({ tolerance: 1 }), 400, 'body.tolerance'],
    [
      'bounds the wrong way round',
      () => newKpi({ minValue: 5, maxValue: 1 }),
      400,
      'body.maxValue',
    ],
    ['an id beyond an integer', () => newKpi({ departmentId: 2 ** 31 }), 400, 'body.departmentId'],
    ['a malformed code', () => newKpi({ code: 'dsc 9' }), 400, 'body.code'],
    ['an unknown department', () => newKpi({ departmentId: 9999 }), 422, 'body.departmentId'],
    ['a code already taken', () => newKpi({ code: 'ECO-01' }), 409, 'kpis_code_unique'],
  ];

  it.each(cases)(
    'refuses %s, naming the field, and stores nothing',
    async (_, body, status, path) => {
      const before = await unchangedTables();
      const res = await send(budget, 'post', '/api/v1/kpis', body());
      expectProblem(res, status, path);
      expect(await unchangedTables()).toEqual(before);
    },
  );

  it('refuses an archived objective with a 422 naming it, and stores nothing', async () => {
    const old = await makeObjective(database.db, city.goals.economy.id, {
      number: 9,
      archived_at: new Date(),
    });
    const before = await unchangedTables();
    const res = await send(budget, 'post', '/api/v1/kpis', newKpi({ objectiveId: old.id }));
    expectProblem(res, 422, 'body.objectiveId');
    expect(await unchangedTables()).toEqual(before);
  });

  it.each([
    ['malformed JSON', '{"code": "DSC-09",', 400, undefined],
    [
      'a number JSON cannot hold (1e999)',
      JSON.stringify(newKpiSkeleton()).replace('"MAX"', '1e999'),
      400,
      'body.maxValue',
    ],
    [
      'NaN, which is not JSON',
      JSON.stringify(newKpiSkeleton()).replace('"MAX"', 'NaN'),
      400,
      undefined,
    ],
    ['a 10 MB body', hugeBody(10), 413, undefined],
  ])('refuses %s and stores nothing', async (_, raw, status, path) => {
    const before = await unchangedTables();
    const res = await sendRaw(budget, 'post', '/api/v1/kpis', raw);
    expectProblem(res, status, path);
    expect(await unchangedTables()).toEqual(before);
  });

  it('creates a KPI with every field, version 1, its ETag and an audit record', async () => {
    const res = await send(budget, 'post', '/api/v1/kpis', newKpi());
    expect(res.status).toBe(201);
    const kpi = KpiDefinition.parse(res.body);
    expect(kpi).toEqual({ id: expect.any(Number), ...newKpi(), version: 1, archived: false });
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(kpiUrl(kpi.id));
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await load(budget, kpi.id)).version).toBe(1);
    const audit = await database
      .db('audit_log')
      .where({ entity: 'kpi', entity_id: String(kpi.id) });
    expect(audit).toEqual([
      expect.objectContaining({
        actor_id: budget.user.id,
        action: 'create',
        before: null,
        after: expect.objectContaining({ code: 'DSC-09', version: 1 }),
      }),
    ]);
  });

  it('gives the defaults of the design to fields left out (an operational KPI)', async () => {
    const res = await send(budget, 'post', '/api/v1/kpis', {
      code: 'OPS-02',
      name: 'Fleet fuel use',
      departmentId: city.departments.police.id,
      displayFormat: 'count',
      direction: 'decrease',
      frequency: 'quarterly',
      aggregation: 'sum',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      objectiveId: null,
      tolerance: 0.05,
      isPublic: false,
      minValue: null,
      description: '',
    });
  });
});

/** A KPI body whose maxValue is a placeholder, for raw JSON that no object can express. */
function newKpiSkeleton() {
  return {
    code: 'DSC-10',
    name: 'Raw',
    departmentId: 1,
    displayFormat: 'count',
    direction: 'increase',
    frequency: 'monthly',
    aggregation: 'sum',
    maxValue: 'MAX',
  };
}

describe('PATCH /api/v1/kpis/:id', () => {
  it('answers 428 without If-Match, 400 to a malformed one, 404 to an unknown KPI', async () => {
    const id = city.kpis.satisfaction.id;
    const before = await unchangedTables();
    expectProblem(await send(budget, 'patch', kpiUrl(id), { name: 'New name' }), 428);
    expectProblem(
      await send(budget, 'patch', kpiUrl(id), { name: 'New name' }, 'latest'),
      400,
      'header.If-Match',
    );
    expectProblem(await send(budget, 'patch', kpiUrl(9999), { name: 'x' }, 1), 404);
    expectProblem(await send(budget, 'patch', kpiUrl(0), { name: 'x' }, 1), 400, 'path.id');
    expect(await unchangedTables()).toEqual(before);
  });

  it.each([
    ['an empty change', {}, 'body'],
    ['an unknown field', { colour: 'red' }, 'body.colour'],
    ['a wrong type', { name: 5 }, 'body.name'],
    ['a field that cannot be null', { name: null }, 'body.name'],
    ['a string where a number belongs', { tolerance: '0.5' }, 'body.tolerance'],
    ['"NaN"', { minValue: 'NaN' }, 'body.minValue'],
    ['"Infinity"', { tolerance: 'Infinity' }, 'body.tolerance'],
    ['a number beyond 1e15', { minValue: -2e15 }, 'body.minValue'],
    ['a frequency that does not exist', { frequency: 'weekly' }, 'body.frequency'],
  ])('refuses %s with a 400 naming the field, and changes nothing', async (_, body, path) => {
    const before = await unchangedTables();
    const res = await send(budget, 'patch', kpiUrl(city.kpis.satisfaction.id), body, 1);
    expectProblem(res, 400, path);
    expect(await unchangedTables()).toEqual(before);
  });

  it.each([
    ['malformed JSON', '{"name": ', 400],
    ['a 10 MB body', hugeBody(10), 413],
  ])('refuses %s and changes nothing', async (_, raw, status) => {
    const before = await unchangedTables();
    expectProblem(
      await sendRaw(budget, 'patch', kpiUrl(city.kpis.satisfaction.id), raw, 1),
      status,
    );
    expect(await unchangedTables()).toEqual(before);
  });

  it('lets only the first of two budget officers who loaded the same version save: the second gets 412 with the current KPI', async () => {
    const id = city.kpis.satisfaction.id;
    const [mine, theirs] = await Promise.all([load(budget, id), load(colleague, id)]);
    expect(theirs.version).toBe(mine.version);

    const first = await send(
      budget,
      'patch',
      kpiUrl(id),
      { name: 'Business climate index' },
      `"${mine.version}"`,
    );
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe(`"${mine.version + 1}"`);

    const second = await send(
      colleague,
      'patch',
      kpiUrl(id),
      { name: 'Survey score', tolerance: 0.2 },
      `"${theirs.version}"`,
    );
    expectProblem(second, 412);
    expect(KpiDefinition.parse(second.body.current)).toMatchObject({
      id,
      name: 'Business climate index',
      tolerance: 0.05,
      version: mine.version + 1,
    });

    const stored = await database.db('kpis').where({ id }).first();
    expect(stored).toMatchObject({
      name: 'Business climate index',
      tolerance: 0.05,
      version: mine.version + 1,
    });
    expect(
      await database.db('audit_log').where({ entity: 'kpi', entity_id: String(id) }),
    ).toHaveLength(1);
  });

  it('refuses a new frequency while measurements exist (409 saying why), and allows it without', async () => {
    const before = await unchangedTables();
    const refused = await send(
      budget,
      'patch',
      kpiUrl(city.kpis.satisfaction.id),
      { frequency: 'quarterly' },
      1,
    );
    expectProblem(refused, 409);
    expect(refused.body.detail).toMatch(
      /ECO-01 has 6 measurements recorded monthly; as quarterly they would no longer fall on its periods/,
    );
    expect(await unchangedTables()).toEqual(before);

    const allowed = await send(
      budget,
      'patch',
      kpiUrl(city.kpis.newMeasure.id),
      { frequency: 'quarterly' },
      1,
    );
    expect(allowed.status).toBe(200);
    expect(allowed.body).toMatchObject({ frequency: 'quarterly', version: 2 });
  });

  it('refuses to switch to or from range while targets exist (409)', async () => {
    const res = await send(
      budget,
      'patch',
      kpiUrl(city.kpis.satisfaction.id),
      { direction: 'range' },
      1,
    );
    expectProblem(res, 409);
    expect(res.body.detail).toMatch(
      /2 targets set as single values; with direction range it would need bands/,
    );
    const allowed = await send(
      budget,
      'patch',
      kpiUrl(city.kpis.satisfaction.id),
      { direction: 'decrease' },
      1,
    );
    expect(allowed.status).toBe(200);
  });

  it('refuses bounds that stored values break (409) or that cross the stored ones (422)', async () => {
    const id = city.kpis.satisfaction.id;
    const narrowed = await send(budget, 'patch', kpiUrl(id), { maxValue: 100 }, 1);
    expectProblem(narrowed, 409);
    expect(narrowed.body.detail).toMatch(/1 measurement outside/);
    await database.db('kpis').where({ id }).update({ max_value: 200 });
    expectProblem(
      await send(budget, 'patch', kpiUrl(id), { minValue: 300 }, 1),
      422,
      'body.minValue',
    );
  });

  it('changes only the fields sent, bumps the version and audits before and after', async () => {
    const id = city.kpis.turnaround.id;
    const res = await send(
      budget,
      'patch',
      kpiUrl(id),
      { description: 'Days from intake to decision', isPublic: false },
      1,
    );
    expect(res.status).toBe(200);
    expect(KpiDefinition.parse(res.body)).toMatchObject({
      code: 'DSC-01',
      description: 'Days from intake to decision',
      isPublic: false,
      direction: 'decrease',
      version: 2,
    });
    expect(res.headers.etag).toBe('"2"');
    const [audit] = await database.db('audit_log').where({ entity: 'kpi', entity_id: String(id) });
    expect(audit).toMatchObject({
      action: 'update',
      actor_id: budget.user.id,
      before: expect.objectContaining({ description: '', isPublic: true, version: 1 }),
      after: expect.objectContaining({
        description: 'Days from intake to decision',
        isPublic: false,
        version: 2,
      }),
    });
  });

  it('keeps the version when nothing changes', async () => {
    const res = await send(
      budget,
      'patch',
      kpiUrl(city.kpis.turnaround.id),
      { name: 'Plan review turnaround' },
      1,
    );
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(1);
    expect(await database.db('audit_log')).toHaveLength(0);
  });
});

describe('archiving and restoring a KPI', () => {
  const codes = async () =>
    KpiList.parse((await budget.agent.get('/api/v1/kpis')).body).data.map((k) => k.code);
  const plan = async () =>
    PlanOverview.parse((await budget.agent.get('/api/v1/plans/current')).body);

  it('answers 428 without If-Match and 412 with a stale one, changing nothing', async () => {
    const url = `${kpiUrl(city.kpis.satisfaction.id)}/archive`;
    const before = await unchangedTables();
    expectProblem(await send(budget, 'post', url), 428);
    const stale = await send(budget, 'post', url, undefined, 7);
    expectProblem(stale, 412);
    expect(stale.body.current).toMatchObject({ code: 'ECO-01', version: 1, archived: false });
    expect(await unchangedTables()).toEqual(before);
  });

  it('takes it out of the lists and roll-ups, and brings it back with its history', async () => {
    const id = city.kpis.satisfaction.id;
    const measurements = await dumpTables(database.db, 'measurements', 'kpi_targets');
    expect(await codes()).toContain('ECO-01');
    expect((await plan()).rollUp.total).toBe(6);

    const archived = await send(budget, 'post', `${kpiUrl(id)}/archive`, undefined, 1);
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ archived: true, version: 2 });
    expect(archived.headers.etag).toBe('"2"');
    expect(await codes()).not.toContain('ECO-01');
    const without = await plan();
    expect(without.rollUp.total).toBe(5);
    expect(without.goals.find((g) => g.number === 1)?.kpiCount).toBe(3);
    expect((await load(budget, id)).archived).toBe(true);

    expectProblem(await send(budget, 'post', `${kpiUrl(id)}/archive`, undefined, 2), 409);
    expectProblem(await send(budget, 'patch', kpiUrl(id), { name: 'x' }, 2), 409);

    const restored = await send(budget, 'post', `${kpiUrl(id)}/restore`, undefined, 2);
    expect(restored.body).toMatchObject({ archived: false, version: 3 });
    expect(await codes()).toContain('ECO-01');
    expect((await plan()).rollUp.total).toBe(6);
    const back = await load(budget, id);
    expect(back.performance.latest).toMatchObject({ periodStart: '2026-10-01', value: 110 });
    expect(back.performance.sparkline).toHaveLength(6);
    expect(await dumpTables(database.db, 'measurements', 'kpi_targets')).toEqual(measurements);
    const actions = await database
      .db('audit_log')
      .where({ entity: 'kpi' })
      .orderBy('id')
      .pluck('action');
    expect(actions).toEqual(['archive', 'restore']);
  });

  it('restores a KPI only into a live department (409)', async () => {
    const id = city.kpis.operational.id;
    await send(budget, 'post', `${kpiUrl(id)}/archive`, undefined, 1);
    await database
      .db('departments')
      .where({ id: city.departments.police.id })
      .update({ archived_at: new Date() });
    const res = await send(budget, 'post', `${kpiUrl(id)}/restore`, undefined, 2);
    expectProblem(res, 409);
    expect(res.body.detail).toMatch(/archived department/);
  });
});

describe('the database holds the same rules', () => {
  it('refuses a frequency change under measurements and a target of the wrong kind', async () => {
    const { db } = database;
    await expect(
      db('kpis').where({ id: city.kpis.satisfaction.id }).update({ frequency: 'annual' }),
    ).rejects.toMatchObject({ code: '23514', constraint: 'kpis_frequency_fits_data' });
    await expect(
      makeTarget(db, city.kpis.permits.id, 2026, { low: 1, high: 2 }),
    ).rejects.toMatchObject({ code: '23514', constraint: 'kpi_targets_kind_matches_direction' });
  });
});
