import { AuditList, MeasurementHistory } from '@civicstat/shared';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeDepartment, makeKpi, makeMeasurement } from '../../test/factories';
import { signedIn, type SignedIn } from '../../test/session';
import { change, expectProblem } from '../../test/writes';

const TODAY = new Date('2026-11-25T17:00:00Z');

let database: TestDatabase;
let app: App;
let dscId: number;
let budget: SignedIn;
let head: SignedIn;
let council: SignedIn;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, config: testConfig(), clock: () => TODAY });
  dscId = (await makeDepartment(database.db, { code: 'DSC', name: 'Development Services' })).id;
  budget = await signedIn(app, database.db, 'budget_office');
  head = await signedIn(app, database.db, 'department_head', [dscId]);
  council = await signedIn(app, database.db, 'council');
});
afterAll(async () => {
  await database.close();
});

const url = (kpiId: number, period: string) => `/api/v1/kpis/${kpiId}/measurements/${period}`;
const put = (who: SignedIn, kpiId: number, period: string, body: object, v?: string) =>
  change(who, 'put', url(kpiId, period), body, v);
const kpi = async () => (await makeKpi(database.db, { department_id: dscId })).id;
const stored = (kpiId: number, period: string, value: number, state: string) =>
  makeMeasurement(database.db, kpiId, period, value, { state });

describe('GET /api/v1/audit', () => {
  it('answers the public 401', async () => {
    expectProblem(await request(app).get('/api/v1/audit'), 401);
  });

  it.each([
    ['?id=7', 'query.id'],
    ['?entity=KPI!', 'query.entity'],
    ['?entity=kpi&limit=500', 'query.limit'],
    ['?entity=kpi&colour=red', 'query.colour'],
    ['?kpi=x', 'query.kpi'],
    ['?kpi=7&entity=kpi', 'query.kpi'],
  ])('answers %s with a 400 naming %s', async (query, path) => {
    expectProblem(await council.agent.get(`/api/v1/audit${query}`), 400, path);
  });

  it('lists one thing’s trail newest first, paged, each entry with its actor', async () => {
    const { db } = database;
    await db('audit_log').insert([
      {
        actor_id: null,
        action: 'create',
        entity: 'kpi',
        entity_id: '7001',
        after: JSON.stringify({ name: 'A' }),
        at: new Date('2026-01-01T00:00:00Z'),
      },
      {
        actor_id: budget.user.id,
        action: 'update',
        entity: 'kpi',
        entity_id: '7001',
        before: JSON.stringify({ name: 'A' }),
        after: JSON.stringify({ name: 'B' }),
        at: new Date('2026-02-01T00:00:00Z'),
      },
      {
        actor_id: budget.user.id,
        action: 'update',
        entity: 'kpi',
        entity_id: '7002',
        at: new Date('2026-03-01T00:00:00Z'),
      },
    ]);
    const res = await council.agent.get('/api/v1/audit?entity=kpi&id=7001');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = AuditList.parse(res.body);
    expect(body.page).toEqual({ limit: 50, offset: 0, total: 2 });
    expect(body.data).toEqual([
      {
        id: expect.any(Number),
        actor: { id: budget.user.id, name: expect.any(String), email: budget.user.email },
        action: 'update',
        entity: 'kpi',
        entityId: '7001',
        before: { name: 'A' },
        after: { name: 'B' },
        at: '2026-02-01T00:00:00.000Z',
      },
      expect.objectContaining({
        actor: null,
        action: 'create',
        before: null,
        after: { name: 'A' },
      }),
    ]);
    const second = AuditList.parse(
      (await council.agent.get('/api/v1/audit?entity=kpi&id=7001&limit=1&offset=1')).body,
    );
    expect(second.data.map((e) => e.action)).toEqual(['create']);
    expect(second.page.total).toBe(2);
    const everyKpi = AuditList.parse((await council.agent.get('/api/v1/audit?entity=kpi')).body);
    expect(everyKpi.data.map((e) => e.entityId)).toEqual(['7002', '7001', '7001']);
  });

  it('gives a KPI’s history with ?kpi=: its own records and its targets’, newest first', async () => {
    const { db } = database;
    const [mine, other] = [await kpi(), await kpi()];
    const targetId = async (kpiId: number, fiscalYear: number) =>
      (
        await db('kpi_targets')
          .insert({ kpi_id: kpiId, fiscal_year: fiscalYear, target: 1 })
          .returning('id')
      )[0].id as number;
    const [mineTarget, otherTarget] = [await targetId(mine, 2027), await targetId(other, 2027)];
    const entry = (entity: string, entityId: number, month: number) => ({
      action: 'update',
      entity,
      entity_id: String(entityId),
      at: new Date(Date.UTC(2026, month, 1)),
    });
    await db('audit_log').insert([
      entry('kpi', mine, 0),
      entry('kpi_target', mineTarget, 1),
      entry('kpi', other, 2),
      entry('kpi_target', otherTarget, 3),
      // A record of another kind whose id happens to be the KPI's.
      entry('dataset', mine, 4),
      entry('kpi', mine, 5),
    ]);
    const res = await council.agent.get(`/api/v1/audit?kpi=${mine}&limit=2`);
    expect(res.status).toBe(200);
    const page = AuditList.parse(res.body);
    expect(page.page).toEqual({ limit: 2, offset: 0, total: 3 });
    expect(page.data.map((e) => [e.entity, e.at.slice(0, 7)])).toEqual([
      ['kpi', '2026-06'],
      ['kpi_target', '2026-02'],
    ]);
    const rest = AuditList.parse(
      (await council.agent.get(`/api/v1/audit?kpi=${mine}&limit=2&offset=2`)).body,
    );
    expect(rest.data.map((e) => [e.entity, e.entityId])).toEqual([['kpi', String(mine)]]);
  });

  it('records a change made through the API with who made it', async () => {
    const kpiId = await kpi();
    const created = await put(head, kpiId, '2026-10-01', { value: 3 });
    const res = await council.agent.get(`/api/v1/audit?entity=measurement&id=${created.body.id}`);
    expect(AuditList.parse(res.body).data).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: head.user.id }),
        action: 'create',
        after: expect.objectContaining({ value: 3, state: 'draft', version: 1 }),
        at: TODAY.toISOString(),
      }),
    ]);
  });
});

describe('GET /api/v1/kpis/:id/measurements/:periodStart/history', () => {
  const history = (kpiId: number, period: string) => `${url(kpiId, period)}/history`;

  it('answers 401 to the public and 404 to a period without a value', async () => {
    const kpiId = await kpi();
    expectProblem(await request(app).get(history(kpiId, '2026-10-01')), 401);
    expectProblem(await council.agent.get(history(kpiId, '2026-10-01')), 404);
  });

  it('lists every revision oldest first, with who made it', async () => {
    const kpiId = await kpi();
    const period = '2026-10-01';
    const step = (who: SignedIn, name: string, v: string, body?: object) =>
      change(who, 'post', `${url(kpiId, period)}/${name}`, body, v);
    await put(head, kpiId, period, { value: 1 });
    await put(head, kpiId, period, { value: 2 }, '"1"');
    await step(head, 'submit', '"2"');
    await step(budget, 'return', '"3"', { comment: 'Check the source' });
    await put(head, kpiId, period, { value: 3, note: 'Fixed' }, '"4"');
    await step(head, 'submit', '"5"');
    expect((await step(budget, 'approve', '"6"')).status).toBe(200);

    const res = await council.agent.get(history(kpiId, period));
    expect(res.status).toBe(200);
    const { data } = MeasurementHistory.parse(res.body);
    expect(data.map((r) => [r.version, r.action, r.actor?.id, r.value, r.state])).toEqual([
      [1, 'create', head.user.id, 1, 'draft'],
      [2, 'update', head.user.id, 2, 'draft'],
      [3, 'submit', head.user.id, 2, 'submitted'],
      [4, 'return', budget.user.id, 2, 'returned'],
      [5, 'update', head.user.id, 3, 'returned'],
      [6, 'submit', head.user.id, 3, 'submitted'],
      [7, 'approve', budget.user.id, 3, 'approved'],
    ]);
    expect(data[3]?.reviewComment).toBe('Check the source');
  });

  it('starts a value loaded before the audit trail with the state it was recorded in', async () => {
    const kpiId = await kpi();
    await stored(kpiId, '2026-10-01', 5, 'submitted');
    const only = await council.agent.get(history(kpiId, '2026-10-01'));
    expect(only.body.data).toEqual([
      expect.objectContaining({ version: 1, action: 'recorded', actor: null, value: 5 }),
    ]);
    await put(budget, kpiId, '2026-10-01', { value: 6 }, '"1"');
    const both = await council.agent.get(history(kpiId, '2026-10-01'));
    expect(both.body.data.map((r: { action: string }) => r.action)).toEqual(['recorded', 'update']);
  });
});
