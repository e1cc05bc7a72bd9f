/**
 * axe-core in the browser tests: checks the page as it is now against WCAG 2.1 A and AA and
 * fails on every violation axe rates serious or critical.
 *
 * axe is injected with `page.evaluate(source)`, which runs through the DevTools protocol: the
 * page's Content-Security-Policy (no inline script, no eval) does not apply to it, whereas a
 * `<script>` added with `page.addScriptTag({ content })` would be blocked and reported by the
 * page watch.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const runOptions: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations'],
};

const failing: ReadonlySet<ImpactValue> = new Set(['serious', 'critical']);

export interface AxeViolation {
  id: string;
  impact: ImpactValue | null;
  help: string;
  helpUrl: string;
  /** The CSS selectors of the elements that fail the rule (one per element). */
  targets: string[];
}

/** The page's serious and critical WCAG 2.1 A/AA violations, by axe-core. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  // A full page load forgets axe; an SPA navigation keeps it.
  if (!injected) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run(o: RunOptions): Promise<AxeResults> } }).axe.run(options),
    runOptions,
  );
  return results.violations
    .filter((violation) => violation.impact && failing.has(violation.impact))
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
}

/** Fails, listing each violation's rule, help and elements, when axe finds a serious or critical one. */
export async function expectNoAxeViolations(page: Page, what = page.url()): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length === 0) return;
  const lines = violations.map(
    (v) =>
      `- ${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n` +
      v.targets.map((target) => `    ${target}`).join('\n'),
  );
  throw new Error(
    `axe found ${violations.length} serious or critical WCAG 2.1 A/AA violation(s) on ${what}:\n${lines.join('\n')}`,
  );
}
