/** The overview and goal pages in a real browser, against the built server and its demo data. */
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite } from './support/browserSuite';
import { screenshot } from './support/screenshot';
import { waitUntil } from './support/waitUntil';
import type { PageWatch } from './support/watchPage';
import { expectTitle } from './support/title';

// The goals of Durham's strategic plan (DESIGN.md §7), which the demo data seeds.
const durhamGoals = [
  'Strong and Diverse Economy',
  'Safe and Secure Community',
  'Thriving Livable Neighborhoods',
  'Well-Managed City',
  "Stewardship of the City's Physical Assets",
] as const;

interface Plan {
  title: string;
  vision: string;
  goals: { number: number; title: string; objectives: { number: number; title: string }[] }[];
}

const suite = browserSuite();
let page: Page;
let plan: Plan;
let watch: PageWatch;

beforeAll(async () => {
  plan = (await (await fetch(`${suite.baseUrl}/api/v1/plans/current`)).json()) as Plan;
});

beforeEach(async () => {
  ({ page, watch } = await suite.newPage());
});

async function open(pathname: string) {
  await page.goto(`${suite.baseUrl}${pathname}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

describe('the city overview', () => {
  test('shows the plan, its vision and Durham’s five goals as cards', async () => {
    await open('/');

    await expectTitle(page, 'Goals — City of Durham performance');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(plan.title);
    expect(await page.getByText(plan.vision, { exact: true }).isVisible()).toBe(true);

    const cards = page.getByRole('article');
    expect(await cards.count()).toBe(5);
    for (const [index, title] of durhamGoals.entries()) {
      const link = cards.nth(index).getByRole('link');
      expect(await link.getAttribute('href')).toBe(`/goals/${index + 1}`);
      expect(await link.textContent()).toContain(title);
    }

    const primaryNav = page.getByRole('navigation', { name: 'Primary' });
    const current = primaryNav.locator('[aria-current="page"]');
    expect(await current.allTextContents()).toEqual(['Overview']);
    await screenshot(page, 'overview');
    await expectNoAxeViolations(page);
  });

  test('lets a keyboard user tab to the first goal and open it with Enter', async () => {
    await open('/');

    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Skip to main content');

    // Found by its accessible name, so this also checks what a screen reader announces.
    const firstGoal = `Goal 1: ${durhamGoals[0]}`;
    const firstGoalLink = page.getByRole('link', { name: goalName(1, durhamGoals[0]) });
    const isFocused = () => firstGoalLink.evaluate((link) => link === document.activeElement);
    for (let presses = 0; presses < 15 && !(await isFocused()); presses += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await isFocused()).toBe(true);
    await screenshot(page, 'overview-keyboard-focus');

    await page.keyboard.press('Enter');
    await page.waitForURL(`${suite.baseUrl}/goals/1`);
    await page.getByRole('heading', { level: 1, name: goalName(1, durhamGoals[0]) }).waitFor();

    await expectTitle(page, `${firstGoal} — City of Durham performance`);
    // Focus moves to the new page's content, as after a full page load.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Each objective of the goal is a section headed by its title (its KPIs are checked in
    // goalProgress.test.ts).
    const goal = plan.goals.find((candidate) => candidate.number === 1);
    expect(goal?.objectives.length).toBeGreaterThan(0);
    for (const objective of goal?.objectives ?? []) {
      expect(
        await page.getByRole('heading', { level: 2 }).filter({ hasText: objective.title }).count(),
      ).toBe(1);
    }
    await screenshot(page, 'goal-1');
    await expectNoAxeViolations(page);
  });
});

describe('pages that are not the overview', () => {
  test('an unknown address shows the not-found page inside the layout', async () => {
    await open('/no-such-page');

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    await expectTitle(page, 'Page not found — City of Durham performance');
    expect(
      await page.getByRole('link', { name: 'Go to the overview of the city’s goals' }).count(),
    ).toBe(1);
    await screenshot(page, 'not-found');
    await expectNoAxeViolations(page);
  });

  test('a goal number the plan does not have is not found', async () => {
    await open('/goals/99');

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
  });

  test('the open-data portal is marked current in the navigation', async () => {
    await open('/open-data');

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Open data');
    const current = page
      .getByRole('navigation', { name: 'Primary' })
      .locator('[aria-current="page"]');
    expect(await current.allTextContents()).toEqual(['Open data']);
    await screenshot(page, 'open-data');
    await expectNoAxeViolations(page);
  });
});

describe('the page watch every test relies on', () => {
  test('notices a Content-Security-Policy violation', async () => {
    await open('/');

    // An inline <style> is what the server's style-src 'self' forbids.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red; }';
      document.head.append(style);
    });

    await waitUntil('the watch reports the violation', () =>
      watch.problems().some((line) => /Content-Security-Policy violation: style-src/.test(line)),
    );
    watch.clear(); // the violation was the point of this test
  });

  test('axe notices a serious accessibility violation, names it and where it is', async () => {
    await open('/');

    // A button with no text or label: screen readers announce only "button".
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'nameless';
      document.querySelector('main')?.append(button);
    });

    await expect(expectNoAxeViolations(page)).rejects.toThrow(
      /button-name \(critical\): Buttons must have discernible text[\s\S]*#nameless/,
    );
  });
});

async function focusedText(): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.textContent?.trim());
}

/** "Goal 1: Strong and Diverse Economy", allowing for the space browsers may put before the colon. */
function goalName(number: number, title: string): RegExp {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^Goal ${number}\\s*:\\s*${escaped}$`);
}
