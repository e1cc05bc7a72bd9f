import { Measurement } from '@civicstat/shared';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeDepartment, makeKpi, makeMeasurement } from '../../test/factories';
import { signedIn, type SignedIn } from '../../test/session';
import { auditCount, change, dump, expectProblem } from '../../test/writes';

/** The city's today is 2026-11-25: FY2027 Q2 with a July fiscal year. */
const TODAY = new Date('2026-11-25T17:00:00Z');

let database: TestDatabase;
let app: App;
let dscId: number;
let budget: SignedIn;
let budget2: SignedIn;
let head: SignedIn;
let otherHead: SignedIn;
let council: SignedIn;
let admin: SignedIn;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, config: testConfig(), clock: () => TODAY });
  const { db } = database;
  dscId = (await makeDepartment(db, { code: 'DSC', name: 'Development Services' })).id;
  const policeId = (await makeDepartment(db, { code: 'PD', name: 'Police' })).id;
  budget = await signedIn(app, db, 'budget_office');
  budget2 = await signedIn(app, db, 'budget_office');
  head = await signedIn(app, db, 'department_head', [dscId]);
  otherHead = await signedIn(app, db, 'department_head', [policeId]);
  council = await signedIn(app, db, 'council');
  admin = await signedIn(app, db, 'admin');
});
afterAll(async () => {
  await database.close();
});

const url = (kpiId: number, period: string) => `/api/v1/kpis/${kpiId}/measurements/${period}`;

const put = (who: SignedIn, kpiId: number, period: string, body: object | string, v?: string) =>
  change(who, 'put', url(kpiId, period), body, v);

/** A DSC KPI (monthly, no bounds unless given). */
async function kpi(overrides: Record<string, unknown> = {}): Promise<number> {
  return (await makeKpi(database.db, { department_id: dscId, ...overrides })).id;
}

async function stored(kpiId: number, period: string, value = 10, state = 'draft') {
  return makeMeasurement(database.db, kpiId, period, value, { state });
}

describe('PUT /api/v1/kpis/:id/measurements/:periodStart', () => {
  it('answers the public with 401 and changes nothing', async () => {
    const kpiId = await kpi();
    const res = await request(app).put(url(kpiId, '2026-10-01')).send({ value: 1 });
    expectProblem(res, 401);
    expect(await dump(database.db, 'measurements')).toEqual([]);
  });

  describe('refuses bad input with a 4xx problem naming the field, leaving the table as it was', () => {
    let monthly: number;
    let quarterly: number;
    let annual: number;
    let bounded: number;
    let archived: number;
    beforeAll(async () => {
      monthly = await kpi();
      quarterly = await kpi({ frequency: 'quarterly' });
      annual = await kpi({ frequency: 'annual' });
      bounded = await kpi({ display_format: 'percent', min_value: 0, max_value: 1 });
      archived = await kpi({ archived_at: new Date('2026-01-01') });
      await stored(monthly, '2026-10-01', 10);
      await stored(bounded, '2026-10-01', 0.5);
    });

    /** Sends a change that must be refused; asserts the table is exactly as it was. */
    async function refused(kpiId: number, period: string, body: object | string) {
      const before = await dump(database.db, 'measurements');
      const res = await put(budget, kpiId, period, body, '"1"');
      expect(await dump(database.db, 'measurements')).toEqual(before);
      return res;
    }

    it.each([
      ['a string value', { value: '12' }, 'body.value'],
      ['a missing value', { note: 'no value' }, 'body.value'],
      ['a boolean value', { value: true }, 'body.value'],
      ['a null value', { value: null }, 'body.value'],
      ['"NaN"', { value: 'NaN' }, 'body.value'],
      ['"Infinity"', { value: 'Infinity' }, 'body.value'],
      ['1e309, Infinity once parsed', '{"value":1e309}', 'body.value'],
      ['a value beyond 1e15', { value: 1e16 }, 'body.value'],
      ['a value below -1e15', { value: -2e15 }, 'body.value'],
      ['an unknown field', { value: 1, colour: 'red' }, 'body.colour'],
      ['a numerator alone', { value: 1, numerator: 3 }, 'body.denominator'],
      ['a denominator alone', { value: 1, denominator: 3 }, 'body.numerator'],
      ['a zero denominator', { value: 1, numerator: 0, denominator: 0 }, 'body.denominator'],
      ['a string numerator', { value: 1, numerator: '1', denominator: 2 }, 'body.numerator'],
      ['a note of 4001 characters', { value: 1, note: 'x'.repeat(4001) }, 'body.note'],
      ['a number as note', { value: 1, note: 5 }, 'body.note'],
      ['an array as body', [1], 'body'],
    ])('%s (400)', async (_name, body, path) => {
      expectProblem(await refused(monthly, '2026-10-01', body), 400, path);
    });

    it.each([
      ['2025-02-30', 'monthly', '2025-02-30', 400],
      ['a date in another format', 'monthly', '10-01-2026', 400],
      ['the middle of a month', 'monthly', '2026-10-15', 422],
      ['a month that starts no fiscal quarter', 'quarterly', '2026-08-01', 422],
      ['a January for a July fiscal year', 'annual', '2026-01-01', 422],
      ['a future period', 'monthly', '2026-12-01', 422],
    ] as const)('%s: a %s KPI, period %s', async (_name, which, period, status) => {
      const kpiId = { monthly, quarterly, annual }[which];
      expectProblem(await refused(kpiId, period, { value: 1 }), status, 'path.periodStart');
    });

    it('a value outside the KPI’s bounds (422)', async () => {
      expectProblem(await refused(bounded, '2026-10-01', { value: 1.5 }), 422, 'body.value');
      expectProblem(await refused(bounded, '2026-09-01', { value: -0.1 }), 422, 'body.value');
    });

    it('a value on an archived KPI (409), and malformed JSON (400)', async () => {
      expectProblem(await refused(archived, '2026-10-01', { value: 1 }), 409);
      const malformed = await refused(monthly, '2026-10-01', '{"value": 1');
      expectProblem(malformed, 400);
      expect(malformed.body.type).toBe('/problems/malformed-json');
    });

    it('a 10 MB body (413)', async () => {
      const body = JSON.stringify({ value: 1, note: 'x'.repeat(10 * 1024 * 1024) });
      expectProblem(await refused(monthly, '2026-10-01', body), 413);
    });

    it('an id that is not a number, and a malformed If-Match', async () => {
      expectProblem(
        await put(budget, monthly, '2026-10-01', { value: 1 }, 'seven'),
        400,
        'header.If-Match',
      );
      const res = await change(budget, 'put', '/api/v1/kpis/abc/measurements/2026-10-01', {
        value: 1,
      });
      expectProblem(res, 400, 'path.id');
    });
  });

  it('refuses council, admins and another department’s head (403), and an unknown KPI (404)', async () => {
    const kpiId = await kpi();
    for (const who of [council, admin, otherHead]) {
      expectProblem(await put(who, kpiId, '2026-10-01', { value: 1 }), 403);
    }
    expectProblem(await put(budget, 999999, '2026-10-01', { value: 1 }), 404);
    expect(await database.db('measurements').where({ kpi_id: kpiId })).toEqual([]);
  });

  it('needs If-Match to change a stored value (428), and the current version (412 with `current`)', async () => {
    const kpiId = await kpi();
    await stored(kpiId, '2026-10-01', 10);
    expectProblem(await put(head, kpiId, '2026-10-01', { value: 11 }), 428);
    const stale = await put(head, kpiId, '2026-10-01', { value: 11 }, '"7"');
    expectProblem(stale, 412);
    expect(Measurement.parse(stale.body.current)).toMatchObject({ value: 10, version: 1 });
    expect(await database.db('measurements').where({ kpi_id: kpiId }).pluck('value')).toEqual([10]);
  });

  it.each([
    ['department head', 'submitted'],
    ['department head', 'approved'],
    ['budget office', 'approved'],
  ])('refuses the %s a change to a value that is %s (409 naming the state)', async (who, state) => {
    const kpiId = await kpi();
    await stored(kpiId, '2026-10-01', 10, state);
    const res = await put(
      who === 'budget office' ? budget : head,
      kpiId,
      '2026-10-01',
      { value: 11 },
      '"1"',
    );
    expectProblem(res, 409);
    expect(res.body.detail).toContain(`is ${state}`);
    expect(res.body.state).toBe(state);
  });

  it('creates a draft without If-Match, answering it with its ETag, and audits it', async () => {
    const kpiId = await kpi();
    const audits = await auditCount(database.db);
    const res = await put(head, kpiId, '2026-10-01', { value: 42, note: 'Steady month' });
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers['cache-control']).toBe('no-store');
    const body = Measurement.parse(res.body);
    expect(body).toMatchObject({
      kpiId,
      periodStart: '2026-10-01',
      value: 42,
      numerator: null,
      denominator: null,
      note: 'Steady month',
      state: 'draft',
      reviewComment: '',
      version: 1,
      enteredBy: { id: head.user.id, email: head.user.email },
      enteredAt: TODAY.toISOString(),
      submittedBy: null,
      reviewedAt: null,
    });
    expect(await auditCount(database.db)).toBe(audits + 1);
    const entry = await database.db('audit_log').orderBy('id', 'desc').first();
    expect(entry).toMatchObject({
      actor_id: head.user.id,
      action: 'create',
      entity: 'measurement',
      entity_id: String(body.id),
      before: null,
      after: expect.objectContaining({ value: 42, version: 1 }),
    });
  });

  it('changes its own draft with If-Match: a new version, audited with before and after', async () => {
    const kpiId = await kpi();
    await put(head, kpiId, '2026-10-01', { value: 1, numerator: 1, denominator: 4 });
    const res = await put(
      head,
      kpiId,
      '2026-10-01',
      { value: 0.5, numerator: 2, denominator: 4 },
      '"1"',
    );
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.body).toMatchObject({ value: 0.5, numerator: 2, denominator: 4, version: 2 });
    const entry = await database.db('audit_log').orderBy('id', 'desc').first();
    expect(entry).toMatchObject({
      action: 'update',
      before: expect.objectContaining({ value: 1, numerator: 1, version: 1 }),
      after: expect.objectContaining({ value: 0.5, numerator: 2, version: 2 }),
    });
  });

  it('changes nothing for a PUT equal to what is stored: same version, no audit record', async () => {
    const kpiId = await kpi();
    await put(head, kpiId, '2026-10-01', { value: 7, note: 'n' });
    const before = await dump(database.db, 'measurements');
    const audits = await auditCount(database.db);
    for (const ifMatch of ['"1"', undefined]) {
      const res = await put(head, kpiId, '2026-10-01', { value: 7, note: 'n' }, ifMatch);
      expect(res.status).toBe(200);
      expect(res.body.version).toBe(1);
    }
    expect(await dump(database.db, 'measurements')).toEqual(before);
    expect(await auditCount(database.db)).toBe(audits);
  });

  it('lets a department head change a returned value and the budget office a submitted one', async () => {
    const kpiId = await kpi();
    await stored(kpiId, '2026-09-01', 1, 'returned');
    await stored(kpiId, '2026-10-01', 1, 'submitted');
    const returned = await put(head, kpiId, '2026-09-01', { value: 2 }, '"1"');
    expect(returned.body).toMatchObject({ value: 2, state: 'returned', version: 2 });
    const submitted = await put(budget, kpiId, '2026-10-01', { value: 3 }, '"1"');
    expect(submitted.body).toMatchObject({ value: 3, state: 'submitted', version: 2 });
  });

  it.each([
    ['2026-10-01', 'quarterly'],
    ['2026-07-01', 'annual'],
    ['2026-11-25', 'daily'],
  ])('accepts %s as a period start for frequency %s', async (period, frequency) => {
    const kpiId = await kpi({ frequency });
    expect((await put(head, kpiId, period, { value: 1 })).status).toBe(200);
  });

  it('follows the configured first month of the fiscal year for quarters', async () => {
    const february = createApp({
      db: database.db,
      config: testConfig({ fiscalYearStartMonth: 2 }),
      clock: () => TODAY,
    });
    const office = await signedIn(february, database.db, 'budget_office');
    const kpiId = await kpi({ frequency: 'quarterly' });
    expect((await put(office, kpiId, '2026-08-01', { value: 1 })).status).toBe(200);
    const res = await put(office, kpiId, '2026-10-01', { value: 1 });
    expectProblem(res, 422, 'path.periodStart');
    expect(res.body.errors[0].message).toContain('February 1, May 1, August 1, November 1');
  });

  it('keeps the first of two concurrent edits and answers the second 412 with it', async () => {
    const kpiId = await kpi();
    await stored(kpiId, '2026-10-01', 10, 'submitted');
    const loaded = await Promise.all(
      [budget, budget2].map((who) => who.agent.get(url(kpiId, '2026-10-01'))),
    );
    expect(loaded.map((r) => r.headers.etag)).toEqual(['"1"', '"1"']);
    const first = await put(budget, kpiId, '2026-10-01', { value: 11, note: 'first' }, '"1"');
    const second = await put(budget2, kpiId, '2026-10-01', { value: 12, note: 'second' }, '"1"');
    expect(first.status).toBe(200);
    expectProblem(second, 412);
    expect(second.body.current).toEqual(first.body);
    const row = await database.db('measurements').where({ kpi_id: kpiId }).first();
    expect(row).toMatchObject({ value: 11, note: 'first', version: 2 });
  });

  it('lets exactly one of two simultaneous edits of the same version through', async () => {
    const kpiId = await kpi();
    await stored(kpiId, '2026-10-01', 10, 'submitted');
    const answers = await Promise.all(
      [budget, budget2].map((who, i) => put(who, kpiId, '2026-10-01', { value: 20 + i }, '"1"')),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 412]);
    const winner = answers.find((r) => r.status === 200);
    const row = await database.db('measurements').where({ kpi_id: kpiId }).first();
    expect(row).toMatchObject({ value: winner?.body.value, version: 2 });
  });
});

describe('GET /api/v1/kpis/:id/measurements/:periodStart', () => {
  it('answers 401 to the public, 400 to a bad date, 404 to an unknown KPI or period', async () => {
    const kpiId = await kpi();
    expectProblem(await request(app).get(url(kpiId, '2026-10-01')), 401);
    expectProblem(await council.agent.get(url(kpiId, '2026-13-01')), 400, 'path.periodStart');
    expectProblem(await council.agent.get(url(999999, '2026-10-01')), 404);
    expectProblem(await council.agent.get(url(kpiId, '2026-10-01')), 404);
  });

  it('shows any signed-in user the value in any state, with its ETag', async () => {
    const kpiId = await kpi();
    await stored(kpiId, '2026-10-01', 10, 'draft');
    const res = await council.agent.get(url(kpiId, '2026-10-01'));
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    expect(Measurement.parse(res.body)).toMatchObject({ value: 10, state: 'draft', version: 1 });
    const again = await council.agent.get(url(kpiId, '2026-10-01')).set('If-None-Match', '"1"');
    expect(again.status).toBe(304);
  });

  it('offers no DELETE: values are corrected, not deleted', async () => {
    const kpiId = await kpi();
    await stored(kpiId, '2026-10-01');
    expectProblem(await change(budget, 'delete', url(kpiId, '2026-10-01')), 404);
  });
});
