/**
 * The budget office's KPI editor in a real browser: change a definition and see it on the KPI
 * page, a concurrent change caught by If-Match, a new KPI, next year's targets in bulk, and the
 * change history naming who did what. axe on each screen.
 */
import type { KpiDefinition, KpiList, KpiTargetList, PlanOverview } from '@civicstat/shared';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite } from './support/browserSuite';
import { screenshot } from './support/screenshot';
import { apiSessionAs, signInAs } from './support/signIn';
import { waitUntil } from './support/waitUntil';
import type { PageWatch } from './support/watchPage';

const suite = browserSuite();
let page: Page;
let watch: PageWatch;
/** DSC-02 (percent, higher is better) and DSC-01 (days, lower is better). */
let dsc02: { id: number; name: string };
let dsc01: { id: number; name: string };
let nextFiscalYear: number;

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${suite.baseUrl}/api/v1${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** A read through the page, with its session cookie (staff-only data). */
function apiInPage<T>(path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return (await response.json()) as unknown;
  }, `/api/v1${path}`) as Promise<T>;
}

beforeAll(async () => {
  const list = await api<KpiList>('/kpis?q=DSC-0&limit=50');
  const byCode = (code: string) => {
    const kpi = list.data.find((k) => k.code === code);
    if (!kpi) throw new Error(`the demo city has no public KPI ${code}`);
    return { id: kpi.id, name: kpi.name };
  };
  dsc01 = byCode('DSC-01');
  dsc02 = byCode('DSC-02');
  nextFiscalYear = (await api<PlanOverview>('/plans/current')).fiscalYear + 1;
});

beforeEach(async () => {
  ({ page, watch } = await suite.newPage({ viewport: { width: 1280, height: 900 } }));
  await signInAs(page, suite.baseUrl, 'budget_office');
});

const renamed = 'Plan reviews finished within the target days';

describe('the KPI definition editor', () => {
  test('the budget office changes a name and tolerance and sees them on the KPI page', async () => {
    await page.goto(`${suite.baseUrl}/kpis/${dsc02.id}`);
    await page.getByRole('link', { name: 'Edit definition and targets' }).click();
    await page.waitForURL(`${suite.baseUrl}/kpis/${dsc02.id}/edit`);
    await page.getByRole('heading', { level: 1, name: `Edit ${dsc02.name}` }).waitFor();
    expect(await page.getByLabel('Tolerance').inputValue()).toBe('5');
    await screenshot(page, 'kpi-admin-edit');
    await expectNoAxeViolations(page);

    // Refused in the browser by the shared schema: errors by the field and in the summary.
    await page.getByLabel('Name', { exact: true }).fill(' ');
    await page.getByLabel('Tolerance').fill('150');
    await page.getByRole('button', { name: 'Save definition' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: 'Name is required' }).waitFor();
    await summary
      .getByRole('link', {
        name: 'Tolerance must be a percentage from 0 up to (not including) 100',
      })
      .click();
    expect(await page.getByLabel('Tolerance').evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    await screenshot(page, 'kpi-admin-edit-errors');
    await expectNoAxeViolations(page);

    await page.getByLabel('Name', { exact: true }).fill(renamed);
    await page.getByLabel('Tolerance').fill('8');
    await page.getByRole('button', { name: 'Save definition' }).click();
    await page.getByRole('status').getByText(`Saved. ${renamed} is now at version`).waitFor();
    await page.getByRole('heading', { level: 1, name: `Edit ${renamed}` }).waitFor();

    await page.getByRole('link', { name: 'See the KPI’s page' }).click();
    await page.waitForURL(`${suite.baseUrl}/kpis/${dsc02.id}`);
    await page.getByRole('heading', { level: 1, name: renamed }).waitFor();
    await page.getByText('at risk within 8% of the target').waitFor();
  });

  test('a change made meanwhile shows both versions and overwrites nothing', async () => {
    await page.goto(`${suite.baseUrl}/kpis/${dsc01.id}/edit`);
    await page.getByLabel('Owner').fill('Typed in the form');

    // Meanwhile, someone else changes the owner (same session: the version is what counts).
    await page.evaluate(async (id) => {
      const me = (await (await fetch('/api/v1/me')).json()) as { csrfToken: string };
      const kpi = (await (await fetch(`/api/v1/kpis/${id}`, { cache: 'no-store' })).json()) as {
        version: number;
      };
      const changed = await fetch(`/api/v1/kpis/${id}`, {
        method: 'PATCH',
        headers: {
          'Content-Type': 'application/json',
          'X-CSRF-Token': me.csrfToken,
          'If-Match': `"${kpi.version}"`,
        },
        body: JSON.stringify({ owner: 'Changed meanwhile' }),
      });
      if (!changed.ok) throw new Error(`the change answered ${changed.status}`);
    }, dsc01.id);
    watch.allowFailedRequest(`/api/v1/kpis/${dsc01.id}`, 412);

    await page.getByRole('button', { name: 'Save definition' }).click();
    const notice = page
      .getByRole('alert')
      .filter({ hasText: 'Someone changed this since you opened it.' });
    await notice.waitFor();
    const owner = notice.getByRole('row', { name: /Owner/ });
    expect(await owner.getByRole('cell').allTextContents()).toEqual([
      'Typed in the form',
      'Changed meanwhile',
    ]);
    expect(await page.getByLabel('Owner').inputValue()).toBe('Typed in the form');
    await screenshot(page, 'kpi-admin-stale');
    await expectNoAxeViolations(page);
    expect((await apiInPage<KpiDefinition>(`/kpis/${dsc01.id}`)).owner).toBe('Changed meanwhile');

    await notice.getByRole('button', { name: 'Start again from the saved version' }).click();
    expect(await page.getByLabel('Owner').inputValue()).toBe('Changed meanwhile');
    expect(await notice.count()).toBe(0);
  });

  test('a new KPI is checked in the browser, created, and opens in the editor', async () => {
    await page.goto(`${suite.baseUrl}/kpis/new`);
    await page.getByRole('heading', { level: 1, name: 'New KPI' }).waitFor();
    await page.getByRole('button', { name: 'Create KPI' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: 'Department must be chosen' }).waitFor();
    await summary.getByRole('link', { name: /^Code must be 1–32 capital letters/ }).waitFor();
    await screenshot(page, 'kpi-admin-new');
    await expectNoAxeViolations(page);

    await page.getByLabel('Name', { exact: true }).fill('Trees planted');
    await page.getByLabel('Code').fill('PW-TREES');
    await page.getByLabel('Department').selectOption({ label: 'Public Works' });
    await page.getByLabel('Unit').fill('trees');
    await page.getByRole('button', { name: 'Create KPI' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit Trees planted' }).waitFor();
    await page.getByText('Trees planted was created. Set its targets below.').waitFor();
  });
});

describe('targets', () => {
  test('next year’s targets for two KPIs in one save, checked row by row', async () => {
    // The stored targets come in one request for the year, not one per KPI.
    const targetRequests: string[] = [];
    const onRequest = (request: { url(): string }) => {
      if (/\/api\/v1\/(kpis\/\d+\/)?targets/.test(request.url()))
        targetRequests.push(request.url());
    };
    page.on('request', onRequest);
    await page.goto(`${suite.baseUrl}/targets/${nextFiscalYear}`);
    await page.getByRole('heading', { level: 1, name: `FY${nextFiscalYear} targets` }).waitFor();
    await page.getByLabel('Department').selectOption({ label: 'Development Services' });
    await page.waitForURL(/department=\d+/);
    const first = page.getByLabel(new RegExp(`^New FY${nextFiscalYear} target for DSC-01 `));
    const second = page.getByLabel(new RegExp(`^New FY${nextFiscalYear} target for DSC-02 `));
    await first.fill('twenty');
    await second.fill('92.5');
    page.off('request', onRequest);
    expect(targetRequests.map((url) => new URL(url).pathname)).toEqual([
      `/api/v1/targets/${nextFiscalYear}`,
    ]);
    await page.getByRole('button', { name: `Save FY${nextFiscalYear} targets` }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: 'DSC-01: Target must be a number' }).click();
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(page, 'kpi-admin-bulk-errors');
    await expectNoAxeViolations(page);

    await first.fill('20');
    await page.getByRole('button', { name: `Save FY${nextFiscalYear} targets` }).click();
    await page
      .getByRole('status')
      .getByText(`Saved FY${nextFiscalYear} targets for 2 KPIs.`)
      .waitFor();
    const targetOf = async (id: number) =>
      (await apiInPage<KpiTargetList>(`/kpis/${id}/targets`)).data.find(
        (t) => t.fiscalYear === nextFiscalYear && t.periodStart === null,
      )?.target;
    expect(await targetOf(dsc01.id)).toEqual({ value: 20 });
    expect(await targetOf(dsc02.id)).toEqual({ value: 0.925 });
    // The "Saved" column reads them back.
    const savedCell = (input: typeof first) =>
      input.evaluate((element) => {
        const row = element.closest('tr');
        const headers = element.closest('table')?.querySelectorAll('thead th');
        const column = Array.from(headers ?? []).findIndex((th) =>
          /^Saved FY\d+ target$/.test(th.textContent?.trim() ?? ''),
        );
        return row?.children[column]?.textContent?.trim() ?? '';
      });
    await waitUntil(
      'the saved column shows the new targets',
      async () =>
        (await savedCell(first)).startsWith('20') && (await savedCell(second)).startsWith('92.5'),
    );

    // Copying last year's targets fills the empty inputs, to review before saving.
    await page.getByRole('button', { name: /^Copy FY\d+’s targets into empty rows$/ }).click();
    await page
      .getByRole('status')
      .getByText(/^Copied FY\d+’s targets into \d+ empty rows?\./)
      .waitFor();
    expect(await first.inputValue()).not.toBe('');
    expect(await second.inputValue()).not.toBe('');
    const third = page.getByLabel(new RegExp(`^New FY${nextFiscalYear} target for DSC-05 `));
    expect(await third.inputValue()).not.toBe('');
    await screenshot(page, 'kpi-admin-bulk');
    await expectNoAxeViolations(page);
  });
});

describe('the change history', () => {
  test('lists the edits and targets with who made them', async () => {
    await page.goto(`${suite.baseUrl}/kpis/${dsc02.id}/edit`);
    const history = page.getByRole('list', { name: 'Changes, newest first' });
    await history.waitFor();
    const target = history.getByRole('listitem').filter({
      hasText: `Blair Budget changed the FY${nextFiscalYear} target`,
    });
    await target.getByText('92.5%').waitFor();
    const edit = history
      .getByRole('listitem')
      .filter({ hasText: 'Blair Budget changed the definition' });
    await edit.getByText(renamed).waitFor();
    expect(await edit.getByText('Tolerance:').count()).toBe(1);
    expect(await edit.innerText()).toContain('5%');
    expect(await edit.innerText()).toContain('8%');
    await history.scrollIntoViewIfNeeded();
    await screenshot(page, 'kpi-admin-history');
    await expectNoAxeViolations(page);
  });

  test('shows older changes a page at a time', async () => {
    // 25 more target changes for DSC-01: more than the first page of 20.
    const budget = await apiSessionAs(suite.baseUrl, 'budget_office');
    const stored = (await (
      await budget.fetch(`/kpis/${dsc01.id}/targets`)
    ).json()) as KpiTargetList;
    let version = stored.data.find(
      (t) => t.fiscalYear === nextFiscalYear && !t.periodStart,
    )?.version;
    for (let i = 0; i < 25; i += 1) {
      const response = await budget.fetch(`/kpis/${dsc01.id}/targets/${nextFiscalYear}`, {
        method: 'PUT',
        body: { target: 30 + i },
        ifMatch: version,
      });
      expect(response.ok).toBe(true);
      version = ((await response.json()) as { version: number }).version;
    }
    const trail = await budget.fetch(`/audit?kpi=${dsc01.id}&limit=1`);
    const { total } = ((await trail.json()) as { page: { total: number } }).page;
    expect(total).toBeGreaterThan(25);

    await page.goto(`${suite.baseUrl}/kpis/${dsc01.id}/edit`);
    const history = page.getByRole('list', { name: 'Changes, newest first' });
    await history.waitFor();
    const entries = history.locator(':scope > li');
    expect(await entries.count()).toBe(20);
    expect(await entries.first().innerText()).toContain('54');
    const more = page.getByRole('button', {
      name: `Show ${Math.min(20, total - 20)} older change`,
    });
    await more.click();
    await waitUntil(
      'the second page of changes',
      async () => (await entries.count()) === Math.min(40, total),
    );
    // The second page goes on where the first stopped: 54 … 35, then 34 … (no repeats).
    expect(await entries.nth(20).locator('ins').first().innerText()).toContain('34');
    const texts = await entries.allInnerTexts();
    expect(new Set(texts).size).toBe(texts.length);
    await expectNoAxeViolations(page);
  });
});
