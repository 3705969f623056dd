// Helpers for the search page tests: wait until the island has rendered a finished search.
import type { Page } from 'playwright-core';
import { WAIT_MS } from './timeouts.ts';

/**
 * Waits until the results region shows a finished search (or idle for an empty query) for the
 * island's current state: `data-settled-for` (the state whose search finished) equals
 * `data-wanted` (the state now). The state changes in the same event as a click, a tick or
 * Enter, so results of an earlier state never count as finished.
 */
export async function waitForSearch(page: Page, timeout = WAIT_MS): Promise<void> {
  await page.waitForFunction(
    () => {
      const el = document.querySelector<HTMLElement>('.search-results');
      return !!el && ['done', 'idle', 'error'].includes(el.dataset.state ?? '') && el.dataset.settledFor === el.dataset.wanted;
    },
    undefined,
    { timeout },
  );
}

/** Hrefs of the rendered results, in order. */
export function resultHrefs(page: Page): Promise<string[]> {
  return page.$$eval('.search-hit .hit-title a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** `/policies/x/#a` → `x#a` (the fixture's notation). */
export function toFixtureId(href: string): string {
  return href.replace(/^\/policies\//, '').replace('/#', '#');
}
