// Every internal href/src/srcset/… in dist resolves to a file in dist, and every #fragment
// (same-page or cross-page) to an element with that id. All broken links are reported at once.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { listPages } from './support/pages.ts';
import { DIST_DIR } from './support/server.ts';
import { checkLinks } from './support/links.ts';
// The parser itself is unit-tested in test/unit/site-support.test.ts.

// Absolute URLs on the site's own origin (astro.config `site`) are internal links too.
function siteOrigin(): string {
  const config = readFileSync(new URL('../../astro.config.mjs', import.meta.url), 'utf8');
  const m = /^\s*site:\s*['"]([^'"]+)['"]/m.exec(config);
  if (!m?.[1]) throw new Error('astro.config.mjs has no `site:` string');
  return new URL(m[1]).origin;
}

test('every internal link and fragment in dist resolves', () => {
  const pages = listPages();
  expect(pages.length).toBeGreaterThan(0);
  const broken = checkLinks(pages, DIST_DIR, [siteOrigin()]);
  const report = broken.map((b) => `  ${b.page}  ${b.where}="${b.value}"  → ${b.reason}`).join('\n');
  expect(broken, `${broken.length} broken internal link(s):\n${report}`).toEqual([]);
});
