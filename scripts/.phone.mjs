import { startServer, DIST_DIR } from '../test/site/support/server.ts';
import { launchBrowser } from '../test/site/support/chromium.ts';
const [p, out, ...steps] = process.argv.slice(2);
const server = await startServer(DIST_DIR);
const browser = await launchBrowser();
try {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'zh-CN' });
  const page = await ctx.newPage();
  await page.goto(new URL(p, server.url + '/').href, { waitUntil: 'load' });
  await page.waitForSelector('astro-island:not([ssr])');
  for (const s of steps) {
    const [kind, sel, val] = s.split('|');
    if (kind === 'fill') await page.fill(sel, val);
    if (kind === 'select') await page.selectOption(sel, val);
    if (kind === 'click') await page.click(sel);
  }
  await page.waitForTimeout(300);
  const info = await page.evaluate(() => ({ y: scrollY, els: [...document.querySelectorAll('[data-output="inventor-amount"], #rw-net, .calc-answer, [data-output="earliest-payment-date"], #pp-effective, [data-output="total-subsidy"]')].map((e) => [e.id || e.getAttribute('data-output') || e.className, Math.round(e.getBoundingClientRect().top)]) }));
  console.log(JSON.stringify(info));
  await page.screenshot({ path: out });
} finally { await browser.close(); await server.close(); }
