/**
 * Reading pages ship no JavaScript: no script element, no module preload, no island. Only the
 * interactive pages listed here may load scripts, each for its island.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { listPages } from './support/pages.ts';

/** Pages with interaction: calculators, comparison (and per-region comparisons), search, the eligibility check, the portfolio checker and embeds. */
const INTERACTIVE = [/^\/compare\/$/, /^\/compare\/region\/[^/]+\/$/, /^\/calculators\/[^/]+\/$/, /^\/search\/$/, /^\/guide\/check\/$/, /^\/portfolio\/$/, /^\/embed\//];

const reading = listPages().filter((p) => !INTERACTIVE.some((re) => re.test(p.urlPath)));

test('there are reading pages to check', () => {
  expect(reading.some((p) => p.urlPath.startsWith('/policies/'))).toBe(true);
});

test.each(reading.map((p) => [p.urlPath, p] as const))('%s loads no JavaScript', (_url, p) => {
  const html = readFileSync(p.file, 'utf8');
  expect(html).not.toMatch(/<script\b/i);
  expect(html).not.toMatch(/rel="modulepreload"/);
  expect(html).not.toMatch(/<astro-island\b/);
});
