/**
 * The budget office's review: values the Development Services head submits through the API show
 * in the queue with their status and change; one is returned with a comment (an empty one is
 * refused first), the rest approved in bulk, and the API says so. A stale approval overwrites
 * nothing. The missing and overdue report shows the API's counts. Both screens pass axe.
 */
import {
  formatDate,
  formatInstant,
  formatPeriod,
  statusLabels,
  type Measurement,
  type OverdueReport,
  type ReviewQueue,
  type SiteInfo,
  type Worksheet,
} from '@civicstat/shared';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite } from './support/browserSuite';
import { screenshot } from './support/screenshot';
import { apiSessionAs, signInAs, type ApiSession } from './support/signIn';
import { waitUntil } from './support/waitUntil';
import type { PageWatch } from './support/watchPage';

const suite = browserSuite();
let page: Page;
let watch: PageWatch;

beforeEach(async () => {
  ({ page, watch } = await suite.newPage());
});

/** JSON through a demo account's API session; an answer other than 2xx throws, saying why. */
async function apiAs(role: string) {
  const session = await apiSessionAs(suite.baseUrl, role);
  const call = async <T>(pathname: string, init?: Parameters<ApiSession['fetch']>[1]) => {
    const answer = await session.fetch(pathname, init);
    if (!answer.ok)
      throw new Error(`${pathname} answered ${answer.status}: ${await answer.text()}`);
    return (await answer.json()) as T;
  };
  return {
    get: <T>(pathname: string) => call<T>(pathname),
    post: <T>(pathname: string, body: unknown, ifMatch: number, method: 'POST' | 'PUT' = 'POST') =>
      call<T>(pathname, { method, body, ifMatch }),
  };
}

async function signIn(role: string, next: string) {
  await signInAs(page, suite.baseUrl, role, next);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

const november = '2026-11-01';

describe('the review queue', () => {
  test('lists submitted values by department; returns one with a comment and approves the rest in bulk', async () => {
    const head = await apiAs('department_head');
    const departments = await head.get<{ data: Array<{ id: number; name: string }> }>(
      '/departments',
    );
    const dsc = departments.data.find((department) => department.name === 'Development Services');
    if (!dsc) throw new Error('the demo has no Development Services department');
    const sheet = await head.get<Worksheet>(`/departments/${dsc.id}/worksheet?month=${november}`);
    const rowOf = (code: string) => {
      const row = sheet.rows.find((candidate) => candidate.kpi.code === code);
      if (!row?.measurement || !row.previous) throw new Error(`${code} has no November draft`);
      return row;
    };

    // The department head enters three November values and submits them.
    const entries = [
      { code: 'DSC-07', input: { value: 4.5, note: 'Two reviewers out this month.' } },
      { code: 'DSC-12', input: { value: 5.8, note: 'New intake checklist.' } },
      {
        code: 'DSC-02',
        input: { value: 0.9, numerator: 180, denominator: 200, note: 'Steady.' },
      },
    ];
    const submitted = new Map<string, Measurement>();
    for (const { code, input } of entries) {
      const row = rowOf(code);
      const path = `/kpis/${row.kpi.id}/measurements/${november}`;
      const saved = await head.post<Measurement>(path, input, row.measurement!.version, 'PUT');
      submitted.set(code, await head.post<Measurement>(`${path}/submit`, undefined, saved.version));
    }
    expect([...submitted.values()].map((m) => m.state)).toEqual([
      'submitted',
      'submitted',
      'submitted',
    ]);

    const office = await apiAs('budget_office');
    const site = await office.get<SiteInfo>('/site');
    const queue = await office.get<ReviewQueue>(
      `/measurements?state=submitted&department=${dsc.id}&limit=500`,
    );
    const waiting = queue.data.length;
    expect(waiting).toBeGreaterThanOrEqual(3);

    await signIn('budget_office', `/review?department=${dsc.id}`);
    const section = page.getByRole('region', { name: /^Development Services/ });
    await section.waitFor();
    expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe(
      `Development Services ${waiting} values`,
    );
    const rows = section.locator('tbody tr.queue-row');
    expect(await rows.count()).toBe(waiting);
    await waitUntil(
      'the department filter shows Development Services',
      async () => (await page.getByLabel('Department').inputValue()) === String(dsc.id),
    );

    const rowFor = (code: string) => rows.filter({ hasText: code });
    const expectedChange: Record<string, string> = {
      'DSC-07': 'Up 9.8%', // 4.1 → 4.5 days
      'DSC-12': 'Down 4.9%', // 6.1 → 5.8 days
      'DSC-02': 'Up 4 points', // 86% → 90%
    };
    for (const { code } of entries) {
      const item = queue.data.find((candidate) => candidate.kpi.code === code);
      if (!item) throw new Error(`${code} is not in the API's queue`);
      const text = (await rowFor(code).textContent()) ?? '';
      expect(text).toContain(item.kpi.name);
      expect(text).toContain('Nov 2026');
      expect(text).toContain(statusLabels[item.status]);
      expect(text).toContain(expectedChange[code]);
      expect(text).toContain(item.measurement.note);
      expect(text).toContain(item.measurement.submittedBy?.name ?? 'Not recorded');
      expect(text).toContain(formatInstant(item.measurement.submittedAt ?? '', site.timeZone));
      expect(
        await rowFor(code).getByRole('link', { name: item.kpi.name }).getAttribute('href'),
      ).toBe(`/kpis/${item.kpi.id}`);
    }
    expect(await rowFor('DSC-12').textContent()).toContain('−0.3 days, from 6.1 days · better');
    await screenshot(page, 'review-queue');
    await expectNoAxeViolations(page);

    // Return DSC-12 with a comment; an empty comment is refused next to the field first.
    const returned = queue.data.find((item) => item.kpi.code === 'DSC-12')!;
    await rowFor('DSC-12')
      .getByRole('button', { name: /^Return / })
      .click();
    const comment = page.getByLabel(/Comment for the department/);
    await comment.waitFor();
    expect(await focusedId()).toBe(await comment.getAttribute('id'));
    await page.getByRole('button', { name: 'Return to the department' }).click();
    await page.getByText('Write a comment: say what the department needs to fix.').waitFor();
    expect(await comment.getAttribute('aria-invalid')).toBe('true');
    expect(await focusedId()).toBe(await comment.getAttribute('id'));
    await screenshot(page, 'review-return-refused', { fullPage: false });
    await expectNoAxeViolations(page);

    await comment.fill('The October figure was 6.1; please check the intake dates.');
    await page.getByRole('button', { name: 'Return to the department' }).click();
    const results = page.locator('#review-results');
    await results.getByText(`Returned ${returned.kpi.name}, Nov 2026.`).waitFor();
    await waitUntil('the returned value leaves the queue', async () => {
      return (await rows.count()) === waiting - 1;
    });
    // Focus went on to the next value waiting.
    await waitUntil('focus moves to the next value', async () =>
      /^review-\d+-2026-\d\d-01-select$/.test(await focusedId()),
    );

    // Approve the rest together.
    await section.getByLabel('Select all in Development Services').check();
    await page.getByRole('heading', { name: `${waiting - 1} values selected` }).waitFor();
    await screenshot(page, 'review-selected');
    await page.getByRole('button', { name: 'Approve selected' }).click();
    await results.getByText(`Approved ${waiting - 1} values.`).waitFor();
    await page.getByText('Nothing from Development Services is waiting for review.').waitFor();
    await waitUntil(
      'focus moves to the results',
      async () => (await focusedId()) === 'review-results',
    );
    await screenshot(page, 'review-approved');
    await expectNoAxeViolations(page);

    // The API agrees.
    const after = await office.get<Worksheet>(`/departments/${dsc.id}/worksheet?month=${november}`);
    for (const { code } of entries) {
      const stored = after.rows.find((row) => row.kpi.code === code)?.measurement;
      if (code === 'DSC-12') {
        expect(stored?.state).toBe('returned');
        expect(stored?.reviewComment).toBe(
          'The October figure was 6.1; please check the intake dates.',
        );
      } else {
        expect(stored?.state).toBe('approved');
      }
    }
    const left = await office.get<ReviewQueue>(
      `/measurements?state=submitted&department=${dsc.id}`,
    );
    expect(left.page.total).toBe(0);
  });

  test('an approval based on a stale version overwrites nothing and says so', async () => {
    const office = await apiAs('budget_office');
    const queue = await office.get<ReviewQueue>('/measurements?state=submitted&limit=500');
    const item = queue.data.find((candidate) => candidate.kpi.code === 'POL-01');
    if (!item) throw new Error('POL-01 is not waiting for review');
    const department = item.kpi.department.id;
    await signIn('budget_office', `/review?department=${department}`);
    const row = page.locator('tbody tr.queue-row').filter({ hasText: 'POL-01' });
    await row.waitFor();

    // Meanwhile a colleague returns it.
    const path = `/kpis/${item.kpi.id}/measurements/${item.measurement.periodStart}`;
    await office.post(
      path + '/return',
      { comment: 'Returned by a colleague.' },
      item.measurement.version,
    );
    watch.allowFailedRequest(`/api/v1${path}/approve`, 412);

    await row.getByRole('button', { name: /^Approve / }).click();
    const results = page.locator('#review-results');
    await results.getByText('Someone changed this value since the queue was loaded.').waitFor();
    expect(await results.getByRole('heading').textContent()).toBe('1 value was not approved');
    await waitUntil('the queue shows what is stored', async () => (await row.count()) === 0);
    await waitUntil(
      'focus moves to the results',
      async () => (await focusedId()) === 'review-results',
    );
    await screenshot(page, 'review-stale');
    await expectNoAxeViolations(page);

    const stored = await office.get<ReviewQueue>(`/measurements?state=returned&kpi=${item.kpi.id}`);
    expect(
      stored.data.find((m) => m.measurement.periodStart === item.measurement.periodStart)
        ?.measurement.reviewComment,
    ).toBe('Returned by a colleague.');
  });

  test('the queue is keyboard operable and says when nothing is waiting', async () => {
    await signIn('budget_office', '/review?department=12');
    // Equity and Inclusion has nothing waiting in the demo data.
    await page.getByText('Nothing from Equity and Inclusion is waiting for review.').waitFor();
    await page.getByLabel('Department').selectOption('');
    await page.waitForURL(`${suite.baseUrl}/review`);
    await page.locator('tbody tr.queue-row').first().waitFor();

    const firstReturn = page
      .locator('tbody tr.queue-row')
      .first()
      .getByRole('button', { name: /^Return / });
    await firstReturn.focus();
    await page.keyboard.press('Enter');
    const comment = page.getByLabel(/Comment for the department/);
    await comment.waitFor();
    expect(await focusedId()).toBe(await comment.getAttribute('id'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Cancel
    await waitUntil('the form closes', async () => (await comment.count()) === 0);
    const returnId = await firstReturn.getAttribute('id');
    await waitUntil(
      'focus is back on the Return button',
      async () => (await focusedId()) === returnId,
    );
  });
});

describe('missing and overdue data', () => {
  test('shows the API’s outstanding periods by department, with counts and totals', async () => {
    const office = await apiAs('budget_office');
    // Reopen two approved values of ended periods: September (overdue) and October (not yet).
    const kpis = await office.get<{ data: Array<{ id: number; code: string }> }>('/kpis?limit=200');
    for (const [code, periodStart] of [
      ['DSC-01', '2026-09-01'],
      ['POL-02', '2026-10-01'],
    ] as const) {
      const kpi = kpis.data.find((candidate) => candidate.code === code);
      if (!kpi) throw new Error(`the demo has no KPI ${code}`);
      const approved = await office.get<ReviewQueue>(
        `/measurements?state=approved&kpi=${kpi.id}&sort=recent&limit=12`,
      );
      const item = approved.data.find(
        (candidate) => candidate.measurement.periodStart === periodStart,
      );
      if (!item) throw new Error(`${code} ${periodStart} is not approved`);
      await office.post(
        `/kpis/${kpi.id}/measurements/${periodStart}/reopen`,
        { reason: 'Checking the source.' },
        item.measurement.version,
      );
    }
    const report = await office.get<OverdueReport>('/reports/overdue');
    expect(report.departments.length).toBeGreaterThanOrEqual(2);

    await signIn('budget_office', '/review/overdue');
    await page
      .getByRole('heading', { level: 1, name: `Missing and overdue data, FY${report.fiscalYear}` })
      .waitFor();
    const summary = page.getByRole('table', { name: /by department and state/ });
    await summary.waitFor();
    let total = 0;
    let overdue = 0;
    for (const { department, items } of report.departments) {
      const row = summary
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: department.name }) });
      const cells = await row.getByRole('cell').allTextContents();
      const count = (state: string) => String(items.filter((item) => item.state === state).length);
      expect(cells).toEqual([
        count('missing'),
        count('draft'),
        count('returned'),
        count('submitted'),
        String(items.length),
        String(items.filter((item) => item.overdue).length),
      ]);
      total += items.length;
      overdue += items.filter((item) => item.overdue).length;

      const section = page.getByRole('region', { name: department.name, exact: true });
      const rows = section.locator('tbody tr');
      expect(await rows.count()).toBe(items.length);
      for (const [index, item] of items.entries()) {
        const cellsOfItem = await rows.nth(index).getByRole('cell').allTextContents();
        expect(cellsOfItem).toEqual([
          formatPeriod(item.periodStart, item.kpi.frequency),
          formatDate(item.due),
          { missing: 'Missing', draft: 'Draft', returned: 'Returned', submitted: 'Submitted' }[
            item.state
          ],
          item.overdue ? '! Yes' : 'No',
        ]);
        expect(
          await rows.nth(index).getByRole('link', { name: item.kpi.name }).getAttribute('href'),
        ).toBe(`/kpis/${item.kpi.id}`);
      }
    }
    const totals = await summary.locator('tfoot').getByRole('cell').allTextContents();
    expect(totals.slice(-2)).toEqual([String(total), String(overdue)]);

    const dsc = page.getByRole('region', { name: 'Development Services', exact: true });
    const september = dsc.locator('tbody tr').filter({ hasText: 'Sep 2026' });
    expect(await september.textContent()).toContain('Submitted');
    expect(await september.textContent()).toContain('Yes');
    await screenshot(page, 'review-overdue');
    await expectNoAxeViolations(page);

    // The sub-navigation marks where we are.
    const nav = page.getByRole('navigation', { name: 'Review' });
    expect(
      await nav.getByRole('link', { name: 'Missing and overdue' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(await nav.getByRole('link', { name: 'Queue' }).getAttribute('aria-current')).toBeNull();

    // An earlier fiscal year, from the selector, in the URL.
    const past = await office.get<OverdueReport>(`/reports/overdue?fy=${report.fiscalYear - 1}`);
    await page.getByLabel('Fiscal year').selectOption(String(report.fiscalYear - 1));
    await page.waitForURL(new RegExp(`\\?fy=${report.fiscalYear - 1}$`));
    await page
      .getByRole('heading', {
        level: 1,
        name: `Missing and overdue data, FY${report.fiscalYear - 1}`,
      })
      .waitFor();
    if (past.departments.length === 0) {
      await page
        .getByText(`Every ended period of FY${report.fiscalYear - 1} has an approved value.`)
        .waitFor();
    } else {
      await page.getByRole('table', { name: /by department and state/ }).waitFor();
    }
    await expectNoAxeViolations(page);
  });
});
