// The legal reviewer's findings as a reader meets them in real Chromium (issues #20 §2–§4, #13 §3):
// the Kunming 第一条 readings checked against 至少 in the payment planner, the Guangdong end date
// derived two ways, duties by who must act on the guide pages and in the check, and every number
// accounted for on the policy pages.
import { expect, inject, test } from 'vitest';
import { openPage, pageUrl, useBrowser, type OpenedPage } from './support/browser.ts';

const browser = useBrowser();
const base = inject('baseURL');

async function clean(o: OpenedPage): Promise<void> {
  expect(await o.collectIssues()).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [], externalRequests: [] });
}

test('payment planner, 昆明指引 第一条: the floor-and-window reading is evaluated and the reading that reads 至少 away is flagged', async () => {
  const o = await openPage(browser(), pageUrl(base, '/calculators/payment/?rule=kunming-2025-guideline-art-1-payment-timing&eff=2026-03-02&rev=2026-05-04'));
  try {
    const { page } = o;
    await page.waitForSelector('astro-island:not([ssr])');
    const reading = (key: string) => page.locator(`[data-output="reading"][data-reading="${key}"]`);
    await expect.poll(() => reading('floor-and-window').count()).toBe(1);
    const floor = await reading('floor-and-window').innerText();
    expect(floor).toContain('2027年3月2日'); // 2026-03-02 + 一年（含）
    expect(floor).toContain('2027年5月4日'); // revenue 2026-05-04 + 一年内
    expect(await reading('latest-start').locator('[data-output="reading-at-least"]').count()).toBe(1);
    expect(await reading('floor-and-window').locator('[data-output="reading-at-least"]').count()).toBe(0);
    expect(await reading('earliest-start').locator('[data-output="reading-at-least"]').count()).toBe(0);
    await clean(o);
  } finally {
    await o.close();
  }
});

test('policy page, 广东: the end of “有效期5年” is derived by 民法典 201/202 (2031-02-01), with the other reading (2031-01-31) beside it', async () => {
  const o = await openPage(browser(), pageUrl(base, '/policies/guangdong-2026-measures-summary/'), { javaScript: false });
  try {
    const { page } = o;
    const timeline = await page.locator('.timeline').innerText();
    expect(timeline).toContain('2031年2月1日');
    expect(timeline).toContain('2031年1月31日');
    const meta = await page.locator('.policy-facts').innerText();
    expect(meta).toContain('第二百零一条、第二百零二条');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('guide page, 云南: duties grouped by who must act, 应当 before 可以, with the 尽职免责 conditions of the unit\'s leaders', async () => {
  const o = await openPage(browser(), pageUrl(base, '/guide/530000/'), { javaScript: false });
  try {
    const { page } = o;
    const duties = page.locator('#yunnan-2024-15-measures-duties');
    expect(await duties.locator('dt').allInnerTexts()).toEqual(['许可方（成果单位）', '单位负责人']);
    const modalities = await duties.locator('dd').first().locator('[data-modality]').evaluateAll((els) => els.map((e) => e.getAttribute('data-modality')));
    expect(modalities.indexOf('may')).toBeGreaterThan(modalities.lastIndexOf('must'));
    const exempt = duties.locator('[data-duty="yunnan-2024-15-measures-art-15-due-diligence"]');
    expect(await exempt.innerText()).toContain('免责条件');
    expect(await exempt.locator('a').getAttribute('href')).toBe('/policies/yunnan-2024-15-measures/#art-15');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('guide page, 湖南: the model contract\'s 保密期限、侵权通知、终止事由、争议解决 say they bind once adopted', async () => {
  const o = await openPage(browser(), pageUrl(base, '/guide/430000/'), { javaScript: false });
  try {
    const { page } = o;
    for (const id of ['annex-art-5-1-confidentiality', 'annex-art-5-3-infringement', 'annex-art-7-2-termination', 'annex-art-8-dispute']) {
      expect(await page.locator(`[data-duty="hunan-2025-plan-${id}"]`).innerText()).toContain('双方采用后才有约束力');
    }
    await clean(o);
  } finally {
    await o.close();
  }
});

test('the check, as a licensee under the Hunan plan: its own duties and the parties\' common ones, not the unit\'s', async () => {
  const o = await openPage(browser(), pageUrl(base, '/guide/check/?role=licensee&licensor=research-institute&level=provincial&province=430000&city=other&licensee=sme&result=patent&granted=yes&sensitivity=none'));
  try {
    const { page } = o;
    await page.waitForSelector('.elig[data-hydrated="true"]');
    const hn = page.locator('.elig-doc', { has: page.locator('[data-output="verdict-hunan-2025-plan"]') });
    expect(await hn.locator('.elig-duties dt').allInnerTexts()).toEqual(['被许可方（承接企业）', '许可合同双方']);
    expect(await hn.locator('[data-duty="hunan-2025-plan-annex-art-5-1-confidentiality"]').innerText()).toContain('保密期限');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('policy pages: every number is accounted for, and the reviewed ones are listed with their reasons', async () => {
  for (const id of ['guangdong-2026-measures-summary', 'hunan-2025-plan', 'kunming-2025-guideline', 'kunming-2025-measures-draft', 'yunnan-2024-15-measures']) {
    const o = await openPage(browser(), pageUrl(base, `/policies/${id}/`), { javaScript: false });
    try {
      const { page } = o;
      const summary = page.locator('[data-output="number-coverage"]');
      expect(await summary.getAttribute('data-unaccounted'), id).toBe('0');
      const total = Number(await summary.getAttribute('data-total'));
      const reviewed = Number(await summary.getAttribute('data-reviewed'));
      expect(total).toBeGreaterThan(0);
      expect(await page.locator('#numbers [data-review]').count()).toBe(reviewed);
    } finally {
      await o.close();
    }
  }
});
