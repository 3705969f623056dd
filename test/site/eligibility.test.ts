// /guide/check/ in real Chromium: the worked example without JavaScript, filling the form, the URL
// round trip, error messages next to fields, keyboard-only use, phone width, print, and axe.
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, pageUrl, useBrowser, type OpenedPage } from './support/browser.ts';
import { formatViolations, runAxe } from './support/axe.ts';

const browser = useBrowser();
const base = inject('baseURL');
const PATH = '/guide/check/';

async function open(query = '', opts: Parameters<typeof openPage>[2] = {}): Promise<OpenedPage> {
  const o = await openPage(browser(), pageUrl(base, PATH + query), opts);
  if (opts.javaScript !== false) await o.page.waitForSelector('.elig[data-hydrated="true"]');
  return o;
}

const verdict = (page: Page, id: string) => page.locator(`[data-output="verdict-${id}"]`).innerText();

async function clean(o: OpenedPage): Promise<void> {
  const issues = await o.collectIssues();
  expect(issues).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [], externalRequests: [] });
}

test('without JavaScript the page shows the worked example with a verdict for every document', async () => {
  const o = await open('', { javaScript: false });
  try {
    const { page } = o;
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('#elig-result-h').innerText()).toBe('示例结果');
    expect(await page.locator('[data-output^="verdict-"]').count()).toBe(5);
    expect(await verdict(page, 'kunming-2025-guideline')).toBe('适用');
    // The final text of the draft (昆政办〔2025〕18号) is not on the site: 待确认, not a flat no.
    expect(await verdict(page, 'kunming-2025-measures-draft')).toBe('待确认');
    expect(await verdict(page, 'hunan-2025-plan')).toBe('不适用');
    // The form is a plain GET form to this page, so it still submits without JavaScript.
    expect(await page.locator('form.elig-form').getAttribute('method')).toBe('get');
    expect(await page.locator('form.elig-form').getAttribute('action')).toBe(PATH);
    expect(await page.locator('[data-pagefind-body]').count()).toBe(1);
    await clean(o);
  } finally {
    await o.close();
  }
});

test('filling the form: a provincial state enterprise in Kunming is outside the city guideline, with the reason and citation', async () => {
  const o = await open();
  try {
    const { page } = o;
    await page.selectOption('#elig-licensor', 'state-enterprise');
    await page.selectOption('#elig-level', 'provincial');
    await page.click('form.elig-form button[type="submit"]');
    await expect.poll(() => page.locator('#elig-result-h').innerText()).toBe('自查结果');
    expect(await verdict(page, 'kunming-2025-guideline')).toBe('不适用');
    const doc = page.locator('.elig-doc', { has: page.locator('[data-output="verdict-kunming-2025-guideline"]') });
    const reason = doc.locator('[data-reason="licensor-level-outside"]');
    expect(await reason.innerText()).toContain('省属单位');
    expect(await reason.locator('a').getAttribute('href')).toBe('/policies/kunming-2025-guideline/#art-3-1');
    // The answers are in the address bar.
    const url = new URL(page.url());
    expect(url.searchParams.get('licensor')).toBe('state-enterprise');
    expect(url.searchParams.get('level')).toBe('provincial');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('URL round trip: a link with answers reproduces the result and the filled form', async () => {
  const q = '?licensor=medical-institution&level=provincial&province=430000&city=other&licensee=sme&result=technical-secret&assessed=no&sensitivity=none';
  const o = await open(q);
  try {
    const { page } = o;
    expect(await verdict(page, 'hunan-2025-plan')).toBe('不适用');
    expect(await page.locator('[data-reason="assessedNo"]').count()).toBe(1);
    // Funding not answered: the 成果库 duty is listed as open, not as triggered.
    expect(await page.locator('[data-obligation]').evaluateAll((els) => els.map((e) => e.getAttribute('data-obligation')))).toEqual(['unknown']);
    expect(await page.inputValue('#elig-result')).toBe('technical-secret');
    expect(await page.inputValue('#elig-assessed')).toBe('no');
    // Changing one answer and submitting updates both the result and the URL.
    await page.selectOption('#elig-assessed', 'yes');
    await page.click('form.elig-form button[type="submit"]');
    await expect.poll(() => verdict(page, 'hunan-2025-plan')).toBe('适用');
    expect(new URL(page.url()).searchParams.get('assessed')).toBe('yes');
    await page.reload();
    await page.waitForSelector('.elig[data-hydrated="true"]');
    expect(await verdict(page, 'hunan-2025-plan')).toBe('适用');
    // A duty with years filled in: 验收后5年内 reached at 5 full years, with the bound rule cited.
    await page.selectOption('#elig-funding', 'yes');
    await page.fill('#elig-years-acceptance', '5');
    await page.click('form.elig-form button[type="submit"]');
    const hn = page.locator('.elig-doc', { has: page.locator('[data-output="verdict-hunan-2025-plan"]') });
    await expect.poll(() => hn.locator('[data-obligation="triggered"]').count()).toBe(1);
    expect(await hn.locator('[data-bound-rule]').innerText()).toContain('第一千二百五十九条');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('bad and contradictory input gets Chinese messages next to the fields and no verdicts', async () => {
  const o = await open();
  try {
    const { page } = o;
    await page.fill('#elig-years-acceptance', '-2');
    await page.selectOption('#elig-funding', 'yes');
    await page.selectOption('#elig-licensor', 'state-enterprise');
    await page.selectOption('#elig-level', 'non-state');
    await page.click('form.elig-form button[type="submit"]');
    await expect.poll(() => page.locator('#elig-years-acceptance-error').count()).toBe(1);
    expect(await page.locator('#elig-years-acceptance-error').innerText()).toContain('不能为负数');
    expect(await page.locator('#elig-level-error').innerText()).toContain('国有企业不可能');
    expect(await page.getAttribute('#elig-years-acceptance', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#elig-years-acceptance', 'aria-describedby')).toContain('elig-years-acceptance-error');
    expect(await page.locator('[data-output^="verdict-"]').count()).toBe(0);
    // The error summary takes focus and links to the fields.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('elig-errors'))).toBe(true);
    expect(await page.locator('.elig-errors a[href="#elig-years-acceptance"]').count()).toBe(1);
    await clean(o);
  } finally {
    await o.close();
  }
});

test('keyboard only: tab to a field, change it, submit with Enter; focus moves to the result', async () => {
  const o = await open();
  try {
    const { page } = o;
    await page.focus('#elig-licensee');
    await page.keyboard.press('End'); // last option: 不是企业
    expect(await page.inputValue('#elig-licensee')).toBe('not-enterprise');
    // Untick the licensee boxes that contradict "not an enterprise" by keyboard.
    for (const id of ['#elig-tech-sme', '#elig-incubator']) {
      await page.focus(id);
      await page.keyboard.press('Space');
    }
    await page.focus('#elig-trl');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('elig-result-h');
    expect(await verdict(page, 'kunming-2025-guideline')).toBe('不适用');
    // Every form control is reachable by Tab in document order.
    const ids = await page.evaluate(() => [...document.querySelectorAll('form.elig-form select, form.elig-form input')].map((e) => e.id));
    await page.focus(`#${ids[0]}`);
    const seen: string[] = [ids[0]!];
    for (let i = 1; i < ids.length; i++) {
      await page.keyboard.press('Tab');
      seen.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(seen).toEqual(ids);
    await clean(o);
  } finally {
    await o.close();
  }
});

test('phone width: no horizontal scrolling at 360 px', async () => {
  const o = await open('', { viewport: { width: 360, height: 800 } });
  try {
    const overflow = await o.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  } finally {
    await o.close();
  }
});

test('print: the form is hidden, the answers and verdicts print, and a PDF is produced', async () => {
  const o = await open('?licensor=university&level=city-level&province=530000&city=530100&licensee=sme&tech-sme=1&result=patent&granted=yes');
  try {
    const { page } = o;
    // Yunnan 第四条 is not triggered without years; the bound rule is cited only where applied.
    expect(await page.locator('[data-bound-rule]').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form.elig-form').isVisible()).toBe(false);
    expect(await page.locator('.elig-answers').isVisible()).toBe(true);
    expect(await page.locator('[data-output="verdict-kunming-2025-guideline"]').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    await o.close();
  }
});

test('axe: no WCAG 2.2 AA violations, before and after a submission with errors', async () => {
  const o = await open('', { bypassCSP: true });
  try {
    const { page } = o;
    let r = await runAxe(page);
    expect(r.violations, formatViolations(r.violations)).toEqual([]);
    await page.fill('#elig-trl', '12');
    await page.click('form.elig-form button[type="submit"]');
    await page.waitForSelector('#elig-trl-error');
    r = await runAxe(page);
    expect(r.violations, formatViolations(r.violations)).toEqual([]);
  } finally {
    await o.close();
  }
});
