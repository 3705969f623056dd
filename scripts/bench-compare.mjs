// Comparison benchmark. Prints figures; asserts nothing.
//   npx astro build && npx node scripts/bench-compare.mjs [--runs 7] [--jurisdictions 40]
//
// 1. The built /compare/ page in Chromium: bytes of JavaScript it loads (raw and gzip), its HTML
//    size, and the island's time to interactive (navigation start → the controls are rendered,
//    i.e. `[data-compare-ready]` appears; median of --runs cold loads).
// 2. A synthetic dataset of --jurisdictions jurisdictions (every fourth with two documents),
//    built from the real provisions with varied figures: the real matrix builder and the real
//    CompareTable component (Astro container API, in a Vite server with the project config)
//    render it; the page is the built /compare/ with that table and the island's props swapped
//    in. Reports its HTML size and, in Chromium, the island's update time for a column toggle
//    (click → every cell of the table updated; median of --runs toggles). That time includes
//    Preact's scheduling of effects after the next frame, as a user would see it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { startServer, DIST_DIR } from '../test/site/support/server.ts';
import { launchBrowser } from '../test/site/support/chromium.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, jurisdictions: { type: 'string', default: '40' } },
});
const RUNS = Number(values.runs);
const N = Number(values.jurisdictions);

/** Astro's island prop encoding for plain data: values as [0, v], arrays as [1, [...]], objects as [0, {...}]. */
function serializeValue(v) {
  if (Array.isArray(v)) return [1, v.map(serializeValue)];
  if (v && typeof v === 'object') return [0, serializeProps(v)];
  return [0, v];
}
function serializeProps(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined).map(([k, v]) => [k, serializeValue(v)]));
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;

const pageFile = path.join(DIST_DIR, 'compare/index.html');
const builtHtml = readFileSync(pageFile, 'utf8');

// Records when the island's controls appear, from navigation start (performance.now()).
const READY_PROBE = `(() => {
  const mark = () => { if (document.querySelector('[data-compare-ready]')) { window.__compareReady = performance.now(); return true; } return false; };
  new MutationObserver((_, obs) => { if (mark()) obs.disconnect(); }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

const server = await startServer(DIST_DIR);
const browser = await launchBrowser();
const isLocal = (u) => ['127.0.0.1', 'localhost'].includes(new URL(u).hostname);

async function newContext() {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  await context.addInitScript({ content: READY_PROBE });
  return context;
}

try {
  // ── 1. The real page ──────────────────────────────────────────────────────────────────────
  const tti = [];
  const dcl = [];
  const loadEnd = [];
  let js = new Map();
  for (let i = 0; i < RUNS; i++) {
    const context = await newContext();
    const page = await context.newPage();
    const scripts = new Map();
    page.on('response', async (res) => {
      if (res.request().resourceType() !== 'script') return;
      try {
        scripts.set(res.url(), await res.body());
      } catch {
        /* body unavailable (redirect) */
      }
    });
    await page.goto(`${server.url}/compare/`, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof window.__compareReady === 'number');
    tti.push(await page.evaluate(() => window.__compareReady));
    const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON());
    dcl.push(nav.domContentLoadedEventEnd);
    loadEnd.push(nav.loadEventEnd);
    await page.waitForLoadState('networkidle');
    js = scripts;
    await context.close();
  }
  const jsRaw = [...js.values()].reduce((a, b) => a + b.length, 0);
  const jsGz = [...js.values()].reduce((a, b) => a + gzipSync(b).length, 0);
  console.log('Real dataset: /compare/');
  console.log(`  HTML: ${kb(Buffer.byteLength(builtHtml))} raw, ${kb(gzipSync(builtHtml).length)} gzip`);
  console.log(`  JavaScript loaded: ${js.size} files, ${kb(jsRaw)} raw, ${kb(jsGz)} gzip (per-file gzip, summed)`);
  for (const [u, b] of js) console.log(`    ${new URL(u).pathname}  ${kb(b.length)} raw, ${kb(gzipSync(b).length)} gzip`);
  console.log(`  Island time to interactive (navigation start → controls rendered), median of ${RUNS}: ${ms(median(tti))} (min ${ms(Math.min(...tti))}, max ${ms(Math.max(...tti))})`);
  console.log(`    for reference, same loads: DOMContentLoaded ${ms(median(dcl))}, load event end ${ms(median(loadEnd))}`);

  // ── 2. Synthetic dataset ─────────────────────────────────────────────────────────────────
  const { createServer } = await import('vite');
  const { getViteConfig } = await import('astro/config');
  const viteConfig = await getViteConfig({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'silent' })({ mode: 'development', command: 'serve' });
  const vite = await createServer(viteConfig);
  const { renderSynthetic } = await vite.ssrLoadModule('/scripts/bench-compare/render.ts');
  const tBuild = performance.now();
  const syn = await renderSynthetic(N);
  const tRender = performance.now() - tBuild;
  await vite.close().catch(() => {});

  // Swap the table and the island props into the built page.
  const tableRe = /<section class="cmp-scroll"[\s\S]*?<\/table>\s*<\/section>/;
  if (!tableRe.test(builtHtml)) throw new Error('table not found in dist/compare/index.html');
  const propsRe = /(<astro-island[^>]*component-url="[^"]*CompareControls[^"]*"[^>]*\sprops=")([^"]*)(")/;
  const m = propsRe.exec(builtHtml);
  if (!m) throw new Error('island props not found');
  const oldProps = JSON.parse(m[2].replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
  const decode = (v) => (Array.isArray(v) && v[0] === 0 ? v[1] : v);
  const esc = (s) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  // exportLabels and strings are kept as the built page serialized them; the data is serialized fresh.
  const fresh = serializeProps({ tableId: 'compare-matrix', exportUrl: decode(oldProps.exportUrl), columns: syn.island.columns, rows: syn.island.rows });
  const propsJson = JSON.stringify({ ...fresh, exportLabels: oldProps.exportLabels, strings: oldProps.strings });
  const synHtml = builtHtml.replace(tableRe, () => syn.html).replace(propsRe, (_, a, _b, c) => `${a}${esc(propsJson)}${c}`);
  console.log(`\nSynthetic dataset: ${syn.info.jurisdictions} jurisdictions, ${syn.info.columns} documents (columns), ${syn.info.provisions} provisions, ${syn.island.rows.length} dimensions`);
  console.log(`  Matrix build + table render (Astro container, warm-up included): ${ms(tRender)}`);
  console.log(`  Compare page HTML: ${kb(Buffer.byteLength(synHtml))} raw, ${kb(gzipSync(synHtml).length)} gzip (table ${kb(Buffer.byteLength(syn.html))} raw; island props ${kb(Buffer.byteLength(esc(propsJson)))})`);

  const context = await newContext();
  await context.route('**/__bench/compare-synthetic/', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: synHtml }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/__bench/compare-synthetic/`, { waitUntil: 'load' });
  await page.waitForSelector('[data-compare-ready]');
  const cells = await page.$$eval('td[data-column]', (x) => x.length);
  const times = [];
  for (let i = 0; i < RUNS * 2; i++) {
    const id = syn.island.columns[(i * 7) % syn.island.columns.length].id;
    times.push(
      await page.evaluate(
        (colId) =>
          new Promise((resolve) => {
            const th = document.querySelector(`thead th[data-column="${colId}"]`);
            const input = document.querySelector(`.cmp-controls input[value="${colId}"]`);
            const before = th.hidden;
            const obs = new MutationObserver(() => {
              if (th.hidden !== before) {
                obs.disconnect();
                resolve(performance.now() - t);
              }
            });
            obs.observe(th, { attributes: true, attributeFilter: ['hidden'] });
            const t = performance.now();
            input.click();
          }),
        id,
      ),
    );
  }
  const tti2 = await page.evaluate(() => window.__compareReady);
  await context.close();
  if (errors.length) console.log(`  page errors: ${errors.join('; ')}`);
  console.log(`  Table cells: ${cells}`);
  console.log(`  Island time to interactive at this size: ${ms(tti2)}`);
  console.log(`  Column toggle (click → table updated), median of ${times.length}: ${ms(median(times))} (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))})`);
} finally {
  await browser.close();
  await server.close();
}
process.exit(0);
