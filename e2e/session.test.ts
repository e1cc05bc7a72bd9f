/** Signing in and out in a real browser, against the built server and its demo accounts. */
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { demoAccount } from './support/demoAccounts';
import { focusedId, tabTo, waitForFocus } from './support/keyboard';
import { browserSuite } from './support/browserSuite';
import { screenshot } from './support/screenshot';
import { waitUntil } from './support/waitUntil';
import type { PageWatch } from './support/watchPage';
import { expectTitle } from './support/title';

const suite = browserSuite();
let page: Page;
let watch: PageWatch;

beforeEach(async () => {
  // A page of its own browser context: no cookie carries over from another test.
  ({ page, watch } = await suite.newPage());
});

async function open(pathname: string) {
  await page.goto(`${suite.baseUrl}${pathname}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** How many KPIs the API lets this page's user see, asked from inside the page (its cookie). */
function visibleKpiTotal(): Promise<number> {
  return page.evaluate(async () => {
    const response = await fetch('/api/v1/kpis?limit=1', { cache: 'no-store' });
    const body = (await response.json()) as { page: { total: number } };
    return body.page.total;
  });
}

/** The sum of the "N KPIs" counts on the overview's goal cards. */
async function shownKpiCount(): Promise<number> {
  const counts = await page.locator('.goal-counts li').allTextContents();
  return counts.reduce((sum, text) => sum + Number(/^(\d+) KPIs?$/.exec(text)?.[1] ?? 0), 0);
}

async function signedInUser(): Promise<{ name: string; role: string }> {
  return page.evaluate(async () => {
    const response = await fetch('/api/v1/me', { cache: 'no-store' });
    return ((await response.json()) as { user: { name: string; role: string } }).user;
  });
}

const header = () => page.getByRole('banner');

describe('signing in', () => {
  test('a department head signs in by keyboard, sees the private KPIs, and signs out', async () => {
    const head = demoAccount('department_head');
    await open('/');
    await page.locator('.goal-counts').first().waitFor();
    const publicTotal = await visibleKpiTotal();
    const publicCount = await shownKpiCount();

    await tabTo(page, header().getByRole('link', { name: 'Sign in' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${suite.baseUrl}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectTitle(page, 'Sign in — City of Durham performance');

    // Focus moved to the page's content; the next Tab is the first field.
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('sign-in-email');
    await page.keyboard.type(head.email);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('sign-in-password');
    await page.keyboard.type(head.password);
    await screenshot(page, 'sign-in');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');

    await page.waitForURL(`${suite.baseUrl}/`);
    const user = await signedInUser();
    expect(user.role).toBe('department_head');
    await header().getByText(user.name, { exact: true }).waitFor();
    await header().getByText('Department head — Development Services', { exact: true }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);

    // What only a signed-in user may see arrives without reloading the page.
    expect(await visibleKpiTotal()).toBeGreaterThan(publicTotal);
    await waitUntil('the goal cards count the private KPIs', async () => {
      return (await shownKpiCount()) > publicCount;
    });
    await screenshot(page, 'header-signed-in');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 390, height: 640 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'header-signed-in-narrow', { fullPage: false });
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 800 });

    const signOut = header().getByRole('button', { name: 'Sign out' });
    await tabTo(page, signOut);
    await screenshot(page, 'header-sign-out-focus');
    await page.keyboard.press('Enter');

    const signIn = header().getByRole('link', { name: 'Sign in' });
    await signIn.waitFor();
    expect(await signIn.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await header().getByText(user.name).count()).toBe(0);
    expect(await visibleKpiTotal()).toBe(publicTotal);
    await waitUntil('the goal cards count only the public KPIs again', async () => {
      return (await shownKpiCount()) === publicCount;
    });
  });

  test('a wrong password gets the generic message; the right one goes on to ?next=', async () => {
    watch.allowFailedRequest('/api/v1/session', 401);
    const council = demoAccount('council');
    await open('/sign-in?next=%2Fgoals%2F2');

    // Checked in the browser with the shared schema before anything is sent.
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Email address must be an email address',
      'Password is required',
    ]);
    const email = page.getByLabel('Email address');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#sign-in-email-error').textContent()).toBe(
      'Error: Email address must be an email address',
    );
    await expectTitle(page, 'Error: Sign in — City of Durham performance');
    await screenshot(page, 'sign-in-field-errors');
    await expectNoAxeViolations(page);

    await email.fill(council.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await summary.getByText(/The email or password is not correct/).waitFor();
    await waitForFocus(summary);
    expect(await email.getAttribute('aria-invalid')).toBeNull();
    await screenshot(page, 'sign-in-wrong-password');
    await expectNoAxeViolations(page);

    await page.getByLabel('Password').fill(council.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${suite.baseUrl}/goals/2`);
    await header().getByText('Council member', { exact: true }).waitFor();
  });

  test('the header’s “Sign in” comes back to the page it was on, and ?next= stays on this site', async () => {
    const budget = demoAccount('budget_office');
    await open('/goals/3');
    await header().getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL(`${suite.baseUrl}/sign-in?next=%2Fgoals%2F3`);

    await open('/sign-in?next=%2F%2Fexample.org%2Fphishing');
    await page.getByLabel('Email address').fill(budget.email);
    await page.getByLabel('Password').fill(budget.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${suite.baseUrl}/`);
    await header().getByText('Budget office', { exact: true }).waitFor();
  });
});
