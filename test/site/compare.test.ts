// /compare/ and /compare/<dimension>/ in real Chromium against dist/: the static matrix without
// JavaScript, the island's column choice, "only differences" and URL state, citations landing on
// real anchors, axe, keyboard use, phone cards, print on A4 landscape and the downloads.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, pageUrl, useBrowser, type OpenedPage } from './support/browser.ts';
import { formatViolations, runAxe } from './support/axe.ts';
import { listPages } from './support/pages.ts';
import { parseHtml } from './support/links.ts';
import { DIST_DIR } from './support/server.ts';
import { strFromU8, unzipSync } from 'fflate';
import { csvCells, jsonStrings, kebabIds, textProblems } from './support/clean-text.ts';

const browser = useBrowser();
const base = inject('baseURL');
const ROOT = path.resolve(DIST_DIR, '..');
const dims = (parseYaml(readFileSync(path.join(ROOT, 'content/dimensions.yaml'), 'utf8')) as { dimensions: { key: string }[] }).dimensions.map((d) => d.key);
const exported = JSON.parse(readFileSync(path.join(DIST_DIR, 'compare/comparison.json'), 'utf8')) as {
  columns: { id: string; textStatus: string; jurisdiction: { level: string } }[];
  rows: { dimension: string; cells: { column: string; specified: boolean; law: unknown[] }[] }[];
};
const colIds = exported.columns.map((c) => c.id);
/** Internal ids that must not show in Chinese text (see clean-text.test.ts). */
const ids = kebabIds(jsonStrings(exported));

async function open(urlPath: string, opts: Parameters<typeof openPage>[2] = {}): Promise<OpenedPage> {
  return openPage(browser(), pageUrl(base, urlPath), opts);
}

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('[data-compare-ready]', { state: 'visible' });
}

/** Column ids whose header cell is shown. */
function shownColumns(page: Page): Promise<string[]> {
  return page.$$eval('thead th[data-column]', (ths) => ths.filter((t) => !(t as HTMLElement).hidden).map((t) => (t as HTMLElement).dataset.column!));
}

async function noIssues(o: OpenedPage): Promise<void> {
  const issues = await o.collectIssues();
  expect(issues).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [], externalRequests: [] });
}

describe('static matrix (no JavaScript)', () => {
  test('has every dimension as a row and every document as a column, each cell marked', async () => {
    const o = await open('/compare/', { javaScript: false });
    try {
      const { page } = o;
      expect(await page.$$eval('tr[data-dimension]', (trs) => trs.map((t) => (t as HTMLElement).dataset.dimension))).toEqual(dims);
      expect(await shownColumns(page)).toEqual(colIds);
      expect(colIds.length).toBeGreaterThanOrEqual(5);
      const cells = await page.$$eval('td[data-dimension][data-column]', (tds) => tds.map((t) => `${(t as HTMLElement).dataset.dimension}|${(t as HTMLElement).dataset.column}`));
      expect(cells).toEqual(dims.flatMap((d) => colIds.map((c) => `${d}|${c}`)));
      // Silent cells say so, exactly where the export says "not specified": 未规定; where the law
      // above answers, that it does (and the answer follows, data-law-layer); an excerpt of a law,
      // that its published articles do not touch the row.
      const national = new Set(exported.columns.filter((c) => c.jurisdiction.level === 'national').map((c) => c.id));
      const silent = await page.$$eval('td.is-none', (tds) =>
        tds.map((t) => `${(t as HTMLElement).dataset.dimension}|${(t as HTMLElement).dataset.column}|${t.querySelector('.cmp-none')?.textContent}|${t.querySelector('[data-law-layer]') ? 'law' : ''}`),
      );
      const expected = exported.rows.flatMap((r) =>
        r.cells
          .filter((c) => !c.specified)
          .map((c) => {
            const law = c.law.length > 0;
            const words = national.has(c.column) ? '节选条文未涉及' : law ? '未规定（由国家法律回答，见下）' : '未规定';
            return `${r.dimension}|${c.column}|${words}|${law ? 'law' : ''}`;
          }),
      );
      expect(silent).toEqual(expected);
      expect(silent.length).toBeGreaterThan(0);
      expect(silent.filter((x) => x.endsWith('|law')).length).toBeGreaterThan(0);
      // Every specified cell has at least one citation link.
      const uncited = await page.$$eval('td[data-column]:not(.is-none)', (tds) => tds.filter((t) => !t.querySelector('.cmp-cite a[href^="/policies/"]')).length);
      expect(uncited).toBe(0);
      // The controls stay hidden: they would do nothing without JavaScript.
      expect(await page.locator('.cmp-controls').isVisible()).toBe(false);
      // Draft and summary columns carry their badge.
      for (const c of exported.columns.filter((x) => x.textStatus !== 'official')) {
        expect(await page.locator(`thead th[data-column="${c.id}"] .badge--${c.textStatus === 'draft-for-comment' ? 'draft' : 'summary'}`).count()).toBe(1);
      }
      await noIssues(o);
    } finally {
      await o.close();
    }
  });

  test('every citation link on the compare pages lands on an existing anchor of the policy page', () => {
    const pages = listPages().filter((p) => p.urlPath.startsWith('/compare/'));
    // /compare/, one page per dimension, and the per-region and per-document comparisons (checked too).
    expect(pages.filter((p) => !/^\/compare\/(region|doc)\//.test(p.urlPath)).length).toBe(dims.length + 1);
    // One per published document, the national-law excerpts included (5 local texts + 2 laws today).
    const docs = readdirSync(path.join(ROOT, 'content/policies')).filter((f) => f.endsWith('.mdx')).map((f) => `/compare/doc/${f.replace(/\.mdx$/, '')}/`);
    expect(pages.filter((p) => p.urlPath.startsWith('/compare/doc/')).map((p) => p.urlPath).sort()).toEqual(docs.sort());
    const idsCache = new Map<string, Set<string>>();
    const idsOf = (policyPath: string) => {
      let ids = idsCache.get(policyPath);
      if (!ids) {
        ids = parseHtml(readFileSync(path.join(DIST_DIR, policyPath, 'index.html'), 'utf8')).ids;
        idsCache.set(policyPath, ids);
      }
      return ids;
    };
    let checked = 0;
    const broken: string[] = [];
    for (const p of pages) {
      for (const ref of parseHtml(readFileSync(p.file, 'utf8')).refs) {
        const m = /^\/policies\/([a-z0-9-]+)\/#(.+)$/.exec(ref.value);
        if (!m) continue;
        checked++;
        if (!idsOf(`policies/${m[1]}`).has(decodeURIComponent(m[2]!))) broken.push(`${p.urlPath} → ${ref.value}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});

describe('island', () => {
  test('choosing columns hides the others, fixes the group header and goes into the URL; the URL restores it', async () => {
    const o = await open('/compare/');
    try {
      const { page } = o;
      await ready(page);
      const [keep1, keep2, ...drop] = colIds;
      for (const id of drop) await page.locator(`.cmp-controls input[value="${id}"]`).uncheck();
      // Effects apply after the render: poll.
      await expect.poll(() => shownColumns(page)).toEqual([keep1, keep2]);
      const hiddenCells = await page.$$eval('td[data-column]', (tds, keep) => tds.filter((t) => !(t as HTMLElement).hidden).every((t) => keep.includes((t as HTMLElement).dataset.column!)), [keep1!, keep2!]);
      expect(hiddenCells).toBe(true);
      const spans = await page.$$eval('th[data-span-all]', (ths) => ths.map((t) => (t as HTMLTableCellElement).colSpan));
      expect(new Set(spans)).toEqual(new Set([3]));
      const url = new URL(page.url());
      expect(url.searchParams.get('j')).toBe(`${keep1},${keep2}`);
      // A third uncheck is refused: at least two columns.
      await page.locator(`.cmp-controls input[value="${keep1}"]`).click();
      await expect.poll(() => page.locator('.cmp-status').textContent()).toContain('至少');
      expect(await page.locator(`.cmp-controls input[value="${keep1}"]`).isChecked()).toBe(true);
      expect(await shownColumns(page)).toEqual([keep1, keep2]);
      await expect.poll(() => page.locator('.cmp-status').textContent()).toContain('至少');

      // Round trip: open the URL fresh.
      const o2 = await open(`/compare/${url.search}`);
      try {
        await ready(o2.page);
        await expect.poll(() => shownColumns(o2.page)).toEqual([keep1, keep2]);
        expect(await o2.page.locator(`.cmp-controls input[value="${drop[0]}"]`).isChecked()).toBe(false);
        await noIssues(o2);
      } finally {
        await o2.close();
      }
      await noIssues(o);
    } finally {
      await o.close();
    }
  });

  test('refused unchecks, one after another, leave every box as the table shows it (#12 §5)', async () => {
    // A refusal that changed nothing used to skip the re-render, so the browser's own toggle stood:
    // from the second refusal on, boxes stayed unticked while the table still showed two documents.
    const o = await open('/compare/');
    try {
      const { page } = o;
      await ready(page);
      const [keep1, keep2, ...drop] = colIds;
      for (const id of drop) await page.locator(`.cmp-controls input[value="${id}"]`).uncheck();
      await expect.poll(() => shownColumns(page)).toEqual([keep1, keep2]);
      const boxes = () => page.$$eval('.cmp-choose input[type="checkbox"]', (els) => (els as HTMLInputElement[]).filter((e) => e.checked).map((e) => e.value));
      for (const id of [keep1, keep2, keep1, keep2, keep1]) {
        await page.locator(`.cmp-controls input[value="${id}"]`).click();
        await expect.poll(() => page.locator('.cmp-status').textContent()).toContain('至少');
        await expect.poll(boxes).toEqual([keep1, keep2]);
        expect(await shownColumns(page)).toEqual([keep1, keep2]);
      }
      // Keyboard (Space) goes the same way.
      await page.locator(`.cmp-controls input[value="${keep2}"]`).focus();
      await page.keyboard.press('Space');
      await expect.poll(boxes).toEqual([keep1, keep2]);
      // A column added after refusals is shown and ticked, and the message goes.
      await page.locator(`.cmp-controls input[value="${drop[0]}"]`).check();
      await expect.poll(() => shownColumns(page)).toEqual([keep1, keep2, drop[0]]);
      expect(await boxes()).toEqual([keep1, keep2, drop[0]]);
      expect(await page.locator('.cmp-status').textContent()).not.toContain('至少');
      await noIssues(o);
    } finally {
      await o.close();
    }
  });

  test('"only differences" hides agreeing rows (two silent cells agree), shows them again, and is in the URL', async () => {
    const a = 'kunming-2025-guideline';
    const b = 'kunming-2025-measures-draft';
    expect(colIds).toContain(a);
    expect(colIds).toContain(b);
    const o = await open(`/compare/?j=${a},${b}`);
    try {
      const { page } = o;
      await ready(page);
      await page.getByLabel('只看不同', { exact: false }).check();
      await expect.poll(() => new URL(page.url()).searchParams.get('d')).toBe('1');
      const rows = await page.$$eval('tr[data-dimension]', (trs, cols) => trs.map((tr) => ({
        d: (tr as HTMLElement).dataset.dimension!,
        hidden: (tr as HTMLElement).hidden,
        bothSilent: cols.every((c) => tr.querySelector(`td[data-column="${c}"]`)?.classList.contains('is-none')),
        oneSilent: cols.filter((c) => tr.querySelector(`td[data-column="${c}"]`)?.classList.contains('is-none')).length === 1,
      })), [a, b]);
      expect(rows.filter((r) => r.bothSilent).every((r) => r.hidden)).toBe(true);
      expect(rows.filter((r) => r.oneSilent).every((r) => !r.hidden)).toBe(true);
      const visible = rows.filter((r) => !r.hidden).length;
      expect(visible).toBeGreaterThan(0);
      expect(visible).toBeLessThan(dims.length);
      await expect.poll(() => page.locator('.cmp-status').textContent()).toContain(`显示 ${visible} / ${dims.length} 项`);
      // A section whose rows are all hidden disappears with them.
      const emptyShown = await page.$$eval('tbody[data-section]', (tbs) => tbs.filter((tb) => !(tb as HTMLElement).hidden && !tb.querySelector('tr[data-dimension]:not([hidden])')).length);
      expect(emptyShown).toBe(0);
      await page.getByLabel('只看不同', { exact: false }).uncheck();
      await expect.poll(() => page.$$eval('tr[data-dimension][hidden]', (x) => x.length)).toBe(0);
      expect(new URL(page.url()).search).toBe(`?j=${a},${b}`);
      await noIssues(o);
    } finally {
      await o.close();
    }
  });

  test('highlights the two ends of each ordered row among the chosen columns, in words that say for whom', async () => {
    type Dim = { key: string; order: string; rank?: { party: string; more?: string; less?: string } };
    const dims = (parseYaml(readFileSync(path.join(ROOT, 'content/dimensions.yaml'), 'utf8')) as { dimensions: Dim[] }).dimensions;
    const ordered = new Map(dims.filter((d) => d.order !== 'none').map((d) => [d.key, d]));
    const expected = (key: string, kind: string): string => {
      const r = ordered.get(key)!.rank!;
      return `对${r.party}最${kind === 'generous' ? (r.more ?? '优厚') : (r.less ?? '不利')}`;
    };
    const marksOf = (page: Page) =>
      page.$$eval('td.is-generous .cmp-rank--generous, td.is-strictest .cmp-rank--strictest', (els) =>
        els.map((e) => ({ dim: e.closest<HTMLElement>('td')!.dataset.dimension!, col: e.closest<HTMLElement>('td')!.dataset.column!, kind: e.classList.contains('cmp-rank--generous') ? 'generous' : 'strictest', text: e.textContent })));
    const o = await open('/compare/');
    try {
      const { page } = o;
      await ready(page);
      const marks = await marksOf(page);
      expect(marks.length).toBeGreaterThan(0);
      // Only ordered dimensions carry marks, and every mark names the party it is generous or strict for.
      for (const m of marks) {
        expect(ordered.has(m.dim)).toBe(true);
        expect(m.text).toBe(expected(m.dim, m.kind));
      }
      // A short deadline to list unused results is strict for the unit holding them: Yunnan's 满2年.
      expect(marks).toContainEqual({ dim: 'unconverted-deadline', col: 'yunnan-2024-15-measures', kind: 'strictest', text: '对持有成果的单位最严格' });
      // The island re-marks a new selection with the same words (read from the row, one source).
      await page.goto(new URL('/compare/?j=kunming-2025-measures-draft,yunnan-2024-15-measures', page.url()).href);
      await ready(page);
      await expect.poll(async () => (await marksOf(page)).filter((m) => m.dim === 'unconverted-deadline').sort((x, y) => x.col.localeCompare(y.col))).toEqual([
        { dim: 'unconverted-deadline', col: 'kunming-2025-measures-draft', kind: 'generous', text: '对持有成果的单位最宽松' },
        { dim: 'unconverted-deadline', col: 'yunnan-2024-15-measures', kind: 'strictest', text: '对持有成果的单位最严格' },
      ]);
    } finally {
      await o.close();
    }
  });

  test.each([
    ['?j=nope,kunming-2025-guideline', '没有代号为“nope”的文件'],
    ['?j=%3Cscript%3E,,', '不是有效的文件代号'],
    ['?j=kunming-2025-guideline&d=maybe', '只识别出一份文件'],
    ['?j=%E0%A4%A', '不是有效的文件代号'],
  ])('a malformed URL %s shows a notice and the full table, never a crash', async (q, words) => {
    const o = await open(`/compare/${q}`);
    try {
      const { page } = o;
      await ready(page);
      await expect.poll(() => page.locator('.cmp-controls .notice').textContent()).toContain(words);
      expect(await shownColumns(page)).toEqual(colIds);
      await noIssues(o);
    } finally {
      await o.close();
    }
  });

  test('downloads what is shown — CSV and Excel as the matrix on screen, and JSON — with citations and clean text', async () => {
    const [c1, c2] = [colIds[0]!, colIds.at(-1)!];
    const o = await open(`/compare/?j=${c1},${c2}&d=1`);
    try {
      const { page } = o;
      await ready(page);
      const shownDims = await page.$$eval('tr[data-dimension]:not([hidden])', (trs) => trs.map((t) => (t as HTMLElement).dataset.dimension!));
      expect(shownDims.length).toBeLessThan(dims.length);
      const heads = await page.$$eval('thead th[data-column]:not([hidden]) a', (as) => as.map((a) => a.textContent!.trim()));
      const rowLabels = await page.$$eval('tr[data-dimension]:not([hidden]) .cmp-rowhead', (ths) => ths.map((t) => t.textContent!.trim()));

      const [csvDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载当前对比（CSV）' }).click()]);
      const csv = readFileSync((await csvDl.path())!, 'utf8');
      expect(csv.startsWith('\uFEFF主题,对比项,')).toBe(true);
      const cells = csvCells(csv);
      const width = 2 + 2;
      // Header: 主题, 对比项, then the two documents as the table heads them; a row per shown dimension.
      expect(cells.slice(2, width).every((h, i) => h.includes(heads[i]!))).toBe(true);
      const rows = Array.from({ length: (cells.length - 1) / width - 1 }, (_, i) => cells.slice((i + 1) * width, (i + 2) * width));
      expect(rows.map((r) => r[1])).toEqual(rowLabels);
      // Each cell: its rules with citations, or silence said as the page says it (then the law's answer, cited).
      expect(rows.every((r) => r.slice(2).every((c) => c === '未规定' || c === '节选条文未涉及' || c.includes('出处：《') || c.includes('依据：《')))).toBe(true);
      expect(textProblems('csv', cells, ids)).toEqual([]);

      const [xlsxDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载当前对比（Excel）' }).click()]);
      expect(xlsxDl.suggestedFilename()).toMatch(/^comparison-2-.+\.xlsx$/);
      const files = unzipSync(new Uint8Array(readFileSync((await xlsxDl.path())!)));
      const sst = strFromU8(files['xl/sharedStrings.xml']!);
      for (const label of rowLabels) expect(sst).toContain(label);
      expect(sst).toContain('原文引述');
      expect([...strFromU8(files['xl/workbook.xml']!).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['对比表', '原文引述', '说明']);
      const strings = [...sst.matchAll(/<t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/t>)/g)].map((m) => m[1] ?? '');
      expect(strings.length).toBeGreaterThan(rowLabels.length);
      expect(textProblems('xlsx', strings, ids)).toEqual([]);

      const [jsonDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载当前对比（JSON）' }).click()]);
      const json = JSON.parse(readFileSync((await jsonDl.path())!, 'utf8')) as typeof exported;
      expect(json.columns.map((c) => c.id)).toEqual([c1, c2]);
      expect(json.rows.map((r) => r.dimension)).toEqual(shownDims);
      await noIssues(o);
    } finally {
      await o.close();
    }
  });

  test('the spreadsheet writer loads only on click', async () => {
    const o = await open('/compare/');
    try {
      const { page } = o;
      await ready(page);
      const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\.js(\?|$)/.test(n)));
      const before = await scripts();
      const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载当前对比（Excel）' }).click()]);
      expect(dl.suggestedFilename()).toMatch(/\.xlsx$/);
      const added = (await scripts()).filter((n) => !before.includes(n));
      expect(added.length).toBeGreaterThan(0);
    } finally {
      await o.close();
    }
  });
});

describe('accessibility and layout', () => {
  test.each(['/compare/', '/compare/?j=kunming-2025-measures-draft,yunnan-2024-15-measures&d=1', '/compare/?j=bad!', '/compare/inventor-share/'])('axe finds no violations on %s', async (u) => {
    const o = await open(u, { bypassCSP: true });
    try {
      if (u.startsWith('/compare/?') || u === '/compare/') await ready(o.page);
      const results = await runAxe(o.page);
      expect(results.passes.length).toBeGreaterThan(0);
      expect(results.violations.map((v) => v.id), formatViolations(results.violations)).toEqual([]);
    } finally {
      await o.close();
    }
  });

  test('keyboard only: tab to a column checkbox and toggle it; a focused citation shows its quote, Escape hides it', async () => {
    const o = await open('/compare/');
    try {
      const { page } = o;
      await ready(page);
      const target = colIds[0]!;
      let found = false;
      for (let i = 0; i < 40 && !found; i++) {
        await page.keyboard.press('Tab');
        found = await page.evaluate((id) => (document.activeElement as HTMLInputElement | null)?.value === id, target);
      }
      expect(found).toBe(true);
      await page.keyboard.press('Space');
      await expect.poll(() => shownColumns(page)).not.toContain(target);
      await expect.poll(() => new URL(page.url()).searchParams.get('j')).toBe(colIds.slice(1).join(','));
      // Tab onwards to the first citation link in the table.
      let onCite = false;
      for (let i = 0; i < 120 && !onCite; i++) {
        await page.keyboard.press('Tab');
        onCite = await page.evaluate(() => !!document.activeElement?.closest('.cmp-cite'));
      }
      expect(onCite).toBe(true);
      const quoteShown = () => page.evaluate(() => {
        const q = document.activeElement!.closest('.cmp-cite')!.querySelector('.cmp-quote')!;
        return getComputedStyle(q).display !== 'none';
      });
      expect(await quoteShown()).toBe(true);
      // The quote is the link's description for screen readers.
      const described = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        return document.getElementById(a.getAttribute('aria-describedby')!)?.textContent ?? '';
      });
      expect(described.length).toBeGreaterThan(4);
      await page.keyboard.press('Escape');
      expect(await quoteShown()).toBe(false);
      // Focus is not hidden under the sticky header row or first column.
      const obscured = await page.evaluate(() => {
        const a = document.activeElement!.getBoundingClientRect();
        const head = document.querySelector('.cmp thead')!.getBoundingClientRect();
        const first = document.querySelector('.cmp .cmp-rowhead')!.getBoundingClientRect();
        return a.top < head.bottom - 1 || a.left < first.right - 1;
      });
      expect(obscured).toBe(false);
    } finally {
      await o.close();
    }
  });

  /** Box facts of the matrix: is its wrapper a scroll box, does anything overflow, where are the columns. */
  const boxFacts = (page: Page) =>
    page.evaluate(() => {
      const wrap = document.querySelector<HTMLElement>('.cmp-scroll')!;
      const cs = getComputedStyle(wrap);
      const heads = [...document.querySelectorAll<HTMLElement>('thead th[data-column]')].filter((t) => !t.hidden);
      return {
        overflowX: cs.overflowX,
        overflowY: cs.overflowY,
        wrapOverflows: wrap.scrollWidth > wrap.clientWidth + 1,
        pageOverflows: document.documentElement.scrollWidth > window.innerWidth,
        lastRight: Math.max(...heads.map((t) => t.getBoundingClientRect().right)),
        viewport: window.innerWidth,
        maxHeight: cs.maxHeight,
      };
    });

  test('at 1280 px all columns (five local texts, two law excerpts) show without a scroll box; the header row sticks to the window', async () => {
    const o = await open('/compare/', { viewport: { width: 1280, height: 800 } });
    try {
      const { page } = o;
      await ready(page);
      expect(colIds.length).toBeGreaterThanOrEqual(7);
      const f = await boxFacts(page);
      // `visible`: no scroll container at all (so neither scrollbar, and no nested vertical scroll).
      expect(f).toMatchObject({ overflowX: 'visible', overflowY: 'visible', wrapOverflows: false, pageOverflows: false, maxHeight: 'none' });
      expect(f.lastRight).toBeLessThanOrEqual(f.viewport);
      await page.evaluate(() => window.scrollTo(0, document.querySelector('#dim-inventor-share')!.getBoundingClientRect().top + window.scrollY));
      const top = await page.locator('.cmp thead').evaluate((el) => el.getBoundingClientRect().top);
      expect(Math.abs(top)).toBeLessThanOrEqual(1);
    } finally {
      await o.close();
    }
  });

  test('columns that do not fit scroll sideways in one box with the first column sticking, and stop when they fit', async () => {
    const o = await open('/compare/', { viewport: { width: 900, height: 800 } });
    try {
      const { page } = o;
      await ready(page);
      const f = await boxFacts(page);
      expect(f).toMatchObject({ overflowX: 'auto', wrapOverflows: true, pageOverflows: false, maxHeight: 'none' });
      // No nested vertical scroll: the box is as tall as the table.
      expect(await page.locator('.cmp-scroll').evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
      const before = await page.locator('#dim-licensors .cmp-rowhead').evaluate((el) => el.getBoundingClientRect().left);
      await page.locator('.cmp-scroll').evaluate((el) => el.scrollBy(300, 0));
      const after = await page.locator('#dim-licensors .cmp-rowhead').evaluate((el) => el.getBoundingClientRect().left);
      expect(Math.abs(after - before)).toBeLessThanOrEqual(1);
      // Three columns fit in 900 px: the box stops scrolling.
      for (const id of colIds.slice(3)) await page.locator(`.cmp-controls input[value="${id}"]`).uncheck();
      await expect.poll(() => boxFacts(page)).toMatchObject({ overflowX: 'visible', wrapOverflows: false, pageOverflows: false });
    } finally {
      await o.close();
    }
  });

  test.each([1280, 360])('no text on /compare/ is smaller than 16 px (%i px wide)', async (width) => {
    const o = await open('/compare/', { viewport: { width, height: 800 } });
    try {
      const { page } = o;
      await ready(page);
      const small = await page.evaluate(() => {
        const out: string[] = [];
        for (const el of document.querySelector('main')!.querySelectorAll('*')) {
          if (![...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim())) continue;
          if (el.closest('.visually-hidden')) continue;
          const r = el.getBoundingClientRect();
          if (r.width <= 1 || r.height <= 1) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < 16) out.push(`${el.tagName}.${el.className}: ${size}`);
        }
        return out;
      });
      expect(small).toEqual([]);
    } finally {
      await o.close();
    }
  });

  test.each([
    [1280, 800],
    [412, 823],
  ])('hydration moves nothing: layout shift ≤ 0.02 at %i px', async (width, height) => {
    const o = await open('/compare/', { viewport: { width, height } });
    try {
      const { page } = o;
      await ready(page);
      // Let any post-hydration render settle, then read every shift since navigation.
      await page.waitForTimeout(500);
      const cls = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let sum = 0;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
                if (!e.hadRecentInput) sum += e.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(sum), 200);
          }),
      );
      expect(cls).toBeLessThanOrEqual(0.02);
    } finally {
      await o.close();
    }
  });

  test('a 360 px phone shows one card per dimension with the same data, without horizontal scrolling', async () => {
    const o = await open('/compare/', { viewport: { width: 360, height: 800 } });
    try {
      const { page } = o;
      await ready(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await page.locator('.cmp thead').evaluate((el) => el.getBoundingClientRect().height <= 1)).toBe(true);
      const layout = await page.$$eval('tr[data-dimension]', (trs) => trs.map((tr) => ({
        display: getComputedStyle(tr).display,
        width: tr.getBoundingClientRect().width,
        labels: [...tr.querySelectorAll('.cmp-cell-label')].filter((l) => getComputedStyle(l).display !== 'none').length,
        cells: tr.querySelectorAll('td').length,
      })));
      expect(layout).toHaveLength(dims.length);
      for (const r of layout) {
        expect(r.display).toBe('block');
        expect(r.width).toBeLessThanOrEqual(360);
        expect(r.labels).toBe(r.cells); // every document's rule is labelled in the card
        expect(r.cells).toBe(colIds.length);
      }
      // The quotes are visible inline on phones (no hover there).
      expect(await page.locator('.cmp-quote').first().isVisible()).toBe(true);
    } finally {
      await o.close();
    }
  });

  test('prints on A4 landscape with the whole matrix and without the controls', async () => {
    const o = await open('/compare/');
    try {
      const { page } = o;
      await ready(page);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.cmp-controls').isVisible()).toBe(false);
      expect(await page.locator('tr[data-dimension]').count()).toBe(dims.length);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
      expect(box).not.toBeNull();
      const [w, h] = [Number(box![1]), Number(box![2])];
      expect(Math.round(w)).toBe(842); // A4 landscape: 297 × 210 mm = 842 × 595 pt
      expect(Math.round(h)).toBe(595);
    } finally {
      await o.close();
    }
  });

  test('a dimension page lists every document with full quotes, is indexed with its section as 主题, and links back', async () => {
    const o = await open('/compare/inventor-share/', { javaScript: false });
    try {
      const { page } = o;
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('[data-pagefind-body]').count()).toBe(1);
      expect(await page.locator('[data-pagefind-filter="主题"]').textContent()).toBe('收益分配');
      expect(await page.$$eval('article.dim-doc', (as) => as.map((a) => (a as HTMLElement).dataset.column))).toEqual(colIds);
      expect(await page.locator('article.dim-doc blockquote').count()).toBeGreaterThan(0);
      expect(await page.locator('a[href="/compare/#dim-inventor-share"]').count()).toBe(1);
      // The matrix row header links here.
      const o2 = await open('/compare/', { javaScript: false });
      try {
        expect(await o2.page.locator('tr#dim-inventor-share th a').getAttribute('href')).toBe('/compare/inventor-share/');
      } finally {
        await o2.close();
      }
      await noIssues(o);
    } finally {
      await o.close();
    }
  });
});

describe('static exports', () => {
  test('comparison.json, .csv and .xlsx hold every dimension × document with citations, the CSV and sheet 1 as the matrix', () => {
    expect(exported.rows.map((r) => r.dimension)).toEqual(dims);
    for (const r of exported.rows) expect(r.cells.map((c) => c.column)).toEqual(colIds);
    const csv = readFileSync(path.join(DIST_DIR, 'compare/comparison.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const cells = csvCells(csv);
    const width = 2 + colIds.length;
    // Header + one row per dimension, each with a cell per document.
    expect((cells.length - 1) / width).toBe(dims.length + 1);
    // A silent cell says so as the page does (未规定; where the law above answers, that it does,
    // then the answer; a law excerpt, that its articles do not touch the row).
    const national = new Set(exported.columns.filter((c) => c.jurisdiction.level === 'national').map((c) => c.id));
    const expected = exported.rows.flatMap((r) =>
      r.cells.filter((c) => !c.specified).map((c) => (national.has(c.column) ? '节选条文未涉及' : c.law.length > 0 ? '未规定（由国家法律回答，见下）' : '未规定')),
    );
    const silentCells = cells.filter((c) => /^(未规定|节选条文未涉及)/.test(c)).map((c) => c.split('\n')[0]);
    expect(silentCells.sort()).toEqual(expected.sort());
    // Every law-layer answer of the export is in the CSV, in its cell's 国家法律层面 block.
    const lawCells = exported.rows.flatMap((r) => r.cells.filter((c) => c.law.length > 0)).length;
    expect(lawCells).toBeGreaterThan(0);
    expect(cells.filter((c) => c.includes('国家法律层面\n'))).toHaveLength(lawCells);
    const files = unzipSync(new Uint8Array(readFileSync(path.join(DIST_DIR, 'compare/comparison.xlsx'))));
    expect(Object.keys(files)).toContain('xl/worksheets/sheet3.xml');
    expect(strFromU8(files['xl/sharedStrings.xml']!)).toContain('出处：《');
  });
});
