#!/usr/bin/env node
/**
 * Benchmark (not a test) for /portfolio/ in Debian's Chromium against the built dist/:
 *   - a generated 5,000-row CSV (the example generator, with a few bad cells) imported, checked
 *     and rendered: time from the file input's `change` to the first frame showing the result,
 *     cold (parsers fetched) and warm (parsers cached), median of the runs;
 *   - a keystroke in the match box at 5,000 rows: time from `input` to the next frame with the
 *     re-ranked table, per character of a typed need (index built beforehand, as on focus);
 *   - the page's JavaScript on open and after the parsers, MiniSearch and the .xlsx writer load
 *     (raw and gzip bytes of the files fetched).
 * Usage: npx node scripts/bench-portfolio.mjs [--rows 5000] [--runs 5]   (run `npm run build` first)
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DIST_DIR, startServer } from '../test/site/support/server.ts';
import { launchBrowser } from '../test/site/support/chromium.ts';

const args = process.argv.slice(2);
const opt = (name, d) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const ROWS = opt('--rows', 5000);
const RUNS = opt('--runs', 5);
const NEED = '我们想找锂电池回收的湿法冶金技术';

// The generated file: the same generator as "载入示例", written as CSV.
const tmp = mkdtempSync(join(process.cwd(), 'node_modules', '.bench-pf-'));
const entry = join(tmp, 'entry.ts');
const src = join(process.cwd(), 'src');
writeFileSync(entry, `export { exampleTable } from ${JSON.stringify(join(src, 'lib/portfolio/example.ts'))};
export { toCsv } from ${JSON.stringify(join(src, 'lib/export/csv.ts'))};
export { todayInChina } from ${JSON.stringify(join(src, 'lib/plain-date.ts'))};`);
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: join(tmp, 'b.mjs'), packages: 'external', logLevel: 'error' });
const m = await import(pathToFileURL(join(tmp, 'b.mjs')).href);
rmSync(tmp, { recursive: true, force: true });
const table = m.exampleTable({ rows: ROWS, asOf: m.todayInChina(), withMistakes: true });
const csv = m.toCsv([table.header, ...table.rows]);
const csvPath = join(mkdtempSync(join(tmpdir(), 'pf-bench-')), `清单-${ROWS}.csv`);
writeFileSync(csvPath, csv);

const server = await startServer();
const browser = await launchBrowser();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Bytes of the scripts a page fetched, read from dist/ (raw and gzip -9). */
function scriptBytes(urls) {
  let raw = 0;
  let gz = 0;
  for (const u of urls) {
    const body = readFileSync(join(DIST_DIR, new URL(u).pathname));
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gz, count: urls.length };
}

/** In-page: time from the file input's change to the frame after the total shows `n`. */
const ARM_IMPORT = (n) => `(() => {
  window.__pf = { t0: 0, t1: 0 };
  document.querySelector('#pf-file').addEventListener('change', () => { window.__pf.t0 = performance.now(); }, { capture: true, once: true });
  const want = '共 ' + ${n} + ' 项成果';
  const mo = new MutationObserver(() => {
    if (window.__pf.t1 || document.querySelector('[data-output="total"]')?.textContent !== want) return;
    mo.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__pf.t1 = performance.now(); }));
  });
  mo.observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

async function importOnce(page) {
  await page.evaluate(ARM_IMPORT(ROWS));
  await page.setInputFiles('#pf-file', csvPath);
  await page.waitForFunction(() => window.__pf.t1 > 0, null, { timeout: 120_000 });
  return page.evaluate(() => window.__pf.t1 - window.__pf.t0);
}

const cold = [];
const warm = [];
const keys = [];
let indexMs = 0;
const exportsMs = {};
let jsOpen;
let jsAfter;
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (msg) => { if (msg.type() === 'error') console.error('console error:', msg.text()); });
  const scripts = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(`${server.url}/portfolio/`);
  await page.waitForSelector('.pf[data-hydrated="true"]');
  const onOpen = [...scripts];
  cold.push(await importOnce(page));
  await page.click('[data-action="clear"]');
  warm.push(await importOnce(page));

  // Matching: build the index as focusing the box does, then time each keystroke.
  const t0 = Date.now();
  await page.focus('#pf-need');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  await page.keyboard.type('电池');
  await page.waitForSelector('td[data-matched]', { timeout: 120_000 });
  indexMs = Math.max(indexMs, Date.now() - t0);
  await page.fill('#pf-need', '');
  await page.evaluate(() => {
    window.__keys = [];
    const input = document.querySelector('#pf-need');
    const out = document.querySelector('[data-output="match"]');
    let start = 0;
    input.addEventListener('input', () => { start = performance.now(); }, { capture: true });
    new MutationObserver(() => {
      if (!start) return;
      const s = start;
      start = 0;
      requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - s)));
    }).observe(out, { subtree: true, childList: true, characterData: true });
  });
  for (const ch of NEED) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(120);
  }
  keys.push(...(await page.evaluate(() => window.__keys)));
  for (const a of ['export-csv', 'export-xlsx', 'export-ics']) {
    const t = Date.now();
    console.error(`exporting ${a}…`);
    await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), page.click(`[data-action="${a}"]`)]);
    exportsMs[a] = Math.max(exportsMs[a] ?? 0, Date.now() - t);
  }
  if (run === 0) {
    jsOpen = scriptBytes(onOpen);
    jsAfter = scriptBytes([...new Set(scripts)]);
  }
  await context.close();
}
await browser.close();
await server.close();

const [l1, l5, l15] = loadavg();
console.log(`/portfolio/ in Chromium, ${ROWS} rows (generated, 3 bad cells), ${RUNS} runs; load average ${l1.toFixed(2)} ${l5.toFixed(2)} ${l15.toFixed(2)} on ${(await import('node:os')).cpus().length} cores`);
console.log(`  import + check + render, cold (parsers fetched): median ${median(cold).toFixed(0)} ms  [${cold.map((x) => x.toFixed(0)).join(', ')}]`);
console.log(`  import + check + render, warm:                   median ${median(warm).toFixed(0)} ms  [${warm.map((x) => x.toFixed(0)).join(', ')}]`);
console.log(`  match index (first keystroke, incl. MiniSearch load and indexing): ${indexMs} ms`);
console.log(`  keystroke → re-ranked table: median ${median(keys).toFixed(1)} ms, max ${Math.max(...keys).toFixed(1)} ms over ${keys.length} keystrokes`);
console.log(`  exports of all ${ROWS} rows (click → download): ${Object.entries(exportsMs).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
console.log(`  JS on open: ${jsOpen.count} files, ${kb(jsOpen.raw)} raw, ${kb(jsOpen.gz)} gzip`);
console.log(`  JS after import, match and exports: ${jsAfter.count} files, ${kb(jsAfter.raw)} raw, ${kb(jsAfter.gz)} gzip`);
