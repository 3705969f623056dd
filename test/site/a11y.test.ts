// axe-core (WCAG 2.0/2.1/2.2 A+AA and best-practice) on every built page: zero violations, in the
// normal look and again in care mode (关怀模式), where the AAA contrast rule (7:1) is added.
// axe is injected in a context with bypassCSP; the CSP itself is checked in pages.test.ts.
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { listPages } from './support/pages.ts';
import { openPage, pageUrl, useBrowser } from './support/browser.ts';
import { formatViolations, runAxe, runAxeCare } from './support/axe.ts';

const pages = listPages();
const browser = useBrowser();
const base = inject('baseURL');

/** Care mode is on: <html data-care> (site pages by their script, widget frames by their theme). */
function careIsOn(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.hasAttribute('data-care'));
}

for (const p of pages) {
  test(`axe ${p.urlPath}`, async () => {
    const opened = await openPage(browser(), pageUrl(base, p.urlPath), { bypassCSP: true });
    try {
      const results = await runAxe(opened.page);
      // Guard against a silently broken axe run (no rules evaluated would "pass" everything).
      expect(results.passes.length + results.violations.length + results.incomplete.length).toBeGreaterThan(0);
      const report = formatViolations(results.violations);
      expect(results.violations.map((v) => v.id), `axe violations on ${p.urlPath}:\n${report}`).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test(`axe, care mode (AAA contrast) ${p.urlPath}`, async () => {
    // The system's "more contrast" setting turns care mode on, on every page and in widget frames.
    const opened = await openPage(browser(), pageUrl(base, p.urlPath), { bypassCSP: true, contrast: 'more' });
    try {
      const { page } = opened;
      // Widget frames (/embed/<id>/) turn it on when they hydrate: poll.
      await expect.poll(() => careIsOn(page), { timeout: 15_000 }).toBe(true);
      const results = await runAxeCare(page);
      expect(results.passes.length + results.violations.length + results.incomplete.length).toBeGreaterThan(0);
      const report = formatViolations(results.violations);
      expect(results.violations.map((v) => v.id), `axe violations in care mode on ${p.urlPath}:\n${report}`).toEqual([]);
    } finally {
      await opened.close();
    }
  });
}
