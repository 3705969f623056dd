import { describe, expect, it } from 'vitest';
import { comparisonCsv, comparisonExport, matrixTable, quoteTable, selectExport, type ExportLabels } from '../../../../src/lib/compare/export';
import { BAD_PUNCTUATION } from '../../../../src/lib/text/join';
import { buildMatrix } from '../../../../src/lib/compare/matrix';
import { input, resolver } from '../../../fixtures/compare/dataset';

const m = buildMatrix(input, resolver);
const data = comparisonExport(m, { version: 'abc123', computedOn: '2026年1月1日' }, 'https://x.example', (id) => `/policies/${id}/`);
const labels: ExportLabels = {
  section: '主题',
  dimension: '对比项',
  source: '出处',
  notes: '说明',
  notSpecified: '未规定',
  silentLaw: '未规定（由国家法律回答，见下）',
  excerptSilent: '节选条文未涉及',
  lawLayer: '国家法律层面',
  basis: '依据',
  readings: '几种读法（{n}）',
  modes: { 'pay-later-licence': '先使用后付费' },
  classes: { 'state-rd-university': '国家设立的高校、科研院所' },
  textStatus: { official: '正式', 'draft-for-comment': '征求意见稿', 'official-summary': '摘要' },
  quoteHeaders: ['对比项', '文件', '规定', '出处', '原文引述', '链接', '说明'],
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

describe('selectExport with dimensions (what "only differences" shows)', () => {
  it('keeps the given rows in table order', () => {
    const s = selectExport(data, ['yn', 'gd'], ['platform', 'inventor-share']);
    expect(s.rows.map((r) => r.dimension)).toEqual(['inventor-share', 'platform']);
  });
});

describe('the matrix as on screen (CSV, xlsx sheet 1)', () => {
  const shown = selectExport(data, ['yn', 'gd']);
  const table = matrixTable(shown, labels);

  it('has a row per dimension and a column per chosen document, headed by jurisdiction, title and text status', () => {
    expect(table[0]).toEqual(['主题', '对比项', '云南省 · 云南十五条', '广东省 · 广东措施（摘要）']);
    expect(table.slice(1).map((r) => r[1])).toEqual(data.rows.map((r) => r.label));
    expect(table.every((r) => r.length === 4)).toBe(true);
  });

  it('writes each provision of a cell with its rule, value and citation; a silent cell says 未规定', () => {
    const inv = table.find((r) => r[1] === '维度inventor-share')!;
    // Yunnan: two provisions, a blank line apart; the typed value only where it adds to the rule.
    expect(inv[2]).toBe('不低于70%\n出处：《yn》第7条\n\n赋权不低于90%\n不低于90%\n出处：《yn》第8条');
    expect(table.find((r) => r[1] === '维度licensors')![3]).toBe('未规定');
  });

  it('joins notes as sentences (synthetic notes: one ending in 。, one not) — never "。；"', () => {
    const withNotes = structuredClone(shown);
    withNotes.rows[0]!.cells[0]!.provisions[0]!.notes = ['列举以“等单位”结尾。', '序言另有规定', '按语境理解'];
    const cell = matrixTable(withNotes, labels)[1]![2]!;
    expect(cell.endsWith('说明：列举以“等单位”结尾。序言另有规定；按语境理解')).toBe(true);
    expect(BAD_PUNCTUATION.test(cell)).toBe(false);
  });

  it('writes readings and the law layer as the page shows them (synthetic layer)', () => {
    const layered = structuredClone(shown);
    const at = layered.rows.findIndex((r) => r.dimension === 'inventor-share');
    const [yn, gd] = layered.rows[at]!.cells;
    yn!.provisions[0]!.readings = [
      { key: 'a', label: '读法一', explanation: '', consequence: '按净收入计。', detail: '' },
      { key: 'b', label: '读法二', explanation: '', consequence: '按股权计', detail: '不低于50%' },
    ];
    yn!.law = [{ modes: ['pay-later-licence'], classes: ['state-rd-university'], text: '不低于70%（本文件）', reason: 'local-floor', citations: [{ citation: '《yn》第7条', url: 'u' }, { citation: '《法》第45条', url: 'v' }] }];
    gd!.specified = false;
    gd!.provisions = [];
    gd!.law = [{ modes: [], classes: [], text: '不低于50%', reason: 'national-provision', citations: [{ citation: '《法》第45条', url: 'v' }] }];
    const row = matrixTable(layered, labels)[at + 1]!;
    expect(row[2]).toBe(
      '不低于70%\n出处：《yn》第7条\n几种读法（2）：读法一：按净收入计。读法二：按股权计（不低于50%）' +
        '\n\n赋权不低于90%\n不低于90%\n出处：《yn》第8条' +
        '\n\n国家法律层面\n先使用后付费 · 国家设立的高校、科研院所：不低于70%（本文件）\n依据：《yn》第7条、《法》第45条',
    );
    // Silent, but the law above answers: said as on the page, then the answer.
    expect(row[3]).toBe('未规定（由国家法律回答，见下）\n\n国家法律层面\n不低于50%\n依据：《法》第45条');
    // A national-law excerpt silent on a row.
    const national = structuredClone(layered);
    national.columns[1]!.jurisdiction = { ...national.columns[1]!.jurisdiction, level: 'national' };
    national.rows[at]!.cells[1]!.law = [];
    expect(matrixTable(national, labels)[at + 1]![3]).toBe('节选条文未涉及');
    expect(quoteTable(layered, labels).find((q) => q[3] === '《yn》第7条')![6]).toBe('读法一：按净收入计。读法二：按股权计（不低于50%）');
  });

  it('quotes every provision with citation and link (xlsx sheet 2)', () => {
    const q = quoteTable(shown, labels);
    expect(q[0]).toEqual(labels.quoteHeaders);
    const provisions = shown.rows.flatMap((r) => r.cells.flatMap((c) => c.provisions));
    expect(q).toHaveLength(provisions.length + 1);
    expect(q).toContainEqual(['维度inventor-share', '云南省 · 云南十五条', '赋权不低于90%', '《yn》第8条', '原文赋权不低于90%', 'https://x.example/policies/yn/#art-8', '']);
  });

  it('produces CSV with BOM and CRLF, multi-line cells quoted', () => {
    const csv = comparisonCsv(shown, labels);
    expect(csv.startsWith('\uFEFF主题,对比项,')).toBe(true);
    expect(csv).toContain('"不低于70%\n出处：《yn》第7条\n\n赋权不低于90%');
  });
});
