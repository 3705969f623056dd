#!/usr/bin/env node
/**
 * Widget size budget (not a test): what a host page downloads for the custom-element widgets —
 * the shared runtime (/widgets/runtime.<hash>.js: Preact, the decimal.js
 * subset; loaded once per page however many widgets it has) and each widget's own script — raw,
 * gzip -9 and brotli, with each script's composition (minified bytes before compression), plus
 * /embed/host.js and each /embed/<id>/ iframe page's own JS.
 *
 * The 35 KB gzip budget is for a widget's JS including Preact and decimal.js: runtime + the
 * widget's code. The widget's inlined data (rules, citations with quotes, holidays, UI strings)
 * is reported beside it, and so is the whole first download of a page with that one widget.
 * Usage: npx node scripts/bench-widgets.mjs [--no-build]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { WIDGET_JS_BUDGET_GZIP as BUDGET_GZIP } from '../src/lib/widgets/budget.ts';

const dist = join(process.cwd(), 'dist');
const reportFile = join(process.cwd(), '.astro', 'widget-bundles.json');

if (!process.argv.includes('--no-build')) execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const { runtime, widgets } = JSON.parse(readFileSync(reportFile, 'utf8'));

function composition(parts) {
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  for (const [name, bytes] of Object.entries(parts).sort((a, b) => b[1] - a[1])) {
    console.log(`      ${name.padEnd(26)} ${kb(bytes).padStart(9)} minified (${((bytes / total) * 100).toFixed(0)}%)`);
  }
}

const rtBuf = readFileSync(join(dist, 'widgets', runtime.file));
console.log(`shared runtime /widgets/${runtime.file}  raw ${kb(rtBuf.length)}  gzip ${kb(gz(rtBuf))}  brotli ${kb(br(rtBuf))}`);
composition(runtime.parts);

let over = 0;
const ids = Object.keys(widgets).sort();
console.log(`\nwidget scripts (budget ${kb(BUDGET_GZIP)} gzip: runtime + the widget's code):`);
const rows = [];
for (const id of ids) {
  const w = widgets[id];
  const buf = readFileSync(join(dist, 'widgets', `${id}.js`));
  const own = gz(buf);
  const js = gz(rtBuf) + w.codeGzip;
  if (js > BUDGET_GZIP) over++;
  rows.push({ id, js, data: own - w.codeGzip, first: gz(rtBuf) + own });
  console.log(`  /widgets/${id}.js  raw ${kb(buf.length).padStart(9)}  gzip ${kb(own).padStart(8)}  brotli ${kb(br(buf)).padStart(8)}  (UI strings left out: ${w.stringsRemoved})`);
  composition(w.parts);
}
console.log(`\nper widget, gzip:           JS (runtime + code)   inlined data   page with this widget only`);
for (const r of rows) {
  console.log(`  ${r.id.padEnd(24)} ${kb(r.js).padStart(9)} ${r.js <= BUDGET_GZIP ? 'within' : 'OVER  '}   ${kb(r.data).padStart(9)}      ${kb(r.first).padStart(9)}`);
}
const all = gz(rtBuf) + rows.reduce((a, r) => a + r.first - gz(rtBuf), 0);
const separate = rows.reduce((a, r) => a + r.first, 0);
console.log(`  all ${rows.length} on one page: ${kb(all)} (each carrying its own Preact and decimal.js: ${kb(separate)})`);

const host = readFileSync(join(dist, 'embed', 'host.js'));
console.log(`\n/embed/host.js  raw ${kb(host.length)}  gzip ${kb(gz(host))}`);

// iframe pages: the JS Astro loads for the island (component, renderer, their imports).
function moduleClosure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const src = readFileSync(join(dist, entry), 'utf8');
  for (const m of src.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+|\/_astro\/[^"']+)["']/g)) {
    const next = m[1].startsWith('/') ? m[1] : join(entry, '..', m[1]);
    moduleClosure(next.replace(/^\/+/, '/'), seen);
  }
  return seen;
}
console.log('\niframe pages (HTML + CSS + JS loaded by the frame):');
for (const id of ids) {
  const htmlPath = join(dist, 'embed', id, 'index.html');
  const html = readFileSync(htmlPath, 'utf8');
  const urls = new Set();
  for (const m of html.matchAll(/(?:component-url|renderer-url|src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g)) urls.add(m[1]);
  const js = new Set();
  for (const u of urls) if (u.endsWith('.js')) moduleClosure(u, js);
  const css = [...urls].filter((u) => u.endsWith('.css'));
  const sum = (list) => list.reduce((a, u) => a + gz(readFileSync(join(dist, u))), 0);
  console.log(`  /embed/${id}/  html ${kb(gz(Buffer.from(html)))}  css ${kb(sum(css))}  js ${kb(sum([...js]))} gzip (${js.size} modules)`);
}
if (over) {
  console.log(`\n${over} widget(s) over budget`);
  process.exitCode = 1;
}
