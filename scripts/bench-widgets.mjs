#!/usr/bin/env node
/**
 * Widget size budget (not a test): for each custom-element script /widgets/<id>.js the bytes a
 * host page downloads — raw, gzip -9 and brotli — and its code without the inlined data against
 * the 35 KB gzip budget (the budget is for JS; the data could as well be a JSON file), with the
 * composition (Preact, decimal.js, our code, inlined data, shadow CSS; minified bytes before
 * compression), plus /embed/host.js and each /embed/<id>/ iframe page's own JS.
 * Usage: npx node scripts/bench-widgets.mjs [--no-build]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET_GZIP = 35 * 1024;
const dist = join(process.cwd(), 'dist');
const report = join(process.cwd(), '.astro', 'widget-bundles.json');

if (!process.argv.includes('--no-build')) execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const parts = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : {};

let over = 0;
const ids = readdirSync(join(dist, 'widgets')).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).sort();
console.log(`custom-element scripts (one self-contained file each; budget ${kb(BUDGET_GZIP)} gzip for the code incl. Preact and decimal.js):`);
for (const id of ids) {
  const buf = readFileSync(join(dist, 'widgets', `${id}.js`));
  const g = gz(buf);
  const code = parts[id]?.codeGzip;
  if (code === undefined || code > BUDGET_GZIP) over++;
  console.log(`  /widgets/${id}.js  raw ${kb(buf.length).padStart(9)}  gzip ${kb(g).padStart(8)}  brotli ${kb(br(buf)).padStart(8)}`);
  if (code !== undefined) {
    console.log(`      code (Preact, decimal.js, island, CSS) ${kb(code)} gzip — ${code <= BUDGET_GZIP ? 'within' : 'OVER'} the ${kb(BUDGET_GZIP)} budget; inlined data +${kb(g - code)} gzip`);
  }
  const p = parts[id]?.parts;
  if (p) {
    const total = Object.values(p).reduce((a, b) => a + b, 0);
    for (const [name, bytes] of Object.entries(p).sort((a, b) => b[1] - a[1])) {
      console.log(`      ${name.padEnd(26)} ${kb(bytes).padStart(9)} minified (${((bytes / total) * 100).toFixed(0)}%)`);
    }
  }
}

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
