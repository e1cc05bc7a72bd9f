import type { Locator, Page } from 'playwright-core';
import { waitUntil } from './waitUntil';

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `maxPresses`. */
export async function tabTo(page: Page, target: Locator, maxPresses = 30): Promise<void> {
  const isFocused = () => target.evaluate((element) => element === document.activeElement);
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await isFocused()) return;
    await page.keyboard.press('Tab');
  }
  if (!(await isFocused())) {
    throw new Error(`${String(target)} did not get focus after ${maxPresses} presses of Tab`);
  }
}

/** The id of the element that has focus, or '' when it has none. */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/**
 * Waits for `target` to have focus. Focus moved by an effect after a server's answer (not after
 * a click or key press) lands in a later task than the element's rendering.
 */
export function waitForFocus(target: Locator): Promise<void> {
  return waitUntil(`${String(target)} to have focus`, () =>
    target.evaluate((element) => element === document.activeElement),
  );
}
