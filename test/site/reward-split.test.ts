// The reward-split calculator in real Chromium against dist/: fill, read, share URL, bad input,
// malformed links, axe, keyboard, phone width. Outputs are read by their data-output names.
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, pageUrl, useBrowser } from './support/browser.ts';
import { formatViolations, runAxe } from './support/axe.ts';

const browser = useBrowser();
const base = inject('baseURL');
const PATH = '/calculators/reward/';

/** Let Preact finish re-rendering after an input (renders are batched). */
const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
const out = async (page: Page, name: string) => {
  await settle(page);
  return page.locator(`[data-output="${name}"]`).first().innerText();
};
const yuanOf = (s: string) => Number(s.replace(/（.*$/, '').replace(/[,元\s]/g, ''));

async function hydrated(page: Page) {
  await page.waitForSelector('astro-island:not([ssr])');
}

test('loads clean; the live result equals the build-time worked example', async () => {
  const o = await openPage(browser(), pageUrl(base, PATH));
  try {
    await hydrated(o.page);
    for (const name of ['inventor-amount', 'transfer-staff-amount', 'unit-amount']) {
      const example = await o.page.locator(`[data-example-output="${name}"]`).innerText();
      expect(await out(o.page, name)).toBe(example);
    }
    const issues = await o.collectIssues();
    expect(issues).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [], externalRequests: [] });
  } finally {
    await o.close();
  }
});

test('fill: Kunming draft, licence, 200万 → 140万 / 6万 / 54万, compliant; shares add up', async () => {
  const o = await openPage(browser(), pageUrl(base, PATH));
  const { page } = o;
  try {
    await hydrated(page);
    await page.selectOption('#rw-doc', 'kunming-2025-measures-draft');
    await page.selectOption('#rw-mode', 'transfer-or-licence');
    await page.fill('#rw-net', '200万');
    // 200万 × 70% = 140万; (200万 − 140万) × 10% = 6万; 60万 − 6万 = 54万
    expect(await out(page, 'inventor-amount')).toBe('1,400,000.00元（140万元）');
    expect(await out(page, 'transfer-staff-amount')).toBe('60,000.00元（6万元）');
    expect(await out(page, 'unit-amount')).toBe('540,000.00元（54万元）');
    expect(await page.locator('[data-output="compliant"]').getAttribute('data-value')).toBe('true');
    // Intended 75.5% / 12.5% of 333,333.33: amounts must still add up to the whole.
    await page.fill('#rw-net', '333333.33');
    await page.fill('#rw-inventor', '75.5');
    await page.fill('#rw-transfer', '12.5');
    const parts = await Promise.all(['inventor-amount', 'transfer-staff-amount', 'unit-amount'].map((n) => out(page, n)));
    const fen = parts.map((p) => Math.round(yuanOf(p) * 100));
    expect(fen.reduce((a, b) => a + b, 0)).toBe(33333333);
    // Side-by-side: one row per document; Hunan has no share: 未规定.
    const rows = page.locator('[data-output="compare"] tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('tr[data-policy="hunan-2025-plan"] [data-output="compare-inventor"]').innerText()).toContain('未规定');
  } finally {
    await o.close();
  }
});

test('share URL reproduces the result in a fresh page', async () => {
  const o = await openPage(browser(), pageUrl(base, PATH));
  try {
    await hydrated(o.page);
    await o.page.selectOption('#rw-doc', 'yunnan-2024-15-measures');
    await o.page.selectOption('#rw-mode', 'horizontal-project');
    await o.page.fill('#rw-net', '500000');
    await o.page.fill('#rw-inventor', '80');
    await settle(o.page);
    const url = o.page.url();
    expect(url).toContain('mode=horizontal-project');
    const expected = await Promise.all(['inventor-amount', 'transfer-staff-amount', 'unit-amount'].map((n) => out(o.page, n)));
    // 50万 × 80% = 40万; Yunnan 六 sets no transfer-staff share for horizontal projects → 未规定; unit 10万
    expect(expected).toEqual(['400,000.00元（40万元）', '未规定', '100,000.00元（10万元）']);
    const again = await openPage(browser(), url);
    try {
      await hydrated(again.page);
      expect(await again.page.inputValue('#rw-net')).toBe('500000');
      expect(await Promise.all(['inventor-amount', 'transfer-staff-amount', 'unit-amount'].map((n) => out(again.page, n)))).toEqual(expected);
    } finally {
      await again.close();
    }
  } finally {
    await o.close();
  }
});

test('bad input: Chinese messages next to the field, never NaN or blank', async () => {
  const o = await openPage(browser(), pageUrl(base, `${PATH}?doc=kunming-2025-measures-draft&mode=pay-later-licence&net=1000000`));
  const { page } = o;
  try {
    await hydrated(page);
    const cases: [string, string, RegExp][] = [
      ['#rw-net', '', /请填写/],
      ['#rw-net', 'abc', /须为数字/],
      ['#rw-net', '-5', /不能为负数/],
      ['#rw-net', '1e30', /须为数字|超出合理范围/],
      ['#rw-net', '99999999999999999', /超出合理范围/],
    ];
    for (const [sel, value, msg] of cases) {
      await page.fill(sel, value);
      await settle(page);
      expect(await page.locator('#rw-net-error').innerText()).toMatch(msg);
      expect(await page.getAttribute(sel, 'aria-invalid')).toBe('true');
    }
    await page.fill('#rw-net', '1000000');
    await page.fill('#rw-inventor', '120');
    await settle(page);
    expect(await page.locator('#rw-inventor-error').innerText()).toMatch(/不能超过100%/);
    await page.fill('#rw-inventor', '50');
    await settle(page);
    expect(await page.locator('#rw-inventor-error').innerText()).toMatch(/低于.*最低比例/);
    expect(await page.locator('[data-output="compliant"]').getAttribute('data-value')).toBe('false');
    const body = await page.locator('main').innerText();
    expect(body).not.toMatch(/NaN|undefined|Infinity/);
  } finally {
    await o.close();
  }
});

test('malformed link: visible notice, defaults used, no crash', async () => {
  const o = await openPage(browser(), pageUrl(base, `${PATH}?doc=nope&mode=barter&cost=x`));
  try {
    await hydrated(o.page);
    expect(await out(o.page, 'url-problems')).toMatch(/doc[\s\S]*mode/);
    expect(await out(o.page, 'inventor-amount')).toMatch(/元|未规定/);
    expect((await o.collectIssues()).pageErrors).toEqual([]);
  } finally {
    await o.close();
  }
});

test('keyboard only: tab through the form and type', async () => {
  const o = await openPage(browser(), pageUrl(base, PATH));
  const { page } = o;
  try {
    await hydrated(page);
    await page.focus('#rw-doc');
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''));
      await page.keyboard.press('Tab');
    }
    expect(order.slice(0, 2)).toEqual(['rw-doc', 'rw-mode']);
    expect(order).toContain('rw-net');
    await page.focus('#rw-net');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('10万');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rw-inventor');
    expect(await out(page, 'inventor-amount')).toMatch(/^70,000\.00元/);
  } finally {
    await o.close();
  }
});

test('axe: no violations, with an error shown', async () => {
  const o = await openPage(browser(), pageUrl(base, `${PATH}?net=abc&inv=50`), { bypassCSP: true });
  try {
    await hydrated(o.page);
    const r = await runAxe(o.page);
    expect(r.passes.length).toBeGreaterThan(0);
    expect(r.violations.map((v) => v.id), formatViolations(r.violations)).toEqual([]);
  } finally {
    await o.close();
  }
});

test('phone 360 px: no horizontal overflow; print hides the form', async () => {
  const o = await openPage(browser(), pageUrl(base, PATH), { viewport: { width: 360, height: 800 } });
  try {
    await hydrated(o.page);
    expect(await o.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await o.page.emulateMedia({ media: 'print' });
    expect(await o.page.locator('.calc-form').isVisible()).toBe(false);
    expect(await o.page.locator('[data-output="inventor-amount"]').isVisible()).toBe(true);
  } finally {
    await o.close();
  }
});
