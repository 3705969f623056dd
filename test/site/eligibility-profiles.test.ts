// /guide/check/ in real Chromium, one test per profile of the legal reviewer (issue #20 §1): each
// answers as the text says, with the reason and the article it rests on.
import { expect, inject, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openPage, pageUrl, useBrowser, type OpenedPage } from './support/browser.ts';

const browser = useBrowser();
const base = inject('baseURL');
const PATH = '/guide/check/';

async function open(query = ''): Promise<OpenedPage> {
  const o = await openPage(browser(), pageUrl(base, PATH + query));
  await o.page.waitForSelector('.elig[data-hydrated="true"]');
  return o;
}

const verdict = (page: Page, id: string) => page.locator(`[data-output="verdict-${id}"]`).innerText();
const docOf = (page: Page, id: string): Locator => page.locator('.elig-doc', { has: page.locator(`[data-output="verdict-${id}"]`) });

async function submit(page: Page): Promise<void> {
  await page.click('form.elig-form button[type="submit"]');
  await expect.poll(() => page.locator('#elig-result-h').innerText()).toBe('自查结果');
}

async function clean(o: OpenedPage): Promise<void> {
  expect(await o.collectIssues()).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [], externalRequests: [] });
}

test('Hunan 省属院所, a 涉密 patent, publicly funded, 6 years after 验收: no 成果库 duty, and no self-decision on 先用后付', async () => {
  const o = await open('?licensor=research-institute&level=provincial&province=430000&city=other&licensee=sme&result=patent&granted=yes&funding=yes&years-acceptance=6');
  try {
    const { page } = o;
    // The form asks about 涉密: answer it as a user would.
    await page.selectOption('#elig-sensitivity', 'classified');
    await submit(page);
    expect(await verdict(page, 'hunan-2025-plan')).toBe('待确认');
    const hn = docOf(page, 'hunan-2025-plan');
    const r = hn.locator('[data-reason="sensitivity-excluded"]');
    expect(await r.innerText()).toContain('不涉及国家秘密、国家安全和重大社会公共利益');
    expect(await r.locator('a').getAttribute('href')).toBe('/policies/hunan-2025-plan/#part-3-2');
    expect(await hn.locator('[data-obligation]').evaluateAll((els) => els.map((e) => e.getAttribute('data-obligation')))).toEqual(['not-applicable']);
    expect(await hn.locator('[data-obligation]').innerText()).toContain('涉密成果除外');
    expect(new URL(page.url()).searchParams.get('sensitivity')).toBe('classified');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('Kunming 技术秘密: the list of 第二条 ends in 等, so the answer is 待确认, not 不适用', async () => {
  const o = await open('?licensor=university&level=city-level&province=530000&city=530100&licensee=sme&tech-sme=1&result=technical-secret&sensitivity=none');
  try {
    const { page } = o;
    expect(await verdict(page, 'kunming-2025-guideline')).toBe('待确认');
    const r = docOf(page, 'kunming-2025-guideline').locator('[data-reason="result-open"]');
    expect(await r.innerText()).toContain('药品上市许可等');
    expect(await r.locator('a').getAttribute('href')).toBe('/policies/kunming-2025-guideline/#art-2');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('Hunan 药品上市许可: the list ends in 等具有明确实用价值和市场前景的科技成果, so the answer is 待确认', async () => {
  const o = await open('?licensor=research-institute&level=provincial&province=430000&city=other&licensee=sme&result=drug-marketing-authorisation&sensitivity=none');
  try {
    const { page } = o;
    expect(await verdict(page, 'hunan-2025-plan')).toBe('待确认');
    expect(await docOf(page, 'hunan-2025-plan').locator('[data-reason="result-open"] a').getAttribute('href')).toBe('/policies/hunan-2025-plan/#part-2-scope');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('Hunan software copyright answered 否 to 已授权且有效: 授权 reads on patents, so the plan applies', async () => {
  const o = await open('?licensor=research-institute&level=provincial&province=430000&city=other&licensee=sme&result=software-copyright&granted=no&sensitivity=none');
  try {
    const { page } = o;
    expect(await page.locator('.elig-errors').count()).toBe(0);
    expect(await verdict(page, 'hunan-2025-plan')).toBe('适用');
    const hn = docOf(page, 'hunan-2025-plan');
    expect(await hn.locator('[data-reason="grantedNo"]').count()).toBe(0);
    expect(await hn.locator('[data-reason="granted-not-read"]').innerText()).toContain('计算机软件著作权不经授权取得');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('a university outside Guangdong: the platform invites 省外高校院所, so Guangdong applies', async () => {
  const o = await open('?licensor=university&province=other&licensee=sme&result=patent&granted=yes&sensitivity=none');
  try {
    const { page } = o;
    expect(await verdict(page, 'guangdong-2026-measures-summary')).toBe('适用');
    const gd = docOf(page, 'guangdong-2026-measures-summary');
    expect(await gd.locator('[data-reason="place-out-of-province"]').count()).toBe(1);
    const ok = gd.locator('[data-reason="licensor-ok"]');
    expect(await ok.innerText()).toContain('省外高校院所');
    expect(await ok.locator('a').getAttribute('href')).toBe('/policies/guangdong-2026-measures-summary/#sec-8');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('a Kunming 市属高校 under the Kunming draft measures: 待确认：以正式文本为准 (昆政办〔2025〕18号 is not on the site)', async () => {
  const o = await open('?licensor=university&level=city-level&province=530000&city=530100&licensee=sme&tech-sme=1&result=patent&granted=yes&sensitivity=none');
  try {
    const { page } = o;
    expect(await verdict(page, 'kunming-2025-measures-draft')).toBe('待确认');
    const r = docOf(page, 'kunming-2025-measures-draft').locator('[data-reason="status-draft-final-elsewhere"]');
    expect(await r.innerText()).toContain('以正式文本为准');
    expect(await r.innerText()).toContain('昆政办〔2025〕18号');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('any university in Yunnan: 三 says 部分高等院校, so the answer is 待确认 until the unit says it was selected', async () => {
  const o = await open('?licensor=university&level=provincial&province=530000&city=other&licensee=sme&result=patent&granted=yes&sensitivity=none');
  try {
    const { page } = o;
    expect(await verdict(page, 'yunnan-2024-15-measures')).toBe('待确认');
    const r = docOf(page, 'yunnan-2024-15-measures').locator('[data-reason="selected-missing"]');
    expect(await r.innerText()).toContain('部分');
    expect(await r.locator('a').getAttribute('href')).toBe('/policies/yunnan-2024-15-measures/#art-3');
    await page.selectOption('#elig-selected', 'yes');
    await submit(page);
    expect(await verdict(page, 'yunnan-2024-15-measures')).toBe('适用');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('a Kunming patent application (not granted): 取得知识产权之日 has not come, so the conversion duty is not triggered — and the form asks nothing it refuses', async () => {
  const o = await open('?licensor=university&level=city-level&province=530000&city=530100&licensee=sme&tech-sme=1&result=patent&granted=no&sensitivity=none&funding=yes&selected=yes');
  try {
    const { page } = o;
    expect(await page.locator('.elig-errors').count()).toBe(0);
    const yn = docOf(page, 'yunnan-2024-15-measures');
    expect(await yn.locator('[data-obligation]').evaluateAll((els) => els.map((e) => e.getAttribute('data-obligation')))).toEqual(['not-started']);
    expect(await yn.locator('[data-obligation]').innerText()).toContain('期限没有开始');
    // Nothing waits on 取得知识产权后已满几年, which the form refuses for a right not granted.
    expect(await page.locator('text=请填写自取得知识产权已满几年').count()).toBe(0);
    await clean(o);
  } finally {
    await o.close();
  }
});
