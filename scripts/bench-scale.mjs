// Scale benchmark: generates a SYNTHETIC corpus of N documents in N jurisdictions (derived from the
// five real ones, see scripts/lib/synthetic-corpus.mjs) in a temporary folder, builds it with the
// content root override (XYHF_CONTENT_DIR, output in XYHF_OUT_DIR; never content/ or dist/), and
// prints: build time, dist size, Pagefind index size and bytes fetched for a first query, the
// comparison page's HTML size (default view, 4 chosen documents), the time to toggle a column,
// and the keystroke-to-results time; with the machine's load average (the machine is shared).
//   npm run bench:scale -- 400        (N defaults to 400; --keep leaves the folder for inspection;
//                                      --reuse <folder> measures a kept build; --verbose lists the first query's requests)
// Targets at 400 documents: build ≤ 2 min; comparison ≤ 60 KB gzip for any selection; first query
// ≤ 150 KB fetched; keystroke → results ≤ 50 ms.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, cpus } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCorpus } from './lib/synthetic-corpus.mjs';
import { buildSynthetic } from './lib/synthetic-build.mjs';
import { launchBrowser } from '../test/site/support/chromium.ts';
import { contentType } from '../test/site/support/server.ts';

const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 400);
const keep = process.argv.includes('--keep') || process.argv.includes('--reuse');
// --reuse <folder>: measure a corpus an earlier --keep run built, without generating or building.
const reuse = process.argv.includes('--reuse') ? process.argv[process.argv.indexOf('--reuse') + 1] : undefined;
const root = reuse ?? mkdtempSync(path.join(tmpdir(), `xyhf-scale-${n}-`));
const content = path.join(root, 'content');
const dist = path.join(root, 'dist');
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
/** The island's debounce (src/islands/search/SearchApp.tsx), read so the figure says what it includes. */
const DEBOUNCE_MS = Number(/const DEBOUNCE_MS = (\d+)/.exec(readFileSync('src/islands/search/SearchApp.tsx', 'utf8'))?.[1]);
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

console.log(`bench:scale — ${n} synthetic documents (${cpus().length} CPUs; load average ${load()})`);
console.log(`  corpus: ${root}`);
const t = Date.now();
const { ids, jurisdictions } = generateCorpus({ content: path.resolve('content'), out: content, n });
console.log(`  generated ${ids.length} documents in ${new Set(jurisdictions.map((j) => j.code)).size} jurisdictions (${jurisdictions.filter((j) => j.level === 'province').length} provinces) in ${Date.now() - t} ms`);

// --- build -------------------------------------------------------------------------------------
const loadBefore = load();
const build = reuse ? { status: 0, ms: NaN, stdout: '', stderr: '' } : buildSynthetic({ project: process.cwd(), root, content, dist });
const buildMs = build.ms;
if (build.status !== 0) {
  console.error(build.stdout.slice(-4000), build.stderr.slice(-4000));
  throw new Error(`build failed (${build.status})`);
}
console.log(`\nBuild: ${(buildMs / 1000).toFixed(1)} s (target ≤ 120 s; load average before ${loadBefore}, after ${load()})`);
if (keep && !reuse) writeFileSync(path.join(root, 'build.log'), build.stdout + build.stderr);

// --- sizes -------------------------------------------------------------------------------------
const files = (dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)).filter((f) => statSync(f).isFile());
const size = (fs) => fs.reduce((s, f) => s + statSync(f).size, 0);
const all = files(dist);
const pf = files(path.join(dist, 'pagefind'));
console.log(`Dist: ${all.length} files, ${(size(all) / 1024 / 1024).toFixed(1)} MB; HTML pages ${all.filter((f) => f.endsWith('.html')).length}`);
console.log(`Pagefind index: ${pf.length} files, ${(size(pf) / 1024 / 1024).toFixed(2)} MB`);
const gz = (f) => gzipSync(readFileSync(f), { level: 9 }).length;
const comparePage = path.join(dist, 'compare', 'index.html');
console.log(`Comparison /compare/ (default view): ${kb(statSync(comparePage).size)} raw, ${kb(gz(comparePage))} gzip (target ≤ 60 KB gzip)`);
// "Any selection": the heaviest 4 documents not in the default view, each loaded as its column
// fragment, with the page and the catalog (each response gzipped on its own, as served).
{
  const onPage = new Set([...readFileSync(comparePage, 'utf8').matchAll(/<th scope="col" data-column="([^"]+)"/g)].map((m) => m[1]));
  const cols = readdirSync(path.join(dist, 'compare', 'col')).filter((id) => !onPage.has(id))
    .map((id) => ({ id, bytes: gz(path.join(dist, 'compare', 'col', id, 'index.html')) })).sort((a, b) => b.bytes - a.bytes);
  const catalog = gz(path.join(dist, 'compare', 'catalog.json'));
  const worst = gz(comparePage) + catalog + cols.slice(0, 4).reduce((s, c) => s + c.bytes, 0);
  console.log(`Comparison, the 4 heaviest documents chosen (any selection's bound): ${kb(worst)} gzip = page ${kb(gz(comparePage))} + catalog ${kb(catalog)} + columns ${cols.slice(0, 4).map((c) => kb(c.bytes)).join(', ')} (column median ${kb(cols[Math.floor(cols.length / 2)]?.bytes ?? 0)})`);
}

// --- browser figures ---------------------------------------------------------------------------
const COMPRESS = /\.(html|js|css|json|svg|txt|csv|xml)$/;
const server = createServer((req, res) => {
  const u = new URL(req.url ?? '/', 'http://x');
  let file = path.join(dist, decodeURIComponent(u.pathname));
  if (u.pathname.endsWith('/')) file = path.join(file, 'index.html');
  let st;
  try { st = statSync(file); } catch { res.writeHead(404).end(); return; }
  if (!st.isFile()) { res.writeHead(404).end(); return; }
  const body = readFileSync(file);
  const headers = { 'content-type': contentType(file), 'cache-control': 'no-store' };
  if (COMPRESS.test(file) && /gzip/.test(String(req.headers['accept-encoding']))) {
    const z = gzipSync(body, { level: 9 });
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': z.length }).end(z);
  } else res.writeHead(200, { ...headers, 'content-length': body.length }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();

async function open(url) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const log = [];
  const urls = new Map();
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => log.push({ url: urls.get(e.requestId) ?? '?', bytes: e.encodedDataLength }));
  await page.goto(`${base}${url}`, { waitUntil: 'networkidle', timeout: 180_000 });
  return { context, page, log };
}
const sum = (xs) => xs.reduce((s, x) => s + x.bytes, 0);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// Comparison: 4 chosen documents (two provinces, a city and the city's province when there is one).
const city = jurisdictions.find((j) => j.level === 'city');
const pick = [ids[0], ids[1], ids[jurisdictions.indexOf(city)], ids[jurisdictions.findIndex((j) => j.code === city.parent)]];
const chosen = [...new Set(pick)].slice(0, 4);
{
  const { context, page, log } = await open(`/compare/?j=${chosen.join(',')}`);
  await page.waitForSelector('[data-compare-ready]', { timeout: 180_000 });
  const html = log.filter((x) => /\/compare\/(\?|$|index\.html|[a-z0-9-]+\/?$|columns\/)/.test(new URL(x.url).pathname + new URL(x.url).search) || x.url.includes('/compare/'));
  console.log(`Comparison, 4 chosen documents: ${kb(sum(html))} of HTML/data on the wire (${html.length} responses; page total ${kb(sum(log))})`);
  // Toggle one column off and on: time until the table shows the change.
  const times = [];
  for (let i = 0; i < 6; i++) {
    const ms = await page.evaluate(async (id) => {
      const box = document.querySelector(`.cmp-choose input[type="checkbox"][value="${id}"]`);
      const th = document.querySelector(`tr.cmp-docs th[data-column="${id}"]`);
      if (!box || !th) return NaN;
      const was = th.hidden;
      const t0 = performance.now();
      // Time until the table shows the change (the column's cells hidden or shown again).
      const done = new Promise((r) => {
        const obs = new MutationObserver(() => { if (th.hidden !== was) { obs.disconnect(); r(performance.now() - t0); } });
        obs.observe(th, { attributes: true, attributeFilter: ['hidden'] });
      });
      box.click();
      return done;
    }, chosen[0]);
    times.push(ms);
  }
  console.log(`Toggle a column: median ${median(times).toFixed(1)} ms over ${times.length} toggles (click → the column's cells hidden/shown)`);
  await context.close();
}

// Search: bytes for a first query, keystroke → results.
// Two times per query, both to the frame painted after the change (requestAnimationFrame, then a
// task: the paint comes between them): "first" — the first result of this query is on screen (or
// the search finished with none); "complete" — the exhaustive pass (synonyms, concepts, every
// record) finished and its list is on screen.
async function timeQuery(page, q, how, untilFirst = false) {
  return page.evaluate(({ q, how, untilFirst }) => new Promise((resolve) => {
    const input = document.querySelector('#search-q');
    const region = document.querySelector('.search-results');
    let t0 = 0;
    let first;
    const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now() - t0))));
    const obs = new MutationObserver(() => {
      if (region.dataset.query !== q.trim()) return;
      const done = region.dataset.state === 'done';
      if (!first && (done || (region.dataset.state === 'widening' && region.querySelector('.search-hit')))) first = painted();
      if (first && untilFirst) {
        obs.disconnect();
        first.then((f) => resolve({ first: f, complete: NaN }));
      } else if (done) {
        obs.disconnect();
        Promise.all([first, painted()]).then(([f, c]) => resolve({ first: f, complete: c }));
      }
    });
    obs.observe(region, { attributes: true, subtree: true, childList: true, characterData: true });
    input.focus();
    input.value = q;
    t0 = performance.now();
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    if (how === 'submit') input.form.requestSubmit();
  }), { q, how, untilFirst });
}
{
  const { context, page, log } = await open('/search/');
  await page.waitForSelector('.search-results[data-state="idle"]');
  const before = log.length;
  await timeQuery(page, '公示期', 'submit', true);
  const first = log.slice(before);
  await page.waitForSelector('.search-results[data-state="done"]', { timeout: 180_000 });
  console.log(`Search, first query “公示期”: ${kb(sum(first))} fetched (${first.length} requests; target ≤ 150 KB)`);
  const kinds = [['pagefind.js', /pagefind\.js$/], ['wasm', /\.pagefind$/], ['meta', /pf_meta$/], ['filters', /pf_filter$/], ['index chunks', /pf_index$/], ['fragments', /pf_fragment$/]];
  console.log(`  of which ${kinds.map(([k, re]) => `${k} ${kb(sum(first.filter((x) => re.test(x.url))))}`).join(', ')}`);
  if (process.argv.includes('--verbose')) for (const x of first) console.log(`    ${kb(x.bytes).padStart(9)}  ${new URL(x.url).pathname}`);
  const qs = ['里程碑', '技术合同认定登记', '70%', '担保', '先用后付', '净收入', '创新券', '违约金', '中试', '失信', '诚信', '当然许可'];
  const sub = [];
  for (const q of qs) sub.push(await timeQuery(page, q, 'submit'));
  await context.close();
  // Typing, on a page of its own: the Enter run's answers (kept by the island) must not answer these.
  const second = await open('/search/');
  await second.page.waitForSelector('.search-results[data-state="idle"]');
  await timeQuery(second.page, '公示期', 'submit');
  const typed = [];
  for (const q of qs) typed.push(await timeQuery(second.page, q, 'input'));
  await second.context.close();
  const stat = (xs, k) => `median ${median(xs.map((x) => x[k])).toFixed(0)} ms, max ${Math.max(...xs.map((x) => x[k])).toFixed(0)} ms`;
  console.log(`Keystroke → first results painted (warm, ${qs.length} queries): Enter ${stat(sub, 'first')}; typing ${stat(typed, 'first')} including the ${DEBOUNCE_MS} ms debounce (target ≤ 50 ms after the debounce)`);
  console.log(`Keystroke → complete list painted (synonyms, concepts, every record): Enter ${stat(sub, 'complete')}; typing ${stat(typed, 'complete')}  (load average ${load()})`);
  if (process.argv.includes('--verbose')) qs.forEach((q, i) => console.log(`    ${q}: Enter ${sub[i].first.toFixed(0)} / ${sub[i].complete.toFixed(0)} ms; typing ${typed[i].first.toFixed(0)} / ${typed[i].complete.toFixed(0)} ms`));
}
await browser.close();
server.close();
console.log(`\nload average at the end: ${load()}`);
if (!keep) rmSync(root, { recursive: true, force: true });
