// Every internal href/src/srcset/… in dist resolves to a file in dist, and every #fragment
// (same-page or cross-page) to an element with that id. All broken links are reported at once.
import { expect, test } from 'vitest';
import { listPages } from './support/pages.ts';
import { builtSiteOrigin, DIST_DIR } from './support/server.ts';
import { checkLinks } from './support/links.ts';
// The parser itself is unit-tested in test/unit/site-support.test.ts.

// Absolute URLs on the origin dist/ was built for (XYHF_ORIGIN) are internal links too.

test('every internal link and fragment in dist resolves', () => {
  const pages = listPages();
  expect(pages.length).toBeGreaterThan(0);
  const broken = checkLinks(pages, DIST_DIR, [builtSiteOrigin()]);
  const report = broken.map((b) => `  ${b.page}  ${b.where}="${b.value}"  → ${b.reason}`).join('\n');
  expect(broken, `${broken.length} broken internal link(s):\n${report}`).toEqual([]);
});
