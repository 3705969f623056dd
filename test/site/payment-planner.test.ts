// The payment planner in real Chromium against the built site: empty start, the worked example
// (without JS, and loaded with 载入示例), filling the form, the answer in view, the time line, exports,
// the share link, bad input, accessibility, keyboard, phone width, print and no layout shift.
import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, pageUrl, useBrowser, type OpenedPage } from './support/browser.ts';
import { formatViolations, runAxe } from './support/axe.ts';
import { banner, expectChartsWithText, headlineInView, inViewport, layoutShiftSum, settle } from './support/calculators.ts';

const browser = useBrowser();
const base = inject('baseURL');
const URL_PATH = '/calculators/payment/';

async function open(query = '', opts: Parameters<typeof openPage>[2] = {}): Promise<OpenedPage> {
  const o = await openPage(browser(), pageUrl(base, URL_PATH + query), opts);
  if (opts.javaScript !== false) await o.page.waitForSelector('astro-island:not([ssr])');
  return o;
}

async function clean(o: OpenedPage) {
  const issues = await o.collectIssues();
  expect(issues).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [], externalRequests: [] });
}

/** The page with the worked example loaded (载入示例). */
async function openExample(query = '', opts: Parameters<typeof openPage>[2] = {}): Promise<OpenedPage> {
  const o = await open(query, opts);
  await o.page.click('[data-action="load-example"]');
  await settle(o.page);
  return o;
}

const out = (page: Page, name: string) => page.locator(`[data-output="${name}"]`).first();
const attr = async (page: Page, name: string, a = 'data-value') => out(page, name).getAttribute(a);

test('without JavaScript the worked example is readable (build-time results), marked as the example', async () => {
  const o = await open('', { javaScript: false });
  try {
    const { page: p } = o;
    // Read inside the example the page shows instead of the (inert) empty form.
    const scope = p.locator('.calc-noscript-example');
    const page = { locator: (sel: string) => scope.locator(sel) } as unknown as Page;
    // The example: revenue from 2027-06-01, so payment may start the day after (读法一).
    expect(await attr(page, 'earliest-payment-date', 'datetime')).toBe('2027-06-02');
    expect(await attr(page, 'timing-status')).toBe('complies');
    expect(await attr(page, 'publicity-end', 'datetime')).toBe('2026-10-08');
    expect(await attr(page, 'earliest-signing-date', 'datetime')).toBe('2026-10-09');
    expect(await attr(page, 'schedule-total')).toBe('300000.00');
    expect(await attr(page, 'penalty-amount')).toBe('1500.00');
    expect(await attr(page, 'penalty-days')).toBe('30');
    expect(await scope.locator('[data-output="example-banner"]').isVisible()).toBe(true);
    expect(await p.locator('main').innerText()).toContain('下面是按示例输入在构建时算出的结果');
  } finally {
    await o.close();
  }
});

test('starts empty: nothing computed, nothing flagged, no warning; hydration moves nothing (layout-shift sum ≤ 0.02)', async () => {
  const o = await open();
  try {
    const { page } = o;
    expect(await page.inputValue('#pp-effective')).toBe('');
    expect(await page.inputValue('#pp-rule')).toBe('');
    expect(await attr(page, 'earliest-payment-date')).toBe('');
    expect(await page.locator('.field-error, .pp-warning').count()).toBe(0);
    expect(await out(page, 'missing').innerText()).toContain('合同生效日');
    expect(await banner(page).count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    expect(await layoutShiftSum(page)).toBeLessThanOrEqual(0.02);
    await clean(o);
  } finally {
    await o.close();
  }
});

test('载入示例: the example complies under every reading (no warning), carries its banner, and clears with one click', async () => {
  const o = await openExample();
  try {
    const { page } = o;
    expect(await banner(page).isVisible()).toBe(true);
    expect(await attr(page, 'timing-status')).toBe('complies');
    expect(await page.locator('.pp-warning').count()).toBe(0);
    await expectChartsWithText(page.locator('.calc-details'));
    await page.fill('#pp-lateRate', '0.06');
    await settle(page);
    expect(await banner(page).count()).toBe(0);
    await page.click('[data-action="load-example"]');
    await page.click('[data-action="clear-example"]');
    await settle(page);
    expect(await page.inputValue('#pp-effective')).toBe('');
    expect(new URL(page.url()).search).toBe('');
  } finally {
    await o.close();
  }
});

test('the headline is in view beside (1280×900) or right after (360×780) the first inputs once they are filled', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 780 }]) {
    const o = await open('', { viewport });
    try {
      const { page } = o;
      await page.selectOption('#pp-rule', 'kunming-2025-guideline-art-1-payment-timing');
      await page.fill('#pp-effective', '2026-03-01');
      await settle(page);
      // 2026-03-01 + 1 year (含) → 2027-03-01
      expect(await attr(page, 'earliest-payment-date', 'datetime')).toBe('2027-03-01');
      expect(await headlineInView(page, '[data-output="earliest-payment-date"]'), `${viewport.width}px`).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    } finally {
      await o.close();
    }
  }
});

test('#12 §2: 120 annual royalty periods and 120 instalments 60 months apart compute, typed or from a link', async () => {
  const o = await open('?rule=kunming-2025-guideline-art-1-payment-timing&eff=2026-03-02&mode=royalty&rp=year&rr=3&rv=1000000&rn=101&rt=30');
  try {
    const { page } = o;
    await expect.poll(() => page.locator('[data-output="schedule-row"]').count()).toBe(101);
    expect(await page.inputValue('#pp-royaltyPeriods')).toBe('101');
    await page.fill('#pp-royaltyPeriods', '120');
    await expect.poll(() => page.locator('[data-output="schedule-row"]').count()).toBe(120);
    await page.getByLabel('延期支付／延期启动支付').check();
    await page.fill('#pp-agreedMonths', '6');
    await page.getByLabel('分期支付').check();
    await page.fill('#pp-instCount', '120');
    await page.fill('#pp-instAmount', '1000');
    await page.fill('#pp-instInterval', '60');
    await page.fill('#pp-deferredTerm', '30');
    // 120 × 1,000 = 120,000; the last instalment 119 × 60 months after the start
    await expect.poll(() => attr(page, 'schedule-total')).toBe('120000.00');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('filling the form recomputes the schedule; no NaN anywhere', async () => {
  const o = await openExample();
  try {
    const { page } = o;
    await page.fill('#pp-revenue', '');
    await page.fill('#pp-effective', '2026-03-01');
    // One year (含) from 2026-03-01 → 2027-03-01 (Monday).
    await expect.poll(() => attr(page, 'earliest-payment-date', 'datetime')).toBe('2027-03-01');
    await page.fill('#pp-ms-0-date', '2027-03-02');
    await page.fill('#pp-ms-0-amount', '100000.5');
    await page.fill('#pp-ms-0-term', '0');
    await expect.poll(() => attr(page, 'schedule-total')).toBe('300000.50');
    const rows = page.locator('[data-output="schedule-row"]');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).locator('time').getAttribute('datetime')).toBe('2027-03-02');
    expect(await attr(page, 'timing-status')).toBe('complies-some');
    // Royalty mode: 4 half-year settlements of 1,000,000 × 3% = 30,000 each.
    await page.getByLabel('零门槛费＋收入提成').check();
    await expect.poll(() => attr(page, 'schedule-total')).toBe('120000.00');
    expect(await page.locator('[data-output="schedule-row"]').count()).toBe(4);
    // The first settlement (2026-09-01) is before 2027-03-01: flagged in the table and the status.
    expect(await page.locator('.pp-row-early').count()).toBeGreaterThan(0);
    expect(await attr(page, 'timing-status')).toMatch(/complies-some|pending|breach/);
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|undefined|Infinity/);
    await clean(o);
  } finally {
    await o.close();
  }
});

test('CSV and ICS downloads carry the schedule', async () => {
  const o = await openExample();
  try {
    const { page } = o;
    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="csv"]')]);
    expect(csvDl.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await csvDl.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines[0]).toContain('应付日期');
    expect(lines[1]).toMatch(/^1,2027-11-15,2027-11-14,.*100000\.00,壹拾万元整,100000\.00$/);
    expect(lines[2]).toMatch(/^2,2028-03-31,2028-03-31,.*200000\.00,贰拾万元整,300000\.00$/);
    expect(lines[3]).toMatch(/^合计,,,,300000\.00,叁拾万元整,$/);
    expect(csv).toContain('第一条');

    const [icsDl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="ics"]')]);
    expect(icsDl.suggestedFilename()).toMatch(/\.ics$/);
    const ics = readFileSync((await icsDl.path())!, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20271115');
    expect(ics).toContain('DTSTART;VALUE=DATE:20280331');
    for (const l of ics.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('壹拾万元整');
    expect(unfolded).toContain('《昆明市推行职务科技成果先使用后付费操作指引（试行）》第一条');
    await clean(o); // the lazily loaded ics chunk must pass the CSP
  } finally {
    await o.close();
  }
});

test('the share link reproduces the plan', async () => {
  const o = await openExample();
  let shared = '';
  try {
    const { page } = o;
    await page.getByLabel('延期支付／延期启动支付').check();
    await page.fill('#pp-agreedMonths', '6');
    await page.getByLabel('分期支付').check();
    await page.fill('#pp-instCount', '3');
    await page.fill('#pp-instAmount', '50万');
    await page.fill('#pp-revenue', '2027-05-20');
    await expect.poll(() => attr(page, 'schedule-total')).toBe('1500000.00');
    // The total does not depend on the revenue date, so wait for the link to carry it too.
    await expect.poll(() => out(page, 'share-url').inputValue()).toContain('2027-05-20');
    shared = (await out(page, 'share-url').inputValue()) ?? '';
    expect(shared).toContain('mode=deferred');
  } finally {
    await o.close();
  }
  const o2 = await openPage(browser(), shared);
  try {
    const { page } = o2;
    await page.waitForSelector('astro-island:not([ssr])');
    await expect.poll(() => attr(page, 'schedule-total')).toBe('1500000.00');
    expect(await page.inputValue('#pp-instAmount')).toBe('50万');
    expect(await page.inputValue('#pp-revenue')).toBe('2027-05-20');
    expect(await page.isChecked('input[value="instalments"]')).toBe(true);
    expect(await page.locator('[data-output="schedule-row"]').count()).toBe(3);
    // Deferred start = 2026-10-09 + 6 months = 2027-04-09 (Friday).
    expect(await attr(page, 'deferred-start')).toBe('2027-04-09');
    await clean(o2);
  } finally {
    await o2.close();
  }
});

test('malformed URL parameters give a notice, not a crash', async () => {
  const o = await open('?rule=nope&mode=free&eff=2026-02-30&m0n=x&m0d=2027-01-01&m0a=-5&m0t=1');
  try {
    const { page } = o;
    await expect.poll(() => out(page, 'url-notices').innerText()).toContain('不存在');
    expect(await out(page, 'url-notices').innerText()).toContain('free');
    expect(await page.locator('#pp-effective-error').innerText()).toContain('不存在');
    expect(await page.locator('#pp-ms-0-amount-error').innerText()).toContain('负数');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('bad input: a Chinese message next to each field; the rest keeps working', async () => {
  const o = await openExample();
  try {
    const { page } = o;
    const cases: [string, string, RegExp][] = [
      ['#pp-lateUnpaid', '-100', /不能为负数/],
      ['#pp-lateUnpaid', 'abc', /须为数字/],
      ['#pp-lateUnpaid', '2000000000000000', /超出合理范围/],
      ['#pp-lateRate', '120', /不能超过100%/],
      ['#pp-lateDue', '2026-02-30', /不存在/],
      ['#pp-revenue', '2026-01-01', /早于合同生效日/],
      ['#pp-ms-1-date', '2027-01-01', /顺序有误/],
      ['#pp-ms-0-amount', 'abc', /须为数字/],
      // #12 §5: the daily rate's message suggests a daily rate, not 70
      ['#pp-lateRate', 'abc', /例如 0\.05/],
    ];
    for (const [sel, value, msg] of cases) {
      const before = await page.inputValue(sel);
      await page.fill(sel, value);
      const errId = `${sel.slice(1)}-error`;
      await expect.poll(() => page.locator(`#${errId}`).innerText()).toMatch(msg);
      expect(await page.getAttribute(sel, 'aria-invalid')).toBe('true');
      expect(await page.getAttribute(sel, 'aria-describedby')).toContain(errId);
      // Other results are still there.
      expect(await attr(page, 'publicity-end', 'datetime')).toBe('2026-10-08');
      expect(await page.locator('main').innerText()).not.toMatch(/NaN|undefined|Infinity/);
      await page.fill(sel, before);
      await expect.poll(() => page.locator(`#${errId}`).count()).toBe(0);
    }
    await clean(o);
  } finally {
    await o.close();
  }
});

test('axe: no violations — empty, with the example, with errors shown', async () => {
  const e = await open('', { bypassCSP: true });
  try {
    const r = await runAxe(e.page);
    expect(r.violations.map((v) => v.id), formatViolations(r.violations)).toEqual([]);
  } finally {
    await e.close();
  }
  const o = await openExample('', { bypassCSP: true });
  try {
    const { page } = o;
    let r = await runAxe(page);
    expect(r.violations.map((v) => v.id), formatViolations(r.violations)).toEqual([]);
    await page.fill('#pp-effective', '2026-02-30');
    await page.fill('#pp-lateUnpaid', '-1');
    await page.locator('#pp-lateUnpaid-error').waitFor();
    r = await runAxe(page);
    expect(r.violations.map((v) => v.id), formatViolations(r.violations)).toEqual([]);
  } finally {
    await o.close();
  }
});

test('keyboard: reach the fields by Tab, type, switch mode with arrow keys', async () => {
  const o = await openExample();
  try {
    const { page } = o;
    await page.focus('#pp-rule');
    // Focus order follows the page: rule → its citation link → contract date.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-output]')?.getAttribute('data-output'))).toBe('rule-summary');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pp-effective');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-03-01');
    await page.fill('#pp-revenue', '');
    await expect.poll(() => attr(page, 'earliest-payment-date', 'datetime')).toBe('2027-03-01');
    await page.focus('input[value="milestone"]');
    await page.keyboard.press('ArrowUp');
    expect(await page.isChecked('input[value="royalty"]')).toBe(true);
    await expect.poll(() => page.locator('#pp-royaltyRate').count()).toBe(1);
    // Buttons are reachable and operable from the keyboard.
    await page.focus('[data-action="csv"]');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(dl.suggestedFilename()).toMatch(/\.csv$/);
  } finally {
    await o.close();
  }
});

test('phone width 360 px: no horizontal page overflow', async () => {
  const o = await open('', { viewport: { width: 360, height: 740 } });
  try {
    const { page } = o;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await clean(o);
  } finally {
    await o.close();
  }
});

test('print: the answer, schedule and clause, not the input boxes; a 60-character unbroken name wraps within A4', async () => {
  // A4 portrait at 96 dpi is 794 px wide; with the print margins about 720 px of it holds the page.
  const o = await openExample('', { viewport: { width: 720, height: 1000 } });
  try {
    const { page } = o;
    await page.fill('#pp-ms-0-name', 'X'.repeat(60));
    await settle(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-action="csv"]').isVisible()).toBe(false);
    expect(await page.locator('#pp-effective').isVisible()).toBe(false);
    expect(await page.locator('#pp-ms-0-amount').isVisible()).toBe(false);
    expect(await out(page, 'earliest-payment-date').isVisible()).toBe(true);
    expect(await out(page, 'schedule').isVisible()).toBe(true);
    expect(await out(page, 'contract-clause').isVisible()).toBe(true);
    expect(await out(page, 'contract-clause').innerText()).toContain('壹拾万元整');
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      table: document.querySelector('[data-output="schedule"]')!.getBoundingClientRect().right,
    }));
    expect(widths.page).toBeLessThanOrEqual(720);
    expect(widths.table).toBeLessThanOrEqual(720);
  } finally {
    await o.close();
  }
});

test('#12 §5: a tiny daily rate is printed with every digit, never 0%; full-width digits are read', async () => {
  const o = await openExample();
  try {
    const { page } = o;
    await page.fill('#pp-lateRate', '0.0000001');
    await expect.poll(() => out(page, 'penalty-formula').innerText()).toContain('0.0000001%');
    await page.fill('#pp-lateUnpaid', '１０００００');
    await page.fill('#pp-lateRate', '０．０５');
    await expect.poll(() => attr(page, 'penalty-amount')).toBe('1500.00');
  } finally {
    await o.close();
  }
});
