/** Signing in through the sign-in page, as a person would, and through the API for test setup. */
import type { Page } from 'playwright-core';
import { demoAccount } from './demoAccounts';

/** Signs in on the sign-in page and waits for the page it returns to (`next`). */
export async function signIn(
  page: Page,
  baseUrl: string,
  { email, password }: { email: string; password: string },
  next = '/',
): Promise<void> {
  await page.goto(`${baseUrl}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${baseUrl}${next}`);
}

/** The same for one of the README's demo accounts, by role. */
export function signInAs(page: Page, baseUrl: string, role: string, next = '/'): Promise<void> {
  return signIn(page, baseUrl, demoAccount(role), next);
}

export interface ApiSession {
  /** Sends a request with the session's cookie and CSRF token. */
  fetch(
    path: string,
    init?: { method?: string; body?: unknown; ifMatch?: number },
  ): Promise<Response>;
}

/** A demo account's API session, for preparing or checking data around a browser test. */
export async function apiSessionAs(baseUrl: string, role: string): Promise<ApiSession> {
  const { email, password } = demoAccount(role);
  const response = await fetch(`${baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`signing in as ${role} answered ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return {
    fetch: (path, { method = 'GET', body, ifMatch } = {}) =>
      fetch(`${baseUrl}/api/v1${path}`, {
        method,
        headers: {
          Cookie: cookie,
          'X-CSRF-Token': csrfToken,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(ifMatch === undefined ? {} : { 'If-Match': `"${ifMatch}"` }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}
