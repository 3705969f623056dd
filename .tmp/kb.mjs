import { startServer, DIST_DIR } from '../test/site/support/server.ts';
import { launchBrowser } from '../test/site/support/chromium.ts';
const server = await startServer(DIST_DIR);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(server.url + '/calculators/contract/');
  await page.waitForSelector('astro-island:not([ssr])');
  await page.focus('[data-action="load-example"]');
  console.log(await page.evaluate(() => document.activeElement?.outerHTML));
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1000);
  console.log(await page.locator('[data-blank="art1.甲方.名称"]').first().innerText());
} finally { await browser.close(); await server.close(); }
