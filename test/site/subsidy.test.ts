// The subsidy calculator in real Chromium against dist/: empty start, the worked example, conditions
// that decide, caps, thresholds, overlapping jurisdictions, the answer in view, share link, bad
// input, malformed links, axe, keyboard, phone width, print, no layout shift, charts.
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, pageUrl, useBrowser } from './support/browser.ts';
import { formatViolations, runAxe } from './support/axe.ts';
import { banner, expectChartsWithText, headlineInView, hydrated, inViewport, layoutShiftSum, settle } from './support/calculators.ts';

const browser = useBrowser();
const base = inject('baseURL');
const PATH = '/calculators/subsidy/';
const YN7 = 'yunnan-2024-15-measures-art-7-enterprise-purchase';
const YN13 = 'yunnan-2024-15-measures-art-13-investment-risk';
const GD_THRESHOLD = 'guangdong-2026-measures-summary-sec-5-threshold-pay-later';

const out = async (page: Page, name: string) => {
  await settle(page);
  return page.locator(`[data-output="${name}"]`).first().innerText();
};
/** Link parameters for claims: [provision, year, base, answers 'y'/'n' per condition, extra params]. */
const claims = (rows: [string, string, string, string[], string?][]) =>
  rows
    .map(([p, y, b, answers, extra], i) => [`c${i}p=${p}`, `c${i}y=${y}`, `c${i}b=${encodeURIComponent(b)}`, ...answers.map((a, k) => (a ? `c${i}q${k}=${a}` : '')), extra ?? ''].filter(Boolean).join('&'))
    .join('&');

test('starts empty: nothing chosen, no total, no banner; hydration moves nothing (layout-shift sum ≤ 0.02)', async () => {
  const o = await openPage(browser(), pageUrl(base, PATH));
  try {
    await hydrated(o.page);
    expect(await o.page.inputValue('#sb-loc')).toBe('');
    expect(await o.page.locator('[data-output="status"]').getAttribute('data-value')).toBe('empty');
    expect(await o.page.locator('[data-output="total-subsidy"]').getAttribute('data-value')).toBe('');
    expect(await banner(o.page).count()).toBe(0);
    expect(await layoutShiftSum(o.page)).toBeLessThanOrEqual(0.02);
    expect(await o.collectIssues()).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [], externalRequests: [] });
  } finally {
    await o.close();
  }
});

test('载入示例: the worked example with its banner, both caps bite; cleared with one click', async () => {
  const o = await openPage(browser(), pageUrl(base, PATH));
  const { page } = o;
  try {
    await hydrated(page);
    await page.click('[data-action="load-example"]');
    await settle(page);
    expect(await banner(page).isVisible()).toBe(true);
    // Received 140万; then 200万 × 20% = 40万; 600万 × 20% = 120万 → 100万 (单个项目);
    // 500万 × 20% = 100万 → 20万 left of the 300万 annual cap: 40 + 100 + 20 = 160万
    expect(await out(page, 'total-subsidy')).toBe('1,600,000.00元（160万元）');
    expect(await page.locator('[data-output^="claim-cap-"]').count()).toBeGreaterThanOrEqual(2);
    await expectChartsWithText(page.locator('.calc-details'));
    await page.click('[data-action="clear-example"]');
    await settle(page);
    expect(await page.locator('fieldset[data-claim]').count()).toBe(0);
    expect(await banner(page).count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
  } finally {
    await o.close();
  }
});

test('conditions decide: unanswered → 若满足…最高可获; not met → 0 with the reason; met → counted', async () => {
  const rows: [string, string, string, string[], string?][] = [
    [YN7, '2026', '2000000', ['', '']],
    [YN7, '2026', '2000000', ['y', 'n']],
    [YN7, '2026', '2000000', ['y', 'y']],
  ];
  const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=530000&${claims(rows)}`));
  const { page } = o;
  try {
    await hydrated(page);
    // 200万 × 20% = 40万 each
    const open = page.locator('[data-output="claim-amount-0"]');
    expect(await open.getAttribute('data-kind')).toBe('conditional');
    expect(await open.innerText()).toMatch(/^若满足.*最高可获|^若满足.*按规定为/);
    expect(await page.locator('[data-output="claim-amount-1"]').getAttribute('data-kind')).toBe('not-eligible');
    expect(await page.locator('[data-claim="1"]').innerText()).toContain('“经技术合同认定登记”未满足');
    expect(await out(page, 'claim-amount-2')).toBe('400,000.00元（40万元）');
    expect(await out(page, 'total-subsidy')).toBe('400,000.00元（40万元）');
    expect(await page.locator('[data-output="total-if-met"]').getAttribute('data-value')).toBe('800000');
    // Answering the open conditions makes it count.
    await page.selectOption('#sb-c0-q0-answer', 'yes');
    await page.selectOption('#sb-c0-q1-answer', 'yes');
    expect(await out(page, 'total-subsidy')).toBe('800,000.00元（80万元）');
  } finally {
    await o.close();
  }
});

test('a waiting period (实缴投资满2年后) is asked as dates and counted with the Civil Code', async () => {
  const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=530000&${claims([[YN13, '', '5000000', ['y'], 'c0t=甲&c0f1=2024-03-01&c0o1=2026-02-27']])}`));
  const { page } = o;
  try {
    await hydrated(page);
    // 2024-03-01 + 2 years → 2026-03-01 (Sunday) → 03-02
    expect(await page.locator('[data-output="cond-0-1-earliest"]').getAttribute('data-value')).toBe('2026-03-02');
    expect(await page.locator('[data-output="cond-0-1"]').getAttribute('data-value')).toBe('not-met');
    expect(await page.locator('[data-output="claim-amount-0"]').getAttribute('data-kind')).toBe('not-eligible');
    await page.fill('#sb-c0-q1-on', '2026-03-02');
    await settle(page);
    // 500万 × 10%以内 = 最高50万
    expect(await out(page, 'claim-amount-0')).toBe('500,000.00元（50万元）');
    expect(await page.locator('[data-output="claim-amount-0"]').getAttribute('data-upper-bound')).toBe('true');
  } finally {
    await o.close();
  }
});

test('Yunnan 七: four purchases of 600万 in one year hit the 300万 annual cap; a prior award leaves less room', async () => {
  const rows = [1, 2, 3, 4].map((): [string, string, string, string[]] => [YN7, '2026', '6000000', ['y', 'y']]);
  const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=530000&${claims(rows)}`));
  try {
    await hydrated(o.page);
    // each 600万 × 20% = 120万 → 100万 (单个项目); running 100, 200, 300 → the fourth gets 0
    expect(await out(o.page, 'claim-amount-0')).toBe('1,000,000.00元（100万元）');
    expect(await out(o.page, 'claim-amount-3')).toBe('0.00元');
    expect(await out(o.page, 'total-subsidy')).toBe('3,000,000.00元（300万元）');
    expect((await o.page.locator('[data-output="claim-cap-3"]').allInnerTexts()).join('|')).toMatch(/单个项目[\s\S]*每家每年/);
    await o.page.check('[data-claim="0"] input[type="checkbox"] >> nth=0');
    await o.page.fill('#sb-c0-awarded', '250万');
    // 250万 received → 50万 left for the second claim
    expect(await out(o.page, 'claim-amount-1')).toBe('500,000.00元（50万元）');
    expect(await out(o.page, 'total-subsidy')).toBe('500,000.00元（50万元）');
  } finally {
    await o.close();
  }
});

test('云南 八: 就高不就低 gives only the higher award for one subject; every reading is shown with its total', async () => {
  const RD = 'yunnan-2024-15-measures-art-8-rd-industrialisation';
  const NAT = 'yunnan-2024-15-measures-art-8-standard-national';
  const LOC = 'yunnan-2024-15-measures-art-8-standard-local';
  const rows: [string, string, string, string[]][] = [[RD, '2026', '30000000', ['y', 'y']], [RD, '2026', '40000000', ['y', 'y']], [NAT, '2026', '', ['y']], [LOC, '2026', '', ['y']]];
  const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=530100&${claims(rows)}`));
  try {
    const { page } = o;
    await hydrated(page);
    // 600万 and 800万 for one (unnamed) result: only 800万 is given; standards 30万 + 5万 stack under 读法一.
    expect(await out(page, 'claim-amount-0')).toContain('就高不就低');
    expect(await out(page, 'claim-amount-0')).toContain('第 2 项');
    expect(await out(page, 'claim-amount-1')).toBe('8,000,000.00元（800万元）');
    expect(await out(page, 'total-subsidy')).toBe('8,350,000.00元（835万元）');
    const totals = page.locator('[data-output="reading-totals"]');
    await expect.poll(() => totals.count()).toBe(1);
    expect(await totals.locator('[data-reading]').evaluateAll((li) => li.map((x) => [(x as HTMLElement).dataset.reading, (x as HTMLElement).dataset.value]))).toEqual([
      ['separate', '8350000'],
      ['highest-only', '8300000'],
    ]);
    // Naming two different results: both R&D awards are given (each under its own 1000万 cap), and the
    // per-enterprise reading of the cap now gives a different total too.
    await page.fill('#sb-c0-subject', '成果一');
    await page.fill('#sb-c1-subject', '成果二');
    expect(await out(page, 'total-subsidy')).toBe('14,350,000.00元（1435万元）');
    await expect.poll(() => totals.count()).toBe(2);
  } finally {
    await o.close();
  }
});

test('Kunming: city and provincial documents, the combination stated; Guangdong threshold 50万元以上 includes the number', async () => {
  const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=530100`));
  try {
    await hydrated(o.page);
    const docs = o.page.locator('[data-output="applicable-documents"] li');
    expect(await docs.evaluateAll((els) => els.map((e) => e.getAttribute('data-jurisdiction')))).toEqual(['530100', '530000']);
    expect(await out(o.page, 'combination')).toMatch(/未作规定/);
    await o.page.selectOption('#sb-loc', '440000');
    await settle(o.page);
    const th = o.page.locator(`[data-threshold="${GD_THRESHOLD}"]`);
    const result = th.locator(`[data-output="threshold-${GD_THRESHOLD}"]`);
    await th.locator('input').fill('499999.99');
    await settle(o.page);
    expect(await result.getAttribute('data-value')).toBe('not-met');
    await th.locator('input').fill('50万');
    await settle(o.page);
    expect(await result.getAttribute('data-value')).toBe('met');
    expect(await result.innerText()).toContain('50万元以上'); // not "以上50万元"
    // The threshold amount is in the link (#12 §4).
    expect(decodeURIComponent(o.page.url())).toContain(`th-${GD_THRESHOLD}=50万`);
  } finally {
    await o.close();
  }
});

test('keyboard: choose a subsidy, add it, focus moves to it; the link keeps answers and a ~ in a name', async () => {
  const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=530000`));
  const { page } = o;
  try {
    await hydrated(page);
    await page.selectOption('#sb-pick', YN7);
    await page.focus('[data-action="add-claim"]');
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sb-claim-0');
    await page.fill('#sb-c0-year', '2026');
    await page.fill('#sb-c0-base', '300万');
    await page.fill('#sb-c0-claimant', '甲~乙公司');
    await page.selectOption('#sb-c0-q0-answer', 'yes');
    await page.selectOption('#sb-c0-q1-answer', 'yes');
    // 300万 × 20% = 60万
    expect(await out(page, 'claim-amount-0')).toBe('600,000.00元（60万元）');
    const again = await openPage(browser(), page.url());
    try {
      await hydrated(again.page);
      expect(await out(again.page, 'claim-amount-0')).toBe('600,000.00元（60万元）');
      expect(await again.page.inputValue('#sb-c0-claimant')).toBe('甲~乙公司');
      expect(await again.page.inputValue('#sb-c0-q1-answer')).toBe('yes');
    } finally {
      await again.close();
    }
  } finally {
    await o.close();
  }
});

test('the headline is in view beside (1280×900) or right after (360×780) the inputs once a claim is filled', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 780 }]) {
    const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=530000&c0p=${YN7}`), { viewport });
    try {
      await hydrated(o.page);
      // Chosen, nothing entered: no total is shown (never 0.00元 for figures the user has not given).
      expect(await o.page.locator('[data-output="total-subsidy"]').getAttribute('data-value')).toBe('');
      expect(await out(o.page, 'status')).toContain('这里显示合计');
      await o.page.fill('#sb-c0-year', '2026');
      await o.page.fill('#sb-c0-base', '200万');
      await settle(o.page);
      expect(await headlineInView(o.page, '[data-output="total-subsidy"]'), `${viewport.width}px`).toBe(true);
      expect(await o.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    } finally {
      await o.close();
    }
  }
});

test('bad input: messages by the field, blanks only listed, never NaN', async () => {
  const rows: [string, string, string, string[]][] = [[YN7, '2026', 'abc', []], [YN7, '99999', '1000000', []], [YN7, '2026', '-1', []], [YN7, '2026', '', []]];
  const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=530000&${claims(rows)}`));
  try {
    await hydrated(o.page);
    expect(await o.page.locator('#sb-c0-base-error').innerText()).toMatch(/须为数字/);
    expect(await o.page.locator('#sb-c1-year-error').innerText()).toMatch(/2000 到 2100/);
    expect(await o.page.locator('#sb-c2-base-error').innerText()).toMatch(/不能为负数/);
    expect(await o.page.locator('#sb-c3-base-error').count()).toBe(0);
    expect(await out(o.page, 'claim-amount-3')).toContain('还需填写：成交实际到账额');
    expect(await o.page.locator('main').innerText()).not.toMatch(/NaN|undefined|Infinity/);
  } finally {
    await o.close();
  }
});

test('malformed link: one notice naming what could not be kept, no crash', async () => {
  const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=123&c0p=nope&c1p=${YN7}&c=old~format`));
  try {
    await hydrated(o.page);
    const text = await out(o.page, 'url-problems');
    expect(text).toContain('“123”');
    expect(text).toContain('c0p=nope');
    expect(await o.page.locator('fieldset[data-claim]').count()).toBe(1);
    expect((await o.collectIssues()).pageErrors).toEqual([]);
  } finally {
    await o.close();
  }
});

test('fixed awards: 不超过 is 最高 (an upper limit); 一事一议 is never summed', async () => {
  const o = await openPage(browser(), pageUrl(base, `${PATH}?loc=530000&c0p=yunnan-2024-15-measures-art-7-disruptive-team&c0q0=y&c1p=yunnan-2024-15-measures-art-8-standard-industry&c1q0=y`));
  try {
    await hydrated(o.page);
    expect(await o.page.locator('[data-output="claim-amount-0"]').getAttribute('data-kind')).toBe('case-by-case');
    const fixed = o.page.locator('[data-output="claim-amount-1"]');
    expect(await fixed.getAttribute('data-kind')).toBe('fixed');
    expect(await fixed.getAttribute('data-upper-bound')).toBe('true');
    expect(await o.page.locator('[data-claim="1"]').innerText()).toContain('最高可获');
    expect(await o.page.locator('[data-claim="1"]').innerText()).toContain('上限');
    // 最高10万 is the whole total; 一事一议 adds nothing
    expect(await out(o.page, 'total-subsidy')).toBe('100,000.00元（10万元）');
  } finally {
    await o.close();
  }
});

test('axe: no violations — empty, Kunming, the example with errors; print shows the answer, not the inputs', async () => {
  for (const q of ['', '?loc=530100', `?loc=530000&${claims([[YN7, '2026', 'abc', ['y', '']], [YN13, '', '5000000', ['y'], 'c1f1=2024-03-01']])}`]) {
    const o = await openPage(browser(), pageUrl(base, `${PATH}${q}`), { bypassCSP: true });
    try {
      await hydrated(o.page);
      const r = await runAxe(o.page);
      expect(r.violations.map((v) => v.id), formatViolations(r.violations)).toEqual([]);
    } finally {
      await o.close();
    }
  }
  const p = await openPage(browser(), pageUrl(base, `${PATH}?loc=530000&${claims([[YN7, '2026', '2000000', ['y', 'y']]])}`));
  try {
    await hydrated(p.page);
    await p.page.emulateMedia({ media: 'print' });
    expect(await p.page.locator('#sb-c0-base').isVisible()).toBe(false);
    expect(await p.page.locator('.calc-list-section').isVisible()).toBe(false);
    expect(await p.page.locator('[data-output="total-subsidy"]').isVisible()).toBe(true);
    expect(await inViewport(p.page.locator('h1'))).toBe(true);
  } finally {
    await p.close();
  }
});
