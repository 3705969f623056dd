#!/usr/bin/env node
/**
 * Benchmark (not a test) of the contract builder, in Chromium against the built dist/:
 *  1. JavaScript the page loads on open (raw and gzip), and what the .docx download adds on demand;
 *  2. the .docx of the worked example: its size, and the time from the click to the file (median
 *     and p90 over repeated downloads, the first one — which also loads the library — apart);
 *  3. time from a keystroke to the contract being recomputed and re-rendered, median and p90.
 * Usage: npx node scripts/bench-contract.mjs [--build] [--runs 10]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { startServer } from '../test/site/support/server.ts';
import { launchBrowser } from '../test/site/support/chromium.ts';

const { values } = parseArgs({ options: { build: { type: 'boolean', default: false }, runs: { type: 'string', default: '10' } } });
if (values.build) execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });
const runs = Number(values.runs);
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p90: s[Math.min(s.length - 1, Math.floor(s.length * 0.9))] };
};

const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const scripts = new Map();
  const pending = [];
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    pending.push(res.body().then((b) => scripts.set(new URL(res.url()).pathname, b), () => {}));
  });
  const settle = async () => {
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
  };
  await page.goto(`${server.url}/calculators/contract/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('astro-island:not([ssr])');
  await settle();
  const initial = new Map(scripts);
  const sum = (m) => [...m.values()].reduce((a, b) => ({ raw: a.raw + b.length, gz: a.gz + gzipSync(b).length }), { raw: 0, gz: 0 });
  const row = (p, b) => console.log(`  ${p.padEnd(46)} ${String(b.length).padStart(7)} B raw  ${String(gzipSync(b).length).padStart(6)} B gzip`);
  const init = sum(initial);
  console.log('contract builder — JavaScript loaded on open:');
  for (const [p, b] of initial) row(p, b);
  console.log(`  total${' '.repeat(42)}${String(init.raw).padStart(7)} B raw  ${String(init.gz).padStart(6)} B gzip`);
  const html = await (await fetch(`${server.url}/calculators/contract/`)).arrayBuffer();
  console.log(`  (page HTML with the island's props: ${html.byteLength} B raw, ${gzipSync(Buffer.from(html)).length} B gzip)`);

  await page.click('[data-action="load-example"]');
  const times = [];
  let size = 0;
  for (let i = 0; i <= runs; i++) {
    const t0 = Date.now();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="docx"]')]);
    const file = await dl.path();
    times.push(Date.now() - t0);
    size = readFileSync(file).length;
    await page.waitForSelector('[data-action="docx"]:not([disabled])');
  }
  await settle();
  const lazy = new Map([...scripts].filter(([p]) => !initial.has(p)));
  const lz = sum(lazy);
  console.log('  + on demand, when the .docx is asked for:');
  for (const [p, b] of lazy) row(p, b);
  console.log(`  total on download${' '.repeat(30)}${String(lz.raw).padStart(7)} B raw  ${String(lz.gz).padStart(6)} B gzip`);
  const later = stats(times.slice(1));
  console.log(`\n.docx of the worked example: ${size} B; click → file: first ${times[0]} ms (loads the library), then median ${later.median} ms, p90 ${later.p90} ms over ${runs}`);

  // Keystroke → contract re-rendered: type into 名称 and wait until the preview shows it.
  const input = await page.evaluate(async (n) => {
    const el = document.querySelector('#cb-b-name');
    const out = [];
    for (let i = 0; i < n; i++) {
      const v = `示例公司${i}`;
      const t0 = performance.now();
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => {
        const check = () => (document.querySelector('[data-blank="art1.乙方.名称"]')?.textContent === v ? resolve() : setTimeout(check, 0));
        check();
      });
      await new Promise((r) => requestAnimationFrame(() => r()));
      out.push(performance.now() - t0);
    }
    return out;
  }, runs * 3);
  const k = stats(input);
  console.log(`keystroke → contract re-rendered and painted: median ${k.median.toFixed(1)} ms, p90 ${k.p90.toFixed(1)} ms over ${input.length}`);
} finally {
  await browser.close();
  await server.close();
}
