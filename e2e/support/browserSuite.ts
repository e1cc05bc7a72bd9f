/**
 * What every browser test file sets up: the built server and a browser for the whole file, and
 * watched pages, each in a browser context of its own, which are closed after the test that
 * opened them. A script error, a console error or a CSP violation on a page fails that test.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './launchBrowser';
import { startServer, type RunningServer, type ServerOptions } from './startServer';
import { watchPage, type PageWatch } from './watchPage';

export interface WatchedPage {
  page: Page;
  watch: PageWatch;
}

export interface BrowserSuite {
  /** The server of this file's tests, once `beforeAll` has started it. */
  readonly server: RunningServer;
  readonly baseUrl: string;
  /** A page with no cookie shared with any other; 1280×800 unless `options` say otherwise. */
  newPage(options?: BrowserContextOptions): Promise<WatchedPage>;
}

/** Registers the file's hooks; call it once, at the top of a test file. */
export function browserSuite(serverOptions: ServerOptions = {}): BrowserSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const opened: WatchedPage[] = [];

  beforeAll(async () => {
    server = await startServer(serverOptions);
    browser = await launchBrowser();
  });

  afterEach(async () => {
    for (const { page, watch } of opened.splice(0)) {
      await page.context().close();
      expect(watch.problems()).toEqual([]);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser suite has not started yet (beforeAll)');
    return value;
  };

  return {
    get server() {
      return started(server);
    },
    get baseUrl() {
      return started(server).baseUrl;
    },
    async newPage(options = {}) {
      const context = await started(browser).newContext({
        viewport: { width: 1280, height: 800 },
        ...options,
      });
      const page = await context.newPage();
      const watched = { page, watch: await watchPage(page) };
      opened.push(watched);
      return watched;
    },
  };
}
