/**
 * The goal-progress screens council and residents use: the overview's figures, a goal page's
 * KPI table with its filters and sorting, the Development Services Center board, the printable
 * council packet and presentation mode — each checked against the API and with axe.
 */
import { formatShare, formatValue, statusLabels } from '@civicstat/shared';
import type { DashboardDetail, GoalDetail, KpiSummary, PlanOverview } from '@civicstat/shared';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite } from './support/browserSuite';
import { screenshot } from './support/screenshot';
import { E2E_CLOCK_START } from './support/startServer';
import { waitUntil } from './support/waitUntil';

const suite = browserSuite();
let page: Page;

beforeEach(async () => {
  ({ page } = await suite.newPage());
});

async function api<T>(pathname: string): Promise<T> {
  const response = await fetch(`${suite.baseUrl}/api/v1${pathname}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

async function open(pathname: string) {
  await page.goto(`${suite.baseUrl}${pathname}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

const kpisOf = (goal: GoalDetail): KpiSummary[] =>
  goal.objectives.flatMap((objective) => objective.kpis);

describe('the overview', () => {
  test('each goal card shows the API’s share on track and status counts', async () => {
    const plan = await api<PlanOverview>('/plans/current');
    // The server's clock starts at CLOCK_START (support/startServer.ts), so "today" never moves.
    expect(plan.asOf).toBe(E2E_CLOCK_START.slice(0, 10));
    await open('/');
    await page.locator('.share-history').first().waitFor();

    const cards = page.getByRole('article');
    expect(await cards.count()).toBe(plan.goals.length);
    for (const [index, goal] of plan.goals.entries()) {
      const card = cards.nth(index);
      expect(await card.locator('.goal-card__share-value').textContent()).toBe(
        formatShare(goal.rollUp.shareOnTrack),
      );
      const legend = await card.locator('.status-legend').textContent();
      for (const [status, count] of Object.entries(goal.rollUp.counts)) {
        const words = `${count} ${statusLabels[status as keyof typeof statusLabels].toLowerCase()}`;
        if (count > 0) expect(legend).toContain(words);
        else
          expect(legend).not.toContain(
            statusLabels[status as keyof typeof statusLabels].toLowerCase(),
          );
      }
    }
    // The whole city's figure, in words, not only as a coloured bar.
    expect(await page.locator('.plan-summary__share').textContent()).toContain(
      formatShare(plan.rollUp.shareOnTrack),
    );
    // The history chart has a table alternative for screen readers.
    const history = page.getByRole('table', { name: /Goal 1: share of KPIs on track/ });
    // Past years' roll-ups arrive after the plan, one request each.
    await waitUntil(
      'the history table has past years',
      async () => (await history.getByRole('row').count()) > 2,
    );
    await screenshot(page, 'overview-performance');
    await expectNoAxeViolations(page);
  });

  test('the fiscal-year selector puts the year in the URL and shows that year’s figures', async () => {
    const past = await api<PlanOverview>('/plans/current?fy=2024');
    await open('/');

    await page.getByLabel('Fiscal year').selectOption('2024');
    await page.waitForURL(/\?fy=2024$/);
    await page.getByRole('heading', { name: 'At the end of FY2024' }).waitFor();
    expect(await page.locator('.goal-card__share-value').first().textContent()).toBe(
      formatShare(past.goals[0]?.rollUp.shareOnTrack ?? null),
    );
    // Drilling down keeps the year.
    expect(await page.getByRole('article').first().getByRole('link').getAttribute('href')).toBe(
      '/goals/1?fy=2024',
    );
  });
});

describe('a goal page', () => {
  test('lists every KPI of every objective with the API’s latest value and status', async () => {
    const plan = await api<PlanOverview>('/plans/current');
    const summary = plan.goals[1];
    if (!summary) throw new Error('the demo plan has no goal 2');
    const goal = await api<GoalDetail>(`/goals/${summary.id}`);
    await open(`/goals/${goal.number}`);

    for (const objective of goal.objectives) {
      await page
        .getByRole('heading', {
          level: 2,
          name: new RegExp(objective.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
        })
        .waitFor();
    }
    const rows = page.locator('table.kpi-table tbody tr');
    expect(await rows.count()).toBe(kpisOf(goal).length);

    for (const kpi of kpisOf(goal)) {
      const row = rows.filter({ has: page.getByRole('link', { name: kpi.name, exact: true }) });
      expect(await row.count()).toBe(1);
      const text = (await row.textContent()) ?? '';
      expect(text).toContain(statusLabels[kpi.performance.status]);
      if (kpi.performance.latest) {
        expect(text).toContain(formatValue(kpi.performance.latest.value, kpi));
      }
      expect(text).toContain(kpi.department.name);
    }
    await screenshot(page, 'goal-2');
    await expectNoAxeViolations(page);
  });

  test('filters by status and sorts by name, keeping both in the URL', async () => {
    const plan = await api<PlanOverview>('/plans/current');
    const goal = await api<GoalDetail>(`/goals/${plan.goals[0]?.id}`);
    const offTrack = kpisOf(goal).filter((kpi) => kpi.performance.status === 'off_track');
    expect(offTrack.length).toBeGreaterThan(0);
    await open('/goals/1');

    await page.getByLabel('Status').selectOption('off_track');
    await page.waitForURL(/status=off_track/);
    const rows = page.locator('table.kpi-table tbody tr');
    await waitUntil(
      'only off-track rows remain',
      async () => (await rows.count()) === offTrack.length,
    );
    expect(await page.getByRole('status').filter({ hasText: 'Showing' }).textContent()).toBe(
      `Showing ${offTrack.length} of ${kpisOf(goal).length} KPIs`,
    );
    for (const text of await rows.allTextContents()) expect(text).toContain('Off track');

    // The same view from its URL, as a bookmark or a shared link would open it.
    await open('/goals/1?status=off_track&sort=name&order=desc');
    const table = page.locator('table.kpi-table').first();
    expect(await table.getByRole('columnheader', { name: /KPI/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    const names = await table.locator('tbody th a').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));

    // Sorting by keyboard: the header is a button.
    await table.getByRole('button', { name: /KPI/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/order=asc/);
    await screenshot(page, 'goal-1-filtered');
  });
});

describe('the Development Services Center dashboard', () => {
  test('shows its curated KPIs as small multiples with the API’s status and value', async () => {
    const board = await api<DashboardDetail>('/dashboards/development-services-center');
    await open('/dashboards/development-services-center');

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(board.title);
    const tiles = page.locator('.kpi-tile');
    expect(await tiles.count()).toBe(board.kpis.length);
    for (const [index, kpi] of board.kpis.entries()) {
      const text = (await tiles.nth(index).textContent()) ?? '';
      expect(text).toContain(kpi.name);
      expect(text).toContain(statusLabels[kpi.performance.status]);
      if (kpi.performance.latest) {
        expect(text).toContain(formatValue(kpi.performance.latest.value, kpi, { withUnit: true }));
      }
    }
    await screenshot(page, 'dashboard-dsc');
    await expectNoAxeViolations(page);
  });
});

describe('the council packet', () => {
  test('has every goal, and prints one goal per page without the site’s chrome', async () => {
    const plan = await api<PlanOverview>('/plans/current');
    await open('/packet');
    await page.locator('.packet__goal').first().waitFor();

    expect(await page.locator('.packet__goal').count()).toBe(plan.goals.length);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const breaks = await page
      .locator('.packet__goal')
      .evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore));
    expect(breaks).toEqual(plan.goals.map(() => 'page'));
    const pdf = await page.pdf({ format: 'Letter' });
    // A goal per page at least, plus the cover.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(plan.goals.length);
    await page.emulateMedia({ media: 'screen' });
    await expectNoAxeViolations(page);
  });
});

describe('presentation mode', () => {
  test('moves between slides with the keyboard and a clicker’s keys, and shows where it is', async () => {
    const plan = await api<PlanOverview>('/plans/current');
    await page.setViewportSize({ width: 1280, height: 720 });
    await open('/present');

    const position = page.locator('.deck__position');
    const total = Number(/of (\d+)/.exec((await position.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(plan.goals.length);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(plan.title);
    expect(await page.locator('.site-header').count()).toBe(0);
    await screenshot(page, 'present-title', { fullPage: false });
    await expectNoAxeViolations(page);

    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/slide=2/);
    await page.getByRole('heading', { level: 1, name: plan.goals[0]?.title }).waitFor();
    expect(await position.textContent()).toBe(`Slide 2 of ${total}`);
    await screenshot(page, 'present-goal-1', { fullPage: false });
    await expectNoAxeViolations(page);

    await page.keyboard.press('PageDown'); // a presentation clicker's "next"
    await page.waitForURL(/slide=3/);
    await page.keyboard.press('PageUp');
    await page.waitForURL(/slide=2/);
    await page.keyboard.press('End');
    await page.waitForURL(new RegExp(`slide=${total}$`));
    await page.getByRole('heading', { level: 1, name: plan.goals.at(-1)?.title }).waitFor();
    expect(await page.getByRole('button', { name: /Next/ }).isDisabled()).toBe(true);
    await page.keyboard.press('Home');
    await page.waitForURL(/slide=1$/);
  });

  test('auto-advances when asked, and stops when paused', async () => {
    await open('/present');
    await page.getByLabel('Every').selectOption('10');
    await page.getByRole('button', { name: 'Auto-advance' }).click();
    expect(await page.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.waitForURL(/slide=2/, { timeout: 15000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(
      await page.getByRole('button', { name: 'Auto-advance' }).getAttribute('aria-pressed'),
    ).toBe('false');
  });
});
