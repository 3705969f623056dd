#!/usr/bin/env node
/**
 * Benchmark (not a test): Lighthouse (mobile preset, simulated throttling, as PageSpeed runs it)
 * on built pages served from dist/ on 127.0.0.1, in Debian's Chromium. Prints, per page, the
 * performance score, CLS, TBT, LCP, FCP, bytes transferred and request count (median of runs).
 *
 *   npm run build
 *   npx node scripts/bench-lighthouse.mjs                     # every interactive page
 *   npx node scripts/bench-lighthouse.mjs /compare/ /embed/   # chosen pages
 *   npx node scripts/bench-lighthouse.mjs --runs 3 --json out.json
 *
 * Figures depend on the machine's load (TBT most): report them with the load average printed
 * at the top, and compare pages measured in the same run.
 *
 * The server gzips text as a production host does (PageSpeed measures real hosts); `--raw` serves
 * the files uncompressed, which the simulated slow 4G turns into seconds of first paint on big pages.
 */
import { loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer, DIST_DIR } from '../test/site/support/server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/site/support/chromium.ts';

/** The pages with interaction (islands or widgets), plus one reading page for reference. */
export const INTERACTIVE_PAGES = [
  '/calculators/payment/',
  '/calculators/contract/',
  '/calculators/reward/',
  '/calculators/subsidy/',
  '/guide/check/',
  '/compare/',
  '/search/',
  '/embed/',
  '/policies/kunming-2025-guideline/',
];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '1' },
    json: { type: 'string' },
    desktop: { type: 'boolean', default: false },
    raw: { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs) || 1);
const pages = positionals.length ? positionals : INTERACTIVE_PAGES;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const server = await startServer(DIST_DIR, { compress: !values.raw });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} · ${runs} run(s) per page · ${values.desktop ? 'desktop' : 'mobile'} preset · ${values.raw ? 'uncompressed' : 'gzip'} responses`);
const rows = [];
try {
  for (const page of pages) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const config = values.desktop ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
      const r = await lighthouse(
        `${server.url}${page}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
        config,
      );
      const a = r.lhr.audits;
      samples.push({
        score: Math.round((r.lhr.categories.performance.score ?? 0) * 100),
        cls: a['cumulative-layout-shift'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        lcp: a['largest-contentful-paint'].numericValue,
        fcp: a['first-contentful-paint'].numericValue,
        bytes: a['total-byte-weight'].numericValue,
        requests: a['network-requests']?.details?.items?.length ?? 0,
      });
    }
    const m = Object.fromEntries(Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))]));
    rows.push({ page, ...m });
  }
} finally {
  await chrome.kill();
  await server.close();
}

console.log('page'.padEnd(40), 'perf', '   CLS', '  TBT ms', '  LCP ms', '  FCP ms', '    KB', ' req');
for (const r of rows) {
  console.log(
    r.page.padEnd(40),
    String(r.score).padStart(4),
    r.cls.toFixed(3).padStart(6),
    r.tbt.toFixed(0).padStart(8),
    r.lcp.toFixed(0).padStart(8),
    r.fcp.toFixed(0).padStart(8),
    (r.bytes / 1024).toFixed(0).padStart(6),
    String(r.requests).padStart(4),
  );
}
if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 2));
