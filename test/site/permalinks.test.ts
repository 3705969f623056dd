// Clause permalinks on every policy page: for the first three elements whose id starts with
// art-/sec-/m-/part-, opening the page at #id scrolls the element into view (not hidden under a
// sticky/fixed site header) and the element carries a visible `<a href="#id">` permalink.
import { expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { policyPages } from './support/pages.ts';
import { parseHtml } from './support/links.ts';
import { openPage, pageUrl, useBrowser } from './support/browser.ts';
import { WAIT_MS } from './support/timeouts.ts';

const ANCHOR_ID = /^(art|sec|m|part)-/;
const policies = policyPages();
const browser = useBrowser();
const base = inject('baseURL');
// A phone-sized viewport so that later clauses really need scrolling.
const viewport = { width: 390, height: 700 };

test('dist/ has policy pages', () => {
  expect(policies.length).toBeGreaterThan(0);
});

for (const p of policies) {
  // ids in document order, from the built HTML
  const ids = [...parseHtml(readFileSync(p.file, 'utf8')).ids].filter((id) => ANCHOR_ID.test(id)).slice(0, 3);

  test(`${p.urlPath} has clause anchors`, () => {
    expect(ids.length, `no element with id matching ${ANCHOR_ID} in ${p.rel}`).toBeGreaterThan(0);
  });

  for (const id of ids) {
    test(`${p.urlPath}#${id} scrolls into view and has a permalink`, async () => {
      const opened = await openPage(browser(), pageUrl(base, `${p.urlPath}#${encodeURIComponent(id)}`), { viewport });
      try {
        const { page } = opened;
        const measure = (targetId: string) => {
          const el = document.getElementById(targetId);
          if (!el) return null;
          const r = el.getBoundingClientRect();
          let headerBottom = 0;
          for (const h of document.querySelectorAll('header[role=banner], body > header')) {
            const pos = getComputedStyle(h).position;
            if (pos === 'fixed' || pos === 'sticky') headerBottom = Math.max(headerBottom, h.getBoundingClientRect().bottom);
          }
          const links = [...el.querySelectorAll('a[href]')].filter((a) => a.getAttribute('href') === `#${targetId}`);
          return {
            top: r.top,
            viewportHeight: window.innerHeight,
            headerBottom,
            permalinks: links.length,
            permalinkVisible: links.some((a) => (a as HTMLElement).checkVisibility({ visibilityProperty: true, opacityProperty: false })),
          };
        };
        // The scroll to the fragment happens during load; allow a smooth scroll to finish.
        await page
          .waitForFunction(
            (targetId) => {
              const el = document.getElementById(targetId);
              const top = el?.getBoundingClientRect().top;
              return top !== undefined && top >= -1 && top < window.innerHeight;
            },
            id,
            { timeout: WAIT_MS },
          )
          .catch(() => undefined); // the assertions below report what is wrong
        const m = await page.evaluate(measure, id);
        expect(m, `#${id} not found in the page`).not.toBeNull();
        if (!m) return;
        const where = `#${id}: top=${Math.round(m.top)} viewport=${m.viewportHeight} stickyHeaderBottom=${Math.round(m.headerBottom)}`;
        expect(m.top >= Math.max(-1, m.headerBottom - 1) && m.top < m.viewportHeight, `not scrolled into view (${where})`).toBe(true);
        expect(m.permalinks, `#${id} contains no <a href="#${id}"> permalink`).toBeGreaterThan(0);
        expect(m.permalinkVisible, `#${id}'s permalink is not rendered (display/visibility)`).toBe(true);
      } finally {
        await opened.close();
      }
    });
  }
}
