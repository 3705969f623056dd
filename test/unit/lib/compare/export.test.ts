import { describe, expect, it } from 'vitest';
import { comparisonCsv, comparisonCsvRows, comparisonExport, selectExport, type CsvLabels } from '../../../../src/lib/compare/export';
import { buildMatrix } from '../../../../src/lib/compare/matrix';
import { input, resolver } from '../../../fixtures/compare/dataset';

const m = buildMatrix(input, resolver);
const data = comparisonExport(m, { version: 'abc123', computedOn: '2026年1月1日' }, 'https://x.example', (id) => `/policies/${id}/`);
const labels: CsvLabels = {
  headers: ['版本', '主题', '键', '维度', '地区', 'ID', '文件', '性质', '状态', '规定', '取值', '原文', '出处', '链接', '备注'],
  specified: '已规定',
  notSpecified: '未规定',
  lawLayer: '国家法律层面',
  modes: { 'pay-later-licence': '先使用后付费' },
  classes: { 'state-rd-university': '国家设立的高校、科研院所' },
  textStatus: { official: '正式', 'draft-for-comment': '征求意见稿', 'official-summary': '摘要' },
};

describe('comparisonExport', () => {
  it('has every row and one cell per column, with absolute links and citations', () => {
    expect(data.rows).toHaveLength(5);
    expect(data.rows.every((r) => r.cells.length === 4)).toBe(true);
    const yn = data.rows.find((r) => r.dimension === 'inventor-share')!.cells[2]!;
    expect(yn.specified).toBe(true);
    expect(yn.provisions[1]).toMatchObject({ url: 'https://x.example/policies/yn/#art-8', citation: '《yn》第8条', quote: '原文赋权不低于90%' });
    expect(data.columns[0]!.url).toBe('https://x.example/policies/km-guide/');
    expect(data.rows.find((r) => r.dimension === 'licensors')!.cells[3]).toEqual({ column: 'gd', specified: false, provisions: [], law: [] });
  });
});

describe('selectExport', () => {
  it('keeps the chosen columns and their cells only', () => {
    const s = selectExport(data, ['gd', 'yn', 'nope']);
    expect(s.columns.map((c) => c.id)).toEqual(['yn', 'gd']);
    expect(s.rows.every((r) => r.cells.map((c) => c.column).join() === 'yn,gd')).toBe(true);
  });
});

describe('comparisonCsvRows', () => {
  it('writes one line per provision and one per silent cell, with the citation and link', () => {
    const rows = comparisonCsvRows(selectExport(data, ['yn', 'gd']), labels);
    expect(rows[0]).toEqual(labels.headers);
    const inv = rows.filter((r) => r[2] === 'inventor-share');
    expect(inv).toHaveLength(3); // Yunnan 2 + Guangdong 1 (not applicable)
    expect(inv[1]).toEqual(['abc123', '收益分配', 'inventor-share', '维度inventor-share', '云南省', 'yn', '云南十五条', '正式', '已规定', '赋权不低于90%', '不低于90%', '原文赋权不低于90%', '《yn》第8条', 'https://x.example/policies/yn/#art-8', '']);
    const silent = rows.find((r) => r[2] === 'licensors' && r[5] === 'gd')!;
    expect(silent[8]).toBe('未规定');
    expect(silent[7]).toBe('摘要');
  });
  it('produces CSV with BOM and CRLF', () => {
    const csv = comparisonCsv(data, labels);
    expect(csv.startsWith('\uFEFF版本,')).toBe(true);
    expect(csv.split('\r\n').length).toBeGreaterThan(10);
  });
});
