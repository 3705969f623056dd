// The subsidy calculator in real Chromium against dist/: guided list, claims and caps, thresholds,
// overlapping jurisdictions, share URL, bad input, malformed links, axe, keyboard, phone width.
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, pageUrl, useBrowser } from './support/browser.ts';
import { formatViolations, runAxe } from './support/axe.ts';

const browser = useBrowser();
const base = inject('baseURL');
const PATH = '/calculators/subsidy/';
const YN7 = 'yunnan-2024-15-measures-art-7-enterprise-purchase';
const GD_THRESHOLD = 'guangdong-2026-measures-summary-sec-5-threshold-pay-later';

const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
const out = async (page: Page, name: string) => {
  await settle(page);
  return page.locator(`[data-output="${name}"]`).first().innerText();
};
const hydrated = (page: Page) => page.waitForSelector('astro-island:not([ssr])');
const claims = (rows: string[][]) => rows.map((r) => `c=${encodeURIComponent(r.join('~'))}`).join('&');

test('loads clean; the live result equals the build-time worked example', async () => {
  const o = await openPage(browser(), pageUrl(base, PATH));
  try {
    await hydrated(o.page);
    expect(await out(o.page, 'total-subsidy')).toBe(await o.page.locator('[data-example-output="total-subsidy"]').innerText());
    // The example is built so both caps bite: a per-project cap and the annual cap.
    expect(await o.page.locator('[data-output^="claim-cap-"]').count()).toBeGreaterThanOrEqual(2);
    expect(await o.collectIssues()).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [], externalRequests: [] });
  } finally {
    await o.close();
  }
});

test('Yunnan 七: four purchases of 600万 in one year hit the 300万 annual cap together', async () => {
  const rows = [1, 2, 3, 4].map(() => [YN7, '2026', '6000000', '', '', '']);
  const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=530000&${claims(rows)}`));
  try {
    await hydrated(o.page);
    // each 600万 × 20% = 120万 → 100万 (单个项目); running 100, 200, 300 → the fourth gets 0
    expect(await out(o.page, 'claim-amount-0')).toBe('1,000,000.00元（100万元）');
    expect(await out(o.page, 'claim-amount-2')).toBe('1,000,000.00元（100万元）');
    expect(await out(o.page, 'claim-amount-3')).toBe('0.00元');
    expect(await out(o.page, 'total-subsidy')).toBe('3,000,000.00元（300万元）');
    expect(await o.page.locator('[data-output="total-subsidy"]').getAttribute('data-upper-bound')).toBe('true');
    // the fourth: 120万 → 100万 (单个项目) → 0 (每家每年, 300万 already used)
    expect((await o.page.locator('[data-output="claim-cap-3"]').allInnerTexts()).join('|')).toMatch(/单个项目[\s\S]*每家每年/);
    // A claim already received in the same year leaves less room: 250万 received → 50万 left.
    await o.page.check('[data-claim="0"] input[type="checkbox"] >> nth=0');
    await o.page.fill('#sb-c0-awarded', '250万');
    expect(await out(o.page, 'claim-amount-1')).toBe('500,000.00元（50万元）');
    expect(await out(o.page, 'total-subsidy')).toBe('500,000.00元（50万元）');
  } finally {
    await o.close();
  }
});

test('below, at and above the per-project cap', async () => {
  // 200万 × 20% = 40万 (按规定为); 500万 × 20% = 100万 (at cap); 500.01万 → 100.002万 → 100万
  const rows = [[YN7, '2026', '2000000', 'A', '', ''], [YN7, '2026', '5000000', 'B', '', ''], [YN7, '2026', '5000100', 'C', '', '']];
  const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=530000&${claims(rows)}`));
  try {
    await hydrated(o.page);
    expect(await out(o.page, 'claim-amount-0')).toBe('400,000.00元（40万元）');
    expect(await o.page.locator('[data-output="claim-amount-0"]').getAttribute('data-upper-bound')).toBe('false');
    expect(await out(o.page, 'claim-amount-1')).toBe('1,000,000.00元（100万元）');
    expect(await o.page.locator('[data-output="claim-cap-1"]').count()).toBe(0);
    expect(await out(o.page, 'claim-amount-2')).toBe('1,000,000.00元（100万元）');
    expect(await out(o.page, 'claim-cap-2')).toContain('单个项目');
  } finally {
    await o.close();
  }
});

test('Kunming claimant: city and provincial documents both shown, combination stated', async () => {
  const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=530100`));
  try {
    await hydrated(o.page);
    const docs = o.page.locator('[data-output="applicable-documents"] li');
    expect(await docs.evaluateAll((els) => els.map((e) => e.getAttribute('data-jurisdiction')))).toEqual(['530100', '530000']);
    expect(await out(o.page, 'combination')).toMatch(/未作规定/);
    expect(await o.page.locator(`[data-provision="${YN7}"]`).count()).toBe(1);
    // Switching to Guangdong drops Yunnan's list and shows the threshold check.
    await o.page.selectOption('#sb-loc', '440000');
    await settle(o.page);
    expect(await o.page.locator(`[data-provision="${YN7}"]`).count()).toBe(0);
    const th = o.page.locator(`[data-threshold="${GD_THRESHOLD}"]`);
    const input = th.locator('input');
    const result = th.locator('[data-output^="threshold-"]');
    await input.fill('499999.99');
    await settle(o.page);
    expect(await result.getAttribute('data-value')).toBe('false');
    await input.fill('50万'); // 以上 includes the number (民法典第1259条)
    await settle(o.page);
    expect(await result.getAttribute('data-value')).toBe('true');
    expect(await result.innerText()).toContain('达到门槛');
  } finally {
    await o.close();
  }
});

test('keyboard: add a claim from the guided list, focus moves to it, type the base', async () => {
  const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=530000&c=`));
  const { page } = o;
  try {
    await hydrated(page);
    await settle(page);
    expect(await page.locator('fieldset[data-claim]').count()).toBe(0);
    await page.focus(`[data-provision="${YN7}"] button`);
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sb-c0-year');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sb-c0-base');
    await page.keyboard.type('300万');
    // 300万 × 20% = 60万 → 100万 cap: 60万
    expect(await out(page, 'claim-amount-0')).toBe('600,000.00元（60万元）');
    // Share URL reproduces it.
    const again = await openPage(browser(), page.url());
    try {
      await hydrated(again.page);
      expect(await out(again.page, 'claim-amount-0')).toBe('600,000.00元（60万元）');
    } finally {
      await again.close();
    }
  } finally {
    await o.close();
  }
});

test('bad input: messages by the field, the row left out, never NaN', async () => {
  const rows = [[YN7, '2026', 'abc', '', '', ''], [YN7, '99999', '1000000', '', '', ''], [YN7, '2026', '-1', '', '', ''], [YN7, '2026', '', '', '', '']];
  const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=530000&${claims(rows)}`));
  try {
    await hydrated(o.page);
    await settle(o.page);
    expect(await o.page.locator('#sb-c0-base-error').innerText()).toMatch(/须为数字/);
    expect(await o.page.locator('#sb-c1-year-error').innerText()).toMatch(/2000 到 2100/);
    expect(await o.page.locator('#sb-c2-base-error').innerText()).toMatch(/不能为负数/);
    expect(await o.page.locator('#sb-c3-base-error').innerText()).toMatch(/请填写成交实际到账额/);
    expect(await out(o.page, 'claim-amount-0')).toBe('—');
    expect(await out(o.page, 'total-subsidy')).toBe('0.00元');
    expect(await o.page.locator('main').innerText()).not.toMatch(/NaN|undefined|Infinity/);
  } finally {
    await o.close();
  }
});

test('malformed link: visible notice, no crash', async () => {
  const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=123&c=nope~1&c=${YN7}~2026`));
  try {
    await hydrated(o.page);
    expect(await out(o.page, 'url-problems')).toMatch(/loc[\s\S]*c/);
    expect(await out(o.page, 'total-subsidy')).toMatch(/元$/);
    expect((await o.collectIssues()).pageErrors).toEqual([]);
  } finally {
    await o.close();
  }
});

test('fixed awards and 一事一议 are shown as such, not summed', async () => {
  const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=530000`));
  try {
    await hydrated(o.page);
    await o.page.click('[data-provision="yunnan-2024-15-measures-art-7-disruptive-team"] button');
    await o.page.click('[data-provision="yunnan-2024-15-measures-art-9-national-agency"] button');
    await settle(o.page);
    const n = await o.page.locator('fieldset[data-claim]').count();
    expect(await o.page.locator(`[data-output="claim-amount-${n - 2}"]`).getAttribute('data-kind')).toBe('case-by-case');
    expect(await o.page.locator(`[data-output="claim-amount-${n - 1}"]`).getAttribute('data-kind')).toBe('fixed');
    expect(await out(o.page, `claim-amount-${n - 2}`)).toContain('一事一议');
  } finally {
    await o.close();
  }
});

test('axe: no violations; phone 360 px without overflow; print hides the list', async () => {
  const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=530100`), { bypassCSP: true });
  try {
    await hydrated(o.page);
    const r = await runAxe(o.page);
    expect(r.passes.length).toBeGreaterThan(0);
    expect(r.violations.map((v) => v.id), formatViolations(r.violations)).toEqual([]);
  } finally {
    await o.close();
  }
  const p = await openPage(browser(), pageUrl(base, PATH), { viewport: { width: 360, height: 800 } });
  try {
    await hydrated(p.page);
    expect(await p.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await p.page.emulateMedia({ media: 'print' });
    expect(await p.page.locator('.calc-list-section').isVisible()).toBe(false);
    expect(await p.page.locator('[data-output="total-subsidy"]').isVisible()).toBe(true);
  } finally {
    await p.close();
  }
});
