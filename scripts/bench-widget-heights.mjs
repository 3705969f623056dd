#!/usr/bin/env node
/**
 * Widget heights (not a test; figures for issue 16 §2): each widget's iframe page at 360 px wide,
 * full and compact, with the items a host would choose for a compact widget (one subsidy article,
 * one payment rule, two documents in the comparison) and, for the subsidy widget, every article
 * alone. Heights are the document's in CSS px once the island has rendered.
 * Usage: npm run build && npx node scripts/bench-widget-heights.mjs [--width 360]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer, DIST_DIR } from '../test/site/support/server.ts';
import { launchBrowser } from '../test/site/support/chromium.ts';

const { values } = parseArgs({ options: { width: { type: 'string', default: '360' } } });
const width = Number(values.width);
const manifest = JSON.parse(readFileSync(join(DIST_DIR, 'widgets.json'), 'utf8'));
const input = (id, name) => manifest.widgets.find((w) => w.id === id)?.inputs.find((i) => i.name === name);
const items = input('subsidy', 'items')?.allowed ?? [];
const rules = input('payment-planner', 'rule')?.allowed ?? [];
const localDocs = (input('compare', 'docs')?.allowed ?? []).filter((d) => !d.label.startsWith('全国'));
const docs = [localDocs[0], localDocs.at(-1)].filter(Boolean);

/** [label, widget id, query] */
const cases = [
  ['subsidy, full, nothing preset', 'subsidy', ''],
  ['subsidy, compact, 第七条 企业购买 (one article)', 'subsidy', 'items=yunnan-2024-15-measures-art-7-enterprise-purchase&compact=1'],
  ['payment, full, nothing preset', 'payment-planner', ''],
  [`payment, compact, one rule (${rules[0]?.label ?? '?'})`, 'payment-planner', `rule=${rules[0]?.value}&compact=1`],
  ['compare, full, default jurisdictions', 'compare', ''],
  [`compare, compact, two documents (${docs.slice(0, 2).map((d) => d.label).join(' / ')})`, 'compare', `docs=${docs.slice(0, 2).map((d) => d.value).join(',')}&compact=1`],
  ['reward, full, nothing preset', 'reward-split', ''],
  ['reward, compact, nothing preset', 'reward-split', 'compact=1'],
];

const server = await startServer(DIST_DIR);
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const height = async (id, query) => {
    await page.goto(`${server.url}/embed/${id}/?${query}`, { waitUntil: 'load' });
    await page.locator('.xyhf-root').first().waitFor({ state: 'attached' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
    return page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  };
  console.log(`iframe pages at ${width} px wide (document height, CSS px):`);
  for (const [label, id, query] of cases) console.log(`  ${String(await height(id, query)).padStart(6)}  ${label}`);
  console.log(`\ncompact subsidy widget, each article alone (${items.length}):`);
  const all = [];
  for (const it of items) all.push([await height('subsidy', `items=${it.value}&compact=1`), it.label]);
  all.sort((a, b) => b[0] - a[0]);
  for (const [h, label] of all) console.log(`  ${String(h).padStart(6)}  ${label}`);
} finally {
  await browser.close();
  await server.close();
}
