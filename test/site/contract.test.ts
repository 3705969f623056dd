// The contract builder in real Chromium against the built site: its empty first state without a
// layout shift, the worked example, the way in from the planner and back, bad input at the field,
// the .docx made in the browser (unzipped and read here), privacy (no request carries what is
// typed; the share link carries the parties only when asked), the draft across a reload, phone
// width with a 10,000-character field, print, and axe in the filled state.
import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { openPage, pageUrl, useBrowser, type OpenedPage } from './support/browser.ts';
import { formatViolations, runAxe } from './support/axe.ts';

const browser = useBrowser();
const base = inject('baseURL');
const URL_PATH = '/calculators/contract/';

async function open(path = URL_PATH, opts: Parameters<typeof openPage>[2] = {}): Promise<OpenedPage> {
  const o = await openPage(browser(), pageUrl(base, path), opts);
  if (opts.javaScript !== false) await o.page.waitForSelector('astro-island:not([ssr])');
  return o;
}

async function clean(o: OpenedPage) {
  const issues = await o.collectIssues();
  expect(issues).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [], externalRequests: [] });
}

/** Waits for a condition; generous, because a busy machine may take seconds to render. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 });
const blank = (page: Page, id: string) => page.locator(`[data-blank="${id}"]`).first();
const box = (page: Page, id: string) => page.locator(`[data-box="${id}"]`).first().getAttribute('data-checked');

/** The text of a WordprocessingML part (w:t runs joined). */
const partText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The text of every paragraph of a .docx's word/document.xml, and its header and footer parts. */
function docxText(bytes: Uint8Array): { xml: string; text: string; header: string; footer: string } {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  const parts = (re: RegExp) => Object.keys(files).filter((f) => re.test(f)).map((f) => strFromU8(files[f]!)).join('');
  return { xml, text: partText(xml), header: partText(parts(/^word\/header\d*\.xml$/)), footer: parts(/^word\/footer\d*\.xml$/) };
}

test('starts empty, server-rendered as it hydrates: nothing moves', async () => {
  // Measured from the island's top: without JavaScript the page also shows its <noscript> notice above it.
  const positions = async (page: Page) =>
    page.evaluate(() => {
      const top = document.querySelector('.cb-host')!.getBoundingClientRect().top;
      return ['#cb-h-check', '#cb-h-download', '#cb-h-preview', '.cb-contract', '.cb-contract-sign'].map((s) => Math.round(document.querySelector(s)!.getBoundingClientRect().top - top));
    });
  const noJs = await open(URL_PATH, { javaScript: false });
  const withJs = await open();
  try {
    expect(await positions(withJs.page)).toEqual(await positions(noJs.page));
    for (const page of [noJs.page, withJs.page]) {
      expect(await page.inputValue('#cb-a-name')).toBe('');
      // The whole model text is there with its blanks; nothing is filled, no box is ticked.
      const contract = await page.locator('[data-output="contract"]').innerText();
      expect(contract).toContain('湖南省科技成果“先用后付”合同示范文本');
      expect(contract).toContain('乙方自合同生效满[3]个月起');
      expect(await page.locator('.cb-fill').count()).toBe(0);
      expect(await page.locator('[data-box][data-checked="true"]').count()).toBe(0);
      expect(await page.locator('[data-output="example-banner"]').count()).toBe(0);
    }
    expect(await noJs.page.locator('noscript').count()).toBe(1);
    await clean(withJs);
  } finally {
    await noJs.close();
    await withJs.close();
  }
});

test('the worked example fills every article; the banner clears it in one click', async () => {
  const o = await open();
  try {
    const { page } = o;
    await page.click('[data-action="load-example"]');
    await poll(() => blank(page, 'art1.甲方.名称').innerText()).toBe('湖南示例大学');
    await poll(() => page.locator('[data-output="example-banner"]').count()).toBe(2);
    expect(await blank(page, 'art4.技术验证通过.支付金额').innerText()).toBe('人民币100,000.00元（大写：壹拾万元整）');
    expect(await blank(page, 'art8.L1').innerText()).toBe('第（1）种');
    expect(await box(page, 'art3:排他许可')).toBe('true');
    expect(await box(page, 'art3:开放许可')).toBe('false');
    expect(await page.locator('[data-output="open-blanks"]').getAttribute('data-count')).toBe('0');
    const finding = page.locator('[data-finding="timing-agreed"] a').first();
    expect(await finding.getAttribute('href')).toBe('/policies/hunan-2025-plan/#part-2-milestone');
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|undefined|Infinity/);
    await page.locator('[data-action="clear-example"]').first().click();
    await poll(() => page.locator('.cb-fill').count()).toBe(0);
    expect(await page.locator('[data-output="example-banner"]').count()).toBe(0);
    await clean(o);
  } finally {
    await o.close();
  }
});

test('from the planner to the contract and back: one plan', async () => {
  const o = await open('/calculators/payment/');
  try {
    const { page } = o;
    // The planner's worked example: two milestones (100,000 and 200,000), effective 2026-10-09.
    await page.click('[data-action="to-contract"]');
    await page.waitForURL(/\/calculators\/contract\/$/); // the plan is read, then the address is cleaned
    await page.waitForSelector('astro-island:not([ssr])');
    await poll(() => blank(page, 'art4.技术验证通过.支付金额').innerText()).toBe('人民币100,000.00元（大写：壹拾万元整）');
    expect(await blank(page, 'art4.样品试制成功.支付金额').innerText()).toBe('人民币200,000.00元（大写：贰拾万元整）');
    expect(await blank(page, 'head.签订日期').innerText()).toBe('2026年10月9日');
    expect(await page.locator('[data-output="notices"]').innerText()).toContain('付款计划计算器');
    // The planner's rule (Kunming 第一条) comes along; its publicity requirement is checked.
    expect(await page.inputValue('#cb-plan-rule')).toBe('kunming-2025-guideline-art-1-payment-timing');
    expect(await page.locator('[data-finding="publicity-ok"]').count()).toBe(1);

    // Change the plan here: the contract follows, and the planner link carries the change.
    await page.fill('#cb-plan-ms-0-amount', '150000');
    await poll(() => blank(page, 'art4.技术验证通过.支付金额').innerText()).toBe('人民币150,000.00元（大写：壹拾伍万元整）');
    const back = await page.locator('[data-action="to-planner"]').getAttribute('href');
    expect(back).toContain('m0a=150000');
    await page.click('[data-action="to-planner"]');
    await page.waitForSelector('astro-island:not([ssr])');
    await poll(() => page.locator('[data-output="schedule-total"]').getAttribute('data-value')).toBe('350000.00');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('bad input gets a Chinese message at the field; the blank stays open', async () => {
  const o = await open();
  try {
    const { page } = o;
    const cases: [string, string, RegExp, string][] = [
      ['#cb-a-phone', '12345', /请填写11位手机号/, 'art1.甲方.联系电话'],
      ['#cb-b-email', 'tto＠example.cn', /半角“@”/, 'art1.乙方.电子邮箱'],
      ['#cb-trl', '12', /1 到 9/, 'art2.技术成熟度'],
      ['#cb-signDate', '2026-02-30', /不存在/, 'head.签订日期'],
    ];
    for (const [sel, value, msg, id] of cases) {
      await page.fill(sel, value);
      const errId = `${sel.slice(1)}-error`;
      await poll(() => page.locator(`#${errId}`).innerText()).toMatch(msg);
      expect(await page.getAttribute(sel, 'aria-invalid')).toBe('true');
      expect(await page.getAttribute(sel, 'aria-describedby')).toContain(errId);
      expect((await blank(page, id).getAttribute('class')) ?? '').not.toContain('cb-fill');
    }
    await poll(() => page.locator('[data-output="error-count"]').innerText()).toContain('4 处输入有误');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('privacy: no request while filling and downloading; the share link carries the parties only when ticked', async () => {
  const o = await open();
  try {
    const { page } = o;
    await page.waitForLoadState('networkidle');
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    const secret = { name: '保密测试大学甲', contact: '保密联系人乙', phone: '13912345678', email: 'secret-test@example.org' };
    await page.fill('#cb-a-name', secret.name);
    await page.fill('#cb-a-contact', secret.contact);
    await page.fill('#cb-a-phone', secret.phone);
    await page.fill('#cb-a-email', secret.email);
    await page.fill('#cb-resultName', '保密成果名称丙');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="docx"]')]);
    const bytes = readFileSync((await dl.path())!);
    expect(docxText(bytes).text).toContain(secret.name);
    // The only request is the docx library itself: a plain GET of a static script, no query,
    // no body, nothing typed in it.
    const network = requests.filter((r) => !r.url().startsWith('blob:') && !r.url().startsWith('data:'));
    for (const r of network) {
      expect(r.method()).toBe('GET');
      expect(r.postData()).toBeNull();
      expect(new URL(r.url()).pathname).toMatch(/^\/_astro\/[\w.-]+\.js$/);
      expect(new URL(r.url()).search).toBe('');
      for (const v of Object.values(secret)) expect(decodeURIComponent(r.url())).not.toContain(v);
    }
    expect(network.length).toBeLessThanOrEqual(3);
    expect(page.url()).toBe(pageUrl(base, URL_PATH));

    const share = page.locator('[data-output="share-url"]');
    await poll(() => share.inputValue()).toContain('#');
    expect(decodeURIComponent(await share.inputValue())).toContain('保密成果名称丙');
    for (const v of Object.values(secret)) expect(decodeURIComponent(await share.inputValue())).not.toContain(v);
    await page.check('[data-action="share-parties"]');
    await poll(async () => decodeURIComponent(await share.inputValue())).toContain(secret.name);
    expect(new URL(await share.inputValue()).search).toBe(''); // after #, never in the query
    await clean(o);
  } finally {
    await o.close();
  }
});

test('a share link reproduces the contract; without the parties it says so', async () => {
  const o = await open();
  let withParties = '';
  let without = '';
  try {
    const { page } = o;
    await page.click('[data-action="load-example"]');
    const share = page.locator('[data-output="share-url"]');
    await poll(() => share.inputValue()).toContain('#');
    without = await share.inputValue();
    await page.check('[data-action="share-parties"]');
    await poll(async () => (await share.inputValue()) !== without).toBe(true);
    withParties = await share.inputValue();
  } finally {
    await o.close();
  }
  const a = await openPage(browser(), withParties);
  try {
    await a.page.waitForSelector('astro-island:not([ssr])');
    await poll(() => blank(a.page, 'art1.乙方.名称').innerText()).toBe('长沙示例科技有限公司');
    expect(await blank(a.page, 'art4.产品正式上市.支付条件').innerText()).toBe('基于本成果开发的产品首次对外销售');
    expect(await a.page.inputValue('#cb-b-email')).toBe('contact@example.com');
    expect(await a.page.locator('[data-output="example-banner"]').count()).toBe(2);
    await clean(a);
  } finally {
    await a.close();
  }
  const b = await openPage(browser(), without);
  try {
    await b.page.waitForSelector('astro-island:not([ssr])');
    await poll(() => blank(b.page, 'art2.科技成果名称').innerText()).toBe('一种示例柔性压力传感器及其制备方法');
    expect(await b.page.inputValue('#cb-a-name')).toBe('');
    expect(await b.page.locator('[data-output="notices"]').innerText()).toContain('不含双方信息');
  } finally {
    await b.close();
  }
});

test('the draft survives a reload, and clearing removes it', async () => {
  const o = await open();
  try {
    const { page } = o;
    await page.fill('#cb-b-name', '草稿测试公司');
    await page.getByLabel('许可', { exact: true }).check();
    await poll(() => page.evaluate(() => localStorage.getItem('xyhf:contract-draft:v1') ?? '')).toContain('k.conversion=licence');
    await page.reload();
    await page.waitForSelector('astro-island:not([ssr])');
    await poll(() => page.inputValue('#cb-b-name')).toBe('草稿测试公司');
    expect(await box(page, 'art3:许可')).toBe('true');
    expect(await page.locator('[data-output="notices"]').innerText()).toContain('草稿');
    page.once('dialog', (d) => void d.accept());
    await page.click('[data-action="clear"]');
    await poll(() => page.inputValue('#cb-b-name')).toBe('');
    await poll(() => page.evaluate(() => localStorage.getItem('xyhf:contract-draft:v1'))).toBeNull();
    await clean(o);
  } finally {
    await o.close();
  }
});

test('the .docx made in the browser holds every filled value and the model wording, as valid XML', async () => {
  const o = await open();
  try {
    const { page } = o;
    await page.click('[data-action="load-example"]');
    await poll(() => blank(page, 'art1.甲方.名称').innerText()).toBe('湖南示例大学');
    const fills = await page.locator('.cb-fill').allInnerTexts();
    expect(fills.length).toBeGreaterThan(30);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="docx"]')]);
    expect(dl.suggestedFilename()).toBe('先用后付合同-长沙示例科技有限公司.docx');
    const { xml, text, header, footer } = docxText(readFileSync((await dl.path())!));
    expect(XMLValidator.validate(xml)).toBe(true);
    // The file and the page carry the same dataset version and the date generated; pages are numbered.
    const stamp = await page.locator('[data-output="stamp"]').innerText();
    const [, version, generated] = /数据版本 (\w+)（\d{4}年\d{1,2}月\d{1,2}日）· 生成日期 (\d{4}年\d{1,2}月\d{1,2}日)/.exec(stamp) ?? [];
    expect(version, stamp).toBeTruthy();
    expect(header).toContain(`数据版本 ${version}`);
    expect(header).toContain(`生成于 ${generated}`);
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    for (const f of fills) for (const line of f.split('\n')) expect(text).toContain(line);
    for (const words of ['第七条 合同变更与终止', '2. 出现下列情形之一，合同可终止：（1）一方严重违约，经催告后仍未改正；', '因本合同引起的争议，双方应友好协商；协商不成的，任何一方可以采取第（1）种方式：']) {
      expect(text).toContain(words);
    }
    expect(xml).toContain('<w:tbl>');
    await poll(() => page.locator('[data-output="status"]').innerText()).toMatch(/已生成 .*\.docx（\d+ KB）/);
    await clean(o); // the lazily loaded docx chunk passes the CSP
  } finally {
    await o.close();
  }
});

test('a contract far past fflate’s worker threshold still downloads under the CSP (the zip runs on the main thread)', async () => {
  // fflate's async zip would hand a part over ~160 KB to a blob: worker, which the CSP forbids (and
  // the download would never come). Four fields at the 20,000-character limit make document.xml ~250 KB.
  const o = await open();
  try {
    const { page } = o;
    await page.click('[data-action="load-example"]');
    await poll(() => blank(page, 'art1.甲方.名称').innerText()).toBe('湖南示例大学');
    const long = (c: string) => c.repeat(20_000);
    for (const [id, c] of [['#cb-summary', '长'], ['#cb-techField', '域'], ['#cb-fieldOfUse', '用'], ['#cb-territory', '地']] as const) await page.fill(id, long(c));
    await poll(() => blank(page, 'art3.转化地域').innerText()).toBe(long('地'));
    const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-action="docx"]')]);
    const bytes = readFileSync((await dl.path())!);
    const { xml, text } = docxText(bytes);
    expect(Buffer.byteLength(xml, 'utf8')).toBeGreaterThan(200_000); // bytes as zipped: 80,000 CJK characters are 240 KB
    expect(XMLValidator.validate(xml)).toBe(true);
    for (const c of ['长', '域', '用', '地']) expect(text).toContain(long(c));
    await clean(o);
  } finally {
    await o.close();
  }
});

test('open licence: the Patent Law requirements appear as warnings, cited', async () => {
  const o = await open();
  try {
    const { page } = o;
    await page.click('[data-action="load-example"]');
    await page.getByLabel('开放许可').check();
    await poll(() => page.locator('[data-finding="open-no-exclusive"]').count()).toBe(1);
    expect(await page.locator('[data-finding="open-declaration"]').getAttribute('data-level')).toBe('warning');
    expect(await page.locator('[data-finding="open-declaration"]').innerText()).toContain('《中华人民共和国专利法》第五十条');
    // The law is published on the site: the citation opens the article itself.
    expect(await page.locator('[data-finding="open-declaration"] .cite-link a').first().getAttribute('href')).toBe('/policies/prc-2020-patent-law/#art-50-para-1');
    expect(await page.locator('[data-finding="open-no-exclusive"] .cite-link a').first().getAttribute('href')).toBe('/policies/prc-2020-patent-law/#art-51-para-3');
    expect(await box(page, 'art3:开放许可')).toBe('true');
    expect(await box(page, 'art3:排他许可')).toBe('false');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('phone width: a 10,000-character field wraps; nothing scrolls sideways', async () => {
  const o = await open(URL_PATH, { viewport: { width: 360, height: 740 } });
  try {
    const { page } = o;
    await page.click('[data-action="load-example"]');
    const long = '长'.repeat(10_000);
    await page.fill('#cb-summary', long);
    await page.fill('#cb-b-name', `${'x'.repeat(300)}有限公司`);
    await poll(() => blank(page, 'art2.简要说明').innerText()).toBe(long);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await clean(o);
  } finally {
    await o.close();
  }
});

test('print shows the contract alone', async () => {
  const o = await open();
  try {
    const { page } = o;
    await page.click('[data-action="load-example"]');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.cb-form').isVisible()).toBe(false);
    expect(await page.locator('.cb-check').isVisible()).toBe(false);
    expect(await page.locator('[data-output="contract"]').isVisible()).toBe(true);
    expect(await page.locator('[data-output="stamp"]').innerText()).toMatch(/数据版本 \w+/);
    // Paper is A4 and every page is numbered at its foot (a page-margin box: n / total).
    const pageRules = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].filter((r) => r instanceof CSSPageRule).map((r) => r.cssText)),
    );
    expect(pageRules.join('\n')).toMatch(/size: A4/i); // Chromium serialises it lower-case
    expect(pageRules.join('\n')).toMatch(/@bottom-center\s*\{[^}]*counter\(page\)[^}]*counter\(pages\)/);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(2); // the contract runs over pages
  } finally {
    await o.close();
  }
});

test('axe: no violations with the example, findings and field errors shown', async () => {
  const o = await open(URL_PATH, { bypassCSP: true });
  try {
    const { page } = o;
    await page.click('[data-action="load-example"]');
    await page.getByLabel('开放许可').check();
    await page.fill('#cb-a-phone', '1');
    await page.locator('#cb-a-phone-error').waitFor();
    const r = await runAxe(page);
    expect(r.violations.map((v) => v.id), formatViolations(r.violations)).toEqual([]);
  } finally {
    await o.close();
  }
});

test('keyboard: the example loads and the file downloads without a mouse', async () => {
  const o = await open();
  try {
    const { page } = o;
    await page.focus('[data-action="load-example"]');
    await page.keyboard.press('Enter');
    await poll(() => blank(page, 'art1.甲方.名称').innerText()).toBe('湖南示例大学');
    await page.focus('[data-action="docx"]');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(dl.suggestedFilename()).toMatch(/\.docx$/);
  } finally {
    await o.close();
  }
});

test('entry points: the annex, the Hunan guide and the calculators index link to the builder', async () => {
  for (const [path, sel] of [
    ['/policies/hunan-2025-plan/', '#annex .clause-tool'],
    ['/guide/430000/', '#hunan-2025-plan-contract .guide-calc a'],
    ['/calculators/', '.card a'],
  ] as const) {
    const o = await open(path, { javaScript: false });
    try {
      const hrefs = await o.page.locator(sel).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs, path).toContain(URL_PATH);
    } finally {
      await o.close();
    }
  }
});
