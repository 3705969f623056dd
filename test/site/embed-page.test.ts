// /embed/ for the officials who embed (issue #16 §1): the page opens with the generator, loads no
// widget until the preview is asked for (one preview, the chosen one), and the code it gives is
// the code the choices mean: iframe with `title` and `loading="lazy"`, or the custom element.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { parse } from 'parse5';
import { DIST_DIR } from './support/server.ts';
import { WAIT_MS } from './support/timeouts.ts';
import { openPage, pageUrl, useBrowser, type PageIssues } from './support/browser.ts';
import { outputsIn } from './support/widget-cases.ts';
import type { WidgetManifest } from '../../src/schemas/widget-manifest.ts';

const browser = useBrowser();
const base = inject('baseURL');
const POLL = { timeout: WAIT_MS };
const html = readFileSync(path.join(DIST_DIR, 'embed/index.html'), 'utf8');
const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, 'widgets.json'), 'utf8')) as WidgetManifest;
const compare = manifest.widgets.find((w) => w.id === 'compare')!;
const jurisdictions = compare.inputs.find((i) => i.name === 'jurisdictions')!;

function problemsOf(i: PageIssues): string[] {
  return [...i.consoleErrors, ...i.pageErrors, ...i.failedRequests, ...i.cspViolations, ...i.externalRequests];
}

type Node = { nodeName: string; tagName?: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };

/** The text of `node` without what is code (`<code>`, `<pre>`, `<textarea>`, `<script>`). */
function proseOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (['code', 'pre', 'textarea', 'script', 'style'].includes(node.nodeName)) return ' ';
  return (node.childNodes ?? []).map(proseOf).join('');
}

function findById(node: Node, id: string): Node | null {
  if (node.attrs?.some((a) => a.name === 'id' && a.value === id)) return node;
  for (const c of node.childNodes ?? []) {
    const f = findById(c, id);
    if (f) return f;
  }
  return null;
}

describe('/embed/ as served', () => {
  test('opens with the generator: it comes before the self-host package and the technical reference, with the first calculator\'s code in the HTML', () => {
    const gen = html.indexOf('id="generator"');
    expect(gen).toBeGreaterThan(0);
    expect(gen).toBeLessThan(html.indexOf('id="self-host"'));
    expect(gen).toBeLessThan(html.indexOf('id="reference"'));
    expect(html.indexOf('id="reference"')).toBeLessThan(html.indexOf('id="csp"'));
    // Server-rendered: the code is there before any script runs.
    const first = manifest.widgets[0]!;
    expect(html.slice(gen, html.indexOf('id="self-host"'))).toContain(`data-xyhf-widget=&quot;${first.id}&quot;`);
  });

  test('no widget is loaded with the page: no iframe, no widget script', () => {
    expect(html).not.toMatch(/<iframe\b/);
    expect(html).not.toMatch(/<script[^>]+src="[^"]*\/widgets\//);
  });

  test('the generator speaks plain Chinese: no widget id, element name or input name in its prose', () => {
    // The section the generator's heading opens.
    const section = findSection(parse(html) as unknown as Node);
    if (!section) throw new Error('no <section> holding #generator');
    const prose = proseOf(section);
    expect(prose).toContain('选择计算器');
    const raw = manifest.widgets.flatMap((w) => [w.id, w.element, ...w.inputs.filter((i) => i.name.length > 3).map((i) => i.name)]);
    expect(raw.filter((r) => new RegExp(`(^|[^a-z-])${r}([^a-z-]|$)`).test(prose))).toEqual([]);
  });
});

/** The <section> that holds the generator heading. */
function findSection(node: Node): Node | null {
  if (node.nodeName === 'section' && findById(node, 'generator')) return node;
  for (const c of node.childNodes ?? []) {
    const f = findSection(c);
    if (f) return f;
  }
  return null;
}

describe('/embed/ in the browser', () => {
  test('calculator → documents → compact → one preview on demand → code, iframe or element', async () => {
    const o = await openPage(browser(), 'about:blank');
    const requests: string[] = [];
    o.context.on('request', (r) => requests.push(r.url()));
    try {
      const { page } = o;
      await page.goto(pageUrl(base, '/embed/'), { waitUntil: 'load' });
      await page.waitForSelector('astro-island:not([ssr])');
      await page.check(`input[name="gen-widget"][value="${compare.id}"]`);
      // Two documents' jurisdictions (the last two offered, not the default pair).
      const chosen = jurisdictions.allowed!.slice(-2);
      for (const a of chosen) await page.getByRole('checkbox', { name: a.label, exact: true }).check();
      await page.check('input[name="gen-size"][value="compact"]');

      const code = () => page.locator('#gen-code').inputValue();
      const list = chosen.map((a) => a.value).join(',');
      await expect.poll(code, POLL).toContain(`jurisdictions=${encodeURIComponent(list)}`);
      const iframeCode = await code();
      expect(iframeCode).toContain('compact=1');
      expect(iframeCode).toContain(`title="${compare.iframeTitle}"`);
      expect(iframeCode).toContain('loading="lazy"');
      expect(iframeCode).toContain(`src="${compare.iframeUrl}?`);

      // Nothing of any widget has been fetched yet.
      expect(requests.filter((u) => /\/embed\/[a-z-]+\/|\/widgets\//.test(u))).toEqual([]);
      expect(await page.locator('iframe').count()).toBe(0);

      await page.click('[data-action="preview"]');
      const frameEl = page.locator('iframe.embed-preview');
      await expect.poll(() => frameEl.count(), POLL).toBe(1);
      expect(await frameEl.getAttribute('title')).toBe(compare.iframeTitle);
      const src = (await frameEl.getAttribute('src'))!;
      expect(src).toContain(`/embed/${compare.id}/?`);
      expect(src).toContain(`jurisdictions=${encodeURIComponent(list)}`);
      expect(src).toContain('compact=1');
      // The preview is the widget itself, showing the chosen documents.
      const frame = () => page.frames().find((f) => f.url().includes(`/embed/${compare.id}/`));
      await expect.poll(() => Boolean(frame()), POLL).toBe(true);
      await expect.poll(async () => (await outputsIn(frame()!, null))['documents'] ?? '', POLL).not.toBe('');
      // Only the chosen widget's page was loaded.
      const pages = new Set(requests.map((u) => /\/embed\/([a-z-]+)\//.exec(u)?.[1]).filter(Boolean));
      expect([...pages]).toEqual([compare.id]);

      await page.check('input[name="gen-way"][value="element"]');
      await expect.poll(code, POLL).toContain(`<${compare.element} jurisdictions="${list}"`);
      const el = await code();
      expect(el).toContain(' compact>');
      expect(el).toContain(`<script src="${compare.scriptUrl}" defer></script>`);

      // A list beyond what the widget accepts is flagged at the field, and left out of the code.
      const max = jurisdictions.max!;
      if (jurisdictions.allowed!.length > max) {
        for (const a of jurisdictions.allowed!) await page.getByRole('checkbox', { name: a.label, exact: true }).check();
        await expect.poll(() => page.locator('.field--error').count(), POLL).toBe(1);
        expect(await code()).not.toContain('jurisdictions=');
        expect(await code()).not.toContain('jurisdictions="');
      }
      expect(problemsOf(await o.collectIssues())).toEqual([]);
    } finally {
      await o.close();
    }
  });

  // Issue #16 §2: the items a compact widget shows are chosen by name, and the code selects them.
  test('compact widgets: one subsidy article, one payment rule, two documents — chosen by name, selected by the code', async () => {
    const o = await openPage(browser(), pageUrl(base, '/embed/'));
    try {
      const { page } = o;
      await page.waitForSelector('astro-island:not([ssr])');
      const code = () => page.locator('#gen-code').inputValue();
      const input = (id: string, name: string) => manifest.widgets.find((w) => w.id === id)!.inputs.find((i) => i.name === name)!;

      // Subsidy: one article, ticked by its name (place · document · what it grants).
      const subsidy = manifest.widgets.find((w) => w.id === 'subsidy')!;
      const article = input('subsidy', 'items').allowed!.find((a) => a.value === 'yunnan-2024-15-measures-art-7-enterprise-purchase')!;
      await page.check(`input[name="gen-widget"][value="subsidy"]`);
      await page.getByRole('checkbox', { name: article.label, exact: true }).check();
      await page.check('input[name="gen-size"][value="compact"]');
      await expect.poll(code, POLL).toContain(`items=${encodeURIComponent(article.value)}`);
      expect(await code()).toContain('compact=1');
      // The preview is that compact widget: one claim, the answer above it.
      await page.click('[data-action="preview"]');
      const frame = () => page.frames().find((f) => f.url().includes('/embed/subsidy/'));
      await expect.poll(() => Boolean(frame()), POLL).toBe(true);
      await frame()!.locator('.calc-claim').first().waitFor({ state: 'visible' });
      expect(await frame()!.locator('.calc-claim').count()).toBe(1);
      expect(await frame()!.locator('#xyhf-sb-loc').count()).toBe(0);
      await page.check('input[name="gen-way"][value="element"]');
      await expect.poll(code, POLL).toContain(`<${subsidy.element} items="${article.value}" compact>`);

      // Payment: one rule, picked by its name from the list.
      const rule = input('payment-planner', 'rule');
      const chosenRule = rule.allowed!.at(-1)!;
      await page.check(`input[name="gen-widget"][value="payment-planner"]`);
      await page.getByLabel(rule.label, { exact: true }).selectOption({ label: chosenRule.label });
      await expect.poll(code, POLL).toContain(`rule="${chosenRule.value}"`);
      expect(await code()).toContain(' compact>');

      // Comparison: two documents by name.
      const docs = input('compare', 'docs');
      const two = docs.allowed!.slice(0, 2);
      await page.check(`input[name="gen-widget"][value="compare"]`);
      for (const d of two) await page.getByRole('checkbox', { name: d.label, exact: true }).check();
      await page.check('input[name="gen-way"][value="iframe"]');
      await expect.poll(code, POLL).toContain(`docs=${encodeURIComponent(two.map((d) => d.value).join(','))}`);
      expect(await code()).toContain('compact=1');
      expect(problemsOf(await o.collectIssues())).toEqual([]);
    } finally {
      await o.close();
    }
  });
});
