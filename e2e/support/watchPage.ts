/**
 * Collects what must fail a browser test: uncaught script errors, console errors, and
 * Content-Security-Policy violations (the server's CSP allows no inline script or style).
 */
import type { ConsoleMessage, Page } from 'playwright-core';

export interface PageWatch {
  /** Everything that went wrong on the page so far, one line each. */
  problems(): string[];
  /**
   * Chromium logs every 4xx answer as a console error. A test that expects one, such as a
   * 401 for a wrong password, names it here so that it does not count as a problem.
   */
  allowFailedRequest(pathname: string, status: number): void;
  /** Forgets the problems so far, for a test whose point was to cause one. */
  clear(): void;
}

const failedRequest = /^Failed to load resource: the server responded with a status of (\d+)/;

export async function watchPage(page: Page): Promise<PageWatch> {
  const problems: string[] = [];
  // GET /api/v1/me answers 401 to the public by design: it is how the SPA learns it is signed out.
  const allowed = new Set(['/api/v1/me 401']);

  const isAllowed = (message: ConsoleMessage) => {
    const status = failedRequest.exec(message.text())?.[1];
    if (!status) return false;
    const { pathname } = new URL(message.location().url);
    return allowed.has(`${pathname} ${status}`);
  };

  page.on('console', (message) => {
    if (message.type() !== 'error' || isAllowed(message)) return;
    problems.push(`console error: ${message.text()} (${message.location().url || 'no location'})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));

  // Chromium also logs a violation to the console; the event says which directive and what
  // was blocked, whatever the console's wording.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content-Security-Policy violation: ${event.effectiveDirective} blocked ${
          event.blockedURI || 'inline content'
        } in ${event.sourceFile || event.documentURI}`,
      );
    });
  });

  return {
    problems: () => [...problems],
    allowFailedRequest: (pathname, status) => {
      allowed.add(`${pathname} ${status}`);
    },
    clear: () => {
      problems.length = 0;
    },
  };
}
