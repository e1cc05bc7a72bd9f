/**
 * A department head imports the month's values from a CSV file: the dry run reports the one bad
 * row, the fixed file imports, and the values are in the data-entry worksheet.
 */
import {
  addMonths,
  formatYearMonth,
  parseYearMonth,
  type Worksheet,
  type WorksheetRow,
} from '@civicstat/shared';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite } from './support/browserSuite';
import { apiSessionAs, signInAs } from './support/signIn';

const suite = browserSuite();

const plain = (row: WorksheetRow) =>
  !row.locked &&
  (!row.measurement || row.measurement.state === 'draft') &&
  row.kpi.aggregation !== 'ratio' &&
  row.kpi.frequency === 'monthly';

/** What to write in the file for the entry grid to show `shown` (percentages are stored as fractions). */
const written = (row: WorksheetRow, shown: number) =>
  row.kpi.displayFormat === 'percent' ? shown / 100 : shown;

test('a department head imports values from a CSV file after a dry run', async () => {
  const api = await apiSessionAs(suite.baseUrl, 'department_head');
  const me = (await (await api.fetch('/me')).json()) as { user: { departmentIds: number[] } };
  const departmentId = me.user.departmentIds[0];
  const due = (await (
    await api.fetch(`/departments/${departmentId}/worksheet`)
  ).json()) as Worksheet;
  const month = formatYearMonth(addMonths(parseYearMonth(due.month), 1));
  const sheet = (await (
    await api.fetch(`/departments/${departmentId}/worksheet?month=${month}`)
  ).json()) as Worksheet;
  const rows = sheet.rows.filter(plain).slice(0, 2);
  expect({ month, rows: sheet.rows.length, usable: rows.length }).toMatchObject({ usable: 2 });
  const [first, second] = rows as [WorksheetRow, WorksheetRow];
  const good = [
    `kpi,period,value,note`,
    `${first.kpi.code},${month},${written(first, 41)},imported`,
    `${second.kpi.code},${month},${written(second, 42)},imported`,
  ];
  const withError = [...good.slice(0, 2), `NO-SUCH-KPI,${month},1,`, good[2]];

  const { page } = await suite.newPage({ viewport: { width: 1280, height: 900 } });
  await signInAs(page, suite.baseUrl, 'department_head', '/imports');
  await page.getByRole('heading', { level: 1, name: 'Import measurements' }).waitFor();
  await expectNoAxeViolations(page);

  const fileInput = page.getByLabel(/^File \(CSV or Excel/);
  await fileInput.setInputFiles({
    name: 'month.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(withError.join('\n')),
  });
  await page.getByRole('heading', { name: 'Map the columns' }).waitFor();
  expect(await page.getByLabel('Period (required)').inputValue()).toBe('period');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
  await page.getByText('1 rows with errors').waitFor();
  await page.getByRole('cell', { name: /unknown KPI "NO-SUCH-KPI"/ }).waitFor();
  expect(await page.getByRole('button', { name: /^Import \d+ rows$/ }).count()).toBe(0);
  await expectNoAxeViolations(page);

  await fileInput.setInputFiles({
    name: 'month.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(good.join('\n')),
  });
  await page.getByText(/month\.csv.*2 rows/).waitFor();
  await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
  await page.getByText('0 rows with errors').waitFor();
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await page.getByText('Imported month.csv.').waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Open the data-entry worksheet' }).click();
  await page.goto(`${suite.baseUrl}/workspace/entry?month=${month}`);
  await page.locator('[data-entry-row]').first().waitFor();
  const values = await page
    .locator('[data-entry-row]')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(values).toEqual(expect.arrayContaining(['41', '42']));
});
