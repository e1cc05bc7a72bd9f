import { PeriodLock, PeriodLockList } from '@civicstat/shared';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeDepartment, makeKpi, makeMeasurement } from '../../test/factories';
import { signedIn, type SignedIn } from '../../test/session';
import { change, dump, expectProblem } from '../../test/writes';

const TODAY = new Date('2026-11-25T17:00:00Z');

let database: TestDatabase;
let app: App;
let dscId: number;
let budget: SignedIn;
let head: SignedIn;
let council: SignedIn;
let admin: SignedIn;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, config: testConfig(), clock: () => TODAY });
  dscId = (await makeDepartment(database.db, { code: 'DSC', name: 'Development Services' })).id;
  budget = await signedIn(app, database.db, 'budget_office');
  head = await signedIn(app, database.db, 'department_head', [dscId]);
  council = await signedIn(app, database.db, 'council');
  admin = await signedIn(app, database.db, 'admin');
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.db('period_locks').delete();
});

const lock = (body: object, who = budget) => change(who, 'post', '/api/v1/period-locks', body);
const unlock = (id: number | string, who = budget) =>
  change(who, 'delete', `/api/v1/period-locks/${id}`);
const lastAudit = () => database.db('audit_log').orderBy('id', 'desc').first();

describe('POST /api/v1/period-locks', () => {
  it('answers the public 401 and everyone but the budget office 403', async () => {
    expectProblem(await request(app).post('/api/v1/period-locks').send({ fiscalYear: 2025 }), 401);
    for (const who of [council, head, admin])
      expectProblem(await lock({ fiscalYear: 2025 }, who), 403);
    expect(await dump(database.db, 'period_locks')).toEqual([]);
  });

  it.each([
    ['no fiscal year', 'body.fiscalYear', {}],
    ['a fiscal year as text', 'body.fiscalYear', { fiscalYear: '2025' }],
    ['a fiscal year before 2000', 'body.fiscalYear', { fiscalYear: 1999 }],
    ['quarter 5', 'body.quarter', { fiscalYear: 2025, quarter: 5 }],
    ['quarter 1.5', 'body.quarter', { fiscalYear: 2025, quarter: 1.5 }],
    ['a reason of 1001 characters', 'body.reason', { fiscalYear: 2025, reason: 'x'.repeat(1001) }],
    ['an unknown field', 'body.month', { fiscalYear: 2025, month: 3 }],
  ])('answers %s with a 400 naming %s', async (_name, path, body) => {
    expectProblem(await lock(body), 400, path);
    expect(await dump(database.db, 'period_locks')).toEqual([]);
  });

  it('locks a quarter of the fiscal year, audited, and refuses to lock it twice (409)', async () => {
    const res = await lock({ fiscalYear: 2025, quarter: 4, reason: 'Closed for the audit' });
    expect(res.status).toBe(201);
    const created = PeriodLock.parse(res.body);
    expect(created).toEqual({
      id: expect.any(Number),
      fiscalYear: 2025,
      quarter: 4,
      label: 'FY2025 Q4',
      startsOn: '2025-04-01',
      endsOn: '2025-06-30',
      reason: 'Closed for the audit',
      lockedBy: { id: budget.user.id, name: expect.any(String), email: budget.user.email },
      lockedAt: TODAY.toISOString(),
    });
    expect(await lastAudit()).toMatchObject({
      actor_id: budget.user.id,
      action: 'lock',
      entity: 'period_lock',
      entity_id: String(created.id),
      after: expect.objectContaining({ label: 'FY2025 Q4' }),
    });
    const again = await lock({ fiscalYear: 2025, quarter: 4 });
    expectProblem(again, 409);
    expect(again.body.detail).toBe('FY2025 Q4 is already locked.');
  });
});

describe('GET /api/v1/period-locks', () => {
  it('answers the public 401', async () => {
    expectProblem(await request(app).get('/api/v1/period-locks'), 401);
  });

  it('lists locks to any signed-in user, latest year first, a year before its quarters', async () => {
    for (const body of [
      { fiscalYear: 2024 },
      { fiscalYear: 2025, quarter: 2 },
      { fiscalYear: 2025 },
    ]) {
      expect((await lock(body)).status).toBe(201);
    }
    const res = await council.agent.get('/api/v1/period-locks');
    expect(res.status).toBe(200);
    const body = PeriodLockList.parse(res.body);
    expect(body.data.map((l) => l.label)).toEqual(['FY2025', 'FY2025 Q2', 'FY2024']);
    expect(body.page).toEqual({ limit: 100, offset: 0, total: 3 });
  });
});

describe('DELETE /api/v1/period-locks/:id', () => {
  it('answers 401, 403, 400 and 404 as it should', async () => {
    const { id } = (await lock({ fiscalYear: 2025 })).body as PeriodLock;
    expectProblem(await request(app).delete(`/api/v1/period-locks/${id}`), 401);
    expectProblem(await unlock(id, council), 403);
    expectProblem(await unlock(id, head), 403);
    expectProblem(await unlock('abc'), 400, 'path.id');
    expectProblem(await unlock(999999), 404);
    expect(await database.db('period_locks').pluck('id')).toEqual([id]);
  });

  it('unlocks, audited with what the lock was', async () => {
    const { id } = (await lock({ fiscalYear: 2025, quarter: 1 })).body as PeriodLock;
    const res = await unlock(id);
    expect(res.status).toBe(204);
    expect(await dump(database.db, 'period_locks')).toEqual([]);
    expect(await lastAudit()).toMatchObject({
      action: 'unlock',
      entity_id: String(id),
      before: expect.objectContaining({ label: 'FY2025 Q1' }),
      after: null,
    });
  });
});

describe('a locked period', () => {
  const url = (kpiId: number, period: string) => `/api/v1/kpis/${kpiId}/measurements/${period}`;
  const put = (kpiId: number, period: string, value: number, v?: string) =>
    change(budget, 'put', url(kpiId, period), { value }, v);

  it('refuses every change to its values (409 naming the lock) until it is unlocked', async () => {
    const monthly = (await makeKpi(database.db, { department_id: dscId })).id;
    await makeMeasurement(database.db, monthly, '2025-04-01', 1, { state: 'submitted' });
    await makeMeasurement(database.db, monthly, '2025-05-01', 1, { state: 'draft' });
    await makeMeasurement(database.db, monthly, '2025-06-01', 1, { state: 'approved' });
    const q4 = (await lock({ fiscalYear: 2025, quarter: 4, reason: 'Audit' })).body as PeriodLock;
    const before = await dump(database.db, 'measurements');

    const refused = [
      await put(monthly, '2025-05-01', 2, '"1"'),
      await put(monthly, '2025-06-01', 1, '"1"'),
      await change(head, 'post', `${url(monthly, '2025-05-01')}/submit`, undefined, '"1"'),
      await change(budget, 'post', `${url(monthly, '2025-04-01')}/approve`, undefined, '"1"'),
      await change(budget, 'post', `${url(monthly, '2025-04-01')}/return`, { comment: 'x' }, '"1"'),
      await change(budget, 'post', `${url(monthly, '2025-06-01')}/reopen`, { reason: 'x' }, '"1"'),
    ];
    for (const res of refused) {
      expectProblem(res, 409);
      expect(res.body.detail).toMatch(/^FY2025 Q4 is locked by the budget office/);
      expect(res.body.lock).toEqual({
        id: q4.id,
        fiscalYear: 2025,
        quarter: 4,
        label: 'FY2025 Q4',
      });
    }
    expectProblem(await put(monthly, '2025-04-15', 2), 422, 'path.periodStart');
    expect(await dump(database.db, 'measurements')).toEqual(before);

    expect((await put(monthly, '2025-03-01', 5)).status).toBe(200);
    await unlock(q4.id);
    expect((await put(monthly, '2025-05-01', 2, '"1"')).body).toMatchObject({
      value: 2,
      version: 2,
    });
  });

  it('covers a year’s own value only when the whole year is locked', async () => {
    const annual = (await makeKpi(database.db, { department_id: dscId, frequency: 'annual' })).id;
    await lock({ fiscalYear: 2025, quarter: 4 });
    expect((await put(annual, '2024-07-01', 1)).status).toBe(200);
    await lock({ fiscalYear: 2025 });
    const res = await put(annual, '2024-07-01', 2, '"1"');
    expectProblem(res, 409);
    expect(res.body.detail).toMatch(/^FY2025 is locked by the budget office/);
  });
});
