#!/usr/bin/env node
/**
 * Benchmark (not a test) for the eligibility check: how long `evaluateEligibility` takes per
 * profile on the live dataset, and what /guide/check/ loads (HTML, JS, CSS; raw and gzip).
 * Usage: npx node scripts/bench-eligibility.mjs [--profiles 20000]   (run `npx astro build` first)
 */
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const N = args.includes('--profiles') ? Number(args[args.indexOf('--profiles') + 1]) : 20000;

// Bundle the pure lib and the Node loaders (extensionless imports, JSON) into one ES module.
// Inside the project so the bundle's external packages resolve from node_modules.
const tmp = mkdtempSync(join(process.cwd(), 'node_modules', '.bench-elig-'));
const entry = join(tmp, 'entry.ts');
const out = join(tmp, 'bundle.mjs');
const src = join(process.cwd(), 'src');
await import('node:fs').then((fs) =>
  fs.writeFileSync(
    entry,
    `export { evaluateEligibility } from ${JSON.stringify(join(src, 'lib/eligibility.ts'))};
     export * from ${JSON.stringify(join(src, 'lib/eligibility-profile.ts'))};
     export { loadProvisions } from ${JSON.stringify(join(src, 'data/dataset.ts'))};
     export { loadPolicyBodies } from ${JSON.stringify(join(src, 'data/policy-bodies.ts'))};`,
  ),
);
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: out, packages: 'external', logLevel: 'error' });
const m = await import(pathToFileURL(out).href);
rmSync(tmp, { recursive: true, force: true });

const provisions = m.loadProvisions();
const policies = [...m.loadPolicyBodies().values()].filter((b) => b.frontmatter.legalForce !== 'law').map((b) => ({ id: b.id, data: b.frontmatter }));

// Deterministic pseudo-random profiles over the whole vocabulary.
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (list) => (rnd() < 0.15 ? undefined : list[Math.floor(rnd() * list.length)]);
const profiles = Array.from({ length: N }, () => {
  const p = {
    licensorType: pick(m.LICENSOR_TYPES), licensorLevel: pick(m.LICENSOR_LEVELS),
    province: pick(['430000', '440000', '530000', 'other']), city: pick(['530100', 'other']),
    licenseeSize: pick(m.LICENSEE_SIZES), techSme: rnd() < 0.5, incubator: rnd() < 0.3, resultType: pick(m.RESULT_TYPES),
    granted: pick(m.TRI), trl: pick([1, 3, 4, 6, 9]), selected: pick(m.TRI), resultClass: pick(m.RESULT_CLASSES),
    sensitivity: pick(m.SENSITIVITIES), publicFunding: pick(m.TRI), fundingLevel: pick(m.FUNDING_LEVELS),
    yearsSinceAcceptance: pick([0, 2, 3, 5, 8]), yearsSinceRight: pick([0, 1, 2, 5]),
  };
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));
});

for (let i = 0; i < 500; i++) m.evaluateEligibility(profiles[i % N], policies, provisions, '2026-06-01'); // warm-up
const t0 = performance.now();
const tally = { applies: 0, 'does-not-apply': 0, unclear: 0 };
for (const p of profiles) for (const r of m.evaluateEligibility(p, policies, provisions, '2026-06-01')) tally[r.verdict]++;
const ms = performance.now() - t0;
console.log(`evaluateEligibility: ${N} profiles × ${policies.length} documents (${provisions.length} provisions) in ${ms.toFixed(0)} ms`);
console.log(`  ${((ms * 1000) / N).toFixed(1)} µs per profile; verdicts ${JSON.stringify(tally)}`);

const page = join(process.cwd(), 'dist/guide/check/index.html');
if (!existsSync(page)) {
  console.log('dist/guide/check/index.html not found: run `npx astro build` for page weights');
} else {
  const html = readFileSync(page, 'utf8');
  const kb = (b) => `${(b.length / 1024).toFixed(1)} KiB (gzip ${(gzipSync(b).length / 1024).toFixed(1)} KiB)`;
  console.log(`/guide/check/ HTML: ${kb(Buffer.from(html))}`);
  // Everything the island pulls in: its component URL, renderer, and their static imports.
  const seen = new Set();
  const queue = [...html.matchAll(/(?:component-url|renderer-url|href|src)="(\/_astro\/[^"]+\.(?:js|css))"/g)].map((x) => x[1]);
  while (queue.length) {
    const u = queue.shift();
    if (seen.has(u)) continue;
    seen.add(u);
    if (u.endsWith('.js')) {
      const js = readFileSync(join(process.cwd(), 'dist', u), 'utf8');
      for (const imp of js.matchAll(/from\s*"\.\/([^"]+\.js)"|import\s*"\.\/([^"]+\.js)"/g)) queue.push(`/_astro/${imp[1] ?? imp[2]}`);
    }
  }
  for (const ext of ['js', 'css']) {
    const files = [...seen].filter((u) => u.endsWith(`.${ext}`));
    const buf = Buffer.concat(files.map((u) => readFileSync(join(process.cwd(), 'dist', u))));
    console.log(`/guide/check/ ${ext.toUpperCase()}: ${files.length} files, ${kb(buf)}`);
  }
}
