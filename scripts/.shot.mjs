// Temporary (not committed): viewport screenshots after scrolling to a selector or a y offset.
// npx node scripts/.shot.mjs <path> <out-prefix> [--width 1280] [--height 900] [--wait sel] [--at sel|y,...] [--print] [--care]
import { parseArgs } from 'node:util';
import { startServer, DIST_DIR } from '../test/site/support/server.ts';
import { launchBrowser } from '../test/site/support/chromium.ts';
const { values, positionals } = parseArgs({ allowPositionals: true, options: { width: { type: 'string', default: '1280' }, height: { type: 'string', default: '900' }, wait: { type: 'string' }, at: { type: 'string', default: '0' }, print: { type: 'boolean', default: false }, full: { type: 'boolean', default: false }, js: { type: 'string', default: '' } } });
const [p, out] = positionals;
const server = await startServer(DIST_DIR);
const browser = await launchBrowser();
try {
  const ctx = await browser.newContext({ viewport: { width: Number(values.width), height: Number(values.height) }, locale: 'zh-CN' });
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.error('console', m.text()); });
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  await page.goto(new URL(p, server.url + '/').href, { waitUntil: 'load' });
  if (values.wait) await page.locator(values.wait).first().waitFor();
  if (values.js) await page.evaluate(values.js);
  await page.waitForTimeout(300);
  if (values.print) await page.emulateMedia({ media: 'print' });
  let k = 0;
  for (const at of values.at.split(',')) {
    if (/^\d+$/.test(at)) await page.evaluate((y) => window.scrollTo(0, y), Number(at));
    else await page.locator(at).first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${out}-${k++}.png`, fullPage: values.full });
  }
  console.log('ok');
} finally { await browser.close(); await server.close(); }
