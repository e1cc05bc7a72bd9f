/**
 * First run of a real city: a server started with SEED_DEMO=false has no users and prints a
 * one-time link; whoever opens it creates the first administrator and is signed in.
 */
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite } from './support/browserSuite';
import { screenshot } from './support/screenshot';
import type { PageWatch } from './support/watchPage';
import { waitForFocus } from './support/keyboard';

const suite = browserSuite({ env: { SEED_DEMO: 'false' } });
let page: Page;
let watch: PageWatch;
/** The printed link's path and query, e.g. /setup?token=… */
let setupPath: string;

const admin = {
  email: 'robin.okafor@city.example',
  name: 'Robin Okafor',
  password: 'correct horse battery staple',
};

beforeAll(async () => {
  const [link] = await suite.server.waitForOutput(/http:\/\/\S+\/setup\?token=\S+/);
  const url = new URL(link);
  setupPath = `${url.pathname}${url.search}`;
});

beforeEach(async () => {
  ({ page, watch } = await suite.newPage());
  // A city without demo data has no strategic plan yet: the overview's 404 is expected.
  watch.allowFailedRequest('/api/v1/plans/current', 404);
});

async function open(pathname: string) {
  await page.goto(`${suite.baseUrl}${pathname}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

async function fillIn(values: {
  email: string;
  name: string;
  password: string;
  confirmation: string;
}) {
  await page.getByLabel('Email address').fill(values.email);
  await page.getByLabel('Name').fill(values.name);
  await page.getByLabel('Password', { exact: true }).fill(values.password);
  await page.getByLabel('Confirm password').fill(values.confirmation);
  await page.getByRole('button', { name: 'Create the administrator and sign in' }).click();
}

// The tests run in order on one server: the link works once.
describe('the first-run set-up page', () => {
  test('without a token, it says where the link comes from', async () => {
    await open('/setup');

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'This page needs the set-up link',
    );
    expect(await page.getByText(/restart the server to print a new one/).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
  });

  test('refuses what the shared schema refuses, then a token that is not the printed one', async () => {
    watch.allowFailedRequest('/api/v1/setup', 400);
    await open('/setup?token=not-the-printed-token');

    await fillIn({ email: 'robin', name: '  ', password: 'too short', confirmation: 'other' });
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Email address must be an email address',
      'Name is required',
      'Password must be at least 12 characters',
      'Confirm password must be the same as the password',
    ]);
    expect(await page.locator('#setup-password-error').textContent()).toBe(
      'Error: Password must be at least 12 characters',
    );
    await screenshot(page, 'setup-field-errors');
    await expectNoAxeViolations(page);

    // Each summary link takes focus to its field.
    await summary.getByRole('link', { name: 'Name is required' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('setup-name');

    await fillIn({ ...admin, confirmation: admin.password });
    await summary.getByText(/This set-up link no longer works/).waitFor();
    expect(await summary.textContent()).toMatch(/Restart the server to print a new link/);
    await waitForFocus(summary);
    await screenshot(page, 'setup-link-no-longer-works');
    await expectNoAxeViolations(page);
  });

  test('creates the first administrator with the printed link and lands signed in', async () => {
    await open(setupPath);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Create the administrator',
    );
    await screenshot(page, 'setup');
    await expectNoAxeViolations(page);

    await fillIn({ ...admin, confirmation: admin.password });

    await page.waitForURL(`${suite.baseUrl}/`);
    const header = page.getByRole('banner');
    await header.getByText(admin.name, { exact: true }).waitFor();
    expect(await header.getByText('Administrator', { exact: true }).isVisible()).toBe(true);
    expect(await header.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await screenshot(page, 'setup-done-signed-in');
    await expectNoAxeViolations(page);
  });

  test('the used link says an administrator exists, with a link to sign in', async () => {
    watch.allowFailedRequest('/api/v1/setup', 409);
    await open(setupPath);

    await fillIn({ ...admin, email: 'someone.else@city.example', confirmation: admin.password });
    const summary = page.getByRole('alert');
    await summary.getByText(/An administrator already exists/).waitFor();
    await summary.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL(`${suite.baseUrl}/sign-in`);
  });
});
