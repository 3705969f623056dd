// /portfolio/ in real Chromium: empty start and the example; importing CSV and .xlsx with bad
// cells; exports (CSV with formulas neutralised, .xlsx without formulas, .ics); 智能匹配; no
// request carrying data while importing, checking, matching and exporting; axe; 360 px; print.
import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import { openPage, pageUrl, useBrowser, type OpenedPage } from './support/browser.ts';
import { exampleTable } from '../../src/lib/portfolio/example.ts';
import { parsePlainDate } from '../../src/lib/plain-date.ts';
import { formatViolations, runAxe } from './support/axe.ts';

const browser = useBrowser();
const base = inject('baseURL');
const PATH = '/portfolio/';

async function open(opts: Parameters<typeof openPage>[2] = {}): Promise<OpenedPage> {
  const o = await openPage(browser(), pageUrl(base, PATH), opts);
  await o.page.waitForSelector('.pf[data-hydrated="true"]');
  return o;
}

async function clean(o: OpenedPage): Promise<void> {
  expect(await o.collectIssues()).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [], externalRequests: [] });
}

/** A small list as a user writes it: one good row, bad cells, a formula, an unknown column. */
const CSV = [
  '成果名称,成果类型,权利状态,取得知识产权日期,项目验收日期,财政资金支持,涉密,已转化,单位所在地,单位类型,隶属层级,关键词/摘要,备注',
  '一种锂电池回收方法,发明专利,授权且有效,2021-03-01,2021-03-15,是,否,否,湖南省,科研院所,省属,锂电池 回收 湿法冶金,',
  '三七提取工艺,发名专利,授权且有效,2023-02-30,,是,否,否,湖南省,科研院所,省属,三七 皂苷,x',
  '"=HYPERLINK(""http://example.com"",""点我"")",发明专利,授权且有效,2022-01-05,,是,否,否,湖南省,科研院所,省属,+cmd|calc,',
].join('\r\n');

async function importFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  await page.setInputFiles('#pf-file', files);
  await page.waitForSelector('[data-output="table"]');
}

const csvFile = (name = '湘江研究院.csv', text = CSV) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') });

test('the page starts empty, says nothing leaves the browser, and loads a labelled example', async () => {
  const o = await open();
  try {
    const { page } = o;
    expect(await page.locator('[data-output="table"]').count()).toBe(0);
    expect(await page.locator('[data-output="privacy"]').innerText()).toContain('不上传');
    expect(await page.locator('#pf-asof').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.click('[data-action="example"]');
    await page.waitForSelector('[data-output="table"]');
    expect(await page.locator('[data-output="example-banner"]').innerText()).toContain('示例数据');
    // 36 + 12 generated rows, from two files (two units each).
    expect(await page.locator('[data-output="total"]').innerText()).toBe('共 48 项成果');
    const counts = await page.locator('[data-count^="verdict-"] strong').allInnerTexts();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(48);
    // The example carries three typical mistakes, each with its row and column.
    expect(await page.locator('[data-message^="示例清单-高校院所.csv:5:C"]').innerText()).toContain('发名专利');
    await page.click('.pf-example button');
    expect(await page.locator('[data-output="table"]').count()).toBe(0);
    await clean(o);
  } finally {
    await o.close();
  }
});

test('importing a CSV: bad cells named by row and column, other rows still checked, unknown column reported, duty dated', async () => {
  const o = await open();
  try {
    const { page } = o;
    await page.fill('#pf-asof', '2026-06-01');
    await importFiles(page, [csvFile()]);
    expect(await page.locator('[data-output="total"]').innerText()).toBe('共 3 项成果');
    const msgs = page.locator('[data-output="messages"]');
    expect(await msgs.locator('[data-message="unknown-columns"]').innerText()).toContain('M列“备注”');
    expect(await msgs.locator('[data-message="湘江研究院.csv:3:B"]').innerText()).toContain('“发名专利”无法识别');
    expect(await msgs.locator('[data-message="湘江研究院.csv:3:D"]').innerText()).toContain('“2023-02-30”不是有效日期');
    // Row 2: Hunan 验收后5年 from 2021-03-15 → 2026-03-15 (Sunday) → 2026-03-16; past on 2026-06-01.
    await page.click('tr[data-row="0:2"] .pf-toggle');
    const duty = page.locator('[data-duty="hunan-2025-plan-part-3-1-unconverted-5-years:acceptance"]');
    expect(await duty.innerText()).toContain('2026年3月16日');
    expect(await duty.innerText()).toContain('已届满');
    expect(await duty.locator('a').first().getAttribute('href')).toBe('/policies/hunan-2025-plan/#part-3-1');
    // Row 3 was still checked: its verdict is shown (type unreadable → unclear at worst, never a crash).
    expect(await page.locator('tr[data-row="0:3"] [data-verdict]').count()).toBe(1);
    // Changing "as of" to before the due day moves the result out of "已届满".
    await page.fill('#pf-asof', '2026-01-10');
    await expect.poll(() => page.locator('[data-count="bucket-soon"] strong').innerText()).toBe('1');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('importing .xlsx: cells, dates and a second file (another unit) together', async () => {
  const blob = await writeXlsxFile([
    {
      sheet: '清单',
      dateFormat: 'yyyy-mm-dd',
      data: [
        ['成果名称', '成果类型', '权利状态', '取得知识产权日期', '单位所在地', '单位类型', '隶属层级', '关键词/摘要'],
        ['高原马铃薯脱毒种薯快繁', '发明专利', '授权且有效', new Date(Date.UTC(2022, 5, 1)), '云南省昆明市', '高等院校', '市属', '马铃薯 脱毒 种薯'],
        ['土壤墒情监测软件', '软件著作权', '授权且有效', new Date(Date.UTC(2024, 0, 8)), '云南省昆明市', '高等院校', '市属', '土壤 墒情 物联网'],
      ],
    },
  ]).toBlob();
  const o = await open();
  try {
    const { page } = o;
    await importFiles(page, [
      { name: '滇池大学.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await blob.arrayBuffer()) },
      csvFile(),
    ]);
    expect(await page.locator('[data-output="total"]').innerText()).toBe('共 5 项成果');
    await page.click('tr[data-row="0:2"] .pf-toggle');
    expect(await page.locator('tr[data-row="0:2"] + tr [data-doc="kunming-2025-guideline"]').innerText()).toContain('适用');
    expect(await page.locator('[data-output="messages"] [data-message^="滇池大学.xlsx"]').count()).toBe(0);
    await clean(o);
  } finally {
    await o.close();
  }
});

test('a file over the size limit, or of another kind, is refused with a message; the rest still load', async () => {
  const o = await open();
  try {
    const { page } = o;
    await importFiles(page, [
      { name: '太大.csv', mimeType: 'text/csv', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x61) },
      { name: '旧格式.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('x') },
      csvFile(),
    ]);
    const refused = await page.locator('[data-output="refused"]').innerText();
    expect(refused).toContain('太大.csv 未导入：文件大小 10.0 MB，超过 10 MB 的上限');
    expect(refused).toContain('旧格式.xls 未导入：只支持 .csv 和 .xlsx 文件');
    expect(await page.locator('[data-output="total"]').innerText()).toBe('共 3 项成果');
  } finally {
    await o.close();
  }
});

test('exports: CSV neutralises formulas, .xlsx holds no formula, .ics has the due day', async () => {
  const o = await open();
  try {
    const { page } = o;
    await page.fill('#pf-asof', '2026-06-01');
    await importFiles(page, [csvFile()]);

    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-csv"]')]);
    const csv = readFileSync((await csvDl.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.com"",""点我"")"`);
    expect(csv).toContain("'+cmd|calc");
    // No cell, quoted or not, starts with a formula character.
    const cells = csv.replace(/^\uFEFF/, '').split(/\r\n/).flatMap((l) => l.split(','));
    expect(cells.filter((c) => /^"?[=+\-@]/.test(c))).toEqual([]);
    expect(csv).toContain('届满日 2026-03-16');

    const [xDl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-xlsx"]')]);
    const bytes = readFileSync((await xDl.path())!);
    const zip = unzipSync(new Uint8Array(bytes));
    const sheetXml = Object.entries(zip).filter(([n]) => n.startsWith('xl/worksheets/')).map(([, b]) => strFromU8(b)).join('');
    expect(sheetXml).not.toMatch(/<f[ >]/);
    const [sheet] = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const flat = sheet!.data.flat().map(String);
    expect(flat).toContain('=HYPERLINK("http://example.com","点我")');
    expect(flat).toContain('已届满');

    const [iDl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-ics"]')]);
    const ics = readFileSync((await iDl.path())!, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260316');
    for (const l of ics.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain('纳入省“先用后付”成果库进行开放许可');

    const [tDl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="template-csv"]')]);
    const tpl = readFileSync((await tDl.path())!, 'utf8');
    expect(tpl.split('\r\n')[0]).toBe('\uFEFF单位名称,成果名称,成果类型,编号,权利状态,取得知识产权日期,项目验收日期,立项日期,财政资金支持,涉密,技术成熟度（TRL）,已转化,关键词/摘要,单位所在地,单位类型,隶属层级');
    expect(tpl).toContain('【示例行，请删除】');
    await clean(o);
  } finally {
    await o.close();
  }
});

// 5,000 rows through .xlsx both ways. fflate (inside read-excel-file and write-excel-file) hands
// an entry this large to a Web Worker made from a blob: URL, which the CSP forbids: the import and
// the export then waited for ever. The deadline is generous (a busy 2-core machine); nothing
// here is timed.
test('5,000 rows: a generated .xlsx list imports, and the checked list exports as a valid .xlsx', { timeout: 900_000 }, async () => {
  const ROWS = 5000;
  const table = exampleTable({ rows: ROWS, asOf: parsePlainDate('2026-06-01')!, withMistakes: false });
  const names = table.rows.map((r) => String(r[table.header.indexOf('成果名称')]));
  const blob = await writeXlsxFile([
    { sheet: '清单', data: [table.header, ...table.rows].map((r) => r.map((v) => ({ value: String(v ?? ''), type: String }))) },
  ]).toBlob();
  const o = await open();
  try {
    const { page } = o;
    await page.fill('#pf-asof', '2026-06-01');
    await page.setInputFiles('#pf-file', [
      { name: '五千项.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await blob.arrayBuffer()) },
    ]);
    await page.waitForSelector('[data-output="table"]', { timeout: 600_000 });
    expect(await page.locator('[data-output="total"]').innerText()).toBe(`共 ${ROWS} 项成果`);

    const [dl] = await Promise.all([
      page.waitForEvent('download', { timeout: 600_000 }),
      page.click('[data-action="export-xlsx"]'),
    ]);
    expect(dl.suggestedFilename()).toBe('成果清单核查-2026-06-01.xlsx');
    const bytes = readFileSync((await dl.path())!);
    const [sheet] = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const data = sheet!.data.map((r) => r.map((v) => (v == null ? '' : String(v))));
    const header = data[0]!;
    const nameCol = header.indexOf('成果名称');
    const fileCol = header.indexOf('文件');
    // One line per imported result, in the file's order, then the footer.
    const body = data.filter((r) => r[fileCol] === '五千项.xlsx');
    expect(body).toHaveLength(ROWS);
    expect(body.map((r) => r[nameCol]).sort()).toEqual([...names].sort());
    expect(await page.locator('[data-output="export-status"]').innerText()).toBe('已生成 Excel 文件，请在浏览器的下载中查看。');
    await clean(o);
  } finally {
    await o.close();
  }
});

test('智能匹配: a need ranks the list and shows the matched words per result', async () => {
  const o = await open();
  try {
    const { page } = o;
    await page.click('[data-action="example"]');
    await page.waitForSelector('[data-output="table"]');
    await page.fill('#pf-need', '我们想找锂电池回收的湿法冶金技术');
    await page.waitForSelector('td[data-matched]');
    expect(await page.locator('[data-output="match"]').innerText()).toMatch(/需求分词：.*回收/);
    const first = page.locator('tbody tr[data-row]').first();
    expect(await first.locator('th').innerText()).toContain('锂电池');
    expect(await first.locator('td[data-matched]').getAttribute('data-matched')).toContain('回收');
    expect(await page.locator('th[aria-sort="ascending"] [data-sort="score"]').count()).toBe(1);
    // Clearing the need removes the ranking column.
    await page.fill('#pf-need', '');
    await expect.poll(() => page.locator('td[data-matched]').count()).toBe(0);
  } finally {
    await o.close();
  }
});

test('privacy: importing, checking, matching and exporting send nothing; only the site’s own code is fetched, once', async () => {
  const o = await open();
  try {
    const { page } = o;
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    const round = async () => {
      await importFiles(page, [csvFile()]);
      await page.fill('#pf-need', '锂电池回收');
      await page.waitForSelector('td[data-matched]');
      for (const a of ['export-csv', 'export-xlsx', 'export-ics']) {
        await Promise.all([page.waitForEvent('download'), page.click(`[data-action="${a}"]`)]);
      }
      await page.click('[data-action="clear"]');
    };
    await round();
    // The first round may fetch this site's own code chunks (parsers, MiniSearch, the .xlsx
    // writer): GETs of /_astro/*.js, no query, no body. Nothing else, and nothing off-site.
    const origin = new URL(base).origin;
    const bad = requests.filter((r) => {
      const u = new URL(r.url());
      if (u.protocol === 'blob:') return false;
      return r.method() !== 'GET' || u.origin !== origin || !/^\/_astro\/[\w.-]+\.js$/.test(u.pathname) || u.search !== '' || r.postData() !== null;
    });
    expect(bad.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
    // Once that code is loaded, a second round makes no request at all.
    requests.length = 0;
    await round();
    expect(requests.filter((r) => !r.url().startsWith('blob:')).map((r) => r.url())).toEqual([]);
    await clean(o);
  } finally {
    await o.close();
  }
});

test('axe: no WCAG 2.2 AA violations, empty and with the example and a detail open', async () => {
  const o = await open({ bypassCSP: true });
  try {
    const { page } = o;
    let r = await runAxe(page);
    expect(r.violations, formatViolations(r.violations)).toEqual([]);
    await page.click('[data-action="example"]');
    await page.waitForSelector('[data-output="table"]');
    await page.click('.pf-toggle >> nth=0');
    await page.fill('#pf-need', '马铃薯');
    await page.waitForSelector('td[data-matched]');
    r = await runAxe(page);
    expect(r.violations, formatViolations(r.violations)).toEqual([]);
  } finally {
    await o.close();
  }
});

test('phone width: no horizontal page scrolling at 360 px with the example loaded', async () => {
  const o = await open({ viewport: { width: 360, height: 800 } });
  try {
    const { page } = o;
    await page.click('[data-action="example"]');
    await page.waitForSelector('[data-output="table"]');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  } finally {
    await o.close();
  }
});

test('print: the button prints every filtered row (not just the page); controls are hidden on paper', async () => {
  const o = await open();
  try {
    const { page } = o;
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => { (window as unknown as { printed: number }).printed++; };
    });
    await page.click('[data-action="example"]');
    await page.waitForSelector('[data-output="table"]');
    await page.selectOption('#pf-pagesize', '25');
    expect(await page.locator('tbody tr[data-row]').count()).toBe(25);
    await page.click('[data-action="print"]');
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await page.locator('tbody tr[data-row]').count()).toBe(48);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.pf-import').isVisible()).toBe(false);
    expect(await page.locator('[data-action="export-csv"]').isVisible()).toBe(false);
    expect(await page.locator('[data-output="summary"]').isVisible()).toBe(true);
    expect(await page.locator('[data-output="table"]').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    await o.close();
  }
});
