// axe-core (WCAG 2.0/2.1/2.2 A+AA and best-practice) on every built page: zero violations.
// axe is injected in a context with bypassCSP; the CSP itself is checked in pages.test.ts.
import { expect, inject, test } from 'vitest';
import { listPages } from './support/pages.ts';
import { openPage, pageUrl, useBrowser } from './support/browser.ts';
import { formatViolations, runAxe } from './support/axe.ts';

const pages = listPages();
const browser = useBrowser();
const base = inject('baseURL');

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
}
