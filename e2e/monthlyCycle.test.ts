/**
 * The whole monthly cycle in the browser: a department head enters the month (one value off
 * track, so commentary is demanded) and submits by keyboard; the budget office returns one with a
 * comment and approves the rest; the department head fixes and resubmits; once approved, the
 * council's goal page shows the values and their statuses.
 */
import {
  addMonths,
  formatMonth,
  formatValue,
  formatYearMonth,
  parseYearMonth,
  statusLabels,
  type GoalDetail,
  type KpiDetail,
  type Worksheet,
  type WorksheetRow,
} from '@civicstat/shared';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite } from './support/browserSuite';
import { screenshot } from './support/screenshot';
import { apiSessionAs, signInAs, type ApiSession } from './support/signIn';
import { waitUntil } from './support/waitUntil';

const suite = browserSuite();

/** A signed-in page in a browser context of its own. */
async function pageAs(role: string, next: string): Promise<Page> {
  const { page } = await suite.newPage({ viewport: { width: 1280, height: 900 } });
  await signInAs(page, suite.baseUrl, role, next);
  return page;
}

async function json<T>(session: ApiSession, path: string): Promise<T> {
  const response = await session.fetch(path);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

const editable = (row: WorksheetRow) =>
  !row.locked && (!row.measurement || ['draft', 'returned'].includes(row.measurement.state));

/** What to type for a value that lands on track, or far off track, in the input's own units. */
function typed(
  row: WorksheetRow,
  offTrack: boolean,
): { value?: string; numerator?: string; denominator?: string } {
  const target = row.target && 'value' in row.target ? row.target.value : 1;
  const better = row.kpi.direction === 'decrease' ? 0.9 : 1.1;
  const worse = row.kpi.direction === 'decrease' ? 2 : 0.4;
  const value = target * (offTrack ? worse : better);
  if (row.kpi.aggregation === 'ratio') {
    const share = Math.min(1, value);
    return { numerator: String(Math.round(share * 1000)), denominator: '1000' };
  }
  const shown = row.kpi.displayFormat === 'percent' ? value * 100 : value;
  return { value: String(Number(shown.toFixed(2))) };
}

test('a month goes from entry through review to the council’s goal page', async () => {
  const headApi = await apiSessionAs(suite.baseUrl, 'department_head');
  const me = await json<{ user: { departmentIds: number[] } }>(headApi, '/me');
  const departmentId = me.user.departmentIds[0];
  // The month after the last one that has ended: the one in progress, which the demo leaves open.
  const due = await json<Worksheet>(headApi, `/departments/${departmentId}/worksheet`);
  const month = formatYearMonth(addMonths(parseYearMonth(due.month), 1));
  const sheet = await json<Worksheet>(
    headApi,
    `/departments/${departmentId}/worksheet?month=${month}`,
  );
  const rows = sheet.rows.filter(editable);
  expect(rows.length).toBeGreaterThanOrEqual(2);
  const offTrackRow = rows.find((row) => row.kpi.aggregation !== 'ratio' && row.target);
  if (!offTrackRow) throw new Error('no editable row with a target for the off-track value');

  // 1. The department head enters the month from the keyboard.
  const head = await pageAs('department_head', '/workspace');
  await head.getByRole('heading', { level: 1, name: sheet.department.name }).waitFor();
  await expectNoAxeViolations(head);
  await head.getByRole('link', { name: /^Enter values for/ }).click();
  await head.getByRole('heading', { level: 1, name: /^Enter values for/ }).waitFor();
  await head.getByRole('button', { name: formatMonth(month) }).click(); // on to the month in progress
  await head.waitForURL(new RegExp(`month=${month}`));
  // The address changes before the page does: wait for the month's own heading and rows.
  await head
    .getByRole('heading', { level: 1, name: `Enter values for ${formatMonth(month)}` })
    .waitFor();
  await head.locator('[data-entry-row]').first().waitFor();

  const firstInput = head.locator('[data-entry-row]:not([readonly])').first();
  await firstInput.focus();
  for (const [index, row] of rows.entries()) {
    const entry = typed(row, row === offTrackRow);
    const fields = entry.value !== undefined ? [entry.value] : [entry.numerator, entry.denominator];
    for (const [n, text] of fields.entries()) {
      await head.keyboard.press('ControlOrMeta+A');
      await head.keyboard.type(text ?? '');
      // Within a ratio row, Tab to the denominator; between rows, Enter moves down the grid.
      if (n < fields.length - 1) await head.keyboard.press('Tab');
    }
    if (index < rows.length - 1) await head.keyboard.press('Enter');
  }
  // The off-track row says so before anything is sent.
  const offTrackLine = head.locator('tr', {
    has: head.getByText(offTrackRow.kpi.name, { exact: true }),
  });
  await offTrackLine.getByText('Off track').first().waitFor();
  // Each row's quieter lines (its code and unit, the input's hint, the last period's month) are
  // lines of their own, on this page opened first too: they ran together when only the All KPIs
  // page's stylesheet styled them.
  const notes = offTrackLine.locator('.cell-note');
  expect(await notes.count()).toBeGreaterThan(1);
  expect(
    await notes.evaluateAll((elements) => elements.map((e) => getComputedStyle(e).display)),
  ).toEqual(Array(await notes.count()).fill('block'));
  await screenshot(head, 'cycle-entry-typed');

  await head.getByRole('button', { name: 'Submit for review' }).click();
  const summary = head.getByRole('alert').filter({ hasText: 'needs attention' });
  await summary.waitFor();
  expect(await summary.textContent()).toContain(offTrackRow.kpi.name);
  const note = head.getByLabel(new RegExp(`Commentary on ${offTrackRow.kpi.name}`));
  expect(await note.getAttribute('aria-invalid')).toBe('true');
  await screenshot(head, 'cycle-entry-commentary-required');
  await expectNoAxeViolations(head);
  // The error summary's link takes the keyboard user to the commentary field.
  await summary.getByRole('link', { name: offTrackRow.kpi.name }).click();
  expect(await note.evaluate((element) => element === document.activeElement)).toBe(true);
  await head.keyboard.type('A plan reviewer retired; a new hire starts next month.');
  await head.getByRole('button', { name: 'Submit for review' }).click();
  await head.getByText(`${rows.length} submitted for review.`).waitFor();

  const submitted = await json<Worksheet>(
    headApi,
    `/departments/${departmentId}/worksheet?month=${month}`,
  );
  for (const row of rows) {
    const stored = submitted.rows.find((candidate) => candidate.kpi.id === row.kpi.id)?.measurement;
    expect(stored?.state).toBe('submitted');
  }

  // 2. The budget office returns the off-track value with a comment and approves the rest.
  const office = await pageAs('budget_office', `/review?department=${departmentId}`);
  const section = office.getByRole('region', { name: new RegExp(`^${sheet.department.name}`) });
  await section.waitFor();
  const queueRows = section.locator('tbody tr.queue-row');
  await queueRows
    .filter({ hasText: offTrackRow.kpi.code })
    .getByRole('button', { name: /^Return / })
    .click();
  await office
    .getByLabel(/Comment for the department/)
    .fill('Please add the backlog figure to the note.');
  await office.getByRole('button', { name: 'Return to the department' }).click();
  await office
    .locator('#review-results')
    .getByText(/^Returned /)
    .waitFor();
  await section.getByLabel(`Select all in ${sheet.department.name}`).check();
  await office.getByRole('button', { name: 'Approve selected' }).click();
  await office
    .locator('#review-results')
    .getByText(/^Approved /)
    .waitFor();

  // 3. The department head sees it returned, fixes it and resubmits.
  await head.goto(`${suite.baseUrl}/workspace`);
  const returned = head.getByRole('region', { name: 'Returned to you' });
  await returned.getByText('Please add the backlog figure to the note.').waitFor();
  await screenshot(head, 'cycle-returned');
  await returned.getByRole('link', { name: new RegExp(offTrackRow.kpi.name) }).click();
  await head.waitForURL(new RegExp(`month=${month}`));
  const fixed = head.getByLabel(new RegExp(`Commentary on ${offTrackRow.kpi.name}`));
  await fixed.fill('A plan reviewer retired; 42 plans are in the backlog, cleared by January.');
  await head.getByRole('button', { name: 'Submit for review' }).click();
  await head.getByText('1 submitted for review.').waitFor();

  // 4. The budget office approves it.
  await office.goto(`${suite.baseUrl}/review?department=${departmentId}`);
  await section.waitFor();
  await queueRows
    .filter({ hasText: offTrackRow.kpi.code })
    .getByRole('button', { name: /^Approve / })
    .click();
  await office
    .locator('#review-results')
    .getByText(/^Approved /)
    .waitFor();

  // 5. The council's goal page shows the approved values with their statuses.
  const councilApi = await apiSessionAs(suite.baseUrl, 'council');
  const kpi = await json<KpiDetail>(councilApi, `/kpis/${offTrackRow.kpi.id}`);
  expect(kpi.performance.latest?.periodStart).toBe(offTrackRow.periodStart);
  if (!kpi.goal) throw new Error(`${kpi.code} is under no goal`);
  const goal = await json<GoalDetail>(councilApi, `/goals/${kpi.goal.id}`);
  const council = await pageAs('council', `/goals/${goal.number}`);
  const line = council
    .locator('table.kpi-table tbody tr')
    .filter({ has: council.getByRole('link', { name: kpi.name, exact: true }) });
  await line.waitFor();
  await waitUntil('the row shows the approved value', async () =>
    ((await line.textContent()) ?? '').includes(
      formatValue(kpi.performance.latest?.value ?? 0, kpi),
    ),
  );
  expect(await line.textContent()).toContain(statusLabels[kpi.performance.status]);
  expect(kpi.performance.status).toBe('off_track');
  await screenshot(council, 'cycle-council-goal');
  await expectNoAxeViolations(council);
});
