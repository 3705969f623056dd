// The process guide pages in real Chromium: steps in order with citations, calculator links,
// checklist boxes in print only, no JavaScript, search indexing, axe, phone width.
import { expect, inject, test } from 'vitest';
import { openPage, pageUrl, useBrowser } from './support/browser.ts';
import { formatViolations, runAxe } from './support/axe.ts';

const browser = useBrowser();
const base = inject('baseURL');
const PAGES = ['/guide/', '/guide/530100/', '/guide/530000/', '/guide/430000/', '/guide/440000/'];

test('the Kunming guide walks 第六条 in order with citations, the publicity period from the data and a calculator link', async () => {
  const o = await openPage(browser(), pageUrl(base, '/guide/530100/'), { javaScript: false });
  try {
    const { page } = o;
    const titles = await page.locator('#kunming-2025-guideline .guide-step-title').allInnerTexts();
    const order = ['成果发布', '成果对接', '许可公示', '签订“先使用后付费”技术许可合同', '技术合同认定登记与专利许可备案', '担保服务', '资助兑现'];
    const positions = order.map((t) => titles.findIndex((x) => x.includes(t)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const publicity = page.locator('#kunming-2025-guideline-publicity');
    expect(await publicity.innerText()).toContain('不少于15日');
    expect(await publicity.locator('a[href="/policies/kunming-2025-guideline/#art-6-3"]').count()).toBeGreaterThan(0);
    expect(await publicity.locator('a[href="/calculators/payment/"]').count()).toBe(1);
    // The city page points to the provincial guide as well; the draft is marked.
    expect(await page.locator('a[href="/guide/530000/#yunnan-2024-15-measures"]').count()).toBe(1);
    expect(await page.locator('#kunming-2025-measures-draft .notice').innerText()).toContain('征求意见稿');
  } finally {
    await o.close();
  }
});

test('the overview lists stages in order and links into each jurisdiction page', async () => {
  const o = await openPage(browser(), pageUrl(base, '/guide/'), { javaScript: false });
  try {
    const { page } = o;
    const stages = await page.locator('.guide-overview > li').evaluateAll((els) => els.map((e) => e.id));
    expect(stages[0]).toBe('stage-prepare');
    expect(stages.indexOf('stage-publicity')).toBeLessThan(stages.indexOf('stage-contract'));
    expect(stages.at(-1)).toBe('stage-duty');
    expect(await page.locator('a[href="/guide/530100/#kunming-2025-guideline-publicity"]').count()).toBe(1);
    expect(await page.locator('a[href="/guide/check/"]').count()).toBeGreaterThan(0);
  } finally {
    await o.close();
  }
});

test.each(PAGES)('%s ships no JavaScript, is indexed, has one h1 and fits 360 px', async (path) => {
  const o = await openPage(browser(), pageUrl(base, path), { viewport: { width: 360, height: 800 } });
  try {
    const { page } = o;
    // Only the care-mode script (关怀模式, the reading pages' one stated script; see no-js.test.ts).
    expect(await page.locator('script[src], script:not([type="application/ld+json"]):not([data-care-mode])').count()).toBe(0);
    expect(await page.locator('astro-island').count()).toBe(0);
    expect(await page.locator('[data-pagefind-body]').count()).toBe(1);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const issues = await o.collectIssues();
    expect(issues.cspViolations).toEqual([]);
    expect(issues.consoleErrors).toEqual([]);
  } finally {
    await o.close();
  }
});

test('print: every step gets a checkbox glyph, hidden on screen; calculator links are not printed', async () => {
  const o = await openPage(browser(), pageUrl(base, '/guide/430000/'), { javaScript: false });
  try {
    const { page } = o;
    const box = page.locator('.guide-step .guide-box').first();
    expect(await box.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await box.isVisible()).toBe(true);
    const glyph = await box.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(glyph).toBe('"☐"');
    expect(await page.locator('.guide-step').count()).toBe(await page.locator('.guide-step .guide-box').count());
    expect(await page.locator('.guide-calc').first().isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    await o.close();
  }
});

test.each(PAGES)('axe: %s has no WCAG 2.2 AA violations', async (path) => {
  const o = await openPage(browser(), pageUrl(base, path), { bypassCSP: true });
  try {
    const r = await runAxe(o.page);
    expect(r.violations, formatViolations(r.violations)).toEqual([]);
  } finally {
    await o.close();
  }
});
