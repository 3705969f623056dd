// Search benchmark: index size, bytes fetched for a first query, and time from keystroke to
// rendered results in Chromium.
//   npm run build && npx node scripts/bench-search.mjs
// Bytes are measured over a gzip-compressing static server (like any real host; Pagefind's
// .pf_* files and wasm are already gzipped and sent as they are) via Chromium's network
// events (encodedDataLength = bytes on the wire, headers excluded).
import { createServer } from 'node:http';
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST_DIR, contentType } from '../test/site/support/server.ts';
import { launchBrowser } from '../test/site/support/chromium.ts';

const QUERIES = ['公示期', '里程碑', '技术合同认定登记', '70%', '100万元', '担保', '提成', '15日', '先用后付', '先使用后付费',
  '先用后转', '净收入', '科技保险', '创新券', '违约金', '中试', '作价投资', '失信', '昆明 公示期', '湖南 里程碑'];

// --- index size --------------------------------------------------------------------------------
const pf = path.join(DIST_DIR, 'pagefind');
const files = readdirSync(pf, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(pf, f)).isFile());
const bytes = (fs) => fs.reduce((s, f) => s + statSync(path.join(pf, f)).size, 0);
const group = (re) => files.filter((f) => re.test(f));
console.log('Index (dist/pagefind/):');
console.log(`  all files            ${files.length} files, ${bytes(files)} bytes`);
for (const [label, re] of [['index chunks', /^index\//], ['fragments', /^fragment\//], ['filters', /^filter\//], ['wasm', /\.pagefind$/], ['pagefind.js', /^pagefind\.js$/], ['meta + entry', /pf_meta$|entry\.json$/]]) {
  const g = group(re);
  console.log(`  ${label.padEnd(20)} ${g.length} files, ${bytes(g)} bytes`);
}

// --- gzip server ---------------------------------------------------------------------------------
const COMPRESS = /\.(html|js|css|json|svg|txt|csv|xml)$/;
const server = createServer((req, res) => {
  const u = new URL(req.url ?? '/', 'http://x');
  let file = path.join(DIST_DIR, decodeURIComponent(u.pathname));
  if (u.pathname.endsWith('/')) file = path.join(file, 'index.html');
  let st;
  try { st = statSync(file); } catch { res.writeHead(404).end(); return; }
  if (!st.isFile()) { res.writeHead(404).end(); return; }
  const headers = { 'content-type': contentType(file), 'cache-control': 'no-store' };
  if (COMPRESS.test(file) && /gzip/.test(String(req.headers['accept-encoding']))) {
    const body = gzipSync(readFileSync(file), { level: 9 });
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length }).end(body);
  } else {
    res.writeHead(200, { ...headers, 'content-length': st.size });
    createReadStream(file).pipe(res);
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();

/** Opens /search/ and records every response's wire size from then on. */
async function openSearch() {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const log = [];
  const urls = new Map();
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => log.push({ url: urls.get(e.requestId) ?? '?', bytes: e.encodedDataLength, at: Date.now() }));
  await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('.search-results[data-state="idle"]');
  return { context, page, log };
}

/** Types (or submits) a query and resolves with ms until its results are rendered. */
function timeQuery(page, q, how, until = ['widening', 'done']) {
  return page.evaluate(
    ({ q, how, until }) =>
      new Promise((resolve) => {
        const input = document.querySelector('#search-q');
        const region = document.querySelector('.search-results');
        let t0 = 0;
        const check = () => {
          // data-query names the query the rendered results belong to.
          if (until.includes(region.dataset.state) && region.dataset.query === q) {
            obs.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          }
        };
        const obs = new MutationObserver(check);
        obs.observe(region, { attributes: true, subtree: true, childList: true, characterData: true });
        input.value = q;
        t0 = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        if (how === 'submit') input.form.requestSubmit();
      }),
    { q, how, until },
  );
}

const sum = (xs) => xs.reduce((s, x) => s + x.bytes, 0);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

// --- bytes for a first query -----------------------------------------------------------------------
console.log('\nBytes on the wire for a first query (fresh browser context, gzip host):');
const firstBytes = [];
for (const q of ['公示期', '先使用后付费', '100万元']) {
  const { context, page, log } = await openSearch();
  const pageLoad = sum(log);
  const before = log.length;
  await timeQuery(page, q, 'submit');
  const firstRender = log.slice(before);
  await page.waitForSelector('.search-results[data-state="done"]');
  await page.waitForTimeout(200);
  const complete = log.slice(before);
  const pfBytes = (xs) => sum(xs.filter((x) => x.url.includes('/pagefind/')));
  console.log(`  “${q}”: search page load ${pageLoad} B; query → first results ${sum(firstRender)} B (${firstRender.length} requests, Pagefind ${pfBytes(firstRender)} B); after the exhaustive pass ${sum(complete)} B (${complete.length} requests)`);
  if (q === '公示期') {
    for (const x of firstRender) console.log(`      ${String(x.bytes).padStart(7)}  ${x.url.replace(base, '')}`);
  }
  firstBytes.push(sum(firstRender));
  await context.close();
}

// --- time from keystroke to rendered results -------------------------------------------------------
console.log('\nKeystroke → rendered results (Chromium, warm page after one search):');
{
  const { context, page } = await openSearch();
  const cold = await timeQuery(page, '公示', 'submit');
  console.log(`  first query (loads Pagefind, wasm, index): ${cold.toFixed(0)} ms`);
  for (const how of ['input', 'submit']) {
    const times = [];
    for (const q of QUERIES) {
      times.push(await timeQuery(page, q, how));
    }
    const label = how === 'input' ? 'typing (includes the 250 ms debounce)' : 'Enter / submit';
    console.log(`  ${label}: median ${median(times).toFixed(0)} ms over ${times.length} queries (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
  }
  await context.close();
}
await browser.close();
server.close();
