/**
 * How long a page of the SPA takes to render in headless Chromium: from navigation start until
 * the page holds the expected number of elements of its content (goal cards, KPI rows), and the
 * JavaScript heap it then uses.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { median, percentile } from './stats';

export interface RenderTarget {
  /** Name in the report. */
  name: string;
  url: string;
  /** Signs the browser context in before the first load (pages for city staff). */
  signIn?: { email: string; password: string };
  /** The page's content, e.g. `.goal-card` or `table.kpi-table tbody tr`. */
  selector: string;
  /** How many of them the page shows once rendered. */
  count: number;
}

export interface RenderResult {
  target: RenderTarget;
  /** The first load, with an empty cache. */
  coldMs: number;
  /** Each later load, in a fresh page of the same browser context (HTTP cache warm). */
  warmMs: number[];
  /** JS heap in use once rendered, after a garbage collection, per warm load. */
  heapBytes: number[];
}

declare global {
  interface Window {
    /** performance.now() at the frame that first shows the expected content. */
    __benchRendered?: number;
  }
}

const TIMEOUT_MS = 60_000;

/** One load of the page in a fresh tab: milliseconds from navigation start, and the heap. */
async function loadOnce(
  context: BrowserContext,
  target: RenderTarget,
): Promise<{ ms: number; heapBytes: number }> {
  const page = await context.newPage();
  try {
    // Runs before the page's own scripts (through the DevTools protocol, so the page's CSP does
    // not apply): as soon as the DOM holds the expected count, note the start of the next
    // frame, the one that paints it. performance.now() counts from navigation start. A string,
    // not a function: tsx would wrap the function's inner functions in a helper the page lacks.
    await page.addInitScript(`{
      const selector = ${JSON.stringify(target.selector)};
      const observer = new MutationObserver(() => {
        if (document.querySelectorAll(selector).length < ${target.count}) return;
        observer.disconnect();
        requestAnimationFrame(() => (window.__benchRendered = performance.now()));
      });
      observer.observe(document, { childList: true, subtree: true });
    }`);
    await page.goto(target.url, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(() => window.__benchRendered !== undefined, undefined, {
        timeout: TIMEOUT_MS,
      });
    } catch (error) {
      const shown = await page.locator(target.selector).count();
      throw new Error(
        `${target.name}: ${target.url} did not show ${target.count} × \`${target.selector}\` within ${TIMEOUT_MS / 1000} s (it shows ${shown}); is that page built with that markup?`,
        { cause: error },
      );
    }
    const ms = await page.evaluate(() => window.__benchRendered ?? Number.NaN);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return { ms, heapBytes: usedSize };
  } finally {
    await page.close();
  }
}

/** A cold load, then `runs` warm ones, each in a fresh page of one browser context. */
export async function measureRender(
  browser: Browser,
  target: RenderTarget,
  runs: number,
): Promise<RenderResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    if (target.signIn) {
      const response = await context.request.post(new URL('/api/v1/session', target.url).href, {
        data: target.signIn,
      });
      if (!response.ok())
        throw new Error(`${target.name}: signing in answered ${response.status()}`);
    }
    const cold = await loadOnce(context, target);
    const warmMs: number[] = [];
    const heapBytes: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const { ms, heapBytes: heap } = await loadOnce(context, target);
      warmMs.push(ms);
      heapBytes.push(heap);
    }
    return { target, coldMs: cold.ms, warmMs, heapBytes };
  } finally {
    await context.close();
  }
}

export function summarize(result: RenderResult) {
  return {
    medianMs: median(result.warmMs),
    p95Ms: percentile(result.warmMs, 95),
    heapMiB: median(result.heapBytes) / 2 ** 20,
  };
}

export interface ScrollResult {
  /** Frames drawn while scrolling the list from top to bottom. */
  frames: number;
  medianFrameMs: number;
  p95FrameMs: number;
  maxFrameMs: number;
  /** Frames longer than 50 ms (a "long animation frame": visible as a stutter). */
  longFrames: number;
  /** Table rows in the DOM at the end, however long the list. */
  rowsInDom: number;
}

/**
 * Scrolls a scrolling region from top to bottom, `step` pixels a frame, as a fast mouse wheel
 * or a dragged scrollbar would, and times every frame (requestAnimationFrame to the next one).
 */
export async function measureScroll(
  browser: Browser,
  target: RenderTarget,
  region: string,
  step = 400,
): Promise<ScrollResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    if (target.signIn) {
      await context.request.post(new URL('/api/v1/session', target.url).href, {
        data: target.signIn,
      });
    }
    const page = await context.newPage();
    await page.goto(target.url);
    await page.waitForFunction(
      ({ selector, count }) => document.querySelectorAll(selector).length >= count,
      { selector: target.selector, count: target.count },
      { timeout: TIMEOUT_MS },
    );
    // A string for the same reason as in loadOnce.
    const frameMs = (await page.evaluate(`new Promise((resolve) => {
      const element = document.querySelector(${JSON.stringify(region)});
      const times = [];
      let last = performance.now();
      const tick = (now) => {
        times.push(now - last);
        last = now;
        const bottom = element.scrollHeight - element.clientHeight;
        if (element.scrollTop >= bottom) return resolve(times);
        element.scrollTop = Math.min(bottom, element.scrollTop + ${step});
        requestAnimationFrame(tick);
      };
      requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
    })`)) as number[];
    const rowsInDom = await page.locator(`${region} tbody tr`).count();
    return {
      frames: frameMs.length,
      medianFrameMs: median(frameMs),
      p95FrameMs: percentile(frameMs, 95),
      maxFrameMs: Math.max(...frameMs),
      longFrames: frameMs.filter((ms) => ms > 50).length,
      rowsInDom,
    };
  } finally {
    await context.close();
  }
}
