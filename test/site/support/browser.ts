// One Chromium per test file (useBrowser registers beforeAll/afterAll), one fresh context per
// opened page. openPage records everything a page should never do: console errors, uncaught
// errors, failed requests, CSP violations, and requests leaving 127.0.0.1/localhost (which are
// aborted, so the suite never touches the network).
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Response } from 'playwright-core';
import { launchBrowser } from './chromium.ts';
import { WAIT_MS } from './timeouts.ts';

export { launchBrowser };

/** Launch Chromium before the file's tests, close it after; call at the top of a test file. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browser not launched (useBrowser must be called at file top level)');
    return browser;
  };
}

export interface PageIssues {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  cspViolations: string[];
  externalRequests: string[];
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** response of the main document (null only for same-document navigations) */
  response: Response | null;
  issues: PageIssues;
  /** Also picks up CSP violations reported in the page after load. */
  collectIssues(): Promise<PageIssues>;
  close(): Promise<void>;
}

export interface OpenPageOptions {
  /** default true */
  javaScript?: boolean;
  /** default false; only for tooling injection (axe), never for CSP checks */
  bypassCSP?: boolean;
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /** `prefers-contrast` to emulate; default: no override. `more` turns care mode on (关怀模式). */
  contrast?: 'more' | 'no-preference';
  /** Runs before any page script in every document of the context (e.g. to preset localStorage). */
  initScript?: string;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isLocal(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return LOCAL_HOSTS.has(u.hostname);
}

// Runs before any page script. Records every `securitypolicyviolation` event on the document.
const CSP_LISTENER = `(() => {
  const list = [];
  Object.defineProperty(window, '__cspViolations', { value: list });
  document.addEventListener('securitypolicyviolation', (e) => {
    list.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') +
      (e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber : '') +
      (e.sample ? ' sample: ' + e.sample : ''));
  });
})();`;

export async function openPage(browser: Browser, url: string, opts: OpenPageOptions = {}): Promise<OpenedPage> {
  const contextOptions: BrowserContextOptions = {
    javaScriptEnabled: opts.javaScript ?? true,
    bypassCSP: opts.bypassCSP ?? false,
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    locale: 'zh-CN',
    reducedMotion: opts.reducedMotion ?? 'reduce',
    serviceWorkers: 'block',
    ...(opts.contrast ? { contrast: opts.contrast } : {}),
  };
  const context = await browser.newContext(contextOptions);
  context.setDefaultTimeout(WAIT_MS);
  context.setDefaultNavigationTimeout(WAIT_MS);
  const issues: PageIssues = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    cspViolations: [],
    externalRequests: [],
  };
  await context.route('**/*', async (route) => {
    const reqUrl = route.request().url();
    if (isLocal(reqUrl)) {
      await route.continue();
    } else {
      issues.externalRequests.push(`${route.request().method()} ${reqUrl}`);
      await route.abort('blockedbyclient');
    }
  });
  await context.addInitScript({ content: CSP_LISTENER });
  if (opts.initScript) await context.addInitScript({ content: opts.initScript });
  const page = await context.newPage();
  page.on('console', (msg) => {
    const text = msg.text();
    const where = msg.location().url ? ` (${msg.location().url}:${msg.location().lineNumber})` : '';
    if (/Content Security Policy/i.test(text)) issues.cspViolations.push(`console: ${text}`);
    else if (msg.type() === 'error') {
      // A blocked external request is already reported under externalRequests.
      if (/ERR_BLOCKED_BY_CLIENT/.test(text)) return;
      issues.consoleErrors.push(text + where);
    }
  });
  page.on('pageerror', (err) => issues.pageErrors.push(err.stack ?? String(err)));
  page.on('requestfailed', (req) => {
    if (!isLocal(req.url())) return; // aborted on purpose, see externalRequests
    // The browser cancels what is still loading when the page navigates or reloads (e.g. a test
    // opening a share link): ERR_ABORTED says nothing about the site. A missing file still shows up
    // as HTTP 404 below.
    if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
    issues.failedRequests.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) issues.failedRequests.push(`${res.request().method()} ${res.url()}: HTTP ${res.status()}`);
  });

  const response = await page.goto(url, { waitUntil: 'load' });

  const collectIssues = async (): Promise<PageIssues> => {
    try {
      const fromEvents = await page.evaluate(
        () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      );
      for (const v of fromEvents) {
        const line = `event: ${v}`;
        if (!issues.cspViolations.includes(line)) issues.cspViolations.push(line);
      }
    } catch {
      // javaScript disabled: the init script does not run; console messages still report CSP.
    }
    return issues;
  };

  return { page, context, response, issues, collectIssues, close: () => context.close() };
}

/** Base URL of the dist/ server started by global-setup (via vitest `inject`). */
export function pageUrl(base: string, urlPath: string): string {
  return new URL(urlPath, base + '/').href;
}
