// Full-page screenshot of a built page, for looking at it:
//   npx node scripts/screenshot.mjs <url-path> [out.png] [--width 360] [--height 800] [--print] [--viewport]
//     [--wait-for <css selector>]   (e.g. '[data-output]' once an island has hydrated)
//     [--care]                      care mode (关怀模式) on, as the header switch leaves it
//     [--scroll <px>]               scroll down first (with --viewport: see what sticks)
// Serves dist/ (run `npm run build` first) on 127.0.0.1 with the test server, blocks every
// request that leaves localhost, and writes the PNG (default: screenshot.png).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer, DIST_DIR } from '../test/site/support/server.ts';
import { launchBrowser } from '../test/site/support/chromium.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '800' },
    print: { type: 'boolean', default: false },
    viewport: { type: 'boolean', default: false },
    'wait-for': { type: 'string' },
    care: { type: 'boolean', default: false },
    scroll: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const [urlPath, out = 'screenshot.png'] = positionals;
if (values.help || !urlPath) {
  console.error('usage: npx node scripts/screenshot.mjs <url-path> [out.png] [--width 360] [--height 800] [--print] [--viewport]');
  process.exit(values.help ? 0 : 2);
}
const width = Number(values.width);
const height = Number(values.height);
if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
  console.error('--width/--height must be positive integers');
  process.exit(2);
}

const server = await startServer(DIST_DIR);
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    return hostname === '127.0.0.1' || hostname === 'localhost' ? route.continue() : route.abort('blockedbyclient');
  });
  if (values.care) await context.addInitScript({ content: "localStorage.setItem('xyhf-care', 'on')" });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') console.error(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  const url = new URL(urlPath, server.url + '/').href;
  const res = await page.goto(url, { waitUntil: 'load' });
  if (values['wait-for']) await page.locator(values['wait-for']).first().waitFor({ state: 'visible' });
  if (values.print) await page.emulateMedia({ media: 'print' });
  if (values.scroll) await page.evaluate((y) => window.scrollTo(0, y), Number(values.scroll));
  // --viewport: only what a reader sees first (a full page of a long text is unreadable when scaled).
  await page.screenshot({ path: out, fullPage: !values.viewport });
  console.log(`${url} → HTTP ${res?.status()} → ${path.resolve(out)} (${width}px wide)`);
} finally {
  await browser.close();
  await server.close();
}
