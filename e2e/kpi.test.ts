/** The KPI page, its chart, table and CSV download, and the embed, against the built server and its demo data. */
import fs from 'node:fs';
import {
  formatPeriod,
  formatValue,
  statusLabels,
  type KpiDetail,
  type KpiList,
  type KpiSeries,
} from '@civicstat/shared';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { browserSuite } from './support/browserSuite';
import { screenshot } from './support/screenshot';
import { apiSessionAs } from './support/signIn';
import type { PageWatch } from './support/watchPage';
import { expectTitle } from './support/title';

const suite = browserSuite();
let page: Page;
let watch: PageWatch;
/** A public KPI of the demo city with values, a goal and commentary. */
let kpi: KpiDetail;
let privateKpiId: number;

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${suite.baseUrl}/api/v1${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

beforeAll(async () => {
  const list = await api<KpiList>('/kpis?limit=200&sort=code');
  const candidate = list.data.find(
    (k) => k.goal && k.frequency === 'monthly' && k.performance.latest && k.aggregation === 'mean',
  );
  if (!candidate) throw new Error('the demo city has no public monthly KPI with values');
  kpi = await api<KpiDetail>(`/kpis/${candidate.id}`);

  // The private KPIs are listed to staff only.
  const council = await apiSessionAs(suite.baseUrl, 'council');
  const answer = await council.fetch('/kpis?public=false&limit=1');
  expect(answer.status).toBe(200);
  const internal = (await answer.json()) as KpiList;
  privateKpiId = (internal.data[0] as { id: number }).id;
});

beforeEach(async () => {
  ({ page, watch } = await suite.newPage({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  }));
});

async function open(pathname: string) {
  await page.goto(`${suite.baseUrl}${pathname}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** Waits for the chart's svg (Recharts arrives in its own chunk). */
async function chart() {
  const svg = page.locator('figure.kpi-figure svg[role="img"]');
  await svg.first().waitFor();
  return svg.first();
}

describe('the KPI page', () => {
  test('shows the latest value and status the API gives, and the chart', async () => {
    await open(`/kpis/${kpi.id}`);

    await expectTitle(page, `${kpi.name} — City of Durham performance`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(kpi.name);
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    expect(await breadcrumb.getByRole('link').allTextContents()).toEqual([
      'Overview',
      `Goal ${kpi.goal?.number}`,
    ]);

    const latest = kpi.performance.latest as NonNullable<KpiDetail['performance']['latest']>;
    expect(await page.getByTestId('latest-value').textContent()).toBe(
      formatValue(latest.value, kpi, { withUnit: true }),
    );
    expect(await page.locator('.kpi-header .status-badge').textContent()).toBe(
      statusLabels[kpi.performance.status],
    );

    const svg = await chart();
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.locator('title').textContent()).toBe(`${kpi.name} by month`);
    expect(await page.locator('figure.kpi-figure figcaption').textContent()).toContain(
      'against the target',
    );
    // The projection's dashes run to the fiscal year's end, and the time axis says where that is.
    expect(kpi.projection).not.toBeNull();
    const fiscalYear = kpi.performance.fiscalYearToDate.fiscalYear;
    await svg.getByText(`FY${fiscalYear} end`, { exact: true }).waitFor();
    // The commentary and the methodology.
    expect(await page.getByRole('heading', { level: 2, name: 'Commentary' }).count()).toBe(1);
    expect(await page.getByText(kpi.methodology, { exact: true }).count()).toBe(1);

    // A tooltip with formatted values, from hovering the chart's last point.
    await svg.scrollIntoViewIfNeeded();
    const box = await svg.boundingBox();
    if (!box) throw new Error('the chart has no size');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 5 });
    await page.locator('.chart-tooltip').waitFor({ timeout: 5000 });
    expect(await page.locator('.chart-tooltip').textContent()).toMatch(/Actual.*Target/);
    await screenshot(page, 'kpi-page');
    await screenshot(page, 'kpi-chart-tooltip', { fullPage: false });

    expect(await axeViolations(page)).toEqual([]);
  });

  test('keeps the range and granularity in the URL, and the table matches the series API', async () => {
    await open(`/kpis/${kpi.id}`);
    await chart();

    await page.getByLabel('Show', { exact: true }).selectOption('all');
    await page.waitForURL(/[?&]range=all/);
    const seriesAnswer = page.waitForResponse((response) =>
      response.url().includes('/series?granularity=quarter'),
    );
    await page.getByLabel('Values by', { exact: true }).selectOption('quarter');
    await page.waitForURL(/[?&]granularity=quarter/);
    const series = (await (await seriesAnswer).json()) as KpiSeries;
    await page
      .locator('figure.kpi-figure svg title', { hasText: 'by quarter' })
      .waitFor({ state: 'attached' });

    await page.locator('figure.kpi-figure').scrollIntoViewIfNeeded();
    await screenshot(page, 'kpi-chart-all-quarters', { fullPage: false });

    await page.getByText('View as table').click();
    const rows = page.locator('.series-table tbody tr');
    expect(await rows.count()).toBe(series.points.length);
    const last = series.points.at(-1) as KpiSeries['points'][number];
    const cells = await rows.last().locator('th, td').allTextContents();
    // A quarter of this monthly KPI with fewer than its three months says how many it holds.
    expect(last.periods).toBeLessThan(3); // the demo's data end in the current quarter
    expect(cells).toEqual([
      `${formatPeriod(last.periodStart, 'quarterly')}${last.periods} of 3 months`,
      formatValue(last.value, kpi, { withUnit: true }),
      expect.any(String),
      statusLabels[last.status],
    ]);
    await screenshot(page, 'kpi-page-quarters-table');

    // The address is a deep link: opened afresh, it shows the same view.
    await page.reload();
    await chart();
    expect(await page.getByLabel('Show', { exact: true }).inputValue()).toBe('all');
    expect(await page.getByLabel('Values by', { exact: true }).inputValue()).toBe('quarter');
  });

  test('downloads the series as CSV', async () => {
    await open(`/kpis/${kpi.id}`);
    await page.locator('summary', { hasText: 'these values' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^${kpi.code}-series-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    const text = fs.readFileSync((await download.path()) as string, 'utf8');
    expect(text.split('\r\n')[0]).toBe(
      'kpi_code,period_start,period_end,fiscal_year,value,numerator,denominator,target,target_low,target_high,status,note',
    );
  });
});

describe('the embed', () => {
  test('shows a public KPI’s chart without the site’s header, navigation or footer', async () => {
    await page.setViewportSize({ width: 720, height: 560 });
    await open(`/embed/kpi/${kpi.id}`);

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(kpi.name);
    expect(await page.locator('.site-header, .site-footer').count()).toBe(0);
    expect(await page.getByRole('navigation').count()).toBe(0);
    await chart();
    expect(await page.getByText('View as table').count()).toBe(1);
    const more = page.getByRole('link', { name: /Full details/ });
    expect(await more.getAttribute('href')).toBe(`/kpis/${kpi.id}`);
    await screenshot(page, 'kpi-embed');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('says that a private KPI is not public', async () => {
    watch.allowFailedRequest(`/api/v1/kpis/${privateKpiId}`, 404);
    await open(`/embed/kpi/${privateKpiId}`);

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'This KPI is not public',
    );
    expect(await page.locator('figure').count()).toBe(0);
    await screenshot(page, 'kpi-embed-private');
  });
});
