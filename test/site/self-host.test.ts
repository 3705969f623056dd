// The self-host package (src/integrations/self-host-package.ts), as an official's platform would
// serve it: unpacked, on ANOTHER origin, under a path prefix. Every widget renders and computes
// both ways (element and iframe) like the full page, with no request to our origin.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { contentType, DIST_DIR, listenOnLoopback } from './support/server.ts';
import { WAIT_MS } from './support/timeouts.ts';
import { openPage, pageUrl, useBrowser } from './support/browser.ts';
import { allPresent, outputsIn, WIDGET_CASES, type WithPage } from './support/widget-cases.ts';
import { elementSnippet, iframeSnippet } from '../../src/lib/widgets/snippets.ts';
import { PACKAGE_PATH, PACKAGE_ROOT } from '../../src/integrations/self-host-package.ts';
import type { WidgetManifest } from '../../src/schemas/widget-manifest.ts';

const browser = useBrowser();
const base = inject('baseURL');
const POLL = { timeout: WAIT_MS };
const PREFIX = '/cms/static/xyhf';
const zip = readFileSync(path.join(DIST_DIR, PACKAGE_PATH));
const files = unzipSync(new Uint8Array(zip));
const inPackage = (name: string) => files[`${PACKAGE_ROOT}/${name}`];
const manifest = JSON.parse(strFromU8(inPackage('widgets.json')!)) as WidgetManifest;

const withPage: WithPage = async (urlPath, fn) => {
  const o = await openPage(browser(), pageUrl(base, urlPath));
  try {
    return await fn(o.page);
  } finally {
    await o.close();
  }
};

const pick = (o: Record<string, string>, like: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.keys(like).filter((k) => k in o).map((k) => [k, o[k]!]));

/** The government page: every widget both ways, its URLs as the README tells (the upload folder). */
function hostPage(): string {
  const sections = manifest.widgets.map((w) => {
    const rel = { ...w, scriptUrl: `${PREFIX}/widgets/${w.id}.js`, iframeUrl: `${PREFIX}/embed/${w.id}/index.html` };
    const params = WIDGET_CASES[w.id]!.params;
    // Eager, as in the hostile-host page (support/host-server.ts): every frame is read without scrolling.
    const frame = iframeSnippet(rel, `${PREFIX}/embed/host.js`, params, { lazy: false }).replace('<iframe ', `<iframe id="frame-${w.id}" `);
    const el = elementSnippet(rel, params).replace(`<${w.element}`, `<${w.element} id="element-${w.id}"`);
    return `<section><h2>${w.id}</h2>\n${frame}\n${el}\n</section>`;
  });
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>host</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; frame-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; base-uri 'none'">
</head><body>${sections.join('\n')}</body></html>`;
}

let gov: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  const page = hostPage();
  const server: Server = createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (p === '/page.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    const bytes = p.startsWith(`${PREFIX}/`) ? inPackage(p.slice(PREFIX.length + 1)) : undefined;
    if (!bytes) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': contentType(p) }).end(Buffer.from(bytes));
  });
  gov = await listenOnLoopback(server);
  expect(new URL(gov.url).origin).not.toBe(new URL(base).origin);
});
afterAll(async () => {
  await gov?.close();
});

describe('self-host package', () => {
  test('holds every widget file, a Chinese README with relative snippets and CSP, and SRI hashes that match', () => {
    const ids = manifest.widgets.map((w) => w.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      for (const f of [`widgets/${id}.js`, `widgets/${id}.frame.js`, `embed/${id}/index.html`]) expect(inPackage(f), f).toBeDefined();
      const page = strFromU8(inPackage(`embed/${id}/index.html`)!);
      // No root-relative or absolute asset URL left: the page works under any prefix.
      expect(page.match(/\s(?:href|src)="\/[^"]*"/g) ?? [], id).toEqual([]);
    }
    expect(Object.keys(files).some((f) => /\/widgets\/runtime\.[0-9a-f]+\.js$/.test(f))).toBe(true);
    expect(inPackage('embed/host.js')).toBeDefined();
    const readme = strFromU8(inPackage('README.txt')!);
    for (const words of ['上传', 'integrity', "script-src 'self'", '更新', 'Chromium 69', '/您的上传目录/xyhf-widgets/widgets/']) expect(readme).toContain(words);
    const integrity = JSON.parse(strFromU8(inPackage('integrity.json')!)) as { files: Record<string, string> };
    const names = Object.keys(integrity.files);
    expect(names.length).toBeGreaterThan(ids.length * 3);
    for (const n of names) {
      expect(integrity.files[n], n).toBe(`sha384-${createHash('sha384').update(inPackage(n)!).digest('base64')}`);
    }
    // /embed/ links the package with its size and version.
    const embed = readFileSync(path.join(DIST_DIR, 'embed/index.html'), 'utf8');
    expect(embed).toContain(`href="${PACKAGE_PATH}"`);
    expect(embed).toMatch(new RegExp(`版本 ${manifest.version}\\.${manifest.datasetVersion}，${Math.round(zip.length / 1024)} KB`));
  });

  test('unpacked on another origin under a prefix, every widget renders and computes both ways, with no request to our origin', async () => {
    const o = await openPage(browser(), 'about:blank');
    const requests: string[] = [];
    o.context.on('request', (r) => requests.push(r.url()));
    try {
      const { page } = o;
      await page.goto(`${gov.url}/page.html`, { waitUntil: 'load' });
      for (const w of manifest.widgets) {
        const c = WIDGET_CASES[w.id]!;
        const names = w.outputs.map((x) => x.name);
        await expect.poll(() => outputsIn(page, `#element-${w.id}`).then((x) => allPresent(x, names, c)), POLL).toBe(true);
        const expected = await c.expected(withPage, await outputsIn(page, `#element-${w.id}`));
        expect(Object.keys(expected).length).toBeGreaterThan(0);
        await expect.poll(() => outputsIn(page, `#element-${w.id}`).then((x) => (c.subset ? pick(x, expected) : x)), POLL).toEqual(expected);
        const frame = page.frames().find((f) => f.url().startsWith(`${gov.url}${PREFIX}/embed/${w.id}/index.html`));
        if (!frame) throw new Error(`no frame for ${w.id}`);
        await expect.poll(() => outputsIn(frame, null).then((x) => (c.subset ? pick(x, expected) : x)), POLL).toEqual(expected);
        // host.js (from the package) sizes the frame to its content.
        await expect
          .poll(async () => {
            const h = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
            return (await page.evaluate((sel) => document.querySelector<HTMLIFrameElement>(sel)!.style.height, `#frame-${w.id}`)) === `${h}px`;
          }, POLL)
          .toBe(true);
      }
      const issues = await o.collectIssues();
      expect([...issues.consoleErrors, ...issues.pageErrors, ...issues.failedRequests, ...issues.cspViolations]).toEqual([]);
      const ours = new URL(base).origin;
      expect(requests.filter((u) => u.startsWith(ours))).toEqual([]);
      expect(requests.filter((u) => !u.startsWith(gov.url) && !u.startsWith('about:'))).toEqual([]);
      expect(requests.some((u) => u.startsWith(`${gov.url}${PREFIX}/widgets/runtime.`))).toBe(true);
    } finally {
      await o.close();
    }
  });
});
