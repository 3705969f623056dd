// The product at scale, in Chromium, on a SYNTHETIC build of 400 documents in 400 jurisdictions
// (test/scale/global-setup.ts): the library's region tree, the comparison's default selection,
// document choice and on-demand columns, the per-region comparison pages without JavaScript, and
// the search filters' type-ahead. Run by `npm run test:scale` (not part of `npm test`: building
// 400 documents takes minutes).
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, pageUrl, useBrowser, type OpenedPage } from '../site/support/browser.ts';

const base = inject('scaleURL');
const n = inject('scaleN');
const ids = inject('scaleIds');
const places = inject('scalePlaces');
/** The national law documents (copied unchanged): every region's selection includes them. */
const national = inject('scaleNational');
const browser = useBrowser();
/** Real documents copied unchanged: the national ones and the contract builder's (湖南). */
const fixed = inject('scaleFixed');
const provinces = places.filter((p) => p.level === 'province');
// A city whose province holds no real document, so its region is exactly its own and its province's.
const fixedCodes = new Set(fixed.map((f) => f.code));
const city = places.find((p) => p.level === 'city' && !fixedCodes.has(p.code) && !fixedCodes.has(p.parent ?? ''))!;
const cityDoc = ids[places.indexOf(city)]!;
const provinceDoc = ids[places.findIndex((p) => p.code === city.parent)]!;

let opened: OpenedPage;
let page: Page;
beforeAll(async () => {
  opened = await openPage(browser(), pageUrl(base, '/'));
  page = opened.page;
});
afterAll(async () => {
  await opened?.close();
});

describe('library', () => {
  test(`the region tree lists every province with counts adding up to ${n} and the real documents kept`, async () => {
    await page.goto(pageUrl(base, '/policies/'));
    const top = await page.$$eval('.region-tree > ul > li', (lis) => lis.map((li) => li.querySelector('.region-count')?.textContent ?? ''));
    // 全国 (the national law documents) is the root above the provinces when there are any.
    expect(top).toHaveLength(national.length > 0 ? 1 : provinces.length);
    // （本级 1 份，含下辖 13 份） / （1 份）: the last number is the total under that place.
    const totals = top.map((t) => Number([...t.matchAll(/(\d+) 份/g)].at(-1)?.[1] ?? 0));
    expect(totals.reduce((a, b) => a + b, 0)).toBe(n + fixed.length);
    const names = await page.$$eval('.region-tree summary, .region-tree a', (els) => els.map((e) => e.textContent ?? '').join('\n'));
    for (const p of provinces) expect(names).toContain(p.name);
    // A province folds its cities; the city links to its jurisdiction page.
    expect(await page.locator(`.region-tree a[href="/jurisdictions/${city.code}/"]`).count()).toBe(1);
  });
});

describe('comparison', () => {
  test('the default view shows a few columns, not all of them', async () => {
    await page.goto(pageUrl(base, '/compare/'));
    await page.waitForSelector('[data-compare-ready]');
    const cols = await page.$$eval('tr.cmp-docs th[data-column]', (ths) => ths.length);
    expect(cols).toBeGreaterThan(0);
    expect(cols).toBeLessThanOrEqual(4);
  });

  test('choosing a region loads its documents and its province’s, and remembers it', async () => {
    await page.selectOption('.cmp-pick select', city.code);
    await page.waitForSelector(`tr.cmp-docs th[data-column="${cityDoc}"]:not([hidden])`);
    const shown = await page.$$eval('tr.cmp-docs th[data-column]:not([hidden])', (ths) => ths.map((t) => t.getAttribute('data-column')));
    expect(shown.sort()).toEqual([cityDoc, provinceDoc, ...national].sort());
    expect(new URL(page.url()).searchParams.get('j')?.split(',').sort()).toEqual([cityDoc, provinceDoc, ...national].sort());
    // Every row has one cell per column, in header order.
    const misfit = await page.$$eval('tr[data-dimension]', (trs) => {
      const head = [...document.querySelectorAll('tr.cmp-docs th[data-column]')].map((t) => t.getAttribute('data-column'));
      return trs.filter((tr) => [...tr.querySelectorAll('td[data-column]')].map((t) => t.getAttribute('data-column')).join() !== head.join()).length;
    });
    expect(misfit).toBe(0);
    await page.goto(pageUrl(base, '/compare/'));
    await page.waitForSelector(`tr.cmp-docs th[data-column="${cityDoc}"]:not([hidden])`);
  });

  test('type-ahead narrows the document choice; a chosen document becomes a column', async () => {
    const target = places.find((p) => p.level === 'city' && p.parent !== city.parent)!;
    const targetDoc = ids[places.indexOf(target)]!;
    await page.fill('.cmp-pick input[type="search"]', target.name);
    await expect.poll(() => page.$$eval('.cmp-pick input[type="checkbox"]', (xs) => xs.length)).toBe(1);
    await page.check(`.cmp-pick input[type="checkbox"][value="${targetDoc}"]`);
    await page.waitForSelector(`tr.cmp-docs th[data-column="${targetDoc}"]:not([hidden])`);
    expect(await page.$$eval('tr.cmp-groups th[data-group-columns]', (ths) => ths.map((t) => t.getAttribute('data-group-columns')).join(' '))).toContain(targetDoc);
    // Toggling it off hides its column; only-differences still applies to what is shown.
    await page.uncheck(`.cmp-choose input[value="${targetDoc}"]`);
    await page.waitForSelector(`tr.cmp-docs th[data-column="${targetDoc}"][hidden]`, { state: 'attached' });
    await page.check('input[name="d"]');
    const shownRows = await page.$$eval('tr[data-dimension]:not([hidden])', (r) => r.length);
    const allRows = await page.$$eval('tr[data-dimension]', (r) => r.length);
    expect(shownRows).toBeLessThanOrEqual(allRows);
  });

  test('a region’s comparison page works without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(pageUrl(base, `/compare/region/${city.code}/`));
    const cols = await p.$$eval('tr.cmp-docs th[data-column]', (ths) => ths.map((t) => t.getAttribute('data-column')));
    expect(cols.sort()).toEqual([cityDoc, provinceDoc, ...national].sort());
    // Its tree of other places lists the provinces and this province's cities, not all the places
    // (a whole tree on each of the N region pages would grow the site with N²).
    const links = await p.$$eval('.region-tree a', (as) => as.map((a) => a.getAttribute('href')));
    const siblings = places.filter((x) => x.parent === city.parent).length;
    expect(links.length).toBeLessThanOrEqual(provinces.length + siblings + 1);
    expect(links).toContain(`/compare/region/${city.code}/`);
    expect(links).toContain(`/compare/region/${provinces.find((x) => x.code !== city.parent)!.code}/`);
    await context.close();
  });
});

describe('comparison bytes', () => {
  test('/compare/ lists the provinces, each linking to its region page where its cities are listed', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(pageUrl(base, '/compare/'));
    const links = await p.$$eval('.region-tree a', (as) => as.map((a) => a.getAttribute('href')));
    // The provinces (and 全国), not the 400 places: the whole tree was 71 KB of this page.
    expect(links.length).toBeLessThanOrEqual(provinces.length + 1);
    for (const pr of provinces) expect(links).toContain(`/compare/region/${pr.code}/`);
    expect(links).not.toContain(`/compare/region/${city.code}/`);
    await p.goto(pageUrl(base, `/compare/region/${city.parent}/`));
    expect(await p.$$eval('.region-tree a', (as) => as.map((a) => a.getAttribute('href')))).toContain(`/compare/region/${city.code}/`);
    await context.close();
  });

  test('a column fragment holds a cell for every row of the comparison, and no row headers', async () => {
    await page.goto(pageUrl(base, '/compare/'));
    const got = await page.evaluate(async (id) => {
      const html = await (await fetch(`/compare/col/${id}/`)).text();
      const frag = new DOMParser().parseFromString(html, 'text/html');
      const dims = (root: ParentNode) => [...root.querySelectorAll('tr[data-dimension]')].map((tr) => tr.getAttribute('data-dimension'));
      return {
        page: dims(document),
        frag: dims(frag),
        cells: frag.querySelectorAll(`tr[data-dimension] > td[data-column="${id}"]`).length,
        head: frag.querySelectorAll(`tr.cmp-docs th[data-column="${id}"]`).length,
        rowHeads: frag.querySelectorAll('th[scope="row"], tr.cmp-section, caption').length,
      };
    }, cityDoc);
    expect(got.page.length).toBeGreaterThan(10);
    expect(got.frag).toEqual(got.page);
    expect(got.cells).toBe(got.page.length);
    expect(got.head).toBe(1);
    expect(got.rowHeads).toBe(0);
  });
});

describe('search index', () => {
  test('a dimension page is indexed by its title and description, not by every document’s block', async () => {
    await page.goto(pageUrl(base, '/compare/publicity-period/'));
    const blocks = await page.$$eval('[data-pagefind-body] .dim-doc', (els) => els.map((e) => e.closest('[data-pagefind-ignore]') !== null));
    expect(blocks.length).toBeGreaterThan(100);
    expect(blocks.every(Boolean)).toBe(true);
    expect(await page.$eval('[data-pagefind-body] h1', (h) => h.closest('[data-pagefind-ignore]') === null)).toBe(true);
  });
});

describe('search filters', () => {
  test('the 地区 filter has a type-ahead over its hundreds of places', async () => {
    await page.goto(pageUrl(base, '/search/?q=公示期'));
    await page.waitForSelector('.search-results[data-state="done"]', { timeout: 120_000 });
    const facet = page.locator('.search-facet').first();
    expect(await facet.locator('input[type="checkbox"]').count()).toBeLessThanOrEqual(12);
    await facet.locator('input[type="search"]').fill(city.name);
    await expect.poll(() => facet.locator('label').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(city.name)]));
    expect(await facet.locator('input[type="checkbox"]').count()).toBeLessThanOrEqual(3);
  });
});
