import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../src/lib/export/csv';
import { paymentsToIcs } from '../../../../src/lib/export/ics';
import { checkPortfolio } from '../../../../src/lib/portfolio/check';
import { csvSafeRows, dutyEvents, exportRows, neutraliseFormula, type ExportContext } from '../../../../src/lib/portfolio/export';
import { parseCsv } from '../../../../src/lib/portfolio/files';
import { readTable } from '../../../../src/lib/portfolio/rows';
import { ctx, places } from './support';

const asOf = '2026-06-01';
const c: ExportContext = { asOf, datasetVersion: 'test', cite: (id) => `〔${id}〕`, policyTitle: (id) => id };
const table = {
  header: ['成果名称', '成果类型', '权利状态', '项目验收日期', '财政资金支持', '涉密', '已转化', '单位所在地', '单位类型', '隶属层级', '关键词/摘要'],
  rows: [
    ['=HYPERLINK("http://x","点我")', '发明专利', '授权且有效', '2021-03-15', '是', '否', '否', '湖南省', '科研院所', '省属', '+cmd|calc'],
    ['@SUM(1)', '发明专利', '授权且有效', '', '是', '否', '否', '湖南省', '科研院所', '省属', '-2+3'],
  ],
};
const imp = readTable(table, { file: 't.csv', fileIndex: 0 }, places);
const results = checkPortfolio(imp.items, ctx(asOf));

describe('formula injection', () => {
  it.each([
    ['=1+1', "'=1+1"], ['+1', "'+1"], ['-1', "'-1"], ['@A1', "'@A1"], ['\t=1', "'\t=1"], ['1-1', '1-1'], ['专利', '专利'], ['', ''],
  ])('%j → %j', (v, want) => expect(neutraliseFormula(v)).toBe(want));

  it('no CSV cell of the export begins with a formula character, and the words survive', () => {
    const csv = toCsv(csvSafeRows(exportRows(results, imp.messages, c)));
    const back = parseCsv(csv).table!;
    const cells = [back.header, ...back.rows].flat().map(String);
    expect(cells.filter((x) => /^[=+\-@\t\r]/.test(x))).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://x","点我")`);
    expect(cells).toContain("'+cmd|calc");
  });
});

describe('the export table', () => {
  it('keeps the input columns and adds verdict, duties with citations and messages', () => {
    const rows = exportRows(results, imp.messages, c);
    const h = rows[0]!;
    const first = Object.fromEntries(h.map((k, i) => [k, rows[1]![i]]));
    expect(first['成果类型']).toBe('专利');
    expect(first['能否先用后付']).toBe(results[0]!.verdict === 'applies' ? '适用' : first['能否先用后付']);
    // Hunan 验收后5年 from 2021-03-15 → 2026-03-16 (Sunday moved): past on 2026-06-01.
    expect(first['期限与义务']).toContain('届满日 2026-03-16');
    expect(first['期限与义务']).toContain('〔hunan-2025-plan-part-3-1-unconverted-5-years〕');
    expect(first['期限情况']).toBe('已届满');
    expect(rows).toHaveLength(3);
  });
});

describe('calendar', () => {
  it('one all-day event per binding dated duty, UIDs unique, lines within 75 octets', () => {
    const events = dutyEvents(results, c);
    expect(events.map((e) => e.due)).toEqual(['2026-03-16']);
    const ics = paymentsToIcs(events, { uidDomain: 'example.cn', calendarName: '成果清单期限', productId: '-//t//ZH', timestamp: 0, uidPrefix: 'duty' });
    expect(ics).toContain('DTSTART;VALUE=DATE:20260316');
    expect(ics.replace(/\r\n[ \t]/g, '')).toMatch(/UID:duty-0-2-hunan-2025-plan-part-3-1-unconverted-5-years-acceptance@example\.cn/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
});
