/**
 * The open-data portal in a browser: the public KPIs by goal with their downloads, the public
 * dataset inventory, and the budget office publishing a dataset that then appears on the
 * public inventory and in /data.json. Every page is checked with axe.
 */
import type { KpiList, PublicInventory } from '@civicstat/shared';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { waitForFocus } from './support/keyboard';
import { browserSuite } from './support/browserSuite';
import { screenshot } from './support/screenshot';
import { apiSessionAs, signInAs } from './support/signIn';
import { waitUntil } from './support/waitUntil';
import type { PageWatch } from './support/watchPage';

const suite = browserSuite();
let page: Page;
let watch: PageWatch;

beforeEach(async () => {
  ({ page, watch } = await suite.newPage());
});

async function api<T>(pathname: string): Promise<T> {
  const response = await fetch(`${suite.baseUrl}${pathname}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe('the public portal', () => {
  test('lists the public KPIs by goal, each with CSV, JSON and a stable address', async () => {
    await page.goto(`${suite.baseUrl}/open-data`);
    await page.getByRole('heading', { level: 1, name: 'Open data' }).waitFor();
    await page.locator('.open-data-goal').first().waitFor();
    const kpis = await api<KpiList>('/api/v1/kpis?limit=200');
    const firstGoal = kpis.data.find((k) => k.goal?.number === 1);
    expect(firstGoal).toBeDefined();
    await page.getByRole('heading', { level: 2, name: /^Goal 1: / }).waitFor();

    expect(await page.getByRole('link', { name: 'data.json catalog' }).getAttribute('href')).toBe(
      '/data.json',
    );
    expect(await page.getByRole('link', { name: 'API documentation' }).getAttribute('href')).toBe(
      '/api/docs',
    );

    const section = page.locator('.open-data-goal').first();
    await section.getByText(/^Download this data/).click();
    const csv = section.getByRole('link', { name: `CSV of ${firstGoal!.name}` });
    const href = await csv.getAttribute('href');
    expect(href).toBe(`/api/v1/kpis/${firstGoal!.id}/series?format=csv`);
    const download = await fetch(`${suite.baseUrl}${href}`);
    expect(download.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(
      await section
        .getByRole('link', { name: `/kpis/${firstGoal!.id} (${firstGoal!.name})` })
        .count(),
    ).toBe(1);
    await screenshot(page, 'open-data-portal');
    await expectNoAxeViolations(page);
  });

  test('the inventory lists non-public datasets by title and reason only', async () => {
    await page.goto(`${suite.baseUrl}/open-data/inventory`);
    await page.getByRole('heading', { level: 1, name: 'Dataset inventory' }).waitFor();
    const row = page.getByRole('row', { name: /Water meter readings by account/ });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Not public');
    expect(text).toContain('Customer account data is confidential');
    expect(text).not.toContain('Monthly meter readings');
    const permits = page.getByRole('row', { name: /Building permits/ });
    expect(await permits.getByRole('link', { name: 'Download of Building permits' }).count()).toBe(
      1,
    );
    await screenshot(page, 'open-data-inventory');
    await expectNoAxeViolations(page);
  });
});

describe('the budget office releases a dataset', () => {
  test('adds its links, publishes it, and it appears on the public inventory and in data.json', async () => {
    const title = 'Solid waste collection routes';
    await signInAs(page, suite.baseUrl, 'budget_office', '/open-data/manage');
    await page.getByRole('heading', { level: 1, name: 'Manage datasets' }).waitFor();
    const inventory = page.getByRole('table', { name: 'The dataset inventory' });
    await inventory.getByRole('row', { name: new RegExp(title) }).waitFor();
    await screenshot(page, 'open-data-manage');
    await expectNoAxeViolations(page);

    await inventory.getByRole('button', { name: `Edit ${title}` }).click();
    // Refused in the browser: the errors at their fields and in a summary that takes focus.
    await page.getByLabel('Download URL').fill('not an address');
    await page.getByLabel('Risk or sensitivity (1–5)').fill('9');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await waitForFocus(summary);
    expect(await summary.getByRole('link').count()).toBe(2);
    await summary.getByRole('link', { name: /^Risk or sensitivity/ }).click();
    await waitForFocus(page.getByLabel('Risk or sensitivity (1–5)'));
    await screenshot(page, 'open-data-dataset-refused');
    await expectNoAxeViolations(page);
    await page.getByLabel('Risk or sensitivity (1–5)').fill('2');
    await page
      .getByLabel('Download URL')
      .fill('https://data.durhamnc.example/solid-waste-routes.geojson');
    await page
      .getByLabel('Landing page URL')
      .fill('https://data.durhamnc.example/solid-waste-routes');
    await page.getByLabel('Licence URL').fill('https://creativecommons.org/publicdomain/zero/1.0/');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('button', { name: 'Add a dataset' }).waitFor();

    const row = inventory.getByRole('row', { name: new RegExp(title) });
    await row.getByRole('button', { name: `Publish ${title}` }).click();
    await waitUntil('the row says Published', async () =>
      ((await row.textContent()) ?? '').includes('Published'),
    );
    await screenshot(page, 'open-data-published');

    const publicInventory = await api<PublicInventory>('/api/v1/open-data/datasets');
    expect(publicInventory.data.map((d) => d.title)).toContain(title);
    const catalog = await api<{
      dataset: Array<{ title: string; distribution: Array<{ downloadURL?: string }> }>;
    }>('/data.json');
    const entry = catalog.dataset.find((d) => d.title === title);
    expect(entry?.distribution[0]?.downloadURL).toBe(
      'https://data.durhamnc.example/solid-waste-routes.geojson',
    );

    const { page: resident } = await suite.newPage();
    await resident.goto(`${suite.baseUrl}/open-data/inventory`);
    const published = resident.getByRole('row', { name: new RegExp(title) });
    await published.waitFor();
    expect((await published.textContent()) ?? '').toContain('Published');
    expect(await published.getByRole('link', { name: `Download of ${title}` }).count()).toBe(1);
  });
});

describe('the admin weighs the release list', () => {
  test('saves new weights and says so; a change made meanwhile is shown, not overwritten', async () => {
    await signInAs(page, suite.baseUrl, 'admin', '/open-data/manage');
    const editor = page.getByRole('form', { name: 'Prioritization weights' });
    await editor.waitFor();
    const demand = editor.getByLabel(/^Public demand/);
    await demand.fill('7');
    await editor.getByRole('button', { name: 'Save weights' }).click();
    await editor
      .getByRole('status')
      .getByText('Weights saved: the release list is ranked again.')
      .waitFor();
    // The message stays once the saved weights come back from the server.
    await page.waitForLoadState('networkidle');
    expect(await editor.getByRole('status').textContent()).toContain('Weights saved');
    expect(await demand.inputValue()).toBe('7');

    // Another admin changes them meanwhile, through the API.
    const other = await apiSessionAs(suite.baseUrl, 'admin');
    const stored = (await (await other.fetch('/open-data/weights')).json()) as Record<
      string,
      number
    >;
    const changed = await other.fetch('/open-data/weights', {
      method: 'PUT',
      body: {
        publicDemand: 2,
        residentValue: stored.residentValue,
        publishingEffort: stored.publishingEffort,
        risk: stored.risk,
      },
      ifMatch: stored.version,
    });
    expect(changed.status).toBe(200);
    watch.allowFailedRequest('/api/v1/open-data/weights', 412);
    await demand.fill('9');
    await editor.getByRole('button', { name: 'Save weights' }).click();
    await editor
      .getByRole('status')
      .getByText(/Someone changed the weights/)
      .waitFor();
    expect(await demand.inputValue()).toBe('2');
    await expectNoAxeViolations(page);
  });
});

describe('the budget office retires a dataset', () => {
  test('asks first, Cancel keeps it, and once retired it leaves the published list', async () => {
    const title = 'Street pavement condition';
    await signInAs(page, suite.baseUrl, 'budget_office', '/open-data/manage');
    const inventory = page.getByRole('table', { name: 'The dataset inventory' });
    const row = inventory.getByRole('row', { name: new RegExp(title) });
    const retire = row.getByRole('button', { name: new RegExp(`^Retire ${title}`) });
    await retire.click();
    const question = row.getByText(`Retire ${title}? It leaves the published list`);
    await waitForFocus(question);
    await question.scrollIntoViewIfNeeded();
    await screenshot(page, 'open-data-retire-question', { fullPage: false });
    await expectNoAxeViolations(page);
    await row.getByRole('button', { name: 'Cancel' }).click();
    await waitForFocus(retire);
    expect((await row.textContent()) ?? '').toContain('Published');

    await retire.click();
    await row.getByRole('button', { name: 'Yes, retire it' }).click();
    await waitUntil('the row says Retired', async () =>
      ((await row.textContent()) ?? '').includes('Retired'),
    );
    await waitForFocus(row.getByRole('status').getByText(`${title}: retired.`));
    const published = await api<PublicInventory>('/api/v1/open-data/datasets');
    expect(published.data.map((d) => d.title)).not.toContain(title);
  });
});
