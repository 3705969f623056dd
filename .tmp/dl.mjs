import { copyFileSync } from 'node:fs';
import { startServer, DIST_DIR } from '../test/site/support/server.ts';
import { launchBrowser } from '../test/site/support/chromium.ts';
const server = await startServer(DIST_DIR);
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(server.url + '/calculators/contract/');
  await page.waitForSelector('astro-island:not([ssr])');
  await page.click('[data-action="load-example"]');
  await page.waitForTimeout(500);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="docx"]')]);
  copyFileSync(await dl.path(), '/tmp/ct/example.docx');
  console.log(dl.suggestedFilename());
} finally { await browser.close(); await server.close(); }
