/**
 * The admin's user management in a real browser: invite a department head, who sets their
 * password with the one-time link in a browser of their own and signs in; then deactivate them
 * and see their session end. Also: who may open the admin screens, and a stale edit.
 */
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { demoAccount } from './support/demoAccounts';
import { browserSuite } from './support/browserSuite';
import { screenshot } from './support/screenshot';
import { waitForFocus } from './support/keyboard';
import { signIn } from './support/signIn';
import { waitUntil } from './support/waitUntil';
import { expectTitle } from './support/title';

const suite = browserSuite();

const isFocused = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => element === document.activeElement);

describe('who may open the admin screens', () => {
  test('the public is sent to sign in; other roles see a 403 page and no Admin link', async () => {
    const { page } = await suite.newPage();
    await page.goto(`${suite.baseUrl}/admin/users`);
    await page.waitForURL(`${suite.baseUrl}/sign-in?next=%2Fadmin%2Fusers`);

    const council = demoAccount('council');
    await page.getByLabel('Email address').fill(council.email);
    await page.getByLabel('Password').fill(council.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${suite.baseUrl}/admin/users`);
    await page
      .getByRole('heading', { level: 1, name: 'Only administrators can open this page' })
      .waitFor();
    expect(
      await page
        .getByRole('navigation', { name: 'Primary' })
        .getByRole('link', { name: 'Admin' })
        .count(),
    ).toBe(0);
    await expectTitle(page, 'Not allowed — City of Durham performance');
    await screenshot(page, 'admin-forbidden');
    await expectNoAxeViolations(page);
  });
});

describe('managing users', () => {
  test('invite a department head, who sets a password and signs in; deactivating ends their session', async () => {
    const { page: adminPage } = await suite.newPage();
    const admin = demoAccount('admin');
    await signIn(adminPage, suite.baseUrl, admin);
    await adminPage
      .getByRole('navigation', { name: 'Primary' })
      .getByRole('link', { name: 'Admin' })
      .click();
    await adminPage.waitForURL(`${suite.baseUrl}/admin/users`);
    const table = adminPage.getByRole('table', { name: /accounts, by name/ });
    await table.waitFor();
    await table.getByRole('rowheader', { name: /admin@durham\.example/ }).waitFor();
    await screenshot(adminPage, 'admin-users');
    await expectNoAxeViolations(adminPage);

    // Invite, by keyboard where it matters: focus lands in the form's panel.
    await adminPage.getByRole('button', { name: 'Invite someone' }).click();
    expect(await isFocused(adminPage, '#invite-heading')).toBe(true);
    await adminPage.getByRole('button', { name: 'Invite and make the link' }).click();
    const summary = adminPage.getByRole('alert');
    await summary.getByRole('link', { name: 'Email address must be an email address' }).waitFor();
    await adminPage.getByLabel('Email address').fill('riley.permit@durham.example');
    await adminPage.getByLabel('Name', { exact: true }).fill('Riley Permit');
    await adminPage.getByLabel('Role').selectOption('department_head');
    await adminPage.getByRole('button', { name: 'Invite and make the link' }).click();
    await summary
      .getByRole('link', { name: /Departments must name at least one department/ })
      .waitFor();
    await adminPage.getByRole('checkbox', { name: 'Development Services' }).check();
    await screenshot(adminPage, 'admin-invite');
    await expectNoAxeViolations(adminPage);
    await adminPage.getByRole('button', { name: 'Invite and make the link' }).click();

    const linkField = adminPage.getByLabel('One-time link for Riley Permit');
    await linkField.waitFor();
    await waitForFocus(adminPage.locator('#link-heading'));
    await adminPage.getByText('This link is shown only once.').waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(new RegExp(`^${suite.baseUrl}/set-password\\?token=[\\w-]{20,}$`));
    await adminPage.getByRole('button', { name: 'Copy link' }).click();
    await adminPage.getByText(/Copied to the clipboard|press Ctrl\+C/).waitFor();
    await screenshot(adminPage, 'admin-one-time-link');
    await expectNoAxeViolations(adminPage);
    await adminPage.getByRole('button', { name: 'Done' }).click();
    expect(await isFocused(adminPage, '#invite-user')).toBe(true);
    const riley = table.getByRole('row', { name: /Riley Permit/ });
    await riley.getByText('no password yet').waitFor();

    // The invited person, in a browser of their own.
    const { page: headPage, watch: headWatch } = await suite.newPage();
    await headPage.goto(link);
    await headPage.getByRole('heading', { level: 1, name: 'Choose your password' }).waitFor();
    await headPage.getByLabel('New password', { exact: true }).fill('permits on time every month');
    await headPage.getByLabel('Confirm new password').fill('permits on time, every month');
    await headPage.getByRole('button', { name: 'Set password and sign in' }).click();
    await headPage
      .getByRole('alert')
      .getByRole('link', { name: 'Confirm new password must be the same as the new password' })
      .waitFor();
    await headPage.getByLabel('Confirm new password').fill('permits on time every month');
    await screenshot(headPage, 'set-password');
    await expectNoAxeViolations(headPage);
    await headPage.getByRole('button', { name: 'Set password and sign in' }).click();
    await headPage.waitForURL(`${suite.baseUrl}/`);
    const headHeader = headPage.getByRole('banner');
    await headHeader.getByText('Department head — Development Services', { exact: true }).waitFor();

    // Signing in again with the new password, through the form.
    await headHeader.getByRole('button', { name: 'Sign out' }).click();
    await headHeader.getByRole('link', { name: 'Sign in' }).waitFor();
    await signIn(headPage, suite.baseUrl, {
      email: 'riley.permit@durham.example',
      password: 'permits on time every month',
    });
    await headHeader.getByText('Riley Permit', { exact: true }).waitFor();
    expect(await headHeader.getByRole('link', { name: 'Admin' }).count()).toBe(0);

    // The link worked once.
    const { page: reused, watch: reusedWatch } = await suite.newPage();
    reusedWatch.allowFailedRequest('/api/v1/password', 400);
    await reused.goto(link);
    await reused.getByLabel('New password', { exact: true }).fill('another long passphrase');
    await reused.getByLabel('Confirm new password').fill('another long passphrase');
    await reused.getByRole('button', { name: 'Set password and sign in' }).click();
    await reused
      .getByRole('alert')
      .getByText(/This link no longer works/)
      .waitFor();
    await screenshot(reused, 'set-password-used-link');
    await expectNoAxeViolations(reused);

    // Back to the admin: Riley's session shows, then deactivation ends it.
    await adminPage.reload();
    await riley.getByText('Active', { exact: true }).waitFor();
    await riley.getByRole('button', { name: 'Sessions Riley Permit' }).click();
    const sessions = adminPage.getByRole('table', {
      name: 'Where Riley Permit is signed in, most recently seen first',
    });
    await sessions.waitFor();
    expect(await sessions.getByRole('row').count()).toBe(2);
    await screenshot(adminPage, 'admin-sessions');
    await expectNoAxeViolations(adminPage);
    await adminPage.getByRole('button', { name: 'Close' }).click();

    await riley.getByRole('button', { name: 'Deactivate Riley Permit' }).click();
    expect(await isFocused(adminPage, '#confirm-deactivate-heading')).toBe(true);
    await adminPage
      .getByRole('region', { name: 'Deactivate Riley Permit?' })
      .getByRole('button', { name: 'Deactivate Riley Permit' })
      .click();
    await adminPage
      .getByRole('status')
      .getByText('Riley Permit was deactivated and signed out everywhere.')
      .waitFor();
    await riley.getByText('Deactivated', { exact: true }).waitFor();
    await riley.getByRole('button', { name: 'Reactivate Riley Permit' }).waitFor();
    await screenshot(adminPage, 'admin-deactivated');
    await expectNoAxeViolations(adminPage);

    const status = await headPage.evaluate(
      async () => (await fetch('/api/v1/me', { cache: 'no-store' })).status,
    );
    expect(status).toBe(401);
    await headPage.reload();
    await headHeader.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await headHeader.getByText('Riley Permit').count()).toBe(0);
    expect(headWatch.problems()).toEqual([]);
  });

  test('a stale edit shows the current values and overwrites nothing', async () => {
    const { page, watch } = await suite.newPage();
    const admin = demoAccount('admin');
    await signIn(page, suite.baseUrl, admin, '/admin/users');
    const council = demoAccount('council');
    const row = page.getByRole('row').filter({ hasText: council.email });
    await row.getByRole('button', { name: /^Edit / }).click();
    await page.getByLabel('Name', { exact: true }).fill('Name typed in the form');

    // Meanwhile, someone else renames the account.
    const userId = await page.evaluate(async (email) => {
      const me = (await (await fetch('/api/v1/me')).json()) as { csrfToken: string };
      const list = (await (await fetch('/api/v1/users')).json()) as {
        data: Array<{ id: number; email: string; version: number }>;
      };
      const user = list.data.find((u) => u.email === email);
      if (!user) throw new Error(`no user ${email}`);
      const renamed = await fetch(`/api/v1/users/${user.id}`, {
        method: 'PATCH',
        headers: {
          'Content-Type': 'application/json',
          'X-CSRF-Token': me.csrfToken,
          'If-Match': `"${user.version}"`,
        },
        body: JSON.stringify({ name: 'Renamed Meanwhile' }),
      });
      if (!renamed.ok) throw new Error(`renaming answered ${renamed.status}`);
      return user.id;
    }, council.email);
    watch.allowFailedRequest(`/api/v1/users/${userId}`, 412);

    await page.getByRole('button', { name: 'Save changes' }).click();
    const notice = page
      .getByRole('alert')
      .filter({ hasText: 'Someone changed this since you opened it.' });
    await notice.waitFor();
    await notice.getByText('Renamed Meanwhile').waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Renamed Meanwhile');
    await screenshot(page, 'admin-stale-edit');
    await expectNoAxeViolations(page);
    await waitUntil('the table shows the stored name', async () => {
      return (await page.getByRole('rowheader', { name: /Renamed Meanwhile/ }).count()) === 1;
    });
    expect(await page.getByText('Name typed in the form').count()).toBe(0);
  });
});
