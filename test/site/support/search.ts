// Helpers for the search page tests: wait until the island has rendered a finished search.
import type { Page } from 'playwright-core';

/** Waits until the results region reports a finished search (or idle for an empty query). */
export async function waitForSearch(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForSelector('.search-results[data-state="done"], .search-results[data-state="idle"], .search-results[data-state="error"]', { timeout });
}

/** Hrefs of the rendered results, in order. */
export function resultHrefs(page: Page): Promise<string[]> {
  return page.$$eval('.search-hit .hit-title a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** `/policies/x/#a` → `x#a` (the fixture's notation). */
export function toFixtureId(href: string): string {
  return href.replace(/^\/policies\//, '').replace('/#', '#');
}
