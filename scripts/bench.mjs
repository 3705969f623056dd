#!/usr/bin/env node
/**
 * Benchmark (not a test): builds the site and prints the build time and, for the home page and one
 * policy page, the bytes of HTML, CSS and JS each loads (raw and gzip) and its request count.
 * Usage: npm run bench [-- --no-build] [-- --page /policies/<id>/]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dist = join(process.cwd(), 'dist');
const pageArg = args.includes('--page') ? args[args.indexOf('--page') + 1] : '/policies/kunming-2025-guideline/';

if (!args.includes('--no-build')) {
  const t0 = performance.now();
  execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });
  console.log(`build time: ${((performance.now() - t0) / 1000).toFixed(1)} s (astro build incl. Pagefind index)`);
}

function fileFor(urlPath) {
  const p = urlPath.split('#')[0].split('?')[0];
  const f = join(dist, p.endsWith('/') ? `${p}index.html` : p);
  if (!existsSync(f)) throw new Error(`not in dist: ${urlPath}`);
  return f;
}

/** Assets a page requests on load: stylesheets, scripts, module preloads, icons, images. */
function assetsOf(html) {
  const urls = new Set();
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (/rel="(stylesheet|modulepreload|icon|preload)"/.test(tag)) {
      const href = /href="([^"]+)"/.exec(tag)?.[1];
      if (href) urls.add(href);
    }
  }
  for (const m of html.matchAll(/<(script|img)\b[^>]*\bsrc="([^"]+)"/g)) urls.add(m[2]);
  // Island component and renderer URLs Astro loads on hydration.
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const a of ['component-url', 'renderer-url']) {
      const u = new RegExp(`${a}="([^"]+)"`).exec(m[0])?.[1];
      if (u) urls.add(u);
    }
  }
  return [...urls].filter((u) => u.startsWith('/'));
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function measure(urlPath) {
  const html = readFileSync(fileFor(urlPath));
  const sizes = { html: [html.length, gzipSync(html).length], css: [0, 0], js: [0, 0], other: [0, 0] };
  const assets = assetsOf(html.toString());
  for (const a of assets) {
    const buf = readFileSync(fileFor(a));
    const kind = a.endsWith('.css') ? 'css' : a.endsWith('.js') || a.endsWith('.mjs') ? 'js' : 'other';
    sizes[kind][0] += buf.length;
    sizes[kind][1] += gzipSync(buf).length;
  }
  const total = ['html', 'css', 'js'].reduce((s, k) => s + sizes[k][1], 0);
  console.log(`\n${urlPath}`);
  for (const k of ['html', 'css', 'js', 'other']) console.log(`  ${k.padEnd(5)} raw ${kb(sizes[k][0]).padStart(9)}  gzip ${kb(sizes[k][1]).padStart(9)}`);
  console.log(`  total HTML+CSS+JS gzip ${kb(total)}; requests ${1 + assets.length} (1 document + ${assets.length} assets)`);
}

measure('/');
measure(pageArg);
