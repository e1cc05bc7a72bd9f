import { KpiDetail, KpiList, KpiSeries } from '@civicstat/shared';
import request from 'supertest';
import { createApp, type App } from '../../app';
import { testConfig } from '../../test/config';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { signedIn, type SignedIn } from '../../test/session';
import { buildReadCity, TODAY, type ReadCity } from '../../test/readCity';

let database: TestDatabase;
let app: App;
let city: ReadCity;
/** Council members see every KPI and every value; the public tests are in public.test.ts. */
let staff: SignedIn['agent'];

beforeAll(async () => {
  database = await openTestDatabase();
  city = await buildReadCity(database.db);
  app = createApp({ db: database.db, config: testConfig(), clock: () => TODAY });
  staff = (await signedIn(app, database.db, 'council')).agent;
});
afterAll(async () => {
  await database.close();
});

async function list(query: string): Promise<KpiList> {
  const res = await staff.get(`/api/v1/kpis${query}`);
  expect(res.status).toBe(200);
  return KpiList.parse(res.body);
}

describe('GET /api/v1/kpis', () => {
  it.each([
    ['?limit=500', 'query.limit'],
    ['?fy=abc', 'query.fy'],
    ['?status=great', 'query.status'],
    ['?colour=red', 'query.colour'],
    ['?goal=-1', 'query.goal'],
    ['?public=maybe', 'query.public'],
  ])('answers %s with a 400 problem naming %s', async (query, path) => {
    const res = await staff.get(`/api/v1/kpis${query}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(res.body.detail).toContain(path);
  });

  it('refuses a fiscal year that has not started', async () => {
    const res = await staff.get('/api/v1/kpis?fy=2028');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: 'query.fy', message: 'must not be after the current fiscal year, 2027' },
    ]);
  });

  it('lists live KPIs by code with a page and each one’s status', async () => {
    const body = await list('');
    expect(body.page).toEqual({ limit: 50, offset: 0, total: 7 });
    expect(body.asOf).toBe('2026-11-25');
    expect(body.data.map((k) => [k.code, k.performance.status])).toEqual([
      ['DSC-01', 'off_track'],
      ['DSC-02', 'off_track'],
      ['DSC-03', 'on_track'],
      ['ECO-01', 'on_track'],
      ['OPS-01', 'no_data'],
      ['PD-01', 'no_data'],
      ['PD-02', 'no_target'],
    ]);
  });

  it('pages with limit and offset, counting every match', async () => {
    const body = await list('?limit=2&offset=2');
    expect(body.page).toEqual({ limit: 2, offset: 2, total: 7 });
    expect(body.data.map((k) => k.code)).toEqual(['DSC-03', 'ECO-01']);
  });

  it('filters by goal, objective, department, frequency, public flag and text', async () => {
    expect((await list(`?goal=${city.goals.safety.id}`)).data.map((k) => k.code)).toEqual([
      'PD-01',
      'PD-02',
    ]);
    expect((await list(`?objective=${city.objectives.permitting.id}`)).page.total).toBe(3);
    expect((await list(`?department=${city.departments.police.id}`)).page.total).toBe(3);
    expect((await list('?public=true')).data.map((k) => k.code)).toEqual([
      'DSC-01',
      'DSC-03',
      'ECO-01',
    ]);
    expect((await list('?q=PERMIT')).data.map((k) => k.code)).toEqual(['DSC-03']);
    expect((await list('?q=survey')).data.map((k) => k.code)).toEqual(['ECO-01']);
    expect((await list('?frequency=quarterly')).page.total).toBe(0);
  });

  it('filters and sorts by computed status, worst first', async () => {
    const offTrack = await list('?status=off_track');
    expect(offTrack.page.total).toBe(2);
    expect(offTrack.data.every((k) => k.performance.status === 'off_track')).toBe(true);
    const sorted = await list('?sort=status&limit=3');
    expect(sorted.page.total).toBe(7);
    expect(sorted.data.map((k) => k.performance.status)).toEqual([
      'off_track',
      'off_track',
      'on_track',
    ]);
  });

  it('agrees with itself: filtering by status (a status-only reading) matches the full reading', async () => {
    const full = await list('');
    for (const status of ['on_track', 'at_risk', 'off_track', 'no_target', 'no_data']) {
      const filtered = await list(`?status=${status}`);
      expect(filtered.data.map((k) => k.code)).toEqual(
        full.data.filter((k) => k.performance.status === status).map((k) => k.code),
      );
    }
  });

  it('includes archived KPIs only when asked', async () => {
    expect((await list('?archived=include')).page.total).toBe(8);
  });
});

describe('KPI performance in the list', () => {
  it('gives status, FYTD by aggregation, trend, year over year and a sparkline', async () => {
    const byCode = new Map((await list('')).data.map((k) => [k.code, k]));
    const satisfaction = byCode.get('ECO-01')?.performance;
    expect(satisfaction).toMatchObject({
      status: 'on_track',
      stale: false,
      latest: { periodStart: '2026-10-01', value: 110, target: { value: 100 } },
      fiscalYearToDate: {
        fiscalYear: 2027,
        value: 98.75,
        target: { value: 100 },
        status: 'at_risk',
        periods: 4,
      },
      trend: { label: 'improving' },
      yearOverYear: { change: 30, changeShare: 0.375 },
    });
    expect(satisfaction?.sparkline.map((p) => p.value)).toEqual([80, 85, 90, 95, 100, 110]);

    expect(byCode.get('DSC-01')?.performance).toMatchObject({
      status: 'off_track',
      fiscalYearToDate: { value: 10.5, status: 'at_risk' },
      trend: { label: 'worsening' },
    });
    const ratio = byCode.get('DSC-02')?.performance.fiscalYearToDate;
    expect(ratio?.value).toBeCloseTo(55 / 150, 10);
    expect(ratio?.status).toBe('off_track');
    expect(byCode.get('DSC-03')?.performance.fiscalYearToDate).toMatchObject({
      value: 400,
      target: { value: 400 },
      status: 'on_track',
    });
    expect(byCode.get('DSC-03')?.performance.latest?.target).toEqual({ value: 100 });
    expect(byCode.get('PD-01')?.performance).toMatchObject({
      status: 'no_data',
      stale: false,
      latest: null,
      trend: null,
    });
    expect(byCode.get('PD-02')?.performance).toMatchObject({ status: 'no_target', stale: true });
  });

  it('answers as of the end of an earlier fiscal year with ?fy=', async () => {
    const byCode = new Map((await list('?fy=2026')).data.map((k) => [k.code, k]));
    expect(byCode.get('ECO-01')?.performance).toMatchObject({
      status: 'off_track',
      latest: { periodStart: '2026-06-01', value: 85, target: { value: 90 } },
      fiscalYearToDate: { fiscalYear: 2026, value: 82.5, status: 'off_track', periods: 2 },
    });
    expect(byCode.get('DSC-01')?.performance.status).toBe('no_data');
  });
});

describe('GET /api/v1/kpis/:id', () => {
  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await staff.get('/api/v1/kpis/99999')).status).toBe(404);
    const bad = await staff.get('/api/v1/kpis/abc');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('path.id');
  });

  it('serves the definition, targets by year, projection and annotations', async () => {
    const res = await staff.get(`/api/v1/kpis/${city.kpis.satisfaction.id}`);
    expect(res.status).toBe(200);
    const kpi = KpiDetail.parse(res.body);
    expect(kpi).toMatchObject({
      code: 'ECO-01',
      description: 'Survey of local businesses',
      methodology: 'Monthly survey, 0-200 scale',
      department: { code: 'DSC', name: 'Development Services' },
      objective: { number: 1, title: 'Grow jobs' },
      goal: { number: 1, title: 'Strong and Diverse Economy' },
      archived: false,
      targets: [
        { fiscalYear: 2026, target: { value: 90 }, periodOverrides: [] },
        { fiscalYear: 2027, target: { value: 100 }, periodOverrides: [] },
      ],
      projection: { method: 'linear_fit' },
    });
    expect(kpi.annotations.map((a) => a.label)).toEqual(['COVID-19 closures']);
  });

  it('projects a sum KPI pro rata to the fiscal-year end', async () => {
    const kpi = KpiDetail.parse((await staff.get(`/api/v1/kpis/${city.kpis.permits.id}`)).body);
    expect(kpi.projection).toEqual({ value: 1200, status: 'on_track', method: 'pro_rated' });
  });

  it('sends an ETag and answers 304 to a matching If-None-Match', async () => {
    const first = await staff.get(`/api/v1/kpis/${city.kpis.turnaround.id}`);
    expect(first.headers.etag).toBeDefined();
    expect(first.headers['cache-control']).toMatch(/max-age=60/);
    const again = await request(app)
      .get(`/api/v1/kpis/${city.kpis.turnaround.id}`)
      .set('If-None-Match', first.headers.etag as string);
    expect(again.status).toBe(304);
  });
});

describe('GET /api/v1/kpis/:id/series', () => {
  const series = async (query: string) => {
    const res = await staff.get(`/api/v1/kpis/${city.kpis.satisfaction.id}/series${query}`);
    expect(res.status).toBe(200);
    return KpiSeries.parse(res.body);
  };

  it('answers bad ranges and granularities with a 400 naming the parameter', async () => {
    const id = city.kpis.satisfaction.id;
    for (const [query, path] of [
      ['?from=2026-13-01', 'query.from'],
      ['?from=2026-10-01&to=2026-01-01', 'query.from'],
      ['?granularity=day', 'query.granularity'],
      ['?granularity=week', 'query.granularity'],
    ]) {
      const res = await staff.get(`/api/v1/kpis/${id}/series${query}`);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect((await staff.get('/api/v1/kpis/99999/series')).status).toBe(404);
  });

  it('gives every month with its target, status and note', async () => {
    const body = await series('');
    expect(body).toMatchObject({ granularity: 'month', from: '2025-10-01', to: '2026-11-25' });
    expect(body.points.map((p) => [p.periodStart, p.value, p.status])).toEqual([
      ['2025-10-01', 80, 'off_track'],
      ['2026-06-01', 85, 'off_track'],
      ['2026-07-01', 90, 'off_track'],
      ['2026-08-01', 95, 'at_risk'],
      ['2026-09-01', 100, 'on_track'],
      ['2026-10-01', 110, 'on_track'],
    ]);
    expect(body.points.at(-1)).toMatchObject({
      periodEnd: '2026-10-31',
      fiscalYear: 2027,
      note: 'Best month yet',
      periods: 1,
    });
  });

  it('combines months into quarters and fiscal years by the KPI’s aggregation', async () => {
    const quarters = await series('?granularity=quarter&from=2026-07-01');
    expect(quarters.points.map((p) => [p.periodStart, p.value, p.periods])).toEqual([
      ['2026-07-01', 95, 3],
      ['2026-10-01', 110, 1],
    ]);
    const years = await series('?granularity=fy');
    expect(years.points.map((p) => [p.fiscalYear, p.value, p.status])).toEqual([
      [2026, 82.5, 'off_track'],
      [2027, 98.75, 'at_risk'],
    ]);
  });

  it('holds a sum KPI’s quarter to its share of the year’s target', async () => {
    const res = await staff.get(`/api/v1/kpis/${city.kpis.permits.id}/series?granularity=quarter`);
    const body = KpiSeries.parse(res.body);
    expect(body.points.map((p) => [p.value, p.target])).toEqual([
      [300, { value: 300 }],
      [100, { value: 100 }],
    ]);
  });

  it('limits the range to one fiscal year with ?fy=', async () => {
    const body = await series('?fy=2026');
    expect(body).toMatchObject({ from: '2025-07-01', to: '2026-06-30' });
    expect(body.points.map((p) => p.periodStart)).toEqual(['2025-10-01', '2026-06-01']);
  });
});
