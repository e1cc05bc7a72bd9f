/**
 * Downloads from the pages: the goal page's KPIs as CSV and Excel, a KPI's series as Excel, the
 * budget office's performance report; axe on each page that has a download menu.
 */
import fs from 'node:fs';
import type { KpiList, PlanOverview } from '@civicstat/shared';
import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser } from './support/launchBrowser';
import { screenshot } from './support/screenshot';
import { signInAs } from './support/signIn';
import { startServer, type RunningServer } from './support/startServer';
import { watchPage, type PageWatch } from './support/watchPage';

let server: RunningServer;
let browser: Browser;
let page: Page;
let watch: PageWatch;
let goal: { id: number; number: number };

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${server.baseUrl}/api/v1${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const plan = await api<PlanOverview>('/plans/current');
  const first = plan.goals[0];
  if (!first) throw new Error('the demo plan has no goal');
  goal = { id: first.id, number: first.number };
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

beforeEach(async () => {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  watch = await watchPage(page);
});

afterEach(async () => {
  await page.context().close();
  expect(watch.problems()).toEqual([]);
});

async function open(pathname: string) {
  await page.goto(`${server.baseUrl}${pathname}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** Opens the download menu whose summary names `what`, then saves the file of one format. */
async function download(what: RegExp, format: 'CSV' | 'Excel' | 'JSON'): Promise<Download> {
  const summary = page.locator('summary', { hasText: what });
  const menu = page.locator('details.download-menu', { has: summary });
  if ((await menu.getAttribute('open')) === null) await summary.click();
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('link', { name: new RegExp(`^Download ${format}`) }).click(),
  ]);
  return saved;
}

async function workbookOf(saved: Download): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await saved.path()) as string);
  return workbook;
}

describe('downloads', () => {
  test('the goal page saves its KPIs as CSV and Excel, the rows of the public list', async () => {
    await open(`/goals/${goal.number}`);
    const expected = await api<KpiList>(`/kpis?goal=${goal.id}&sort=status&order=asc&limit=200`);
    const first = expected.data[0];
    if (!first?.performance.latest) throw new Error('the goal’s first KPI has no value');

    const csv = await download(new RegExp(`the KPIs of goal ${goal.number}`), 'CSV');
    expect(csv.suggestedFilename()).toMatch(/^kpis-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = fs
      .readFileSync((await csv.path()) as string, 'utf8')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'code,name,department,goal,objective,unit,frequency,direction,status,latest_period,latest_value,target,fytd_value,fytd_target,trend,stale',
    );
    expect(lines).toHaveLength(expected.data.length + 1);
    expect(lines[1]?.split(',')[0]).toBe(first.code);
    await screenshot(page, 'exports-goal-menu', { fullPage: false });
    await expectNoAxeViolations(page, 'the goal page with its download menu open');

    const xlsx = await download(new RegExp(`the KPIs of goal ${goal.number}`), 'Excel');
    expect(xlsx.suggestedFilename()).toMatch(/^kpis-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheet = (await workbookOf(xlsx)).getWorksheet('KPIs');
    if (!sheet) throw new Error('no KPIs sheet');
    expect(sheet.getRow(1).getCell(1).value).toBe('code');
    expect(sheet.getRow(2).getCell(1).value).toBe(first.code);
    const latest = sheet.getRow(2).getCell(11);
    expect(typeof latest.value).toBe('number');
    expect(latest.value).toBeCloseTo(first.performance.latest.value);
    expect(sheet.getRow(2).getCell(10).value).toBeInstanceOf(Date);
  });

  test('the KPI page saves the chart’s series as Excel, with the KPI code for the importer', async () => {
    const list = await api<KpiList>(`/kpis?goal=${goal.id}&frequency=monthly&limit=200`);
    const kpi = list.data.find((candidate) => candidate.performance.latest);
    if (!kpi) throw new Error('no public monthly KPI with values');
    await open(`/kpis/${kpi.id}?range=3y`);
    await page.locator('figure.kpi-figure svg[role="img"]').first().waitFor();

    const saved = await download(/these values/, 'Excel');
    expect(saved.suggestedFilename()).toMatch(
      new RegExp(`^${kpi.code}-series-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`),
    );
    const sheet = (await workbookOf(saved)).getWorksheet('Series');
    if (!sheet) throw new Error('no Series sheet');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual([
      'kpi_code',
      'period_start',
      'period_end',
      'fiscal_year',
      'value',
    ]);
    expect(sheet.rowCount).toBeGreaterThan(12);
    expect(sheet.getRow(2).getCell(1).value).toBe(kpi.code);
    expect(sheet.getRow(2).getCell(2).value).toBeInstanceOf(Date);
    expect(typeof sheet.getRow(2).getCell(5).value).toBe('number');
    await screenshot(page, 'exports-kpi-series-menu', { fullPage: false });
    await expectNoAxeViolations(page, 'the KPI page with its download menu open');
  });

  test('the dashboard saves its KPIs', async () => {
    await open('/dashboards/development-services-center');
    const saved = await download(/Development Services Center KPIs/, 'CSV');
    const rows = fs
      .readFileSync((await saved.path()) as string, 'utf8')
      .trim()
      .split('\r\n');
    expect(rows.length).toBeGreaterThan(1);
    await screenshot(page, 'exports-dashboard-menu', { fullPage: false });
    await expectNoAxeViolations(page, 'the dashboard with its download menu open');
  });

  test('the all-KPIs table saves the rows its filters show', async () => {
    await signInAs(page, server.baseUrl, 'council', '/kpis?status=off_track');
    await page.getByRole('heading', { level: 1, name: 'All KPIs' }).waitFor();
    const offTrack = await download(/every KPI that matches the filters/, 'CSV');
    const offRows = fs
      .readFileSync((await offTrack.path()) as string, 'utf8')
      .trim()
      .split('\r\n');
    expect(offRows.slice(1).every((row) => row.includes(',Off track,'))).toBe(true);
    await screenshot(page, 'exports-all-kpis-menu', { fullPage: false });
    await expectNoAxeViolations(page, 'the all-KPIs table with its download menu open');
  });

  test('the budget office downloads the performance report from the overview', async () => {
    await signInAs(page, server.baseUrl, 'budget_office', '/');
    const link = page.getByRole('link', { name: 'Download the performance report (Excel)' });
    const [saved] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(saved.suggestedFilename()).toMatch(/^performance-report-FY\d{4}-[\d-]+\.xlsx$/);
    const workbook = await workbookOf(saved);
    expect(workbook.worksheets[0]?.name).toBe('Summary');
    expect(workbook.worksheets.length).toBeGreaterThan(1);
    await screenshot(page, 'exports-overview-report', { fullPage: false });
    await expectNoAxeViolations(page, 'the overview with the report link');
  });
});
