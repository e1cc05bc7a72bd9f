/** GET /api/v1/reports/performance.xlsx: the budget office's workbook, one sheet per goal. */
import request from 'supertest';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { buildReadCity, TODAY, type ReadCity } from '../../test/readCity';
import { signedIn } from '../../test/session';
import { binaryBody, cellAt, readWorkbook, sheetRows } from '../../test/workbook';

let database: TestDatabase;
let app: App;
let city: ReadCity;

const path = '/api/v1/reports/performance.xlsx';

beforeAll(async () => {
  database = await openTestDatabase();
  city = await buildReadCity(database.db);
  app = createApp({ db: database.db, config: testConfig(), clock: () => TODAY });
});
afterAll(async () => {
  await database.close();
});

describe('GET /api/v1/reports/performance.xlsx', () => {
  it('is refused to the public (401) and to council and department heads (403)', async () => {
    const anonymous = await request(app).get(path);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
    for (const role of ['council', 'department_head'] as const) {
      const { agent } = await signedIn(app, database.db, role, [city.departments.dsc.id]);
      expect((await agent.get(path)).status).toBe(403);
    }
  });

  it('answers a fiscal year that has not started with a 400 naming query.fy', async () => {
    const { agent } = await signedIn(app, database.db, 'admin');
    const res = await agent.get(`${path}?fy=2030`);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['query.fy']);
  });

  it('is a workbook with a summary sheet and one sheet per goal, statuses in words', async () => {
    const { agent } = await signedIn(app, database.db, 'budget_office');
    const res = await agent.get(path).buffer(true).parse(binaryBody);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="performance-report-FY2027-2026-11-25.xlsx"',
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const workbook = await readWorkbook(res.body as Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'Goal 1 Strong and Diverse…',
      'Goal 2 Safe and Secure…',
    ]);

    const summary = workbook.getWorksheet('Summary');
    if (!summary) throw new Error('no summary');
    const rows = sheetRows(summary);
    expect(rows[0]).toEqual([
      'Goal',
      'KPIs',
      'Share on track',
      'On track',
      'At risk',
      'Off track',
      'No target',
      'No data',
    ]);
    // Goal 1: ECO-01 and DSC-03 on track, DSC-01 and DSC-02 off track (OLD-01 is archived).
    expect(rows[1]).toEqual(['1. Strong and Diverse Economy', 4, 0.5, 2, 0, 2, 0, 0]);
    expect(rows[2]).toEqual(['2. Safe and Secure Community', 2, undefined, 0, 0, 0, 1, 1]);
    expect(rows[3]).toEqual(['All goals', 6, 0.5, 2, 0, 2, 1, 1]);
    expect(cellAt(summary, 2, 'Share on track').numFmt).toBe('0.0%');

    const goal = workbook.getWorksheet('Goal 1 Strong and Diverse…');
    if (!goal) throw new Error('no goal sheet');
    expect(goal.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const goalRows = sheetRows(goal);
    expect(goalRows[0]).toEqual([
      'Objective',
      'Code',
      'KPI',
      'Department',
      'Unit',
      'FY target',
      'FYTD value',
      'FYTD target',
      'FYTD status',
      'Status',
      'Trend',
      'Latest period',
      'Latest value',
    ]);
    // By objective, then code: 1.1 ECO-01, then 1.2 DSC-01, DSC-02, DSC-03.
    expect(goalRows.slice(1).map((row) => row[1])).toEqual([
      'ECO-01',
      'DSC-01',
      'DSC-02',
      'DSC-03',
    ]);
    expect(cellAt(goal, 2, 'Objective').value).toBe('1.1 Grow jobs');
    expect(cellAt(goal, 2, 'Status').value).toBe('On track');
    expect(cellAt(goal, 2, 'FYTD status').value).toBe('At risk');
    expect(cellAt(goal, 2, 'Trend').value).toBe('Improving');
    // Permits: the year's target is 1,200; to date (4 of 12 months) 400 against 400.
    expect(cellAt(goal, 5, 'FY target').value).toBe(1200);
    expect(cellAt(goal, 5, 'FY target').numFmt).toBe('#,##0');
    expect(cellAt(goal, 5, 'FYTD value').value).toBe(400);
    expect(cellAt(goal, 5, 'FYTD target').value).toBe(400);
    // The private ratio KPI is in the staff report, in percent.
    expect(cellAt(goal, 4, 'FYTD value').numFmt).toBe('0.0%');
    expect(cellAt(goal, 4, 'FY target').value).toBe(0.5);
    const latest = cellAt(goal, 4, 'Latest period');
    expect((latest.value as Date).toISOString()).toBe('2026-10-01T00:00:00.000Z');
  });

  it('reports a past fiscal year as of its end, for admins too', async () => {
    const { agent } = await signedIn(app, database.db, 'admin');
    const res = await agent.get(`${path}?fy=2026`).buffer(true).parse(binaryBody);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="performance-report-FY2026-2026-06-30.xlsx"',
    );
    const workbook = await readWorkbook(res.body as Buffer);
    const goal = workbook.getWorksheet('Goal 1 Strong and Diverse…');
    if (!goal) throw new Error('no goal sheet');
    // ECO-01 in FY2026: June's 85 against 90.
    expect(cellAt(goal, 2, 'Latest value').value).toBe(85);
    expect(cellAt(goal, 2, 'FY target').value).toBe(90);
  });
});
