import type { Page } from 'playwright-core';
import { waitUntil } from './waitUntil';

/**
 * Waits for the document title to become `expected`. The city's name in the title comes from
 * `/api/v1/site`, which may answer after the page itself has rendered, so a title read at once
 * can still be the "civicstat" fallback.
 */
export async function expectTitle(page: Page, expected: string): Promise<void> {
  let seen = '';
  await waitUntil(`the page title to be "${expected}"`, async () => {
    seen = await page.title();
    return seen === expected;
  }).catch(() => {
    throw new Error(`page title: expected "${expected}", last seen "${seen}"`);
  });
}
