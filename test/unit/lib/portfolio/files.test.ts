import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { parseCsv, parseXlsx } from '../../../../src/lib/portfolio/files';
import { readTable } from '../../../../src/lib/portfolio/rows';
import { places } from './support';

describe('CSV (Papa Parse)', () => {
  it('BOM, quotes, commas and line breaks inside cells; row numbers as a spreadsheet counts records', () => {
    const csv = '\uFEFF成果名称,成果类型,关键词/摘要\r\n"甲,乙",专利,"第一行\n第二行"\r\n丙,发名专利,\r\n';
    const p = parseCsv(csv);
    expect(p.table!.header).toEqual(['成果名称', '成果类型', '关键词/摘要']);
    const r = readTable(p.table!, { file: 'a.csv', fileIndex: 0 }, places);
    expect(r.items.map((i) => [i.row, i.name, i.keywords])).toEqual([[2, '甲,乙', '第一行\n第二行'], [3, '丙', undefined]]);
    expect(r.messages.map((m) => [m.row, m.column])).toEqual([[3, 'B']]);
  });
  it('blank lines before the header keep row numbers', () => {
    const p = parseCsv('\n\n成果名称,成果类型\n甲,专利\n');
    expect(p.table!.headerRow).toBe(3);
  });
  it('an empty file says so', () => expect(parseCsv('\uFEFF\r\n').error).toBe('文件里没有内容。'));
});

describe('.xlsx (read-excel-file)', () => {
  it('reads strings, numbers and date cells of the first sheet; names the other sheets', async () => {
    const blob = await writeXlsxFile([
      { sheet: '成果', dateFormat: 'yyyy-mm-dd', data: [['成果名称', '成果类型', '取得知识产权日期', '技术成熟度（TRL）'], ['甲', '发明专利', new Date(Date.UTC(2023, 4, 12)), 5]] },
      { sheet: '说明', data: [['x']] },
    ]).toBlob();
    const p = await parseXlsx(await blob.arrayBuffer());
    expect(p.warnings[0]).toContain('说明');
    const r = readTable(p.table!, { file: 'a.xlsx', fileIndex: 0 }, places);
    expect(r.items[0]).toMatchObject({ name: '甲', type: 'patent', rightDate: '2023-05-12', trl: 5 });
    expect(r.messages).toEqual([]);
  });
  it('a file that is not an .xlsx gets a message, not an exception', async () => {
    const p = await parseXlsx(new TextEncoder().encode('not a zip').buffer as ArrayBuffer);
    expect(p.error).toMatch(/无法读取/);
  });
});
