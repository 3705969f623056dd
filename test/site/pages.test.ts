// Every built page: HTTP 200, document basics, a strict CSP meta, and a clean load in Chromium
// (no console errors, page errors, failed requests, CSP violations, or requests off localhost).
import { expect, inject, test } from 'vitest';
import { listPages } from './support/pages.ts';
import { openPage, pageUrl, useBrowser } from './support/browser.ts';
import { cspProblems } from './support/csp.ts';

const pages = listPages();
const browser = useBrowser();
const base = inject('baseURL');

test('dist/ has pages', () => {
  expect(pages.map((p) => p.urlPath)).toContain('/');
});

for (const p of pages) {
  test(`page ${p.urlPath}`, async () => {
    const opened = await openPage(browser(), pageUrl(base, p.urlPath));
    try {
      const { page, response } = opened;
      const facts = await page.evaluate(() => ({
        lang: document.documentElement.getAttribute('lang'),
        title: document.title.trim(),
        h1: document.querySelectorAll('h1').length,
        main: document.querySelectorAll('main').length,
        csp: [...document.querySelectorAll('meta[http-equiv]')]
          .filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')
          .map((m) => ({ inHead: m.parentElement === document.head, content: m.getAttribute('content') ?? '' })),
      }));
      const issues = await opened.collectIssues();
      const problems: string[] = [];
      if (response?.status() !== 200) problems.push(`HTTP status ${response?.status()} (want 200)`);
      if (facts.lang !== 'zh-CN') problems.push(`<html lang="${facts.lang}"> (want zh-CN)`);
      if (!facts.title) problems.push('empty or missing <title>');
      if (facts.h1 !== 1) problems.push(`${facts.h1} <h1> elements (want exactly 1)`);
      if (facts.main < 1) problems.push('no <main> element');
      for (const m of facts.csp) if (!m.inHead) problems.push('CSP <meta> outside <head> (ignored by browsers)');
      problems.push(...cspProblems(p.urlPath, facts.csp.filter((m) => m.inHead).map((m) => m.content)));
      for (const e of issues.consoleErrors) problems.push(`console error: ${e}`);
      for (const e of issues.pageErrors) problems.push(`page error: ${e}`);
      for (const e of issues.failedRequests) problems.push(`failed request: ${e}`);
      for (const e of issues.cspViolations) problems.push(`CSP violation: ${e}`);
      for (const e of issues.externalRequests) problems.push(`request leaving localhost: ${e}`);
      expect(problems, `${p.urlPath} (${p.rel})`).toEqual([]);
    } finally {
      await opened.close();
    }
  });
}
