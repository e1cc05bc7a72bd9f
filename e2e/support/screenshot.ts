import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

const screenshots = path.join(__dirname, '..', 'screenshots');

/** Saves the page as e2e/screenshots/<name>.png, to look at after the run: whole, or what is in view. */
export async function screenshot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<void> {
  fs.mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage });
}
