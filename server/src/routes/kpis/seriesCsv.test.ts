/** GET /api/v1/kpis/:id/series as CSV: the JSON answer's points, for a download, with the same visibility. */
import { KpiSeries } from '@civicstat/shared';
import request from 'supertest';
import type { App } from '../../app';
import type { TestDatabase } from '../../test/database';
import { csvLines, openDownloadCity } from '../../test/downloadCity';
import { makeKpi, makeMeasurement, makeTarget } from '../../test/factories';
import type { ReadCity } from '../../test/readCity';
import type { SignedIn } from '../../test/session';

let database: TestDatabase;
let app: App;
let city: ReadCity;
let staff: SignedIn['agent'];

const header =
  'kpi_code,period_start,period_end,fiscal_year,value,numerator,denominator,target,target_low,target_high,status,note';

beforeAll(async () => {
  ({ database, app, city, staff } = await openDownloadCity());
});
afterAll(async () => {
  await database.close();
});

describe('GET /api/v1/kpis/:id/series as CSV', () => {
  it('answers an unknown format with a 400 naming the parameter', async () => {
    const res = await request(app).get(
      `/api/v1/kpis/${city.kpis.satisfaction.id}/series?format=pdf`,
    );
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['query.format']);
    expect(res.body.detail).toContain('query.format');
  });

  it('answers the public 404 for a KPI that is not public, as for one that does not exist', async () => {
    for (const id of [city.kpis.firstCycle.id, 999999]) {
      const res = await request(app).get(`/api/v1/kpis/${id}/series?format=csv`);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['content-disposition']).toBeUndefined();
    }
    // Staff may download it.
    const res = await staff.get(`/api/v1/kpis/${city.kpis.firstCycle.id}/series?format=csv`);
    expect(res.status).toBe(200);
    expect(csvLines(res.text).slice(1)).toEqual([
      'DSC-02,2026-09-01,2026-09-30,2027,0.9,45,50,0.5,,,on_track,',
      'DSC-02,2026-10-01,2026-10-31,2027,0.1,10,100,0.5,,,off_track,',
    ]);
  });

  it('is a download named after the KPI code and date with one row per point of the JSON answer', async () => {
    const path = `/api/v1/kpis/${city.kpis.satisfaction.id}/series`;
    const res = await request(app).get(`${path}?format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="ECO-01-series-2026-11-25.csv"',
    );
    expect(res.headers['cache-control']).toMatch(/^public, max-age=60/);
    expect(res.headers.vary).toMatch(/Accept/);
    expect(res.headers.vary).toMatch(/Cookie/);

    const json = KpiSeries.parse((await request(app).get(path)).body);
    const rows = csvLines(res.text);
    expect(rows[0]).toBe(header);
    expect(rows).toHaveLength(json.points.length + 1);
    expect(rows.slice(1)).toEqual([
      'ECO-01,2025-10-01,2025-10-31,2026,80,,,90,,,off_track,',
      'ECO-01,2026-06-01,2026-06-30,2026,85,,,90,,,off_track,',
      'ECO-01,2026-07-01,2026-07-31,2027,90,,,100,,,off_track,',
      'ECO-01,2026-08-01,2026-08-31,2027,95,,,100,,,at_risk,',
      'ECO-01,2026-09-01,2026-09-30,2027,100,,,100,,,on_track,',
      'ECO-01,2026-10-01,2026-10-31,2027,110,,,100,,,on_track,Best month yet',
    ]);
  });

  it('answers CSV to Accept: text/csv, and JSON otherwise', async () => {
    const path = `/api/v1/kpis/${city.kpis.satisfaction.id}/series?granularity=fy`;
    const csv = await request(app).get(path).set('Accept', 'text/csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csvLines(csv.text).slice(1)).toEqual([
      'ECO-01,2025-07-01,2026-06-30,2026,82.5,,,90,,,off_track,',
      'ECO-01,2026-07-01,2027-06-30,2027,98.75,,,100,,,at_risk,',
    ]);
    const json = await request(app).get(path).set('Accept', 'application/json, text/csv');
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    // ?format= wins over Accept.
    const asked = await request(app).get(`${path}&format=json`).set('Accept', 'text/csv');
    expect(asked.headers['content-type']).toMatch(/^application\/json/);
  });

  it('gives the public only approved values', async () => {
    const path = `/api/v1/kpis/${city.kpis.permits.id}/series?format=csv`;
    const publicRows = csvLines((await request(app).get(path)).text).slice(1);
    expect(publicRows.map((row) => row.split(',')[1])).toEqual([
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
    ]);
    const staffRows = csvLines((await staff.get(path)).text).slice(1);
    expect(staffRows).toHaveLength(4);
  });

  it('writes a range KPI’s band in target_low and target_high, quoting notes and defusing formulas', async () => {
    const ph = await makeKpi(database.db, {
      code: 'WM-07',
      direction: 'range',
      aggregation: 'mean',
      is_public: true,
      department_id: city.departments.dsc.id,
    });
    await makeTarget(database.db, ph.id, 2027, { low: 6.5, high: 8.5 });
    await makeMeasurement(database.db, ph.id, '2026-07-01', 7.1, { note: 'Dry month, "low" flow' });
    await makeMeasurement(database.db, ph.id, '2026-08-01', 8.55, { note: '=HYPERLINK("x")' });

    const res = await request(app).get(`/api/v1/kpis/${ph.id}/series?format=csv`);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="WM-07-series-2026-11-25.csv"',
    );
    expect(csvLines(res.text).slice(1)).toEqual([
      'WM-07,2026-07-01,2026-07-31,2027,7.1,,,,6.5,8.5,on_track,"Dry month, ""low"" flow"',
      `WM-07,2026-08-01,2026-08-31,2027,8.55,,,,6.5,8.5,at_risk,"'=HYPERLINK(""x"")"`,
    ]);
  });
});
