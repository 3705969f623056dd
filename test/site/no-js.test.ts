/**
 * Reading pages ship no JavaScript but one stated exception: the care-mode script (关怀模式,
 * src/care/care-mode.js), inlined in <head> and allowed by its CSP hash. No other script element,
 * no module preload, no island. Only the interactive pages listed here may load scripts, each for
 * its island.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { listPages } from './support/pages.ts';

/** Pages with interaction: calculators, comparison (and per-region comparisons), search, the eligibility check, the portfolio checker and embeds. */
const INTERACTIVE = [/^\/compare\/$/, /^\/compare\/region\/[^/]+\/$/, /^\/calculators\/[^/]+\/$/, /^\/search\/$/, /^\/guide\/check\/$/, /^\/portfolio\/$/, /^\/embed\//];

/** The care-mode script may not grow past this many bytes (UTF-8) without a decision. */
const CARE_SCRIPT_BUDGET = 1024;

const reading = listPages().filter((p) => !INTERACTIVE.some((re) => re.test(p.urlPath)));

/** Every <script …>…</script> of a page: its attributes and its text. */
function scriptsOf(html: string): { attrs: string; text: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({ attrs: m[1]!.trim(), text: m[2]! }));
}

const home = scriptsOf(readFileSync(listPages().find((p) => p.urlPath === '/')!.file, 'utf8'));

test('there are reading pages to check', () => {
  expect(reading.some((p) => p.urlPath.startsWith('/policies/'))).toBe(true);
});

test(`the care-mode script is one classic inline script of at most ${CARE_SCRIPT_BUDGET} bytes`, () => {
  expect(home).toHaveLength(1);
  const [care] = home;
  expect(care!.attrs).toBe('data-care-mode');
  expect(care!.text).toContain('xyhf-care');
  expect(care!.text).toContain('data-care');
  const bytes = Buffer.byteLength(care!.text, 'utf8');
  expect(bytes).toBeGreaterThan(100);
  expect(bytes).toBeLessThanOrEqual(CARE_SCRIPT_BUDGET);
});

test.each(reading.map((p) => [p.urlPath, p] as const))('%s loads no JavaScript but the care-mode script', (_url, p) => {
  const html = readFileSync(p.file, 'utf8');
  // The very same bytes on every page (one CSP hash, one thing to review), and nothing else.
  expect(scriptsOf(html)).toEqual(home);
  expect(html.match(/<script\b/gi)).toHaveLength(1);
  expect(html).not.toMatch(/rel="modulepreload"/);
  expect(html).not.toMatch(/<astro-island\b/);
  expect(html).not.toMatch(/\son[a-z]+=/i);
});
