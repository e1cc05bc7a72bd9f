import { OverdueReport } from '@civicstat/shared';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeDepartment, makeKpi, makeMeasurement } from '../../test/factories';
import { signedIn, type SignedIn } from '../../test/session';
import { expectProblem } from '../../test/writes';

// FY2027 (July start): July..October 2026 and the first quarter have ended.
const TODAY = new Date('2026-11-25T17:00:00Z');

let database: TestDatabase;
let app: App;
let council: SignedIn;
let parks: { id: number };
let water: { id: number };
const kpiIds: Record<string, number> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  app = createApp({ db, config: testConfig(), clock: () => TODAY });
  water = await makeDepartment(db, { code: 'WTR', name: 'Water Management' });
  parks = await makeDepartment(db, { code: 'PRK', name: 'Parks and Recreation' });
  const done = await makeDepartment(db, { code: 'FIN', name: 'Finance' });
  council = await signedIn(app, db, 'council');

  const kpi = async (code: string, departmentId: number, overrides = {}) => {
    kpiIds[code] = (await makeKpi(db, { code, department_id: departmentId, ...overrides })).id;
    return kpiIds[code] as number;
  };
  // July approved, August missing, September submitted, October returned, November running.
  const visits = await kpi('PRK-01', parks.id, { name: 'Park visits' });
  await makeMeasurement(db, visits, '2026-07-01', 10, { state: 'approved' });
  await makeMeasurement(db, visits, '2026-09-01', 12, { state: 'submitted' });
  await makeMeasurement(db, visits, '2026-10-01', 11, { state: 'returned' });
  // The first quarter has nothing stored; the second has not ended.
  await kpi('PRK-02', parks.id, { name: 'Program enrolment', frequency: 'quarterly' });
  // An annual KPI: FY2027 has not ended.
  const annual = await kpi('WTR-02', water.id, { name: 'Rate study', frequency: 'annual' });
  await makeMeasurement(db, annual, '2025-07-01', 1, { state: 'approved' });
  await kpi('WTR-03', water.id, { name: 'Asset survey', frequency: 'annual' });
  // A draft for October, the rest approved.
  const leaks = await kpi('WTR-01', water.id, { name: 'Leaks repaired' });
  for (const month of ['2026-07-01', '2026-08-01', '2026-09-01'])
    await makeMeasurement(db, leaks, month, 5, { state: 'approved' });
  await makeMeasurement(db, leaks, '2026-10-01', 6, { state: 'draft' });
  // Finance has everything approved; archived and daily KPIs are never reported missing.
  const audits = await kpi('FIN-01', done.id);
  for (const month of ['2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'])
    await makeMeasurement(db, audits, month, 1, { state: 'approved' });
  await kpi('FIN-02', done.id, { archived_at: new Date('2026-01-01') });
  await kpi('FIN-03', done.id, { frequency: 'daily' });
});
afterAll(async () => {
  await database.close();
});

async function report(query = ''): Promise<OverdueReport> {
  const res = await council.agent.get(`/api/v1/reports/overdue${query}`);
  expect(res.status).toBe(200);
  return OverdueReport.parse(res.body);
}

describe('GET /api/v1/reports/overdue', () => {
  it('answers the public 401', async () => {
    expectProblem(await request(app).get('/api/v1/reports/overdue'), 401);
  });

  it.each([
    ['a fiscal year that is no number', 'query.fy', '?fy=last'],
    ['a fiscal year that has not started', 'query.fy', '?fy=2028'],
    ['an unknown parameter', 'query.department', '?department=1'],
  ])('answers %s with a 400 naming %s', async (_name, path, query) => {
    expectProblem(await council.agent.get(`/api/v1/reports/overdue${query}`), 400, path);
  });

  it('lists the ended periods without an approved value, by department name, KPI and period', async () => {
    const body = await report();
    expect(body.asOf).toBe('2026-11-25');
    expect(body.fiscalYear).toBe(2027);
    // Finance has nothing outstanding and is left out.
    expect(body.departments.map((d) => d.department)).toEqual([
      { id: parks.id, code: 'PRK', name: 'Parks and Recreation' },
      { id: water.id, code: 'WTR', name: 'Water Management' },
    ]);
    const [parksItems, waterItems] = body.departments.map((d) => d.items);
    expect(
      parksItems?.map((i) => [i.kpi.code, i.periodStart, i.periodEnd, i.due, i.state, i.overdue]),
    ).toEqual([
      ['PRK-01', '2026-08-01', '2026-08-31', '2026-09-30', 'missing', true],
      ['PRK-01', '2026-09-01', '2026-09-30', '2026-10-30', 'submitted', true],
      ['PRK-01', '2026-10-01', '2026-10-31', '2026-11-30', 'returned', false],
      ['PRK-02', '2026-07-01', '2026-09-30', '2026-10-30', 'missing', true],
    ]);
    expect(parksItems?.[0]?.kpi).toEqual({
      id: kpiIds['PRK-01'],
      code: 'PRK-01',
      name: 'Park visits',
      frequency: 'monthly',
    });
    // Approved periods, the running month and the unfinished year are absent.
    expect(waterItems?.map((i) => [i.kpi.code, i.periodStart, i.state, i.overdue])).toEqual([
      ['WTR-01', '2026-10-01', 'draft', false],
    ]);
  });

  it('reports a past fiscal year whole: every period of it has ended', async () => {
    const body = await report('?fy=2026');
    expect(body.fiscalYear).toBe(2026);
    const items = body.departments.flatMap((d) => d.items);
    const byKpi = (code: string) => items.filter((i) => i.kpi.code === code);
    expect(byKpi('PRK-01')).toHaveLength(12);
    expect(byKpi('PRK-02').map((i) => i.periodStart)).toEqual([
      '2025-07-01',
      '2025-10-01',
      '2026-01-01',
      '2026-04-01',
    ]);
    // One annual value of FY2026 is approved, the other missing.
    expect(byKpi('WTR-02')).toEqual([]);
    expect(byKpi('WTR-03').map((i) => [i.periodStart, i.periodEnd, i.due])).toEqual([
      ['2025-07-01', '2026-06-30', '2026-07-30'],
    ]);
    expect(items.every((i) => i.state === 'missing' && i.overdue)).toBe(true);
  });
});
