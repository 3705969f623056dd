// Ad-hoc: open the contract page, run a scenario, screenshot in slices.
import { startServer, DIST_DIR } from '../test/site/support/server.ts';
import { launchBrowser } from '../test/site/support/chromium.ts';
const [scenario = 'empty', width = '1280', prefix = '/tmp/ct/shots/s'] = process.argv.slice(2);
const server = await startServer(DIST_DIR);
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: Number(width), height: 1000 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.error(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(server.url + '/calculators/contract/', { waitUntil: 'load' });
  await page.waitForSelector('astro-island:not([ssr])');
  if (scenario !== 'empty') await page.click('[data-action="load-example"]');
  if (scenario === 'print') await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(300);
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log('height', h, 'scrollWidth', sw);
  const step = 1800;
  for (let y = 0, i = 0; y < h; y += step, i++) {
    await page.screenshot({ path: `${prefix}_${i}.png`, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(step, h - y) } });
  }
} finally { await browser.close(); await server.close(); }
