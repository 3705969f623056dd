#!/usr/bin/env node
/**
 * Benchmark (not a test) of the payment planner island, in Chromium against the built dist/:
 *  1. JavaScript the page loads on open (raw and gzip), and the iCalendar chunk loaded on demand;
 *  2. time from an input change to the 120-row schedule being recomputed and rendered (and painted),
 *     median and p90 over repeated changes.
 * Usage: npx node scripts/bench-payment.mjs [--build] [--runs 30]
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { startServer } from '../test/site/support/server.ts';
import { launchBrowser } from '../test/site/support/chromium.ts';

const { values } = parseArgs({ options: { build: { type: 'boolean', default: false }, runs: { type: 'string', default: '30' } } });
if (values.build) execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });
const runs = Number(values.runs);

const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const scripts = new Map();
  const pending = [];
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    pending.push(
      res.body().then(
        (b) => scripts.set(new URL(res.url()).pathname, b),
        () => {}, // redirects have no body
      ),
    );
  });
  const settle = async () => {
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
  };
  // 120 monthly instalments: a 120-row schedule.
  const q = '?rule=kunming-2025-guideline-art-1-payment-timing&eff=2026-10-09&mode=deferred&agm=12&ds=period&dk=instalments&ic=120&ia=10000&ii=1&dt=0&lr=0.05';
  await page.goto(`${server.url}/calculators/payment/${q}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('astro-island:not([ssr])');
  await page.waitForFunction(() => document.querySelectorAll('[data-output="schedule-row"]').length === 120);
  await settle();
  const initial = new Map(scripts);
  const sum = (m) => [...m.values()].reduce((a, b) => ({ raw: a.raw + b.length, gz: a.gz + gzipSync(b).length }), { raw: 0, gz: 0 });
  const init = sum(initial);
  console.log('payment planner — JavaScript loaded on open:');
  for (const [p, b] of initial) console.log(`  ${p.padEnd(46)} ${String(b.length).padStart(7)} B raw  ${String(gzipSync(b).length).padStart(6)} B gzip`);
  console.log(`  total${' '.repeat(42)}${String(init.raw).padStart(7)} B raw  ${String(init.gz).padStart(6)} B gzip`);

  const dl = page.waitForEvent('download');
  await page.click('[data-action="ics"]');
  await dl;
  await settle();
  const lazy = new Map([...scripts].filter(([p]) => !initial.has(p)));
  const lz = sum(lazy);
  console.log(`  + on demand (iCalendar export): ${[...lazy.keys()].join(', ') || '(none)'} ${lz.raw} B raw, ${lz.gz} B gzip`);

  // Recompute + render after an input change: alternate the instalment amount and wait until the
  // total reflects it (render done), then one animation frame (paint).
  const times = await page.evaluate(async (n) => {
    const input = document.querySelector('#pp-instAmount');
    const total = () => document.querySelector('[data-output="schedule-total"]')?.getAttribute('data-value');
    const rendered = [];
    const painted = [];
    for (let i = 0; i < n; i++) {
      const amount = String(10000 + ((i % 2) + 1) * 7);
      const expected = (Number(amount) * 120).toFixed(2);
      const t0 = performance.now();
      input.value = amount;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => {
        const check = () => (total() === expected ? resolve() : queueMicrotask(() => setTimeout(check, 0)));
        check();
      });
      const t1 = performance.now();
      await new Promise((r) => requestAnimationFrame(() => r()));
      const t2 = performance.now();
      rendered.push(t1 - t0);
      painted.push(t2 - t0);
      if (document.querySelectorAll('[data-output="schedule-row"]').length !== 120) throw new Error('rows lost');
    }
    return { rendered, painted };
  }, runs);
  const stat = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
    return `median ${q(0.5).toFixed(1)} ms, p90 ${q(0.9).toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms`;
  };
  console.log(`recompute + render 120-row schedule after an input change (${runs} runs, Chromium ${browser.version()}):`);
  console.log(`  to DOM updated:    ${stat(times.rendered)}`);
  console.log(`  to next frame:     ${stat(times.painted)}`);
} finally {
  await browser.close();
  await server.close();
}
