// The search page in real Chromium, with the site's CSP in force: type a query and follow a
// result to its clause; filters narrow and recount; the URL carries the state; keyboard only;
// edge-case queries; axe; and the rest of the site stays script-free.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { DIST_DIR } from './support/server.ts';
import { openPage, pageUrl, useBrowser } from './support/browser.ts';
import { formatViolations, runAxe } from './support/axe.ts';
import { resultHrefs, waitForSearch } from './support/search.ts';
import { layoutShiftSum } from './support/calculators.ts';

const browser = useBrowser();
const base = inject('baseURL');
const url = (p: string) => pageUrl(base, p);

async function noIssues(o: Awaited<ReturnType<typeof openPage>>) {
  const issues = await o.collectIssues();
  expect(issues.cspViolations, 'CSP violations').toEqual([]);
  expect(issues.consoleErrors, 'console errors').toEqual([]);
  expect(issues.pageErrors, 'page errors').toEqual([]);
  expect(issues.failedRequests, 'failed requests').toEqual([]);

  expect(issues.externalRequests, 'off-site requests').toEqual([]);
}

test('type a query, see highlighted results, follow one to its clause', async () => {
  const o = await openPage(browser(), url('/search/'));
  try {
    const { page } = o;
    await waitForSearch(page);
    await page.fill('#search-q', '公示期');
    await page.waitForFunction(() => location.search.includes('q='));
    await waitForSearch(page);
    const first = page.locator('.search-hit').first();
    await expect.poll(() => first.locator('mark').first().textContent()).toBe('公示期');
    expect(await first.locator('.hit-meta').textContent()).toMatch(/昆明市/);
    expect(await first.locator('.hit-meta').textContent()).toMatch(/现行有效|征求意见稿/);
    const href = (await resultHrefs(page))[0]!;
    expect(href).toMatch(/^\/policies\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    await first.locator('a').click();
    await page.waitForURL((u) => u.hash !== '');
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(href);
    const targetText = await page.locator(':target').textContent();
    expect(targetText).toContain('公示期');
    await noIssues(o);
  } finally {
    await o.close();
  }
});

test('filters narrow the results and update the counts; the URL round-trips', async () => {
  const o = await openPage(browser(), url('/search/?q=先用后付'));
  try {
    const { page } = o;
    await waitForSearch(page);
    const total = async () => Number(/找到 (\d+) 条结果/.exec((await page.locator('.search-status').textContent()) ?? '')?.[1]);
    const before = await total();
    const hunanBox = page.getByRole('checkbox', { name: /^湖南省/ });
    const hunanLabel = page.locator('.search-facet label', { hasText: '湖南省' });
    const countText = (await hunanLabel.locator('.facet-count').textContent()) ?? '';
    const hunanCount = Number(/(\d+)/.exec(countText)?.[1]);
    expect(hunanCount).toBeGreaterThan(0);
    expect(hunanCount).toBeLessThan(before);
    await hunanBox.check();
    await waitForSearch(page);
    await expect.poll(total).toBe(hunanCount);
    for (const h of await resultHrefs(page)) expect(h).toMatch(/^\/policies\/hunan-2025-plan\//);
    // With 地区 fixed, the status counts of another facet only count 湖南 passages.
    const statusCounts = await page.$$eval('fieldset:has(legend:text-is("效力")) .facet-count', (els) =>
      els.map((e) => Number(/(\d+)/.exec(e.textContent ?? '')?.[1] ?? 0)),
    );
    expect(statusCounts.reduce((a, b) => a + b, 0)).toBe(hunanCount);
    await page.selectOption('#search-sort', 'date');
    await waitForSearch(page);
    const u = new URL(page.url());
    expect(u.searchParams.get('q')).toBe('先用后付');
    expect(u.searchParams.getAll('地区')).toEqual(['湖南省']);
    expect(u.searchParams.get('sort')).toBe('date');
    const shown = await resultHrefs(page);
    // Reload from the URL alone: same query, filter, sort and results.
    await page.waitForLoadState('networkidle');
    await page.goto(page.url());
    await waitForSearch(page);
    expect(await page.inputValue('#search-q')).toBe('先用后付');
    expect(await hunanBox.isChecked()).toBe(true);
    expect(await page.inputValue('#search-sort')).toBe('date');
    expect(await resultHrefs(page)).toEqual(shown);
    // Back undoes the sort change.
    await page.goBack();
    await waitForSearch(page);
    expect(await page.inputValue('#search-sort')).toBe('relevance');
    await noIssues(o);
  } finally {
    await o.close();
  }
});

test('sorting by date puts the newest documents first among complete matches', async () => {
  const o = await openPage(browser(), url('/search/?q=' + encodeURIComponent('先使用后付费') + '&sort=date'));
  try {
    await waitForSearch(o.page);
    while (await o.page.locator('.search-results > button').count()) await o.page.click('.search-results > button');
    const hrefs = await o.page.$$eval('.search-hit:not(.search-hit--partial) .hit-title a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    // Each document's sort date, read from its built page.
    const dateOf = (href: string) => {
      const id = /^\/policies\/([^/]+)\//.exec(href)?.[1] ?? '';
      const html = readFileSync(path.join(DIST_DIR, 'policies', id, 'index.html'), 'utf8');
      return /data-pagefind-sort="date"[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
    };
    const dates = hrefs.map(dateOf);
    expect(new Set(dates).size).toBeGreaterThanOrEqual(3);
    expect(dates).toEqual([...dates].sort().reverse());
  } finally {
    await o.close();
  }
});

test('keyboard only: reach the field, search, open a result', async () => {
  const o = await openPage(browser(), url('/search/'));
  try {
    const { page } = o;
    await waitForSearch(page);
    let tabs = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'search-q') {
      await page.keyboard.press('Tab');
      if (++tabs > 20) throw new Error('search field not reachable by Tab');
    }
    await page.keyboard.type('里程碑');
    await page.keyboard.press('Enter');
    await waitForSearch(page);
    await expect.poll(async () => (await resultHrefs(page)).length).toBeGreaterThan(0);
    // Tab on past the submit button, sort and filters to the first result link.
    const first = (await resultHrefs(page))[0]!;
    for (tabs = 0; (await page.evaluate(() => document.activeElement?.getAttribute('href'))) !== first; ) {
      await page.keyboard.press('Tab');
      if (++tabs > 60) throw new Error('first result not reachable by Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.hash !== '');
    expect(await page.locator(':target').textContent()).toContain('里程碑');
  } finally {
    await o.close();
  }
});

test('empty, punctuation-only, no-result and 1,000-character queries give clear messages', async () => {
  const cases: [string, RegExp][] = [
    ['', /请输入要搜索的词语/],
    ['。，！？', /只有标点符号/],
    ['火星殖民地', /没有找到包含“火星殖民地”的条款/],
    ['公示期'.repeat(334), /搜索词过长，只使用了前 100 个字/],
  ];
  for (const [q, msg] of cases) {
    const o = await openPage(browser(), url(`/search/?q=${encodeURIComponent(q)}`));
    try {
      await waitForSearch(o.page);
      await expect.poll(() => o.page.locator('.search-status').textContent()).toMatch(msg);
      expect(await o.page.getAttribute('.search-status', 'aria-live')).toBe('polite');
      await noIssues(o);
    } finally {
      await o.close();
    }
  }
});

test('axe: the search page with results and filters has no violations', async () => {
  const o = await openPage(browser(), url('/search/?q=担保&地区=昆明市'), { bypassCSP: true });
  try {
    await waitForSearch(o.page);
    expect((await resultHrefs(o.page)).length).toBeGreaterThan(0);
    const results = await runAxe(o.page);
    expect(results.violations.map((v) => v.id), formatViolations(results.violations)).toEqual([]);
  } finally {
    await o.close();
  }
});

test('phone width: the results come before the filters and nothing overflows', async () => {
  const o = await openPage(browser(), url('/search/?q=70%25'), { viewport: { width: 360, height: 800 } });
  try {
    await waitForSearch(o.page);
    const overflow = await o.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const [resultsTop, filtersTop] = await o.page.evaluate(() => [
      document.querySelector('.search-results')!.getBoundingClientRect().top,
      document.querySelector('.search-filters')!.getBoundingClientRect().top,
    ]);
    expect(resultsTop).toBeLessThan(filtersTop);
  } finally {
    await o.close();
  }
});

test('the header form works without JavaScript and lands on /search/?q=…', async () => {
  const o = await openPage(browser(), url('/policies/hunan-2025-plan/'), { javaScript: false });
  try {
    await o.page.fill('#site-search-q', '里程碑');
    await o.page.press('#site-search-q', 'Enter');
    await o.page.waitForURL(/\/search\/\?q=/);
    expect(new URL(o.page.url()).searchParams.get('q')).toBe('里程碑');
    expect(await o.page.locator('h1').textContent()).toBe('搜索政策原文');
  } finally {
    await o.close();
  }
});

test('reading pages ship no JavaScript and never touch the search index; only /search/ allows wasm', async () => {
  for (const p of ['/', '/policies/', '/policies/kunming-2025-guideline/']) {
    const o = await openPage(browser(), url(p));
    try {
      const requested: string[] = [];
      o.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      // Nothing on the page can fetch: no script but the care-mode script (关怀模式, the reading
      // pages' one stated script, which fetches nothing; see no-js.test.ts), no inline handler, no
      // preload of a script or of the index (so no wait for a request that "might still come" is needed).
      expect(await o.page.locator('script:not([data-care-mode])').count(), `scripts on ${p}`).toBe(0);
      const handlers = await o.page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((a) => a.startsWith('on')).map((a) => `${e.tagName}[${a}]`)),
      );
      expect(handlers, `inline handlers on ${p}`).toEqual([]);
      const preloads = await o.page.$$eval('link[rel~="preload"], link[rel~="modulepreload"], link[rel~="prefetch"]', (ls) => ls.map((l) => l.getAttribute('href')));
      expect(preloads.filter((h) => h && (h.includes('/pagefind/') || h.endsWith('.js'))), `preloads on ${p}`).toEqual([]);
      await o.page.focus('#site-search-q');
      await o.page.keyboard.type('公示');
      expect(requested.filter((r) => r.startsWith('/pagefind/') || r.endsWith('.js'))).toEqual([]);
      const csp = await o.page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      expect(csp).not.toContain('wasm-unsafe-eval');
    } finally {
      await o.close();
    }
  }
  const s = await openPage(browser(), url('/search/'));
  try {
    const csp = (await s.page.getAttribute('meta[http-equiv="content-security-policy"]', 'content')) ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc.split(/\s+/).filter((t) => !t.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  } finally {
    await s.close();
  }
});

test('the form is in the served HTML and hydration moves nothing (layout shift ≤ 0.02 at 412 and 1280 px)', async () => {
  // Server-rendered first state: the field, the sort and every filter are in the HTML itself.
  const html = readFileSync(path.join(DIST_DIR, 'search', 'index.html'), 'utf8');
  expect(html).toMatch(/<input[^>]+id="search-q"/);
  expect(html).toMatch(/<select[^>]+id="search-sort"/);
  expect(html).toContain('请输入要搜索的词语');
  expect(html).not.toContain('client="only"');
  for (const width of [412, 1280]) {
    const o = await openPage(browser(), url('/search/'), { viewport: { width, height: 900 } });
    try {
      const { page } = o;
      await waitForSearch(page);
      await page.waitForSelector('astro-island:not([ssr])');
      expect(await layoutShiftSum(page), `layout shift at ${width} px`).toBeLessThanOrEqual(0.02);
      await noIssues(o);
    } finally {
      await o.close();
    }
  }
});
