// The reward-split calculator in real Chromium against dist/: empty start, the worked example
// loaded and cleared, filling, the answer in view, share link, bad input, malformed links, axe,
// keyboard, phone width, print, no layout shift, charts. Outputs are read by their data-output names.
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, pageUrl, useBrowser } from './support/browser.ts';
import { formatViolations, runAxe } from './support/axe.ts';
import { banner, expectChartsWithText, headlineInView, hydrated, inViewport, layoutShiftSum, settle } from './support/calculators.ts';

const browser = useBrowser();
const base = inject('baseURL');
const PATH = '/calculators/reward/';

const out = async (page: Page, name: string) => {
  await settle(page);
  return page.locator(`[data-output="${name}"]`).first().innerText();
};
const yuanOf = (s: string) => Number(s.replace(/（.*$/, '').replace(/[,元\s]/g, ''));
const amounts = (page: Page) => Promise.all(['inventor-amount', 'transfer-staff-amount', 'unit-amount'].map((n) => out(page, n)));

test('starts empty: no amounts, no verdict, no banner; hydration moves nothing (layout-shift sum ≤ 0.02)', async () => {
  const o = await openPage(browser(), pageUrl(base, PATH));
  try {
    await hydrated(o.page);
    expect(await o.page.inputValue('#rw-net')).toBe('');
    expect(await o.page.inputValue('#rw-doc')).toBe('');
    expect(await o.page.locator('[data-output="status"]').getAttribute('data-value')).toBe('empty');
    expect(await o.page.locator('[data-output="inventor-amount"]').count()).toBe(0);
    expect(await banner(o.page).count()).toBe(0);
    expect(await o.page.locator('main').innerText()).not.toMatch(/符合该文件/);
    expect(await layoutShiftSum(o.page)).toBeLessThanOrEqual(0.02);
    expect(await o.collectIssues()).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [], externalRequests: [] });
  } finally {
    await o.close();
  }
});

test('载入示例 loads the worked example with the 示例数据 banner at the top of the result; one click clears it', async () => {
  const o = await openPage(browser(), pageUrl(base, PATH));
  const { page } = o;
  try {
    await hydrated(page);
    await page.click('[data-action="load-example"]');
    await settle(page);
    // Kunming draft 五, 先使用后付费, 100万: 70万 / (100万 − 70万) × 10% = 3万 / 27万
    expect(await amounts(page)).toEqual(['700,000.00元（70万元）', '30,000.00元（3万元）', '270,000.00元（27万元）']);
    const answer = page.locator('.calc-answer');
    expect(await answer.locator('[data-output="example-banner"]').isVisible()).toBe(true);
    // The banner comes before the figures.
    const [b, f] = await Promise.all([banner(page).boundingBox(), page.locator('[data-output="inventor-amount"]').boundingBox()]);
    expect(b!.y).toBeLessThan(f!.y);
    expect(page.url()).toContain('doc=kunming-2025-measures-draft');
    // Editing a field makes it the user's own plan: the banner goes.
    await page.fill('#rw-net', '2000000');
    await settle(page);
    expect(await banner(page).count()).toBe(0);
    await page.click('[data-action="load-example"]');
    await page.click('[data-action="clear-example"]');
    await settle(page);
    expect(await page.inputValue('#rw-net')).toBe('');
    expect(await banner(page).count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
  } finally {
    await o.close();
  }
});

test('fill: Kunming draft, licence, 200万 → 140万 / 6万 / 54万, meets; shares add up; chart and its text', async () => {
  const o = await openPage(browser(), pageUrl(base, PATH));
  const { page } = o;
  try {
    await hydrated(page);
    await page.selectOption('#rw-doc', 'kunming-2025-measures-draft');
    await page.selectOption('#rw-mode', 'transfer-or-licence');
    await page.fill('#rw-net', '200万');
    // Until the facts national law asks are given, the minimum depends on them: no amount, no verdict.
    await settle(page);
    expect(await page.locator('[data-output="compliant"]').getAttribute('data-value')).toBe('depends');
    expect(await out(page, 'inventor-amount')).toBe('—');
    expect(await out(page, 'law-answers')).toContain('第四十五条');
    // A public university, registered contract: 第（五）项's 70% binds (the law's 50% beneath it).
    await page.selectOption('#rw-licensor', 'state-rd-university');
    await page.selectOption('#rw-registered', 'yes');
    // 200万 × 70% = 140万; (200万 − 140万) × 10% = 6万; 60万 − 6万 = 54万
    expect(await amounts(page)).toEqual(['1,400,000.00元（140万元）', '60,000.00元（6万元）', '540,000.00元（54万元）']);
    expect(await page.locator('[data-output="compliant"]').getAttribute('data-value')).toBe('true');
    await expectChartsWithText(page.locator('.calc-details'));
    // Intended 75.5% / 12.5% of 333,333.33: amounts must still add up to the whole.
    await page.fill('#rw-net', '333333.33');
    await page.fill('#rw-inventor', '75.5');
    await page.fill('#rw-transfer', '12.5');
    const fen = (await amounts(page)).map((p) => Math.round(yuanOf(p) * 100));
    expect(fen.reduce((a, b) => a + b, 0)).toBe(33333333);
    // Side-by-side: one row per document; Hunan is silent, so the law answers: 333,333.33 × 50% = 166,666.665 → 166,666.67.
    expect(await page.locator('[data-output="compare"] tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('tr[data-policy="hunan-2025-plan"] [data-output="compare-inventor"]').innerText()).toMatch(/^166,666\.67元.*不低于50%/);
  } finally {
    await o.close();
  }
});

test('Yunnan, licence: the text is silent, national law answers (第四十五条) — never "符合" before it decides (#14 empty or contradictory answers)', async () => {
  const o = await openPage(browser(), pageUrl(base, `${PATH}?doc=yunnan-2024-15-measures&mode=pay-later-licence&net=1000000`));
  try {
    await hydrated(o.page);
    expect(await o.page.locator('[data-output="compliant"]').getAttribute('data-value')).toBe('depends');
    // Each answer with its condition and consequence: 50万 at the law's 50%, or the unit's own rule.
    const answers = await out(o.page, 'law-answers');
    expect(answers).toContain('若国家设立的高校、科研院所：');
    expect(answers).toContain('500,000.00元');
    expect(answers).toContain('第四十四条');
    // A state university: the law's 50% binds: 50万 / 5万 / 45万, and the link keeps the fact.
    await o.page.selectOption('#rw-licensor', 'state-rd-university');
    expect(await amounts(o.page)).toEqual(['500,000.00元（50万元）', '50,000.00元（5万元）', '450,000.00元（45万元）']);
    expect(await o.page.locator('[data-output="compliant"]').getAttribute('data-value')).toBe('true');
    expect(o.page.url()).toContain('lic=state-rd-university');
    // Hunan, a public institution with its own rule: no legal minimum (第四十四条第二款), no trace heading without a trace.
    await o.page.selectOption('#rw-doc', 'hunan-2025-plan');
    await o.page.selectOption('#rw-licensor', 'public-institution');
    await o.page.selectOption('#rw-ownRule', 'yes');
    await settle(o.page);
    expect(await o.page.locator('[data-output="compliant"]').getAttribute('data-value')).toBe('none');
    expect(await o.page.locator('h3', { hasText: '计算过程' }).count()).toBe(0);
  } finally {
    await o.close();
  }
});

test('the headline is in view beside (1280×900) or right after (360×780) the first inputs once they are filled', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 780 }]) {
    const o = await openPage(browser(), pageUrl(base, PATH), { viewport });
    try {
      await hydrated(o.page);
      await o.page.selectOption('#rw-doc', 'kunming-2025-measures-draft');
      await o.page.selectOption('#rw-mode', 'pay-later-licence');
      await o.page.fill('#rw-net', '100万');
      await o.page.selectOption('#rw-licensor', 'state-rd-university');
      await o.page.selectOption('#rw-registered', 'yes');
      await settle(o.page);
      expect(await headlineInView(o.page, '[data-output="inventor-amount"]'), `${viewport.width}px`).toBe(true);
      if (viewport.width >= 1024) expect(await inViewport(o.page.locator('[data-output="unit-amount"]'))).toBe(true);
      else {
        // The phone's answer bar carries the three figures and leads to the answer.
        expect(await o.page.locator('[data-peek]').innerText()).toContain('70万元');
        await o.page.click('[data-peek] a');
        await settle(o.page);
        expect(await inViewport(o.page.locator('[data-output="inventor-amount"]'))).toBe(true);
      }
      expect(await o.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    } finally {
      await o.close();
    }
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
    const expected = await amounts(o.page);
    // 50万 × 80% = 40万; Yunnan 六 sets no transfer-staff share for horizontal projects → 未规定; unit 10万
    expect(expected).toEqual(['400,000.00元（40万元）', '未规定', '100,000.00元（10万元）']);
    const again = await openPage(browser(), url);
    try {
      await hydrated(again.page);
      expect(await again.page.inputValue('#rw-net')).toBe('500000');
      expect(await amounts(again.page)).toEqual(expected);
    } finally {
      await again.close();
    }
  } finally {
    await o.close();
  }
});

test('more than 20 cost rows survive the link (#12 §4)', async () => {
  const q = Array.from({ length: 25 }, (_, i) => `k${i}l=${encodeURIComponent(`成本${i + 1}`)}&k${i}a=1000`).join('&');
  const o = await openPage(browser(), pageUrl(base, `${PATH}?doc=kunming-2025-measures-draft&mode=transfer-or-licence&lic=state-rd-university&reg=yes&ug=1&gross=1000000&${q}`));
  try {
    await hydrated(o.page);
    expect(await o.page.locator('.calc-cost').count()).toBe(25);
    // 100万 − 25 × 1000 = 97.5万 → 70% = 68.25万
    expect(await out(o.page, 'inventor-amount')).toBe('682,500.00元（68.25万元）');
    expect(await o.page.locator('[data-output="url-problems"]').count()).toBe(0);
  } finally {
    await o.close();
  }
});

test('bad input: Chinese messages next to the field, never NaN; a blank field is not flagged', async () => {
  const o = await openPage(browser(), pageUrl(base, `${PATH}?doc=kunming-2025-measures-draft&mode=pay-later-licence&lic=state-rd-university&reg=yes&net=1000000`));
  const { page } = o;
  try {
    await hydrated(page);
    const cases: [string, RegExp][] = [
      ['abc', /须为数字/],
      ['-5', /不能为负数/],
      ['1e30', /须为数字|超出合理范围/],
      ['99999999999999999', /超出合理范围/],
    ];
    for (const [value, msg] of cases) {
      await page.fill('#rw-net', value);
      await settle(page);
      expect(await page.locator('#rw-net-error').innerText()).toMatch(msg);
      expect(await page.getAttribute('#rw-net', 'aria-invalid')).toBe('true');
    }
    await page.fill('#rw-net', '');
    await settle(page);
    expect(await page.locator('#rw-net-error').count()).toBe(0);
    await page.fill('#rw-net', '１０００００'); // full-width digits are read
    await settle(page);
    expect(await out(page, 'inventor-amount')).toBe('70,000.00元（7万元）');
    await page.fill('#rw-inventor', '120');
    await settle(page);
    expect(await page.locator('#rw-inventor-error').innerText()).toMatch(/不能超过100%/);
    await page.fill('#rw-inventor', '50');
    await settle(page);
    expect(await page.locator('#rw-inventor-error').innerText()).toMatch(/低于.*最低比例/);
    expect(await page.locator('[data-output="compliant"]').getAttribute('data-value')).toBe('false');
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|undefined|Infinity/);
  } finally {
    await o.close();
  }
});

test('malformed link: one notice naming what could not be kept, no crash', async () => {
  const o = await openPage(browser(), pageUrl(base, `${PATH}?doc=nope&mode=barter&cost=x`));
  try {
    await hydrated(o.page);
    const text = await out(o.page, 'url-problems');
    expect(text).toContain('“nope”');
    expect(text).toContain('“barter”');
    expect(text).toContain('cost');
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
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rw-mode');
    await page.selectOption('#rw-doc', 'kunming-2025-measures-draft');
    await page.selectOption('#rw-mode', 'transfer-or-licence');
    await page.selectOption('#rw-licensor', 'state-rd-university');
    await page.selectOption('#rw-registered', 'yes');
    await page.focus('#rw-net');
    await page.keyboard.type('10万');
    expect(await out(page, 'inventor-amount')).toMatch(/^70,000\.00元/);
  } finally {
    await o.close();
  }
});

test('axe: no violations — empty, with the example, with errors', async () => {
  for (const query of ['', '?doc=kunming-2025-measures-draft&mode=pay-later-licence&net=1000000', '?net=abc&inv=50']) {
    const o = await openPage(browser(), pageUrl(base, `${PATH}${query}`), { bypassCSP: true });
    try {
      await hydrated(o.page);
      const r = await runAxe(o.page);
      expect(r.violations.map((v) => v.id), formatViolations(r.violations)).toEqual([]);
    } finally {
      await o.close();
    }
  }
});

test('print: the answer and details, not the input boxes', async () => {
  const o = await openPage(browser(), pageUrl(base, `${PATH}?doc=kunming-2025-measures-draft&mode=pay-later-licence&lic=state-rd-university&reg=yes&net=1000000`));
  try {
    await hydrated(o.page);
    await o.page.emulateMedia({ media: 'print' });
    expect(await o.page.locator('#rw-net').isVisible()).toBe(false);
    expect(await o.page.locator('#rw-doc').isVisible()).toBe(false);
    expect(await o.page.locator('[data-output="inventor-amount"]').isVisible()).toBe(true);
    expect(await o.page.locator('[data-output="steps"]').isVisible()).toBe(true);
  } finally {
    await o.close();
  }
});

test('without JavaScript: says so, and shows the worked example marked as such', async () => {
  const o = await openPage(browser(), pageUrl(base, PATH), { javaScript: false });
  try {
    const text = await o.page.locator('main').innerText();
    expect(text).toContain('计算器需要 JavaScript');
    expect(text).toContain('示例（页面生成时用同一计算函数算出，不是您的数据）');
    expect(text).toContain('700,000.00元（70万元）');
  } finally {
    await o.close();
  }
});
