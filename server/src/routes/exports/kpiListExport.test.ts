/** GET /api/v1/kpis as a download: CSV, XLSX_TYPE and JSON of every match, with the reader's visibility. */
import { KpiList } from '@civicstat/shared';
import request from 'supertest';
import type { App } from '../../app';
import type { TestDatabase } from '../../test/database';
import { csvLines, openDownloadCity, XLSX_TYPE } from '../../test/downloadCity';
import { makeDashboard } from '../../test/factories';
import type { ReadCity } from '../../test/readCity';
import type { SignedIn } from '../../test/session';
import { binaryBody, cellAt, readWorkbook, sheetRows } from '../../test/workbook';

let database: TestDatabase;
let app: App;
let city: ReadCity;
let staff: SignedIn['agent'];

const header =
  'code,name,department,goal,objective,unit,frequency,direction,status,latest_period,latest_value,target,fytd_value,fytd_target,trend,stale';

beforeAll(async () => {
  ({ database, app, city, staff } = await openDownloadCity());
});
afterAll(async () => {
  await database.close();
});

/** The codes of the JSON list's every page, for comparison with a download of the same filters. */
async function listedCodes(client: SignedIn['agent'] | null, query: string): Promise<string[]> {
  const codes: string[] = [];
  for (let offset = 0; ; offset += 2) {
    const path = `/api/v1/kpis?${query}&limit=2&offset=${offset}`;
    const res = client ? await client.get(path) : await request(app).get(path);
    const list = KpiList.parse(res.body);
    codes.push(...list.data.map((kpi) => kpi.code));
    if (offset + 2 >= list.page.total) return codes;
  }
}

describe('GET /api/v1/kpis as a download', () => {
  it('answers an unknown format with a 400 naming query.format', async () => {
    const res = await request(app).get('/api/v1/kpis?format=pdf');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['query.format']);
  });

  it('is a CSV of every match, named with the as-of date, in the columns the README lists', async () => {
    const res = await request(app).get('/api/v1/kpis?format=csv&limit=1');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="kpis-2026-11-25.csv"');
    expect(res.headers.vary).toMatch(/Accept/);
    expect(res.headers.vary).toMatch(/Cookie/);
    const rows = csvLines(res.text);
    expect(rows[0]).toBe(header);
    // limit and offset page the JSON only: the download holds every public KPI.
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(['DSC-01', 'DSC-03', 'ECO-01']);
    expect(rows).toContain(
      'ECO-01,Business satisfaction index,Development Services,1. Strong and Diverse Economy,' +
        '1.1 Grow jobs,,Monthly,Higher is better,On track,2026-10-01,110,100,98.75,100,Improving,no',
    );
  });

  it('holds the same KPIs in the same order as the JSON list with the same filters', async () => {
    for (const query of [
      `department=${city.departments.dsc.id}&sort=name&order=desc`,
      'status=off_track',
      `goal=${city.goals.economy.id}&sort=status`,
      'q=permit',
      `dashboard=${city.board.id}`,
    ]) {
      const csv = await staff.get(`/api/v1/kpis?${query}&format=csv`);
      const codes = csvLines(csv.text)
        .slice(1)
        .map((row) => row.split(',')[0]);
      expect(codes).toEqual(await listedCodes(staff, query));
      expect(codes.length).toBeGreaterThan(0);
    }
    const board = await staff.get(`/api/v1/kpis?dashboard=${city.board.id}&format=csv`);
    expect(
      csvLines(board.text)
        .slice(1)
        .map((row) => row.split(',')[0]),
    ).toEqual(['DSC-01', 'DSC-02', 'DSC-03']);
  });

  it('gives the public only public KPIs and approved values', async () => {
    const publicCsv = csvLines((await request(app).get('/api/v1/kpis?format=csv')).text);
    expect(publicCsv.some((row) => row.startsWith('DSC-02,'))).toBe(false);
    const publicPermits = publicCsv.find((row) => row.startsWith('DSC-03,')) as string;
    expect(publicPermits.split(',')[9]).toBe('2026-09-01');

    const staffCsv = csvLines((await staff.get('/api/v1/kpis?format=csv')).text);
    expect(staffCsv.slice(1).map((row) => row.split(',')[0])).toEqual([
      'DSC-01',
      'DSC-02',
      'DSC-03',
      'ECO-01',
      'OPS-01',
      'PD-01',
      'PD-02',
    ]);
    expect((staffCsv.find((row) => row.startsWith('DSC-03,')) as string).split(',')[9]).toBe(
      '2026-10-01',
    );
    // A dashboard the public may not see lists nothing, not even its public KPIs.
    const hidden = await makeDashboard(database.db, { is_public: false });
    await database
      .db('dashboard_kpis')
      .insert({ dashboard_id: hidden.id, kpi_id: city.kpis.turnaround.id, position: 0 });
    expect(
      csvLines((await request(app).get(`/api/v1/kpis?dashboard=${hidden.id}&format=csv`)).text),
    ).toEqual([header]);
    expect(
      csvLines((await staff.get(`/api/v1/kpis?dashboard=${hidden.id}&format=csv`)).text),
    ).toHaveLength(2);
    // Asking for private KPIs gets the public none.
    expect(csvLines((await request(app).get('/api/v1/kpis?public=false&format=csv')).text)).toEqual(
      [header],
    );
  });

  it('answers CSV to Accept: text/csv and XLSX_TYPE to the spreadsheet type; JSON stays the paged list', async () => {
    const csv = await request(app).get('/api/v1/kpis').set('Accept', 'text/csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const xlsx = await request(app)
      .get('/api/v1/kpis')
      .set('Accept', XLSX_TYPE)
      .buffer(true)
      .parse(binaryBody);
    expect(xlsx.headers['content-type']).toBe(XLSX_TYPE);
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="kpis-2026-11-25.xlsx"');
    const json = await request(app).get('/api/v1/kpis?limit=1').set('Accept', 'application/json');
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.headers['content-disposition']).toBeUndefined();
    expect(json.headers.vary).toMatch(/Accept/);
    expect(KpiList.parse(json.body).data).toHaveLength(1);
  });

  it('is the list with every match in data for ?format=json, as a file', async () => {
    const res = await staff.get('/api/v1/kpis?format=json&limit=1&fy=2026');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="kpis-2026-06-30.json"');
    const list = KpiList.parse(res.body);
    expect(list.data).toHaveLength(7);
    expect(list.page).toEqual({ limit: 7, offset: 0, total: 7 });
    expect(list.asOf).toBe('2026-06-30');
  });

  it('writes XLSX_TYPE numbers as numbers in each KPI’s format, periods as dates, under a frozen header', async () => {
    const res = await staff.get('/api/v1/kpis?format=xlsx').buffer(true).parse(binaryBody);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    const workbook = await readWorkbook(res.body as Buffer);
    const sheet = workbook.getWorksheet('KPIs');
    if (!sheet) throw new Error('no KPIs sheet');
    const rows = sheetRows(sheet);
    expect(rows[0]).toEqual(header.split(','));
    expect(rows.slice(1).map((row) => row[0])).toEqual([
      'DSC-01',
      'DSC-02',
      'DSC-03',
      'ECO-01',
      'OPS-01',
      'PD-01',
      'PD-02',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(2).width).toBe(40);

    // DSC-02, a ratio in percent: 10/100 in October, 55/150 to date.
    const latest = cellAt(sheet, 3, 'latest_value');
    expect(latest.value).toBe(0.1);
    expect(latest.numFmt).toBe('0.0%');
    expect(cellAt(sheet, 3, 'fytd_value').value).toBeCloseTo(55 / 150);
    expect(cellAt(sheet, 3, 'status').value).toBe('Off track');
    const period = cellAt(sheet, 3, 'latest_period').value;
    expect(period).toBeInstanceOf(Date);
    expect((period as Date).toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(cellAt(sheet, 3, 'latest_period').numFmt).toBe('yyyy-mm-dd');
    // DSC-03, a count: whole numbers with thousands separators.
    expect(cellAt(sheet, 4, 'fytd_value').value).toBe(400);
    expect(cellAt(sheet, 4, 'fytd_value').numFmt).toBe('#,##0');
    // PD-01 has no value yet: empty cells, not zeros.
    expect(cellAt(sheet, 7, 'latest_value').value).toBeNull();
    expect(cellAt(sheet, 7, 'status').value).toBe('No data');
  });

  it('is documented in the OpenAPI document with its formats', async () => {
    const document = (await request(app).get('/api/openapi.json')).body;
    const content = document.paths['/api/v1/kpis'].get.responses['200'].content;
    expect(Object.keys(content)).toEqual(['application/json', 'text/csv', XLSX_TYPE]);
    const report = document.paths['/api/v1/reports/performance.xlsx'].get;
    expect(Object.keys(report.responses['200'].content)).toEqual([XLSX_TYPE]);
    expect(report['x-access']).toBe('budget_office, admin');
  });
});
