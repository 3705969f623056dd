// The .xlsx download: written by excel-builder-vanilla from the same tables as the CSV; read back
// by unzipping it (fflate) and looking at the sheets and shared strings.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { comparisonXlsx, type XlsxLabels } from '../../../src/islands/compare/xlsx';
import { comparisonExport, matrixTable, quoteTable, selectExport, type ExportLabels } from '../../../src/lib/compare/export';
import { buildMatrix } from '../../../src/lib/compare/matrix';
import { input, resolver } from '../../fixtures/compare/dataset';

const data = selectExport(
  comparisonExport(buildMatrix(input, resolver), { version: 'abc123', computedOn: '2026-01-01' }, 'https://x.example', (id) => `/policies/${id}/`),
  ['yn', 'gd'],
);
const labels: ExportLabels = {
  section: '主题', dimension: '对比项', source: '出处', notes: '说明', notSpecified: '未规定',
  silentLaw: '未规定（由国家法律回答，见下）', excerptSilent: '节选条文未涉及', lawLayer: '国家法律层面', basis: '依据',
  readings: '几种读法（{n}）', modes: {}, classes: {},
  textStatus: { official: '正式', 'draft-for-comment': '征求意见稿', 'official-summary': '摘要' },
  quoteHeaders: ['对比项', '文件', '规定', '出处', '原文引述', '链接', '说明'],
};
const words: XlsxLabels = {
  matrixSheet: '对比表', quoteSheet: '原文引述', aboutSheet: '说明',
  about: [['各地政策对比', ''], ['数据版本', '{version}'], ['只看不同', '{diff}'], ['网址', '{url}']],
  diffOn: '是', diffOff: '否',
};
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('comparisonXlsx', async () => {
  const bytes = await comparisonXlsx(data, labels, words, { pageUrl: 'https://x.example/compare/?j=yn,gd', onlyDifferences: false });
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name]!);
  // <t>text</t>, <t xml:space="preserve">text</t>, or <t/> for an empty string.
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/t>)/g)].map((m) => unescape(m[1] ?? ''));

  it('is a zip with a workbook of three named sheets', () => {
    expect(bytes[0]).toBe(0x50); // "PK"
    expect(bytes[1]).toBe(0x4b);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']));
    expect([...text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['对比表', '原文引述', '说明']);
  });

  it('holds every cell of the matrix and of the quotes table, line breaks kept', () => {
    const missing = [...matrixTable(data, labels), ...quoteTable(data, labels)].flat().filter((c) => c && !shared.includes(c));
    expect(missing).toEqual([]);
    expect(shared.some((s) => s.includes('\n出处：'))).toBe(true);
  });

  it('fills the 说明 sheet', () => {
    expect(shared).toContain('abc123');
    expect(shared).toContain('https://x.example/compare/?j=yn,gd');
    expect(shared).toContain('否');
  });

  it('wraps text and freezes the header row and label columns of the matrix', () => {
    expect(text('xl/styles.xml')).toMatch(/wrapText="(1|true)"/);
    expect(text('xl/worksheets/sheet1.xml')).toMatch(/<pane [^>]*topLeftCell="C2"/);
  });
});
