// Embeddable widgets (issue 7), in real Chromium: the manifest, each /embed/<id>/ page, and a
// hostile host page on a SECOND origin (test/fixtures/host/) that embeds every widget both ways
// under a strict CSP and destructive global CSS.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Frame, Page } from 'playwright-core';
import { DIST_DIR } from './support/server.ts';
import { WAIT_MS } from './support/timeouts.ts';
import { openPage, pageUrl, useBrowser, type PageIssues } from './support/browser.ts';
import { localWidget, startHostServer, widgetsMarkup, type HostServer } from './support/host-server.ts';
import { allPresent, outputsIn, WIDGET_CASES, type WithPage } from './support/widget-cases.ts';
import { widgetManifestSchema, type WidgetManifest } from '../../src/schemas/widget-manifest.ts';
import { AXE_TAGS, formatViolations } from './support/axe.ts';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { BUNDLE_REPORT, type WidgetBundlesReport } from '../../src/integrations/widget-bundles.ts';
import { parse } from 'acorn';
import { WIDGET_JS_BUDGET_GZIP } from '../../src/lib/widgets/budget.ts';

const browser = useBrowser();
const base = inject('baseURL');
const readDist = (p: string) => readFileSync(path.join(DIST_DIR, p), 'utf8');
const manifest = JSON.parse(readDist('widgets.json')) as WidgetManifest;
const SITE = new URL(manifest.hostScript).origin;
const ids = manifest.widgets.map((w) => w.id);
/** Islands hydrate after `load`; a loaded CI machine can take seconds. */
const POLL = { timeout: WAIT_MS };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The entries of `o` whose names `like` has (missing ones stay missing, so they fail). */
const pick = (o: Record<string, string>, like: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.keys(like).filter((k) => k in o).map((k) => [k, o[k]!]));

const withPage: WithPage = async (urlPath, fn) => {
  const o = await openPage(browser(), pageUrl(base, urlPath));
  try {
    return await fn(o.page);
  } finally {
    await o.close();
  }
};

/** Everything a clean page must not have. */
function problemsOf(i: PageIssues): string[] {
  return [
    ...i.consoleErrors.map((e) => `console error: ${e}`),
    ...i.pageErrors.map((e) => `page error: ${e}`),
    ...i.failedRequests.map((e) => `failed request: ${e}`),
    ...i.cspViolations.map((e) => `CSP violation: ${e}`),
    ...i.externalRequests.map((e) => `external request: ${e}`),
  ];
}

describe('manifest', () => {
  test('validates against its zod schema and its published JSON Schema', () => {
    expect(() => widgetManifestSchema.parse(manifest)).not.toThrow();
    const schema = JSON.parse(readDist('widgets.schema.json')) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(manifest), ajv.errorsText(validate.errors)).toBe(true);
    // The schema is not vacuous: a manifest without widgets, or a widget without outputs, fails.
    expect(validate({ ...manifest, widgets: undefined })).toBe(false);
    expect(validate({ ...manifest, widgets: [{ ...manifest.widgets[0], outputs: [] }] })).toBe(false);
  });

  test('lists exactly the widgets that exist (embed pages, element scripts, test cases)', () => {
    const embedDirs = readdirSync(path.join(DIST_DIR, 'embed'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const files = readdirSync(path.join(DIST_DIR, 'widgets')).sort();
    // Beside the element scripts, one shared runtime and one shared iframe fallback (for browsers
    // below the floor), each named after its content hash.
    const runtimes = files.filter((f) => /^runtime\.[0-9a-f]{10}\.js$/.test(f));
    const fallbacks = files.filter((f) => /^fallback\.[0-9a-f]{10}\.js$/.test(f));
    expect(runtimes).toHaveLength(1);
    expect(fallbacks).toHaveLength(1);
    expect(ids.length).toBeGreaterThan(0);
    expect(embedDirs).toEqual([...ids].sort());
    // Each widget: its element script and its iframe page's script.
    expect(files.filter((f) => !runtimes.includes(f) && !fallbacks.includes(f))).toEqual(ids.flatMap((id) => [`${id}.js`, `${id}.frame.js`]).sort());
    expect(Object.keys(WIDGET_CASES).sort()).toEqual([...ids].sort());
    for (const w of manifest.widgets) {
      expect(w.iframeUrl).toBe(`${SITE}/embed/${w.id}/`);
      expect(w.scriptUrl).toBe(`${SITE}/widgets/${w.id}.js`);
      expect(w.iframeTitle.length).toBeGreaterThan(4);
      expect(readDist(`widgets/${w.id}.js`)).toContain(w.element);
      expect(readDist(`widgets/${w.id}.js`)).toContain(`"${runtimes[0]}"`);
      expect(readDist(`widgets/${w.id}.js`)).toContain(`"${fallbacks[0]}"`);
    }
    expect(new Set(manifest.widgets.map((w) => w.element)).size).toBe(ids.length);
  });

  test('each widget\'s JS (shared runtime + its own code) is within the gzip budget', () => {
    const report = JSON.parse(readFileSync(BUNDLE_REPORT, 'utf8')) as WidgetBundlesReport;
    const runtime = gzipSync(readFileSync(path.join(DIST_DIR, 'widgets', report.runtime.file)), { level: 9 }).length;
    expect(runtime).toBe(report.runtime.gzip);
    expect(Object.keys(report.widgets).sort()).toEqual([...ids].sort());
    const over = Object.entries(report.widgets)
      .map(([id, w]) => ({ id, js: runtime + w.codeGzip }))
      .filter((w) => w.js > WIDGET_JS_BUDGET_GZIP);
    expect(over).toEqual([]);
  });

  test('every served script is ASCII (a GBK host page decodes it the same) and carries its MIT header', () => {
    const scripts = ['embed/host.js', ...readdirSync(path.join(DIST_DIR, 'widgets')).map((f) => `widgets/${f}`)];
    expect(scripts.length).toBeGreaterThan(2);
    for (const s of scripts) {
      const text = readDist(s);
      expect(text.match(/[^\x00-\x7f]/g)?.slice(0, 3) ?? [], s).toEqual([]);
      expect(text.split('\n')[0], s).toMatch(/MIT License/);
    }
  });

  test('host.js carries its MIT licence header', () => {
    expect(readDist('embed/host.js').split('\n')[0]).toMatch(/MIT License/);
  });
});

describe.each(ids)('embed page /embed/%s/', (id) => {
  const entry = manifest.widgets.find((w) => w.id === id)!;
  const c = WIDGET_CASES[id]!;
  const query = new URLSearchParams(c.params).toString();

  test('URL parameters preset the inputs; every manifest output carries data-output; results match the full page', async () => {
    const o = await openPage(browser(), pageUrl(base, `/embed/${id}/?${query}&primary-color=%23a4262c&compact=1`));
    try {
      const names = entry.outputs.map((x) => x.name);
      await expect.poll(() => outputsIn(o.page, null).then((x) => allPresent(x, names, c)), POLL).toBe(true);
      const expected = await c.expected(withPage, await outputsIn(o.page, null));
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      await expect.poll(() => outputsIn(o.page, null).then((x) => (c.subset ? pick(x, expected) : x)), POLL).toEqual(expected);
      // Every output the manifest lists is on the page (islands may mark more).
      const present = Object.keys(await outputsIn(o.page, null));
      expect(names.filter((n) => !present.includes(n))).toEqual([]);
      const theme = await o.page.evaluate(() => {
        const root = document.querySelector<HTMLElement>('.xyhf-root')!;
        return { brand: getComputedStyle(root).getPropertyValue('--brand').trim(), compact: root.hasAttribute('data-compact') };
      });
      expect(theme).toEqual({ brand: '#a4262c', compact: true });
      expect(problemsOf(await o.collectIssues())).toEqual([]);
    } finally {
      await o.close();
    }
  });

  test('invalid theme values are ignored silently; the page has no frame-busting', async () => {
    const o = await openPage(browser(), pageUrl(base, `/embed/${id}/?primary-color=%23ffff00&font-size=99&compact=maybe`));
    try {
      await expect.poll(() => o.page.evaluate(() => document.querySelectorAll('[data-output]').length), POLL).toBeGreaterThan(0);
      const theme = await o.page.evaluate(() => ({
        brand: getComputedStyle(document.querySelector('.xyhf-root')!).getPropertyValue('--brand').trim(),
        rootFont: getComputedStyle(document.documentElement).fontSize,
        compact: document.querySelector('.xyhf-root')!.hasAttribute('data-compact'),
      }));
      expect(theme).toEqual({ brand: '#0b5cad', rootFont: '16px', compact: false });
      expect(problemsOf(await o.collectIssues())).toEqual([]);
      const html = readDist(`embed/${id}/index.html`);
      expect(html).not.toMatch(/top\.location|window\.top|parent\.location/);
    } finally {
      await o.close();
    }
  });

  test('starts empty without presets; 载入示例 loads the example with its banner and one click clears it', async () => {
    if (id === 'compare') return; // not a calculator: it shows the texts, nobody's numbers
    const o = await openPage(browser(), pageUrl(base, `/embed/${id}/`));
    try {
      await expect.poll(() => o.page.locator('[data-action="load-example"]').count(), POLL).toBe(1);
      const empty = await outputsIn(o.page, null);
      const figures = ['earliest-payment-date', 'inventor-amount', 'unit-amount', 'total-subsidy', 'schedule-total'];
      expect(figures.filter((f) => (empty[f] ?? '') !== '')).toEqual([]);
      expect(await o.page.locator('[data-output="example-banner"]').count()).toBe(0);
      await o.page.click('[data-action="load-example"]');
      await expect.poll(() => o.page.locator('[data-output="example-banner"]').count(), POLL).toBe(1);
      const loaded = await outputsIn(o.page, null);
      expect(figures.filter((f) => (loaded[f] ?? '') !== '').length).toBeGreaterThan(0);
      await o.page.click('[data-action="clear-example"]');
      await expect.poll(() => o.page.locator('[data-output="example-banner"]').count(), POLL).toBe(0);
      expect(problemsOf(await o.collectIssues())).toEqual([]);
    } finally {
      await o.close();
    }
  });

  test('fits a 320 px wide frame without horizontal scrolling', async () => {
    const o = await openPage(browser(), pageUrl(base, `/embed/${id}/?${query}`), { viewport: { width: 320, height: 640 } });
    try {
      await expect.poll(() => o.page.evaluate(() => document.querySelectorAll('[data-output]').length), POLL).toBeGreaterThan(0);
      const m = await o.page.evaluate(() => {
        const inScrollBox = (e: Element): boolean => {
          for (let p = e.parentElement; p; p = p.parentElement) {
            if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true;
          }
          return false;
        };
        return {
        scrollW: document.documentElement.scrollWidth,
        // Nothing sticks out of the viewport, except inside a horizontal scroll box (wide tables).
        maxRight: Math.max(...[...document.querySelectorAll('main *')].filter((e) => !inScrollBox(e)).map((e) => e.getBoundingClientRect().right)),
        };
      });
      expect(m.scrollW).toBeLessThanOrEqual(320);
      expect(m.maxRight).toBeLessThanOrEqual(320);
    } finally {
      await o.close();
    }
  });
});

describe('hostile host page on a second origin', () => {
  let host: HostServer;
  const widgetOrigin = base;

  beforeAll(async () => {
    const embeds = manifest.widgets.map((w) => ({
      widget: localWidget(w, SITE, widgetOrigin),
      params: WIDGET_CASES[w.id]!.params,
    }));
    host = await startHostServer(widgetOrigin, widgetsMarkup(embeds, `${widgetOrigin}/embed/host.js`));
    expect(new URL(host.url).origin).not.toBe(new URL(widgetOrigin).origin);
  });
  afterAll(async () => {
    await host?.close();
  });

  /** Opens the host page and logs every request of it and its frames from the first byte. */
  async function openHost(file: string, viewport?: { width: number; height: number }) {
    const o = await openPage(browser(), 'about:blank', viewport ? { viewport } : {});
    const requests: string[] = [];
    o.context.on('request', (r) => requests.push(r.url()));
    await o.page.goto(`${host.url}/${file}`, { waitUntil: 'load' });
    return { o, requests };
  }

  const frameOf = (page: Page, id: string): Frame => {
    const f = page.frames().find((fr) => fr.url().startsWith(`${widgetOrigin}/embed/${id}/`));
    if (!f) throw new Error(`no frame for ${id}`);
    return f;
  };

  test('every widget renders both ways, calculates like the full page, resizes, fires events; only the widget origin is contacted', async () => {
    const { o, requests } = await openHost('hostile.html');
    try {
      const { page } = o;
      for (const w of manifest.widgets) {
        const c = WIDGET_CASES[w.id]!;
        const names = w.outputs.map((x) => x.name);
        await expect.poll(() => outputsIn(page, `#element-${w.id}`).then((x) => allPresent(x, names, c)), POLL).toBe(true);
        const expected = await c.expected(withPage, await outputsIn(page, `#element-${w.id}`));
        // Custom element (shadow root) and iframe show the same results as the full page.
        expect(Object.keys(expected).length).toBeGreaterThan(0);
        await expect.poll(() => outputsIn(page, `#element-${w.id}`).then((x) => (c.subset ? pick(x, expected) : x)), POLL).toEqual(expected);
        const frame = frameOf(page, w.id);
        await expect.poll(() => outputsIn(frame, null).then((x) => (c.subset ? pick(x, expected) : x)), POLL).toEqual(expected);

        // The iframe was resized to its content (host CSS says 20px !important).
        await expect
          .poll(async () => {
            const contentH = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
            const set = await page.evaluate((sel) => document.querySelector<HTMLIFrameElement>(sel)!.style.height, `#frame-${w.id}`);
            return set === `${contentH}px` && contentH > 100;
          }, POLL)
          .toBe(true);
        const clientH = await page.evaluate((sel) => document.querySelector<HTMLIFrameElement>(sel)!.clientHeight, `#frame-${w.id}`);
        expect(clientH).toBeGreaterThan(100);

        // Result events, from the element and (via host.js) from the iframe.
        const want = (o: Record<string, string>) => (c.subset ? pick(o, expected) : o);
        await expect
          .poll(async () => {
            const rs = await page.evaluate(() => (window as unknown as { __xyhfResults: { via: string; id: string; detail: { widget: string; outputs: Record<string, string> } }[] }).__xyhfResults);
            const last = (via: string, elId: string) => rs.filter((r) => r.via === via && r.id === elId).at(-1)?.detail;
            const el = last('element', `element-${w.id}`);
            const fr = last('iframe', `frame-${w.id}`);
            return {
              element: el && { widget: el.widget, outputs: want(el.outputs) },
              iframe: fr && { widget: fr.widget, outputs: want(fr.outputs) },
            };
          }, POLL)
          .toEqual({
            element: { widget: w.id, outputs: expected },
            iframe: { widget: w.id, outputs: expected },
          });
      }
      const issues = await o.collectIssues();
      expect(problemsOf(issues)).toEqual([]);
      const hostOrigin = new URL(host.url).origin;
      const wOrigin = new URL(widgetOrigin).origin;
      const offOrigin = requests.filter((u) => {
        const origin = new URL(u).origin;
        if (origin === wOrigin) return false;
        // The host page's own files, nothing else on its origin.
        return !(origin === hostOrigin && /\/(hostile\.html|hostile\.css|host-test\.js|favicon\.svg)$/.test(new URL(u).pathname));
      });
      expect(offOrigin).toEqual([]);
      expect(requests.some((u) => u.startsWith(`${wOrigin}/widgets/`))).toBe(true);
      expect(requests.filter((u) => /\.json(\?|$)/.test(u))).toEqual([]);
      // Four element scripts, one shared runtime (Preact, decimal.js), fetched once.
      expect(requests.filter((u) => /\/widgets\/runtime\.[0-9a-f]+\.js$/.test(u))).toHaveLength(1);
      // A browser that runs the elements never fetches the old browsers' fallback.
      expect(requests.filter((u) => /\/widgets\/fallback\./.test(u))).toEqual([]);
    } finally {
      await o.close();
    }
  });

  test('host CSS does not reach inside: the shadow root computes the same styles as our own embed page', async () => {
    const { o } = await openHost('hostile.html');
    try {
      const { page } = o;
      for (const w of manifest.widgets) {
        await expect.poll(() => outputsIn(page, `#element-${w.id}`).then((x) => Object.keys(x).length), POLL).toBeGreaterThan(0);
        const probe = (root: ParentNode) => {
          const pick = (el: Element | null) => {
            if (!el) return null;
            const s = getComputedStyle(el);
            return {
              display: s.display, color: s.color, backgroundColor: s.backgroundColor, fontSize: s.fontSize,
              fontFamily: s.fontFamily, fontStyle: s.fontStyle, letterSpacing: s.letterSpacing,
              textTransform: s.textTransform, wordSpacing: s.wordSpacing, lineHeight: s.lineHeight, textAlign: s.textAlign,
              direction: s.direction,
            };
          };
          return {
            root: pick(root.querySelector('.xyhf-root')),
            label: pick(root.querySelector('label')),
            input: pick(root.querySelector('input, select')),
            output: pick(root.querySelector('[data-output]')),
            result: pick(root.querySelector('.result')),
          };
        };
        const inShadow = await page.evaluate(
          ([sel, fn]) => (0, eval)(fn)(document.querySelector(sel)!.shadowRoot!),
          [`#element-${w.id}`, probe.toString()] as const,
        );
        // Our own embed page at the same viewport width (media queries see the same width).
        const own = await openPage(browser(), pageUrl(base, `/embed/${w.id}/?${new URLSearchParams(WIDGET_CASES[w.id]!.params)}`));
        await expect.poll(() => outputsIn(own.page, null).then((x) => Object.keys(x).length), POLL).toBeGreaterThan(0);
        const inFrame = await own.page.evaluate((fn) => (0, eval)(fn)(document), probe.toString());
        await own.close();
        // The root's own background differs on purpose: opaque in a shadow root (the host's
        // may be dark), transparent over the embed page's body.
        expect(inShadow.root!.backgroundColor).toBe('rgb(255, 255, 255)');
        for (const r of [inShadow.root, inFrame.root]) delete (r as Partial<NonNullable<typeof r>>).backgroundColor;
        expect(inShadow.output).not.toBeNull();
        expect(inShadow.output!.display).not.toBe('none');
        expect(inShadow).toEqual(inFrame);
        // And the host's own text did get the hostile styles (the fixture works).
        const hostText = await page.evaluate(() => getComputedStyle(document.querySelector('.host-text')!).color);
        expect(hostText).toBe('rgb(255, 0, 255)');
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('.host-text')!).direction)).toBe('rtl');
      }
    } finally {
      await o.close();
    }
  });

  test('element attributes and CSS custom properties theme it; invalid values fall back without console output', async () => {
    const { o } = await openHost('hostile.html');
    try {
      const { page } = o;
      for (const w of manifest.widgets) {
        const sel = `#element-${w.id}`;
        const brand = () =>
          page.evaluate((s) => {
            const root = document.querySelector(s)!.shadowRoot!.querySelector('.xyhf-root')!;
            return [getComputedStyle(root).getPropertyValue('--brand').trim(), root.hasAttribute('data-compact'), getComputedStyle(root).fontSize];
          }, sel);
        await expect.poll(brand, POLL).toEqual(['#0b5cad', false, '17px']);
        await page.evaluate((s) => {
          const el = document.querySelector(s)!;
          el.setAttribute('primary-color', '#1A6B35');
          el.setAttribute('font-size', '20');
          el.setAttribute('compact', '');
        }, sel);
        await expect.poll(brand, POLL).toEqual(['#1a6b35', true, '21.25px']);
        await page.evaluate((s) => {
          const el = document.querySelector(s)!;
          el.setAttribute('primary-color', 'url(https://evil.example/x)');
          el.setAttribute('font-size', '5em');
          el.removeAttribute('compact');
        }, sel);
        await expect.poll(brand, POLL).toEqual(['#0b5cad', false, '17px']);
        // A CSS custom property on the host element works too (set through the CSSOM, as a
        // host's stylesheet would); the same validation applies.
        await page.evaluate((s) => document.querySelector<HTMLElement>(s)!.style.setProperty('--xyhf-primary-color', '#a4262c'), sel);
        await page.evaluate((s) => document.querySelector(s)!.setAttribute('font-size', '16'), sel);
        await expect.poll(brand, POLL).toEqual(['#a4262c', false, '17px']);
      }
      expect(problemsOf(await o.collectIssues())).toEqual([]);
    } finally {
      await o.close();
    }
  });

  test('host.js ignores well-formed messages from a frame on another origin', async () => {
    const { o } = await openHost('origin-check.html');
    try {
      const { page } = o;
      // Positive control: the real widgets on this page do get resized.
      for (const w of manifest.widgets) {
        await expect.poll(() => page.evaluate((s) => document.querySelector<HTMLIFrameElement>(s)!.style.height, `#frame-${w.id}`), POLL).toMatch(/^\d+px$/);
      }
      // host.js is running (above); now the impostor posts 20 resize and 20 result messages.
      const impostor = page.frames().find((f) => f.url().endsWith('/impostor.html'));
      if (!impostor) throw new Error('no impostor frame');
      await impostor.evaluate(() => (window as unknown as { sendForged(): void }).sendForged());
      await expect.poll(() => page.evaluate(() => (window as unknown as { __impostorMessages: number }).__impostorMessages)).toBe(40);
      const state = await page.evaluate(() => ({
        height: document.querySelector<HTMLIFrameElement>('#impostor')!.style.height,
        forged: JSON.stringify((window as unknown as { __xyhfResults: unknown[] }).__xyhfResults).includes('forged'),
      }));
      expect(state).toEqual({ height: '', forged: false });
    } finally {
      await o.close();
    }
  });

  // A 100-row payment schedule at 320 px is ~31,000 px tall; host.js once ignored anything over 20,000.
  test('host.js follows a frame taller than 20,000 px', async () => {
    const { o } = await openHost('hostile.html', { width: 320, height: 640 });
    try {
      const { page } = o;
      const w = manifest.widgets[0]!;
      await expect.poll(() => page.evaluate((s) => document.querySelector<HTMLIFrameElement>(s)!.style.height, `#frame-${w.id}`)).toMatch(/^\d+px$/);
      const frame = frameOf(page, w.id);
      // Content 31,000 px taller (set through the CSSOM, which the frame's CSP allows).
      await frame.evaluate(() => {
        const tall = document.createElement('div');
        tall.style.height = '31000px';
        document.body.append(tall);
      });
      const contentH = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      expect(contentH).toBeGreaterThan(31000);
      await expect.poll(() => page.evaluate((s) => document.querySelector<HTMLIFrameElement>(s)!.style.height, `#frame-${w.id}`)).toBe(`${contentH}px`);
    } finally {
      await o.close();
    }
  });

  test('works at 320 px: no horizontal overflow inside any element', async () => {
    const { o } = await openHost('hostile.html', { width: 320, height: 640 });
    try {
      for (const w of manifest.widgets) {
        await expect.poll(() => outputsIn(o.page, `#element-${w.id}`).then((x) => Object.keys(x).length), POLL).toBeGreaterThan(0);
        const m = await o.page.evaluate((s) => {
          const host = document.querySelector(s)!;
          const root = host.shadowRoot!.querySelector<HTMLElement>('.xyhf-root')!;
          const rootRight = root.getBoundingClientRect().right;
          const inScrollBox = (e: Element): boolean => {
            for (let p = e.parentElement; p && p !== root; p = p.parentElement) {
              if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true;
            }
            return false;
          };
          const maxRight = Math.max(...[...root.querySelectorAll('*')].filter((e) => !inScrollBox(e)).map((e) => e.getBoundingClientRect().right));
          return { hostW: host.getBoundingClientRect().width, scrollW: root.scrollWidth, clientW: root.clientWidth, overflow: maxRight - rootRight };
        }, `#element-${w.id}`);
        expect(m.hostW).toBeLessThanOrEqual(320);
        expect(m.scrollW).toBeLessThanOrEqual(m.clientW);
        expect(m.overflow).toBeLessThanOrEqual(0.5);
      }
    } finally {
      await o.close();
    }
  });

  // The scripts carry only the UI strings their code looks up (src/integrations/widget-strings.ts);
  // one wrongly left out would show as its raw key. Every planner mode and an input error are shown.
  test('no widget shows a raw message key, in any payment mode or error state', async () => {
    const { o } = await openHost('hostile.html');
    const rawKeys = (sel: string) =>
      o.page.evaluate((s) => {
        const root = document.querySelector(s)!.shadowRoot!;
        const attrs = [...root.querySelectorAll('*')].flatMap((e) => ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''));
        const text = [root.textContent ?? '', ...attrs].join('\n');
        return text.match(/\b(?:calc|widgets|embed|compare|guide|search)\.[A-Za-z-]+\.[\w.-]+/g) ?? [];
      }, sel);
    try {
      for (const w of manifest.widgets) {
        await expect.poll(() => outputsIn(o.page, `#element-${w.id}`).then((x) => Object.keys(x).length), POLL).toBeGreaterThan(0);
        expect(await rawKeys(`#element-${w.id}`), w.id).toEqual([]);
      }
      const planner = o.page.locator('#element-payment-planner');
      for (const mode of ['milestone', 'deferred', 'royalty']) {
        await planner.locator(`input[type="radio"][value="${mode}"]`).first().check();
        await expect.poll(() => rawKeys('#element-payment-planner')).toEqual([]);
      }
      await planner.locator('input[name="effective"]').fill('2026-02-30');
      await expect.poll(() => planner.locator('.field-error').count(), POLL).toBeGreaterThan(0);
      expect(await rawKeys('#element-payment-planner')).toEqual([]);
      // The exports and the clause are the full page's: the widget says so and links the plan there.
      const link = planner.locator('a[href*="/calculators/payment/?"]');
      expect(await link.count()).toBe(1);
      expect(await link.getAttribute('target')).toBe('_blank');
    } finally {
      await o.close();
    }
  });

  test('axe finds no violations inside the custom elements', async () => {
    const o = await openPage(browser(), `${host.url}/hostile.html`, { bypassCSP: true });
    try {
      await o.page.addScriptTag({ content: AXE_SOURCE });
      for (const w of manifest.widgets) {
        await expect.poll(() => outputsIn(o.page, `#element-${w.id}`).then((x) => Object.keys(x).length), POLL).toBeGreaterThan(0);
        const results = await o.page.evaluate(
          ([sel, tags]) =>
            (window as unknown as { axe: typeof import('axe-core') }).axe.run(
              { include: [[sel]] } as never,
              { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
            ),
          [`#element-${w.id}`, AXE_TAGS] as const,
        );
        expect(results.passes.length).toBeGreaterThan(0);
        expect(results.violations.map((v) => v.id), formatViolations(results.violations)).toEqual([]);
      }
    } finally {
      await o.close();
    }
  });
});

// The browser floor stated on /embed/: Chromium 69 (ES2018, custom elements v1). Every shipped
// script parses at that level, and a browser without what the element needs gets the iframe.
describe('browser floor: ES2018 and Chromium 69', () => {
  test('every shipped widget script (elements, runtime, iframe pages, host.js) parses as an ES2018 script', () => {
    const scripts = ['embed/host.js', ...readdirSync(path.join(DIST_DIR, 'widgets')).map((f) => `widgets/${f}`)];
    expect(scripts.filter((s) => s.endsWith('.frame.js'))).toHaveLength(ids.length);
    for (const s of scripts) expect(() => parse(readDist(s), { ecmaVersion: 2018, sourceType: 'script' }), s).not.toThrow();
    // The check can fail: the same parser refuses ES2020 syntax.
    expect(() => parse('a?.b', { ecmaVersion: 2018, sourceType: 'script' })).toThrow();
    // The iframe pages run their widget from that script, not from a module island.
    for (const id of ids) {
      const html = readDist(`embed/${id}/index.html`);
      expect(html, id).toContain(`src="/widgets/${id}.frame.js"`);
      expect(html, id).not.toContain('type="module"');
    }
  });

  /**
   * Before any script of any frame runs: what Chromium 69 lacks of what the element needs (custom
   * elements on a browser without them, constructable stylesheets: Chromium 73) and the built-ins
   * newer than Chromium 69 that widget code might call. The iframe pages must fill in what they use.
   */
  const OLD_BROWSER = `(() => {
    const drop = (o, k) => { try { delete o[k]; } catch (e) {} };
    drop(window, 'customElements'); drop(Window.prototype, 'customElements');
    drop(Document.prototype, 'adoptedStyleSheets'); drop(ShadowRoot.prototype, 'adoptedStyleSheets');
    drop(CSSStyleSheet.prototype, 'replaceSync'); drop(CSSStyleSheet.prototype, 'replace');
    drop(Object, 'hasOwn'); drop(Object, 'fromEntries');
    drop(Array.prototype, 'at'); drop(String.prototype, 'at'); drop(Array.prototype, 'findLast'); drop(Array.prototype, 'findLastIndex');
    drop(Array.prototype, 'toSorted'); drop(Array.prototype, 'toReversed'); drop(Object, 'groupBy');
    drop(String.prototype, 'replaceAll'); drop(String.prototype, 'matchAll');
    drop(Promise, 'allSettled'); drop(Promise, 'any'); drop(window, 'structuredClone');
    drop(Intl, 'Segmenter'); drop(Intl, 'ListFormat');
    window.__oldBrowser = typeof customElements === 'undefined' && !('adoptedStyleSheets' in Document.prototype) && !Object.hasOwn && ![].at;
  })();`;

  test('without custom elements, constructable stylesheets and newer built-ins, each element shows its iframe version, computing like the full page', async () => {
    const embeds = manifest.widgets.map((w) => ({ widget: localWidget(w, SITE, base), params: WIDGET_CASES[w.id]!.params }));
    const host = await startHostServer(base, widgetsMarkup(embeds, `${base}/embed/host.js`));
    const o = await openPage(browser(), 'about:blank');
    const requests: string[] = [];
    o.context.on('request', (r) => requests.push(r.url()));
    await o.context.addInitScript({ content: OLD_BROWSER });
    try {
      const { page } = o;
      await page.goto(`${host.url}/hostile.html`, { waitUntil: 'load' });
      expect(await page.evaluate(() => (window as unknown as { __oldBrowser: boolean }).__oldBrowser)).toBe(true);
      for (const w of manifest.widgets) {
        const c = WIDGET_CASES[w.id]!;
        const names = w.outputs.map((x) => x.name);
        // The fallback frame loads lazily, like the iframe snippet: bring the element into view, as a
        // visitor scrolling the host page would (below the fold the frame is not fetched at all).
        await page.locator(`#element-${w.id}`).scrollIntoViewIfNeeded();
        // The element holds our iframe (no shadow root), pointing at the widget's own embed page.
        await expect
          .poll(() => page.evaluate((sel) => document.querySelector(sel)!.querySelector('iframe[data-xyhf-fallback]')?.getAttribute('src') ?? null, `#element-${w.id}`), POLL)
          .toMatch(new RegExp(`^${base}/embed/${w.id}/index\\.html\\?`));
        expect(await page.evaluate((sel) => document.querySelector(sel)!.shadowRoot, `#element-${w.id}`)).toBeNull();
        // The src is set before the frame's navigation commits: wait for the frame to be at that address.
        const fallbackFrame = () => page.frames().find((f) => f.parentFrame() === page.mainFrame() && f.url().startsWith(`${base}/embed/${w.id}/index.html`));
        await expect.poll(() => fallbackFrame() !== undefined, POLL).toBe(true);
        const frame = fallbackFrame();
        if (!frame) throw new Error(`no fallback frame for ${w.id}`);
        expect(await frame.evaluate(() => (window as unknown as { __oldBrowser: boolean }).__oldBrowser)).toBe(true);
        await expect.poll(() => outputsIn(frame, null).then((x) => allPresent(x, names, c)), POLL).toBe(true);
        const expected = await c.expected(withPage, await outputsIn(frame, null));
        expect(Object.keys(expected).length).toBeGreaterThan(0);
        await expect.poll(() => outputsIn(frame, null).then((x) => (c.subset ? pick(x, expected) : x)), POLL).toEqual(expected);
        // The presets reached the frame as URL parameters; its height follows its content; its
        // results are dispatched on the element, as the element itself would.
        await expect
          .poll(async () => {
            const contentH = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
            const set = await page.evaluate((sel) => document.querySelector(sel)!.querySelector('iframe')!.style.height, `#element-${w.id}`);
            return set === `${contentH}px` && contentH > 100;
          }, POLL)
          .toBe(true);
        await expect
          .poll(async () => {
            const rs = await page.evaluate(() => (window as unknown as { __xyhfResults: { via: string; id: string; detail: { widget: string; outputs: Record<string, string> } }[] }).__xyhfResults);
            const d = rs.filter((r) => r.via === 'element' && r.id === `element-${w.id}`).at(-1)?.detail;
            return d && { widget: d.widget, outputs: c.subset ? pick(d.outputs, expected) : d.outputs };
          }, POLL)
          .toEqual({ widget: w.id, outputs: expected });
      }
      expect(problemsOf(await o.collectIssues())).toEqual([]);
      // An old browser never downloads the runtime it cannot use; it fetches the shared fallback once.
      expect(requests.filter((u) => /\/widgets\/runtime\./.test(u))).toEqual([]);
      expect(requests.filter((u) => /\/widgets\/fallback\.[0-9a-f]+\.js$/.test(u))).toHaveLength(1);
    } finally {
      await o.close();
      await host.close();
    }
  });
});
