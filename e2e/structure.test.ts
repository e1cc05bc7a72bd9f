/**
 * The admin's departments and plan structure, and the budget office's period locks, in a real
 * browser: renames that show where the city reads them, a stale edit that saves nothing, archive
 * and restore, and a lock the API enforces on a department head.
 */
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite } from './support/browserSuite';
import { screenshot } from './support/screenshot';
import { signInAs } from './support/signIn';

const suite = browserSuite();

interface ApiAnswer {
  status: number;
  body: unknown;
}

/** A request from the page, with its session cookie and CSRF token: another tab, in effect. */
function api(
  page: Page,
  method: string,
  path: string,
  options: { body?: unknown; ifMatch?: number } = {},
): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ method, path, body, ifMatch }) => {
      const me = (await (await fetch('/api/v1/me')).json()) as { csrfToken: string };
      const headers: Record<string, string> = { 'X-CSRF-Token': me.csrfToken };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
    },
    { method, path, body: options.body, ifMatch: options.ifMatch },
  );
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: /\S/ });

describe('departments and the plan structure', () => {
  test('the admin renames a department and an objective, and the goal page shows it', async () => {
    const { page } = await suite.newPage();
    await signInAs(page, suite.baseUrl, 'admin', '/admin/users');
    const adminNav = page.getByRole('navigation', { name: 'Admin' });
    await adminNav.getByRole('link', { name: 'Departments' }).click();
    await page.waitForURL(`${suite.baseUrl}/admin/departments`);
    await page.getByRole('heading', { level: 1, name: 'Departments' }).waitFor();
    expect(
      await adminNav.getByRole('link', { name: 'Departments' }).getAttribute('aria-current'),
    ).toBe('page');
    await page.getByRole('heading', { level: 2, name: 'Archived departments' }).waitFor();
    await page.getByText('No department is archived.').waitFor();
    await screenshot(page, 'admin-departments');
    await expectNoAxeViolations(page);

    // The shared schema refuses a bad code before anything is sent.
    await page.getByRole('button', { name: 'Edit Parks and Recreation' }).click();
    const code = page.getByLabel('Code');
    await code.waitFor();
    expect(await code.inputValue()).toBe('PRD');
    await code.fill('parks');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: /^Code must be 2–16 capital letters/ })
      .waitFor();
    await screenshot(page, 'admin-department-refused');
    await expectNoAxeViolations(page);
    await code.fill('PARKS');
    await page.getByLabel('Name', { exact: true }).fill('Parks, Recreation and Open Space');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await status(page).getByText('Parks, Recreation and Open Space was saved.').waitFor();
    const row = page.getByRole('row', { name: /Parks, Recreation and Open Space/ });
    await row.getByRole('cell', { name: 'PARKS', exact: true }).waitFor();
    expect(await page.getByRole('rowheader', { name: 'Parks and Recreation' }).count()).toBe(0);

    // The plan's structure: rename objective 3.3.
    await adminNav.getByRole('link', { name: 'Plan structure' }).click();
    await page.waitForURL(`${suite.baseUrl}/admin/structure`);
    await page.getByRole('heading', { level: 1, name: 'Plan structure' }).waitFor();
    await page.getByRole('heading', { level: 3, name: /^Goal 3: / }).waitFor();
    await page.getByText('No goal or objective of this plan is archived.').waitFor();
    await screenshot(page, 'admin-structure');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Edit objective 3.3' }).click();
    await page.getByRole('heading', { level: 2, name: 'Edit objective 3.3' }).waitFor();
    const title = page.getByLabel('Title');
    await title.waitFor();
    expect(await title.inputValue()).toBe('Provide parks and recreation that serve all residents');
    await title.fill('Parks, trails and recreation within a ten-minute walk of every home');
    await screenshot(page, 'admin-objective-edit', { fullPage: false });
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await status(page).getByText('Objective 3.3 was saved.').waitFor();
    await page
      .getByRole('list', { name: 'Objectives of goal 3' })
      .getByText('Parks, trails and recreation within a ten-minute walk of every home')
      .waitFor();

    await page.getByRole('link', { name: 'Open the page of goal 3' }).click();
    await page.waitForURL(`${suite.baseUrl}/goals/3`);
    await page
      .getByRole('heading', {
        level: 2,
        name: /Parks, trails and recreation within a ten-minute walk of every home/,
      })
      .waitFor();
  });

  test('a change made meanwhile shows both versions and saves nothing', async () => {
    const { page, watch } = await suite.newPage();
    await signInAs(page, suite.baseUrl, 'admin', '/admin/structure');
    await page.getByRole('button', { name: 'Edit goal 2' }).click();
    const title = page.getByLabel('Title');
    await title.waitFor();
    await title.fill('Typed in the form');

    // Meanwhile, someone else renames goal 2 (the same session, as from another tab).
    const goal = (await api(page, 'GET', '/goals/2')).body as { id: number; version: number };
    const renamed = await api(page, 'PATCH', `/goals/${goal.id}`, {
      body: { title: 'Changed meanwhile' },
      ifMatch: goal.version,
    });
    expect(renamed.status).toBe(200);
    watch.allowFailedRequest(`/api/v1/goals/${goal.id}`, 412);

    await page.getByRole('button', { name: 'Save changes' }).click();
    const notice = page
      .getByRole('alert')
      .filter({ hasText: 'Someone changed this since you opened it.' });
    await notice.waitFor();
    const titleRow = notice.getByRole('row', { name: /^Title/ });
    await titleRow.getByRole('cell', { name: 'Typed in the form' }).waitFor();
    await titleRow.getByRole('cell', { name: 'Changed meanwhile' }).waitFor();
    expect(await page.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
    await screenshot(page, 'admin-structure-stale');
    await expectNoAxeViolations(page);

    const stored = (await api(page, 'GET', `/goals/${goal.id}`)).body as { title: string };
    expect(stored.title).toBe('Changed meanwhile');

    // Starting again from the stored version, the next save is based on it.
    await notice.getByRole('button', { name: 'Start again from the stored version' }).click();
    expect(await title.inputValue()).toBe('Changed meanwhile');
    await title.fill('Safe and Secure Community for everyone');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await status(page).getByText('Goal 2 was saved.').waitFor();
    await page
      .getByRole('heading', { level: 3, name: 'Goal 2: Safe and Secure Community for everyone' })
      .waitFor();
  });

  test('add a goal, archive it, and restore it', async () => {
    const { page } = await suite.newPage();
    await signInAs(page, suite.baseUrl, 'admin', '/admin/structure');
    await page.getByRole('button', { name: 'Add a goal' }).click();
    await page.getByRole('heading', { level: 2, name: 'Add a goal' }).waitFor();
    await page.getByRole('button', { name: 'Add the goal' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: 'Number must be a number from 1 to 99' }).waitFor();
    await summary.getByRole('link', { name: 'Title is required' }).waitFor();
    await page.getByLabel('Number').fill('6');
    await page.getByLabel('Title').fill('Resilient to a changing climate');
    await page.getByLabel('Colour').fill('#56B4E9');
    await page.getByRole('button', { name: 'Add the goal' }).click();
    await status(page).getByText('Goal 6 was added.').waitFor();

    await page.getByRole('button', { name: 'Archive goal 6' }).click();
    const confirmArchive = page.getByRole('region', { name: 'Archive goal 6?' });
    await confirmArchive.getByText(/leaves the overview/).waitFor();
    await screenshot(page, 'admin-goal-archive', { fullPage: false });
    await expectNoAxeViolations(page);
    await confirmArchive.getByRole('button', { name: 'Archive goal 6' }).click();
    await status(page).getByText('Goal 6 was archived.').waitFor();
    const archived = page.getByRole('region', { name: 'Archived goals and objectives' });
    await archived.getByText('Goal 6: Resilient to a changing climate').waitFor();
    expect(await page.getByRole('heading', { level: 3, name: /^Goal 6/ }).count()).toBe(0);
    await screenshot(page, 'admin-goal-archived');
    await expectNoAxeViolations(page);

    await archived.getByRole('button', { name: 'Restore goal 6' }).click();
    const confirmRestore = page.getByRole('region', { name: 'Restore goal 6?' });
    await confirmRestore.getByRole('button', { name: 'Restore goal 6' }).click();
    await status(page).getByText('Goal 6 was restored.').waitFor();
    await page
      .getByRole('heading', { level: 3, name: 'Goal 6: Resilient to a changing climate' })
      .waitFor();
    await archived.getByText('No goal or objective of this plan is archived.').waitFor();
  });
});

interface WorksheetRow {
  kpi: { id: number };
  periodStart: string;
  fiscalYear: number;
  measurement: {
    value: number;
    numerator: number | null;
    denominator: number | null;
    state: string;
    version: number;
  } | null;
}

describe('period locks', () => {
  test('the budget office locks a quarter, which the API then enforces, and unlocks it', async () => {
    // A department head's draft value of this month, which they may change while it is open.
    const { page: headPage, watch: headWatch } = await suite.newPage();
    await signInAs(headPage, suite.baseUrl, 'department_head', '/');
    const me = (await api(headPage, 'GET', '/me')).body as { user: { departmentIds: number[] } };
    const worksheetOf = async (month?: string) =>
      (
        await api(
          headPage,
          'GET',
          `/departments/${me.user.departmentIds[0]}/worksheet${month ? `?month=${month}` : ''}`,
        )
      ).body as { month: string; rows: WorksheetRow[] };
    // The worksheet opens on the month being reported (approved by now in the demo); the month
    // after it, this one, still has drafts.
    const reported = await worksheetOf();
    const [year, monthNumber] = reported.month.split('-').map(Number) as [number, number];
    const next =
      monthNumber === 12
        ? `${year + 1}-01-01`
        : `${year}-${String(monthNumber + 1).padStart(2, '0')}-01`;
    const worksheet = await worksheetOf(next);
    const row = worksheet.rows.find(
      (r) => r.measurement === null || ['draft', 'returned'].includes(r.measurement.state),
    );
    if (!row) throw new Error(`no value this month is open: ${JSON.stringify(worksheet.rows)}`);
    if (!row.measurement) {
      // Nothing entered yet: the head enters a first draft, so that the lock has a value to hold.
      const first = await api(
        headPage,
        'PUT',
        `/kpis/${row.kpi.id}/measurements/${row.periodStart}`,
        {
          body: { value: 1 },
        },
      );
      expect(first.status).toBe(200);
      row.measurement = first.body as NonNullable<WorksheetRow['measurement']>;
    }
    const month = Number(row.periodStart.slice(5, 7));
    const quarter = Math.floor(((month - 7 + 12) % 12) / 3) + 1;
    const label = `FY${row.fiscalYear} Q${quarter}`;
    const valuePath = `/kpis/${row.kpi.id}/measurements/${row.periodStart}`;
    const change = (note: string) =>
      api(headPage, 'PUT', valuePath, {
        body: {
          value: row.measurement?.value,
          numerator: row.measurement?.numerator,
          denominator: row.measurement?.denominator,
          note,
        },
        ifMatch: row.measurement?.version,
      });

    headWatch.allowFailedRequest(`/api/v1${valuePath}`, 409);

    const { page, watch } = await suite.newPage();
    await signInAs(page, suite.baseUrl, 'budget_office', '/review/locks');
    await page.getByRole('heading', { level: 1, name: 'Period locks' }).waitFor();
    await page.getByText('No period is locked.').waitFor();
    await screenshot(page, 'period-locks-empty');
    await expectNoAxeViolations(page);

    await page.getByLabel('Fiscal year').selectOption(`${row.fiscalYear}`);
    await page.getByLabel('Period', { exact: true }).selectOption(`${quarter}`);
    await page.getByLabel('Reason (optional)').fill('Closed for the quarterly report');
    await page.getByRole('button', { name: 'Lock this period…' }).click();
    const confirmation = page.getByRole('heading', { level: 3, name: `Lock ${label}?` });
    await confirmation.waitFor();
    expect(await confirmation.evaluate((h) => h === document.activeElement)).toBe(true);
    await page.getByText(/department heads can no longer enter or change values/).waitFor();
    await screenshot(page, 'period-locks-confirm');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: `Lock ${label}`, exact: true }).click();
    await status(page).getByText(`${label} was locked.`).waitFor();
    const table = page.getByRole('table', { name: /locked period/ });
    const lockRow = table.getByRole('row', { name: new RegExp(label) });
    await lockRow.getByText('Closed for the quarterly report').waitFor();
    const locks = (await api(page, 'GET', '/period-locks')).body as {
      data: Array<{ label: string; lockedBy: { name: string } | null }>;
    };
    const lockedBy = locks.data.find((lock) => lock.label === label)?.lockedBy?.name;
    expect(lockedBy).toBeTruthy();
    await lockRow.getByRole('cell', { name: lockedBy, exact: true }).waitFor();
    await screenshot(page, 'period-locks-locked');
    await expectNoAxeViolations(page);

    // Locking it twice: the API's refusal shows next to the form.
    watch.allowFailedRequest('/api/v1/period-locks', 409);
    await page.getByRole('button', { name: 'Lock this period…' }).click();
    await page.getByRole('button', { name: `Lock ${label}`, exact: true }).click();
    await page.getByRole('alert').getByText(`${label} is already locked.`).waitFor();
    await screenshot(page, 'period-locks-refused');

    // The department head can no longer change the value.
    const refused = await change('Checked against the permit system');
    expect(refused.status).toBe(409);
    expect((refused.body as { detail: string }).detail).toMatch(
      new RegExp(`^${label} is locked by the budget office`),
    );

    await lockRow.getByRole('button', { name: `Unlock ${label}` }).click();
    const unlock = page.getByRole('region', { name: `Unlock ${label}?` });
    await unlock.getByText(/can enter and change values/).waitFor();
    await expectNoAxeViolations(page);
    await unlock.getByRole('button', { name: `Unlock ${label}` }).click();
    await status(page).getByText(`${label} was unlocked.`).waitFor();
    await page.getByText('No period is locked.').waitFor();

    const accepted = await change('Checked against the permit system');
    expect(accepted.status).toBe(200);
  });
});
