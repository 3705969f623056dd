// ad-hoc: where a search keystroke's time goes (not committed)
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../test/site/support/chromium.ts';
import { contentType } from '../test/site/support/server.ts';
const dist = process.argv[2];
const COMPRESS = /\.(html|js|css|json|svg|txt|csv|xml)$/;
const server = createServer((req, res) => {
  const u = new URL(req.url ?? '/', 'http://x');
  let file = path.join(dist, decodeURIComponent(u.pathname));
  if (u.pathname.endsWith('/')) file = path.join(file, 'index.html');
  let st; try { st = statSync(file); } catch { res.writeHead(404).end(); return; }
  if (!st.isFile()) { res.writeHead(404).end(); return; }
  const body = readFileSync(file);
  const headers = { 'content-type': contentType(file), 'cache-control': 'no-store' };
  if (COMPRESS.test(file) && /gzip/.test(String(req.headers['accept-encoding']))) { const z = gzipSync(body, { level: 9 }); res.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(z); }
  else res.writeHead(200, headers).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();
const context = await browser.newContext({ locale: 'zh-CN' });
const page = await context.newPage();
await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
await page.waitForSelector('.search-results[data-state="idle"]');
const run = (q) => page.evaluate((q) => new Promise((resolve) => {
  const input = document.querySelector('#search-q');
  const region = document.querySelector('.search-results');
  performance.clearResourceTimings();
  let t0 = 0, first;
  const marks = [];
  const obs = new MutationObserver(() => {
    if (region.dataset.query !== q.trim()) return;
    if (!first && (region.dataset.state === 'done' || (region.dataset.state === 'widening' && region.querySelector('.search-hit')))) {
      first = performance.now() - t0;
      requestAnimationFrame(() => setTimeout(() => {
        const painted = performance.now() - t0;
        obs.disconnect();
        const res = performance.getEntriesByType('resource').filter((e) => e.startTime >= t0).map((e) => `${e.name.split('/').pop().slice(0, 24)} ${(e.startTime - t0).toFixed(0)}→${(e.responseEnd - t0).toFixed(0)}`);
        resolve({ q, dom: first.toFixed(0), painted: painted.toFixed(0), res });
      }));
    }
  });
  obs.observe(region, { attributes: true, subtree: true, childList: true, characterData: true });
  input.focus(); input.value = q; t0 = performance.now();
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  input.form.requestSubmit();
}), q);
await run('公示期');
await page.waitForSelector('.search-results[data-state="done"]', { timeout: 60000 });
const qs = process.argv.slice(3).length ? process.argv.slice(3) : ['里程碑', '技术合同认定登记', '70%', '担保', '先用后付', '净收入', '创新券', '违约金', '中试', '失信', '诚信', '当然许可'];
if (process.env.PROFILE) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  for (const q of qs) { await run(q); await page.waitForSelector('.search-results[data-state="done"]', { timeout: 60000 }); }
  const { profile } = await cdp.send('Profiler.stop');
  (await import('node:fs')).writeFileSync('/tmp/prof/search.cpuprofile', JSON.stringify(profile));
} else for (const q of qs) {
  const r = await run(q);
  console.log(r.q, 'dom', r.dom, 'painted', r.painted, '|', r.res.join('; '));
  await page.waitForSelector('.search-results[data-state="done"]', { timeout: 60000 });
}
await browser.close(); server.close();
