import { ReviewQueue } from '@civicstat/shared';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { makeDepartment, makeKpi, makeMeasurement, makeTarget } from '../../test/factories';
import { signedIn, type SignedIn } from '../../test/session';
import { expectProblem } from '../../test/writes';

const TODAY = new Date('2026-11-25T17:00:00Z');
const at = (day: string) => new Date(`2026-11-${day}T12:00:00Z`);

let database: TestDatabase;
let app: App;
let budget: SignedIn;
let head: SignedIn;
let alpha: number;
let bravo: number;
const kpiIds: Record<string, number> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  app = createApp({ db, config: testConfig(), clock: () => TODAY });
  // Created in reverse so that ordering by name is not ordering by id.
  bravo = (await makeDepartment(db, { code: 'BRV', name: 'Bravo Services' })).id;
  alpha = (await makeDepartment(db, { code: 'ALP', name: 'Alpha Services' })).id;
  budget = await signedIn(app, db, 'budget_office');
  head = await signedIn(app, db, 'department_head', [alpha]);

  const kpi = async (code: string, departmentId: number, overrides = {}) => {
    kpiIds[code] = (await makeKpi(db, { code, department_id: departmentId, ...overrides })).id;
    return kpiIds[code] as number;
  };
  // Sum, FY target 1,200: October is held to 100, so 120 is on track.
  const permits = await kpi('A-02', alpha, { aggregation: 'sum' });
  await makeTarget(db, permits, 2027, 1200);
  await makeMeasurement(db, permits, '2026-09-01', 90, {
    state: 'approved',
    reviewed_at: at('01'),
  });
  await makeMeasurement(db, permits, '2026-10-01', 120, {
    state: 'submitted',
    entered_at: at('02'),
    submitted_at: at('03'),
    submitted_by: head.user.id,
  });
  // Decrease, target 10 days: 10.4 scores 0.96, at risk; no earlier value.
  const turnaround = await kpi('A-01', alpha, { aggregation: 'mean', direction: 'decrease' });
  await makeTarget(db, turnaround, 2027, 10);
  await makeMeasurement(db, turnaround, '2026-10-01', 10.4, {
    state: 'submitted',
    entered_at: at('04'),
    submitted_at: at('05'),
  });
  // Quarterly without a target: the quarter before is FY2027 Q1's predecessor, April 2026.
  const quarterly = await kpi('B-01', bravo, { frequency: 'quarterly', aggregation: 'mean' });
  await makeMeasurement(db, quarterly, '2026-04-01', 3, { state: 'approved' });
  await makeMeasurement(db, quarterly, '2026-07-01', 5, {
    state: 'returned',
    entered_at: at('06'),
    reviewed_at: at('10'),
  });
  const monthly = await kpi('B-02', bravo);
  await makeMeasurement(db, monthly, '2026-10-01', 7, { state: 'draft', entered_at: at('08') });
  // An archived KPI's values are out of every queue: they can no longer be reviewed.
  const archived = await kpi('A-99', alpha);
  await makeMeasurement(db, archived, '2026-10-01', 1, { state: 'submitted' });
  await db('kpis')
    .where({ id: archived })
    .update({ archived_at: at('01') });
});
afterAll(async () => {
  await database.close();
});

async function queue(query: string, who = budget): Promise<ReviewQueue> {
  const res = await who.agent.get(`/api/v1/measurements${query}`);
  expect(res.status).toBe(200);
  return ReviewQueue.parse(res.body);
}
const listed = (body: ReviewQueue) =>
  body.data.map((item) => `${item.kpi.code} ${item.measurement.periodStart}`);

describe('GET /api/v1/measurements', () => {
  it('answers the public 401', async () => {
    expectProblem(await request(app).get('/api/v1/measurements?state=submitted'), 401);
  });

  it.each([
    ['an unknown state', 'query.state', '?state=pending'],
    ['an unknown state in a list', 'query.state', '?state=submitted,pending'],
    ['an unknown state repeated', 'query.state', '?state=submitted&state=pending'],
    ['an empty state', 'query.state', '?state='],
    ['a department that is no id', 'query.department', '?department=alpha'],
    ['a KPI that is no id', 'query.kpi', '?kpi=0'],
    ['an unknown sort', 'query.sort', '?sort=value'],
    ['a limit of 0', 'query.limit', '?limit=0'],
    ['a limit over 500', 'query.limit', '?limit=501'],
    ['a negative offset', 'query.offset', '?offset=-1'],
    ['an unknown parameter', 'query.status', '?status=submitted'],
  ])('answers %s with a 400 naming %s', async (_name, path, query) => {
    expectProblem(await budget.agent.get(`/api/v1/measurements${query}`), 400, path);
  });

  it('lists the submitted values of live KPIs by department name, KPI code and period', async () => {
    const body = await queue('?state=submitted');
    expect(listed(body)).toEqual(['A-01 2026-10-01', 'A-02 2026-10-01']);
    expect(body.page).toEqual({ limit: 100, offset: 0, total: 2 });
  });

  it('gives each value its KPI, period target, status and previous period value', async () => {
    const [turnaround, permits] = (await queue('?state=submitted')).data;
    expect(turnaround).toMatchObject({
      kpi: {
        id: kpiIds['A-01'],
        code: 'A-01',
        direction: 'decrease',
        tolerance: 0.05,
        frequency: 'monthly',
        aggregation: 'mean',
        displayFormat: 'count',
        department: { id: alpha, code: 'ALP', name: 'Alpha Services' },
      },
      measurement: { value: 10.4, state: 'submitted', version: 1 },
      target: { value: 10 },
      status: 'at_risk',
      previous: null,
    });
    expect(permits).toMatchObject({
      measurement: {
        value: 120,
        submittedBy: { id: head.user.id, email: head.user.email },
        submittedAt: at('03').toISOString(),
      },
      target: { value: 100 },
      status: 'on_track',
      previous: { periodStart: '2026-09-01', value: 90 },
    });
  });

  it('takes states repeated or comma-separated, and every state when none is given', async () => {
    const expected = ['A-01 2026-10-01', 'A-02 2026-10-01', 'B-01 2026-07-01'];
    expect(listed(await queue('?state=submitted,returned'))).toEqual(expected);
    expect(listed(await queue('?state=submitted&state=returned'))).toEqual(expected);
    expect((await queue('')).page.total).toBe(6);
  });

  it('filters by department and by KPI', async () => {
    const bravoValues = await queue(`?department=${bravo}`);
    expect(listed(bravoValues)).toEqual(['B-01 2026-04-01', 'B-01 2026-07-01', 'B-02 2026-10-01']);
    const returned = bravoValues.data[1];
    expect(returned).toMatchObject({
      target: null,
      status: 'no_target',
      previous: { periodStart: '2026-04-01', value: 3 },
    });
    expect(listed(await queue(`?kpi=${kpiIds['A-02']}`))).toEqual([
      'A-02 2026-09-01',
      'A-02 2026-10-01',
    ]);
    expect((await queue(`?kpi=${kpiIds['A-99']}`)).data).toEqual([]);
    expect((await queue('?department=999999')).page.total).toBe(0);
  });

  it('sorts by the latest of entered, submitted and reviewed, newest first', async () => {
    expect(listed(await queue('?sort=recent&state=draft,submitted,returned'))).toEqual([
      'B-01 2026-07-01', // reviewed on the 10th
      'B-02 2026-10-01', // entered on the 8th
      'A-01 2026-10-01', // submitted on the 5th
      'A-02 2026-10-01', // submitted on the 3rd
    ]);
  });

  it('pages with limit and offset, the total counting every match', async () => {
    const body = await queue('?limit=2&offset=1', head);
    expect(listed(body)).toEqual(['A-02 2026-09-01', 'A-02 2026-10-01']);
    expect(body.page).toEqual({ limit: 2, offset: 1, total: 6 });
    expect((await queue('?offset=50')).data).toEqual([]);
  });
});
