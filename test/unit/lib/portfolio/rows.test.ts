import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeChecker } from '../../../../src/lib/portfolio/check';
import { COLUMN_INFO, LIMITS } from '../../../../src/lib/portfolio/columns';
import { exampleTable, templateTable } from '../../../../src/lib/portfolio/example';
import { readTable, type RawTable } from '../../../../src/lib/portfolio/rows';
import { ctx, places } from './support';

const src = { file: '清单.csv', fileIndex: 0 };
const HEAD = ['成果名称', '成果类型', '权利状态', '取得知识产权日期', '单位所在地', '备注'];
const read = (rows: (string | number | null)[][], header = HEAD) => readTable({ header, rows }, src, places);

describe('reading a table', () => {
  it('each bad cell gets its row and column; the row is still read', () => {
    const r = read([
      ['甲', '发明专利', '授权且有效', '2023-05-12', '云南省昆明市', ''],
      ['乙', '发名专利', '授权且有效', '2023-02-30', '云南省昆明市', 'x'],
    ]);
    expect(r.items).toHaveLength(2);
    // Row 3 (header is row 1): B3 type, D3 date.
    expect(r.messages.map((m) => [m.row, m.column, m.header, m.level])).toEqual([
      [3, 'B', '成果类型', 'error'],
      [3, 'D', '取得知识产权日期', 'error'],
    ]);
    expect(r.items[1]).toMatchObject({ name: '乙', status: 'granted', place: { city: '530100' } });
    expect(r.items[1]!.type).toBeUndefined();
  });

  it('unknown columns are reported with their letters; missing required columns too', () => {
    const r = read([['甲', '专利', '', '', '', '']]);
    expect(r.unknownColumns).toEqual([{ column: 'F', header: '备注' }]);
    const m = readTable({ header: ['名称'], rows: [['甲']] }, src, places);
    expect(m.missingColumns).toEqual(['type']);
    expect(m.messages[0]!.text).toContain('成果类型');
  });

  it('a required cell left blank is named; blank rows are skipped and counted', () => {
    const r = read([['', '专利', '', '', '', ''], ['', '', '', '', '', ''], ['丙', '专利', '', '', '', '']]);
    expect(r.items.map((i) => i.row)).toEqual([2, 4]);
    expect(r.blankRows).toBe(1);
    expect(r.messages.map((m) => [m.row, m.column, m.text])).toEqual([[2, 'A', '“成果名称”为必填项。']]);
  });

  it('contradictions are reported at the cell to change, which is then not used', () => {
    const r = read([['甲', '发明专利', '申请中', '2023-05-12', '', ''], ['乙', '技术秘密', '授权且有效', '', '', '']]);
    expect(r.messages.map((m) => [m.row, m.column])).toEqual([[2, 'D'], [3, 'C']]);
    expect(r.items[0]!.rightDate).toBeUndefined();
    expect(r.items[1]!.status).toBeUndefined();
  });

  it('a file over the row limit is refused as a whole, with the numbers', () => {
    const r = read(Array.from({ length: LIMITS.maxRows + 1 }, () => ['甲', '专利', '', '', '', '']));
    expect(r.items).toEqual([]);
    expect(r.refused).toContain(String(LIMITS.maxRows + 1));
  });

  it('a header row after blank lines keeps spreadsheet row numbers', () => {
    const r = readTable({ header: HEAD, rows: [['甲', '发名专利', '', '', '', '']], headerRow: 3 }, src, places);
    expect(r.messages[0]).toMatchObject({ row: 4, column: 'B' });
  });

  it('the template and the example read without a single message', () => {
    const tpl = readTable(templateTable('2026-06-01'), src, places);
    expect(tpl.items).toHaveLength(1);
    expect(tpl.messages).toEqual([]);
    expect(tpl.unknownColumns).toEqual([]);
    expect(COLUMN_INFO.map((c) => c.header)).toEqual(templateTable('2026-06-01').header);
    const ex = readTable(exampleTable({ rows: 200, asOf: '2026-06-01' }), src, places);
    expect(ex.items).toHaveLength(200);
    expect(ex.messages.filter((m) => m.level === 'error')).toEqual([]);
  });

  it('the example with mistakes shows three typical ones', () => {
    const ex = readTable(exampleTable({ rows: 20, asOf: '2026-06-01', withMistakes: true }), src, places);
    expect(ex.messages.filter((m) => m.level === 'error').map((m) => [m.row, m.header])).toEqual([
      [5, '成果类型'], [7, '项目验收日期'], [10, '技术成熟度（TRL）'],
    ]);
  });
});

describe('property: every row gets a result or a message, never an exception', () => {
  const cell = fc.oneof(
    fc.string(), fc.constantFrom('', '专利', '技术秘密', '是', '否', '2023-02-30', '2023-05-12', '申请中', '云南省昆明市', '=1+1', '十', '市属', '高校'),
    fc.integer({ min: -1e6, max: 1e6 }), fc.double(), fc.boolean(), fc.constant(null), fc.date(),
  );
  it('holds for arbitrary cells under the template header', () => {
    const checker = makeChecker(ctx('2026-06-01'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 0, maxLength: 20 }), { maxLength: 30 }), (rows) => {
        const table: RawTable = { header: COLUMN_INFO.map((c) => c.header), rows };
        const r = readTable(table, src, places);
        const blank = rows.filter((x) => x.every((c) => c === null || c === '' || (typeof c === 'string' && c.trim() === ''))).length;
        expect(r.items.length + blank).toBe(rows.length);
        for (const item of r.items) {
          const res = checker.check(item);
          // A result with a verdict, or a message about the row.
          expect(['applies', 'unclear', 'does-not-apply']).toContain(res.verdict);
          expect(['overdue', 'soon', 'later', 'none']).toContain(res.bucket);
        }
      }),
      { numRuns: 150 },
    );
  });
});
