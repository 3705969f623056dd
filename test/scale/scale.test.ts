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
const browser = useBrowser();
const provinces = places.filter((p) => p.level === 'province');
const city = places.find((p) => p.level === 'city')!;
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
  test(`the region tree lists every province with counts adding up to ${n}`, async () => {
    await page.goto(pageUrl(base, '/policies/'));
    const top = await page.$$eval('.region-tree > ul > li', (lis) => lis.map((li) => li.querySelector('.region-count')?.textContent ?? ''));
    expect(top).toHaveLength(provinces.length);
    // （本级 1 份，含下辖 13 份） / （1 份）: the last number is the total under that place.
    const totals = top.map((t) => Number([...t.matchAll(/(\d+) 份/g)].at(-1)?.[1] ?? 0));
    expect(totals.reduce((a, b) => a + b, 0)).toBe(n);
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
    expect(shown.sort()).toEqual([cityDoc, provinceDoc].sort());
    expect(new URL(page.url()).searchParams.get('j')?.split(',').sort()).toEqual([cityDoc, provinceDoc].sort());
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
    expect(cols.sort()).toEqual([cityDoc, provinceDoc].sort());
    await context.close();
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
