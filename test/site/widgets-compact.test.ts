// Compact widgets (issue #16 §2), in real Chromium at 360 px wide: a host shows only what it chose
// (one subsidy article, one payment rule, two documents in the comparison), the headline answer
// comes first, the secondary sections fold behind one line with the full page a link away, and
// the compact subsidy widget for one article stays under 1,500 px. An id the data does not have
// is said in words, never silently replaced. Embedded both ways on an ordinary host page on a
// second origin (test/fixtures/host/plain.html) under a strict CSP.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DIST_DIR } from './support/server.ts';
import { WAIT_MS } from './support/timeouts.ts';
import { openPage, pageUrl, useBrowser, type PageIssues } from './support/browser.ts';
import { localWidget, startHostServer, widgetsMarkup, type HostServer } from './support/host-server.ts';
import { outputsIn } from './support/widget-cases.ts';
import { AXE_TAGS, formatViolations } from './support/axe.ts';
import { createRequire } from 'node:module';
import type { WidgetManifest } from '../../src/schemas/widget-manifest.ts';

const browser = useBrowser();
const base = inject('baseURL');
const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, 'widgets.json'), 'utf8')) as WidgetManifest;
const SITE = new URL(manifest.hostScript).origin;
const POLL = { timeout: WAIT_MS };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 360, height: 800 };
/** Issue #16 §2: a compact subsidy widget for one article, at 360 px wide. */
const MAX_COMPACT_SUBSIDY_PX = 1500;

const widget = (id: string) => manifest.widgets.find((w) => w.id === id)!;
const allowed = (id: string, input: string) => widget(id).inputs.find((i) => i.name === input)!.allowed!;

// 云南十五条 第七条, enterprise purchase: 20% of the amount received, two conditions.
const ARTICLE = 'yunnan-2024-15-measures-art-7-enterprise-purchase';
const ARTICLE_LABEL = allowed('subsidy', 'items').find((a) => a.value === ARTICLE)!.label;
// The last rule offered (not the worked example's), and two local documents of different places.
const RULE = allowed('payment-planner', 'rule').at(-1)!;
const localDocs = allowed('compare', 'docs').filter((d) => !d.label.startsWith('全国'));
const DOCS = [localDocs[0]!, localDocs.at(-1)!];
const DOC = allowed('reward-split', 'doc').at(-1)!;

function problemsOf(i: PageIssues): string[] {
  return [...i.consoleErrors, ...i.pageErrors, ...i.failedRequests, ...i.cspViolations, ...i.externalRequests];
}

/** Document-order check inside one (shadow) tree: does `a` come before `b`? */
async function precedes(scope: Locator, a: string, b: string): Promise<boolean> {
  return scope.evaluate(
    (root, [sa, sb]) => {
      const tree = (root.shadowRoot ?? root) as ParentNode;
      const x = tree.querySelector(sa!);
      const y = tree.querySelector(sb!);
      return Boolean(x && y && x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING);
    },
    [a, b] as const,
  );
}

describe('compact widgets on a host page at 360 px', () => {
  let host: HostServer;
  beforeAll(async () => {
    const embeds = [
      { widget: localWidget(widget('subsidy'), SITE, base), params: { items: ARTICLE, compact: true } },
      { widget: localWidget(widget('payment-planner'), SITE, base), params: { rule: RULE.value, compact: true } },
      { widget: localWidget(widget('compare'), SITE, base), params: { docs: DOCS.map((d) => d.value).join(','), compact: true } },
      { widget: localWidget(widget('reward-split'), SITE, base), params: { doc: DOC.value, compact: true } },
    ];
    host = await startHostServer(base, widgetsMarkup(embeds, `${base}/embed/host.js`));
  });
  afterAll(async () => {
    await host?.close();
  });

  async function openHost(opts: { bypassCSP?: boolean } = {}) {
    const o = await openPage(browser(), `${host.url}/plain.html`, { viewport: PHONE, ...opts });
    return o;
  }

  test('subsidy, one article: that claim alone, the headline first, details folded, under 1,500 px; it computes', async () => {
    const o = await openHost();
    try {
      const { page } = o;
      const el = page.locator('#element-subsidy');
      await el.locator('.calc-claim').first().waitFor({ state: 'visible' });
      for (const scope of [el, page.frameLocator('#frame-subsidy').locator('.xyhf-root')]) {
        await scope.locator('.calc-claim').first().waitFor({ state: 'visible' });
        // Only the chosen article: one claim, named by its summary; no place, no picker, no list of all.
        expect(await scope.locator('.calc-claim').count()).toBe(1);
        expect(await scope.locator('.calc-claim > legend').textContent()).toContain(ARTICLE_LABEL.split(' · ').at(-1)!);
        expect(await scope.locator('#xyhf-sb-loc, #xyhf-sb-pick, [data-action="add-claim"], .calc-list-section').count()).toBe(0);
        // The headline answer first: the answer panel before every input, the total its first content.
        expect(await precedes(scope, '.calc-answer', '.calc-inputs')).toBe(true);
        const first = await scope.locator('.calc-answer [aria-live] > :first-child').evaluate((x) => x.outerHTML);
        expect(first).toContain('data-output="total-subsidy"');
        // The trace, documents and notes fold; the full page is one link away.
        const fold = scope.locator('details.calc-fold', { has: page.locator('.calc-details') });
        expect(await fold.count()).toBe(1);
        expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
        expect(await scope.locator('.calc-fold-link a').getAttribute('href')).toBe(`${SITE}/calculators/subsidy/`);
      }
      // Under 1,500 px at 360 px wide, both ways (host.js sizes the frame to its content).
      const box = (await el.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(PHONE.width);
      expect(box.height).toBeGreaterThan(300);
      expect(box.height).toBeLessThan(MAX_COMPACT_SUBSIDY_PX);
      const frame = page.locator('#frame-subsidy');
      await expect.poll(async () => (await frame.boundingBox())!.height, POLL).toBeGreaterThan(300);
      expect((await frame.boundingBox())!.height).toBeLessThan(MAX_COMPACT_SUBSIDY_PX);

      // It computes like the full calculator: 200万 × 20% = 40万 in 2026, both conditions met.
      await el.locator('#xyhf-sb-c0-year').fill('2026');
      await el.locator('#xyhf-sb-c0-base').fill('2000000');
      for (const k of [0, 1]) await el.locator(`#xyhf-sb-c0-q${k}-answer`).selectOption('yes');
      await expect.poll(async () => (await outputsIn(page, '#element-subsidy'))['total-subsidy'] ?? '', POLL).toContain('400,000.00');
      expect(problemsOf(await o.collectIssues())).toEqual([]);
    } finally {
      await o.close();
    }
  });

  test('payment, one rule: the only rule offered, kept by the example and by clearing it; the answer first', async () => {
    const o = await openHost();
    try {
      const el = o.page.locator('#element-payment-planner');
      const select = el.locator('#xyhf-pp-rule');
      await select.waitFor({ state: 'visible' });
      const values = await select.locator('option').evaluateAll((os) => os.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
      expect(values).toEqual([RULE.value]);
      expect(await select.inputValue()).toBe(RULE.value);
      expect(await precedes(el, '.calc-answer', '.pp-form')).toBe(true);
      expect(await el.locator('details.calc-fold .calc-details').count()).toBe(1);
      expect(await el.locator('.calc-fold-link a').getAttribute('href')).toBe(`${SITE}/calculators/payment/`);
      await el.locator('[data-action="load-example"]').click();
      await el.locator('[data-output="example-banner"]').waitFor({ state: 'visible' });
      expect(await select.inputValue()).toBe(RULE.value);
      await el.locator('[data-action="clear-example"]').click();
      await expect.poll(() => el.locator('[data-output="example-banner"]').count(), POLL).toBe(0);
      expect(await select.inputValue()).toBe(RULE.value);
      expect(problemsOf(await o.collectIssues())).toEqual([]);
    } finally {
      await o.close();
    }
  });

  test('compare, two documents: exactly those two, in every row', async () => {
    const o = await openHost();
    try {
      const el = o.page.locator('#element-compare');
      await el.locator('.xyhf-cmp-row').first().waitFor({ state: 'visible' });
      const docs = (await outputsIn(o.page, '#element-compare'))['documents'] ?? '';
      expect(docs.split('；')).toHaveLength(2);
      const rows = await el.locator('.xyhf-cmp-row').count();
      expect(rows).toBeGreaterThan(0);
      expect(await el.locator('.xyhf-cmp-row dt').count()).toBe(rows * 2);
      const columns = await el.locator('.xyhf-cmp-row').first().locator('dd').evaluateAll((ds) => ds.map((d) => (d as HTMLElement).dataset.column));
      expect(columns).toEqual(DOCS.map((d) => d.value));
    } finally {
      await o.close();
    }
  });

  test('reward split: the answer first, the details folded with the full page a link away; the preset document kept by clearing the example', async () => {
    const o = await openHost();
    try {
      const el = o.page.locator('#element-reward-split');
      await el.locator('.calc-answer').waitFor({ state: 'visible' });
      expect(await precedes(el, '.calc-answer', '.calc-inputs')).toBe(true);
      expect(await el.locator('details.calc-fold .calc-details').count()).toBe(1);
      expect(await el.locator('.calc-fold-link a').getAttribute('href')).toBe(`${SITE}/calculators/reward/`);
      const doc = el.locator('#xyhf-rw-doc');
      expect(await doc.inputValue()).toBe(DOC.value);
      await el.locator('[data-action="load-example"]').click();
      await el.locator('[data-action="clear-example"]').click();
      await expect.poll(() => el.locator('[data-output="example-banner"]').count(), POLL).toBe(0);
      expect(await doc.inputValue()).toBe(DOC.value);
    } finally {
      await o.close();
    }
  });

  test('axe finds no violations in the compact widgets', async () => {
    const o = await openHost({ bypassCSP: true });
    try {
      await o.page.locator('#element-subsidy .calc-claim').waitFor({ state: 'visible' });
      await o.page.locator('#element-payment-planner #xyhf-pp-rule').waitFor({ state: 'visible' });
      await o.page.locator('#element-compare .xyhf-cmp-row').first().waitFor({ state: 'visible' });
      await o.page.addScriptTag({ content: AXE_SOURCE });
      await o.page.locator('#element-reward-split .calc-answer').waitFor({ state: 'visible' });
      for (const id of ['subsidy', 'payment-planner', 'compare', 'reward-split']) {
        const results = await o.page.evaluate(
          ([sel, tags]) =>
            (window as unknown as { axe: typeof import('axe-core') }).axe.run({ include: [[sel]] } as never, {
              runOnly: { type: 'tag', values: tags },
              resultTypes: ['violations'],
            }),
          [`#element-${id}`, AXE_TAGS] as const,
        );
        expect(results.passes.length).toBeGreaterThan(0);
        expect(results.violations.map((v) => v.id), formatViolations(results.violations)).toEqual([]);
      }
    } finally {
      await o.close();
    }
  });
});

describe('every subsidy article alone, compact, at 360 px', () => {
  test(`each is under ${MAX_COMPACT_SUBSIDY_PX} px tall, with its claim and the headline above it`, async () => {
    const o = await openPage(browser(), 'about:blank', { viewport: PHONE });
    try {
      const heights: Record<string, number> = {};
      for (const a of allowed('subsidy', 'items')) {
        await o.page.goto(pageUrl(base, `/embed/subsidy/?items=${encodeURIComponent(a.value)}&compact=1`), { waitUntil: 'load' });
        await o.page.locator('.calc-claim').first().waitFor({ state: 'visible' });
        expect(await precedes(o.page.locator('.xyhf-root'), '.calc-answer', '.calc-claim'), a.value).toBe(true);
        heights[a.value] = await o.page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      }
      expect(Object.keys(heights).length).toBeGreaterThan(10);
      expect(Object.entries(heights).filter(([, h]) => h >= MAX_COMPACT_SUBSIDY_PX)).toEqual([]);
    } finally {
      await o.close();
    }
  });
});

describe('what a host asks for that the data does not have', () => {
  async function rejectedIn(page: Page): Promise<string> {
    const notice = page.locator('[data-output="rejected-inputs"]');
    await notice.waitFor({ state: 'visible' });
    return (await notice.textContent()) ?? '';
  }

  test('an unknown article id is named in a Chinese notice; the widget shows every article, not a guess', async () => {
    const o = await openPage(browser(), pageUrl(base, `/embed/subsidy/?items=no-such-article,${ARTICLE}&compact=1`), { viewport: PHONE });
    try {
      const text = await rejectedIn(o.page);
      expect(text).toContain('只显示这些条款“no-such-article,');
      expect(text).toMatch(/本站数据中没有/);
      // Not trimmed to the known article (a guess): the visitor chooses, as with nothing preset.
      await o.page.locator('#xyhf-sb-loc').waitFor({ state: 'visible' });
      expect(await o.page.locator('.calc-claim').count()).toBe(0);
    } finally {
      await o.close();
    }
  });

  test('an unknown rule id is named too, and every rule stays on offer', async () => {
    const o = await openPage(browser(), pageUrl(base, '/embed/payment-planner/?rule=no-such-rule'), { viewport: PHONE });
    try {
      expect(await rejectedIn(o.page)).toContain('“no-such-rule”');
      const options = await o.page.locator('#xyhf-pp-rule option').evaluateAll((os) => os.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
      expect(options).toHaveLength(allowed('payment-planner', 'rule').length);
    } finally {
      await o.close();
    }
  });

  test('valid presets show no such notice', async () => {
    const o = await openPage(browser(), pageUrl(base, `/embed/subsidy/?items=${ARTICLE}&compact=1`), { viewport: PHONE });
    try {
      await o.page.locator('.calc-claim').waitFor({ state: 'visible' });
      expect(await o.page.locator('[data-output="rejected-inputs"]').count()).toBe(0);
    } finally {
      await o.close();
    }
  });
});
