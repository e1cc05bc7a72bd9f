import { Worksheet } from '@civicstat/shared';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeDepartment, makeKpi, makeMeasurement, makeTarget } from '../../test/factories';
import { signedIn, type SignedIn } from '../../test/session';
import { expectProblem } from '../../test/writes';

// FY2027 (July start); the last month that has ended is October 2026.
const TODAY = new Date('2026-11-25T17:00:00Z');

let database: TestDatabase;
let app: App;
let dscId: number;
let head: SignedIn;
let council: SignedIn;
const kpiIds: Record<string, number> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  app = createApp({ db, config: testConfig(), clock: () => TODAY });
  dscId = (await makeDepartment(db, { code: 'DSC', name: 'Development Services' })).id;
  const police = await makeDepartment(db, { code: 'PD', name: 'Police' });
  head = await signedIn(app, db, 'department_head', [dscId]);
  council = await signedIn(app, db, 'council');

  const kpi = async (code: string, overrides: Record<string, unknown>) => {
    kpiIds[code] = (await makeKpi(db, { code, department_id: dscId, ...overrides })).id;
    return kpiIds[code] as number;
  };
  // Monthly sum, FY2027 target 1,200: each month is held to 100; October has its own 150.
  const permits = await kpi('DSC-01', {
    name: 'Permits issued',
    aggregation: 'sum',
    unit: 'permits',
    min_value: 0,
    is_public: true,
    description: 'Building permits issued in the month',
  });
  await makeTarget(db, permits, 2027, 1200);
  await db('kpi_targets').insert({
    kpi_id: permits,
    fiscal_year: 2027,
    period_start: '2026-10-01',
    target: 150,
  });
  await makeMeasurement(db, permits, '2026-08-01', 95, { state: 'approved' });
  await makeMeasurement(db, permits, '2026-09-01', 90, { state: 'returned' });
  await makeMeasurement(db, permits, '2026-10-01', 120, {
    state: 'draft',
    note: 'Busy month',
    entered_by: head.user.id,
    entered_at: new Date('2026-11-02T15:30:00.123Z'),
  });

  // Monthly mean, decrease, no value at all.
  await kpi('DSC-02', {
    name: 'Plan review turnaround',
    aggregation: 'mean',
    direction: 'decrease',
  });
  // Quarterly mean, target 0.8 for every quarter; Q1 (Jul–Sep) approved.
  const firstCycle = await kpi('DSC-03', {
    name: 'First-cycle approval rate',
    frequency: 'quarterly',
    aggregation: 'mean',
    display_format: 'percent',
  });
  await makeTarget(db, firstCycle, 2027, 0.8);
  await makeMeasurement(db, firstCycle, '2026-07-01', 0.82, { state: 'approved' });
  // Annual range KPI.
  const annual = await kpi('DSC-04', {
    name: 'Customer survey',
    frequency: 'annual',
    direction: 'range',
    aggregation: 'last',
  });
  await makeTarget(db, annual, 2027, { low: 3, high: 4 });
  // Never on a worksheet: archived, daily, another department's.
  await kpi('DSC-05', { archived_at: new Date('2026-01-01') });
  await kpi('DSC-06', { frequency: 'daily', aggregation: 'sum' });
  await makeKpi(db, { code: 'PD-01', department_id: police.id });

  // FY2027 Q1 is closed: its months and the quarter's own value are locked.
  await db('period_locks').insert({
    fiscal_year: 2027,
    quarter: 1,
    starts_on: '2026-07-01',
    ends_on: '2026-09-30',
  });
});
afterAll(async () => {
  await database.close();
});

const worksheet = (who: SignedIn, query = '', id: number | string = dscId) =>
  who.agent.get(`/api/v1/departments/${id}/worksheet${query}`);

async function readWorksheet(query = '', who = head): Promise<Worksheet> {
  const res = await worksheet(who, query);
  expect(res.status).toBe(200);
  expect(res.headers['cache-control']).toBe('no-store');
  return Worksheet.parse(res.body);
}

describe('GET /api/v1/departments/:id/worksheet', () => {
  it('answers the public 401', async () => {
    expectProblem(await request(app).get(`/api/v1/departments/${dscId}/worksheet`), 401);
  });

  it.each([
    ['a month that is no date', 'query.month', '?month=October'],
    ['a month that does not exist', 'query.month', '?month=2026-13-01'],
    ['a day the month lacks', 'query.month', '?month=2026-02-30'],
    ['an unknown parameter', 'query.fy', '?fy=2027'],
  ])('answers %s with a 400 naming %s', async (_name, path, query) => {
    expectProblem(await worksheet(head, query), 400, path);
  });

  it('answers 400 naming path.id for an id that is no number, 404 for an unknown one', async () => {
    expectProblem(await worksheet(head, '', 'dsc'), 400, 'path.id');
    expectProblem(await worksheet(head, '', 999999), 404);
  });

  it("lists by default the last ended month's monthly KPIs, by code, to any staff", async () => {
    const sheet = await readWorksheet('', council);
    expect(sheet.department).toEqual({ id: dscId, code: 'DSC', name: 'Development Services' });
    expect(sheet.month).toBe('2026-10-01');
    expect(sheet.asOf).toBe('2026-11-25');
    // October ends no quarter and no fiscal year.
    expect(sheet.rows.map((r) => r.kpi.code)).toEqual(['DSC-01', 'DSC-02']);
  });

  it("adds quarterly KPIs in the fiscal quarter's last month, annual ones in the year's", async () => {
    const september = await readWorksheet('?month=2026-09-17');
    expect(september.month).toBe('2026-09-01');
    expect(september.rows.map((r) => [r.kpi.code, r.periodStart, r.periodEnd])).toEqual([
      ['DSC-01', '2026-09-01', '2026-09-30'],
      ['DSC-02', '2026-09-01', '2026-09-30'],
      ['DSC-03', '2026-07-01', '2026-09-30'],
    ]);
    const june = await readWorksheet('?month=2027-06-01');
    expect(june.rows.map((r) => [r.kpi.code, r.periodStart, r.fiscalYear])).toEqual([
      ['DSC-01', '2027-06-01', 2027],
      ['DSC-02', '2027-06-01', 2027],
      ['DSC-03', '2027-04-01', 2027],
      ['DSC-04', '2026-07-01', 2027],
    ]);
    expect(june.rows[3]?.target).toEqual({ low: 3, high: 4 });
  });

  it("holds a sum KPI's month to its share of the year's target, or to its own override", async () => {
    const [september] = (await readWorksheet('?month=2026-09-01')).rows;
    expect(september?.target).toEqual({ value: 100 });
    const [october, turnaround] = (await readWorksheet('?month=2026-10-01')).rows;
    expect(october?.target).toEqual({ value: 150 });
    expect(turnaround?.target).toBeNull();
  });

  it('shows the KPI, the stored value with its version and the previous period in any state', async () => {
    const [october, turnaround] = (await readWorksheet()).rows;
    expect(october).toMatchObject({
      kpi: {
        id: kpiIds['DSC-01'],
        code: 'DSC-01',
        name: 'Permits issued',
        unit: 'permits',
        displayFormat: 'count',
        direction: 'increase',
        frequency: 'monthly',
        aggregation: 'sum',
        tolerance: 0.05,
        minValue: 0,
        maxValue: null,
        isPublic: true,
        description: 'Building permits issued in the month',
      },
      fiscalYear: 2027,
      previous: { periodStart: '2026-09-01', value: 90, state: 'returned' },
      measurement: {
        kpiId: kpiIds['DSC-01'],
        periodStart: '2026-10-01',
        value: 120,
        note: 'Busy month',
        state: 'draft',
        version: 1,
        enteredBy: { id: head.user.id, name: expect.any(String), email: head.user.email },
        enteredAt: '2026-11-02T15:30:00.123Z',
        submittedBy: null,
        submittedAt: null,
      },
    });
    expect(turnaround).toMatchObject({ previous: null, measurement: null });
    const [september] = (await readWorksheet('?month=2026-09-01')).rows;
    expect(september?.previous).toEqual({
      periodStart: '2026-08-01',
      value: 95,
      state: 'approved',
    });
  });

  it('flags the periods a lock covers', async () => {
    const september = await readWorksheet('?month=2026-09-01');
    expect(september.rows.map((r) => r.locked)).toEqual([true, true, true]);
    expect((await readWorksheet()).rows.map((r) => r.locked)).toEqual([false, false]);
  });

  it('is due 30 days after the period ends, overdue after that unless approved', async () => {
    // September is due October 30: overdue on November 25 unless its value is approved.
    const september = await readWorksheet('?month=2026-09-01');
    expect(september.rows.map((r) => [r.kpi.code, r.due, r.overdue])).toEqual([
      ['DSC-01', '2026-10-30', true],
      ['DSC-02', '2026-10-30', true],
      ['DSC-03', '2026-10-30', false],
    ]);
    // October is due November 30: not yet.
    const october = await readWorksheet();
    expect(october.rows.map((r) => [r.due, r.overdue])).toEqual([
      ['2026-11-30', false],
      ['2026-11-30', false],
    ]);
  });
});
