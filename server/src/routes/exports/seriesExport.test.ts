/** GET /api/v1/kpis/:id/series as XLSX_TYPE and as a JSON file, beside the CSV (kpis/seriesCsv.test.ts). */
import { KpiSeries } from '@civicstat/shared';
import request from 'supertest';
import type { App } from '../../app';
import type { TestDatabase } from '../../test/database';
import { openDownloadCity, XLSX_TYPE } from '../../test/downloadCity';
import type { ReadCity } from '../../test/readCity';
import type { SignedIn } from '../../test/session';
import { binaryBody, cellAt, readWorkbook, sheetRows } from '../../test/workbook';

let database: TestDatabase;
let app: App;
let city: ReadCity;
let staff: SignedIn['agent'];

beforeAll(async () => {
  ({ database, app, city, staff } = await openDownloadCity());
});
afterAll(async () => {
  await database.close();
});

async function workbookOf(res: request.Response) {
  const workbook = await readWorkbook(res.body as Buffer);
  const sheet = workbook.getWorksheet('Series');
  if (!sheet) throw new Error('no Series sheet');
  return sheet;
}

describe('GET /api/v1/kpis/:id/series as XLSX_TYPE and JSON', () => {
  it('answers the public 404 for a KPI that is not public', async () => {
    const res = await request(app).get(
      `/api/v1/kpis/${city.kpis.firstCycle.id}/series?format=xlsx`,
    );
    expect(res.status).toBe(404);
    expect(res.headers['content-disposition']).toBeUndefined();
  });

  it('is a workbook whose columns the importer reads: code, dates as dates, numbers as numbers', async () => {
    const res = await staff
      .get(`/api/v1/kpis/${city.kpis.firstCycle.id}/series?format=xlsx`)
      .buffer(true)
      .parse(binaryBody);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="DSC-02-series-2026-11-25.xlsx"',
    );
    expect(res.headers.vary).toMatch(/Accept/);
    const sheet = await workbookOf(res);
    const rows = sheetRows(sheet);
    expect(rows[0]).toEqual([
      'kpi_code',
      'period_start',
      'period_end',
      'fiscal_year',
      'value',
      'numerator',
      'denominator',
      'target',
      'target_low',
      'target_high',
      'status',
      'note',
    ]);
    expect(rows).toHaveLength(3);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(cellAt(sheet, 2, 'kpi_code').value).toBe('DSC-02');
    const start = cellAt(sheet, 2, 'period_start');
    expect(start.value).toBeInstanceOf(Date);
    expect((start.value as Date).toISOString()).toBe('2026-09-01T00:00:00.000Z');
    expect(start.numFmt).toBe('yyyy-mm-dd');
    const value = cellAt(sheet, 2, 'value');
    expect(value.value).toBe(0.9);
    expect(value.numFmt).toBe('0.0%');
    expect(cellAt(sheet, 2, 'target').numFmt).toBe('0.0%');
    expect(cellAt(sheet, 2, 'numerator').value).toBe(45);
    expect(cellAt(sheet, 2, 'denominator').value).toBe(50);
    expect(cellAt(sheet, 2, 'target_low').value).toBeNull();
  });

  it('answers XLSX_TYPE to Accept with the spreadsheet type, with only approved values for the public', async () => {
    const path = `/api/v1/kpis/${city.kpis.permits.id}/series`;
    const publicRes = await request(app)
      .get(path)
      .set('Accept', XLSX_TYPE)
      .buffer(true)
      .parse(binaryBody);
    expect(publicRes.headers['content-type']).toBe(XLSX_TYPE);
    const publicSheet = await workbookOf(publicRes);
    expect(sheetRows(publicSheet)).toHaveLength(4);
    expect(cellAt(publicSheet, 2, 'value').numFmt).toBe('#,##0');

    const staffRes = await staff.get(`${path}?format=xlsx`).buffer(true).parse(binaryBody);
    expect(sheetRows(await workbookOf(staffRes))).toHaveLength(5);
  });

  it('is the JSON answer as a file for ?format=json', async () => {
    const path = `/api/v1/kpis/${city.kpis.satisfaction.id}/series?granularity=quarter`;
    const res = await request(app).get(`${path}&format=json`);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="ECO-01-series-2026-11-25.json"',
    );
    expect(KpiSeries.parse(res.body)).toEqual((await request(app).get(path)).body);
    // Without ?format=json it is the API's answer, not a file.
    expect((await request(app).get(path)).headers['content-disposition']).toBeUndefined();
  });
});
