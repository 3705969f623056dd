#!/usr/bin/env node
/**
 * Benchmark (not a test) for the reward-split and subsidy calculators. Prints, per island, the
 * JavaScript it loads on hydration (component + renderer + every chunk they import, raw and gzip),
 * then, in Chromium, the time from an input event to the re-rendered result: the subsidy
 * calculator with 50 claims (one input changed, all 50 recomputed with their shared caps) and
 * the reward split with its side-by-side table.
 *
 * Usage: npm run build && npx node scripts/bench-calculators.mjs [--runs 30]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { DIST_DIR, startServer } from '../test/site/support/server.ts';
import { launchBrowser } from '../test/site/support/chromium.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const RUNS = Number(values.runs);
const PAGES = { RewardSplit: '/calculators/reward/', SubsidyCalculator: '/calculators/subsidy/' };

/** A JS file and every chunk it imports statically or dynamically, transitively. */
function closure(urlPath, seen = new Set()) {
  if (seen.has(urlPath)) return seen;
  seen.add(urlPath);
  const src = readFileSync(join(DIST_DIR, urlPath), 'utf8');
  for (const m of src.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    closure(posix.join(posix.dirname(urlPath), m[1]), seen);
  }
  return seen;
}

function islandBytes(name, page) {
  const html = readFileSync(join(DIST_DIR, page, 'index.html'), 'utf8');
  const tag = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`/${name}.`));
  if (!tag) throw new Error(`${name}: no island on ${page}`);
  const urls = ['component-url', 'renderer-url'].map((a) => new RegExp(`${a}="([^"]+)"`).exec(tag)?.[1]).filter(Boolean);
  const files = new Set();
  for (const u of urls) closure(u, files);
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const b = readFileSync(join(DIST_DIR, f));
    raw += b.length;
    gz += gzipSync(b, { level: 9 }).length;
  }
  // Props are serialised into the page: the data the island carries (provisions, strings).
  const props = /props="([^"]*)"/.exec(tag)?.[1] ?? '';
  return { files: files.size, raw, gz, props: Buffer.byteLength(props) };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
if (!existsSync(join(DIST_DIR, 'calculators/subsidy/index.html'))) {
  console.error('dist/ has no calculators: run `npm run build` first');
  process.exit(2);
}
console.log('Island JS on hydration (component + Preact renderer + imported chunks; shared chunks counted in each):');
for (const [name, page] of Object.entries(PAGES)) {
  const b = islandBytes(name, page);
  console.log(`  ${name.padEnd(18)} ${b.files} files  ${kb(b.raw).padStart(10)} raw  ${kb(b.gz).padStart(9)} gzip   props in HTML: ${kb(b.props)}`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];

/** In the page: change an input, wait for the output to change, return the elapsed ms. */
async function timeRecompute(page, inputSel, outputSel, values) {
  return page.evaluate(
    async ({ inputSel, outputSel, values }) => {
      const input = document.querySelector(inputSel);
      const output = () => document.querySelector(outputSel)?.textContent;
      const times = [];
      for (const v of values) {
        const before = output();
        const t0 = performance.now();
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => {
          const check = () => (output() !== before ? resolve() : requestAnimationFrame(check));
          queueMicrotask(check);
        });
        times.push(performance.now() - t0);
      }
      return times;
    },
    { inputSel, outputSel, values },
  );
}

const server = await startServer(DIST_DIR);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  // 50 claims of Yunnan 七 (enterprise), spread over two claimants and two years, so the
  // per-project and annual caps both bite; changing claim 0 recomputes all 50.
  const id = 'yunnan-2024-15-measures-art-7-enterprise-purchase';
  const rows = Array.from({ length: 50 }, (_, i) => `c=${encodeURIComponent([id, 2025 + (i % 2), 1000000 + i * 100000, i % 3 ? 'A' : 'B', '', ''].join('~'))}`);
  await page.goto(`${server.url}/calculators/subsidy/?loc=530000&${rows.join('&')}`);
  await page.waitForSelector('astro-island:not([ssr])');
  await page.waitForSelector('[data-output="claim-amount-49"]');
  const claimCount = await page.locator('fieldset[data-claim]').count();
  const vals = Array.from({ length: RUNS }, (_, i) => String(100000 + i * 7919));
  const sub = await timeRecompute(page, '#sb-c0-base', '[data-output="claim-amount-0"]', vals);
  console.log(`Subsidy, ${claimCount} claims: input → re-rendered result  median ${median(sub).toFixed(1)} ms, p90 ${p90(sub).toFixed(1)} ms (${RUNS} runs, Chromium, incl. the frame)`);

  await page.goto(`${server.url}/calculators/reward/?doc=kunming-2025-measures-draft&mode=pay-later-licence&net=1000000`);
  await page.waitForSelector('astro-island:not([ssr])');
  const rw = await timeRecompute(page, '#rw-net', '[data-output="inventor-amount"]', vals);
  console.log(`Reward split (+ side-by-side table): input → re-rendered result  median ${median(rw).toFixed(1)} ms, p90 ${p90(rw).toFixed(1)} ms (${RUNS} runs)`);
} finally {
  await browser.close();
  await server.close();
}
