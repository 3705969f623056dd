/**
 * The comparison's law layer on the real dataset: every local rule seen against its floor, every
 * silent cell answered by the law above where it speaks, every reading shown, the exports carrying
 * the same — and the answers are exactly the resolver's.
 */
import { describe, expect, test } from 'vitest';
import { buildMatrix, matrixRows, type CompareColumn, type Matrix } from '../../../../src/lib/compare/matrix';
import { comparisonExport, matrixTable, type ExportLabels } from '../../../../src/lib/compare/export';
import { loadPolicyBodies } from '../../../../src/data/policy-bodies';
import { loadDimensions, loadProvisions } from '../../../../src/data/dataset';
import { citeFor } from '../../../../src/data/citations';
import { lawData } from '../../../../src/data/law';
import { answerText } from '../../../../src/i18n/law';
import { resolveInventorShare } from '../../../../src/lib/law/resolve';
import { LICENSOR_CLASSES } from '../../../../src/lib/law/licensors';

const bodies = [...loadPolicyBodies().values()];
const columns: CompareColumn[] = bodies
  .map((b) => ({
    id: b.id,
    title: b.frontmatter.title,
    shortTitle: b.frontmatter.shortTitle,
    jurisdiction: { code: b.frontmatter.jurisdiction.code, name: b.frontmatter.jurisdiction.name, level: b.frontmatter.jurisdiction.level },
    textStatus: b.frontmatter.textStatus,
  }))
  .sort((a, b) => a.jurisdiction.code.localeCompare(b.jurisdiction.code) || a.id.localeCompare(b.id));
const { sections, dimensions } = loadDimensions();
const provisions = loadProvisions();
const href = (id: string, anchor?: string) => `/policies/${id}/${anchor ? `#${anchor}` : ''}`;
const m: Matrix = buildMatrix({ sections, dimensions, columns, provisions }, { cite: citeFor, href }, { data: lawData(), text: answerText });
const rows = matrixRows(m);
const row = (key: string) => rows.find((r) => r.dimension.key === key)!;
const col = (id: string) => m.columns.findIndex((c) => c.id === id);
const local = m.columns.filter((c) => c.jurisdiction.level !== 'national');

describe('share rows: every local rule against its floor', () => {
  test.each(['inventor-share', 'equity-share', 'implementation-profit-share'])('%s: every local cell carries the binding minimum', (key) => {
    const missing = local.filter((c) => !row(key).cells[col(c.id)]!.law?.blocks.length).map((c) => c.id);
    expect(missing).toEqual([]);
  });

  test('each answer in a cell is the resolver’s, for every document, mode and licensor class', () => {
    const data = lawData();
    for (const key of ['inventor-share', 'equity-share', 'implementation-profit-share']) {
      const r = row(key);
      for (const c of m.columns) {
        for (const block of r.cells[col(c.id)]!.law?.blocks ?? []) {
          for (const mode of block.modes) {
            for (const licensor of LICENSOR_CLASSES) {
              const group = block.groups.find((g) => g.classes.includes(licensor))!;
              const expected = resolveInventorShare(data, { policy: c.id, mode }, { licensor }).branches;
              expect(group.answers.map((a) => ({ when: a.when, decision: a.decision })), `${key} ${c.id} ${mode} ${licensor}`).toEqual(expected);
            }
          }
        }
      }
    }
  });

  test('Yunnan is silent on licence income: the cell says so and gives the national answer, per class', () => {
    const cell = row('inventor-share').cells[col('yunnan-2024-15-measures')]!;
    // The cell has Yunnan's own horizontal-project share, and the national layer for licences.
    const licence = cell.law!.blocks.find((b) => b.modes.includes('pay-later-licence'))!;
    expect(licence.modes).toEqual(['pay-later-licence', 'transfer-or-licence']);
    expect(licence.groups.map((g) => [g.classes, g.answers.map((a) => a.text)])).toEqual([
      [['state-rd-university'], ['不低于50%（国家法律第四十五条第一款第一项）']],
      [['public-institution', 'state-enterprise', 'other'], [
        '单位已自行规定或与科技人员约定：按单位的规定或约定，没有法定最低比例（国家法律第四十四条第二款）',
        '单位未规定也未与科技人员约定：不低于50%（国家法律第四十五条第一款第一项）',
      ]],
    ]);
    expect(licence.groups[0]!.answers[0]!.cites.map((c) => c.citeShort)).toEqual(['第四十五条第一款第一项', '第四十五条第二款']);
  });

  test('a local 70% is shown with the national 50% beneath it', () => {
    const cell = row('inventor-share').cells[col('kunming-2025-measures-draft')]!;
    const g = cell.law!.blocks[0]!.groups.find((x) => x.classes.includes('state-rd-university'))!;
    expect(g.answers.map((a) => a.text)).toEqual([
      '经技术合同认定登记：不低于70%（本文件第（五）项）；国家法律不低于50%（第四十五条第一款第一项，同样适用，本文件更高）',
      '未经技术合同认定登记：不低于50%（国家法律第四十五条第一款第一项）',
    ]);
  });

  test('the law columns answer too: national law alone, with its condition', () => {
    const cell = row('implementation-profit-share').cells[col('prc-2015-sci-tech-transfer-law')]!;
    expect(cell.kind).toBe('provisions');
    expect(cell.law!.blocks[0]!.groups[0]!.answers[0]!.text).toBe('连续3至5年、每年不低于5%（国家法律第四十五条第一款第三项）');
  });
});

describe('other rows: a silent cell says what the law above answers', () => {
  test('wherever a row has national provisions, no local cell is a bare 未规定', () => {
    const bare: string[] = [];
    for (const r of rows) {
      if (r.dimension.lawModes?.length) continue;
      const hasNational = m.columns.some((c, i) => c.jurisdiction.level === 'national' && r.cells[i]!.kind === 'provisions');
      if (!hasNational) continue;
      for (const c of local) {
        const cell = r.cells[col(c.id)]!;
        if (cell.kind === 'not-specified' && !cell.law?.national.length) bare.push(`${r.dimension.key} ${c.id}`);
      }
    }
    expect(bare).toEqual([]);
  });

  test('Kunming is silent on the open licence: the Patent Law answers, cited', () => {
    const cell = row('open-licence').cells[col('kunming-2025-guideline')]!;
    expect(cell.kind).toBe('not-specified');
    expect(cell.law!.national.map((e) => e.citeShort)).toEqual([
      '第五十条第一款', '第五十条第一款', '第五十条第二款', '第五十一条第一款', '第五十一条第二款', '第五十一条第三款', '第五十二条',
    ]);
  });

  test('a row the law does not address stays 未规定 (publicity period)', () => {
    const cell = row('publicity-period').cells[col('yunnan-2024-15-measures')]!;
    expect(cell.kind).toBe('not-specified');
    expect(cell.law).toBeUndefined();
  });
});

describe('readings and exports', () => {
  test('every reading of a provision travels into its cell, with its consequence', () => {
    const withReadings = provisions.filter((p) => p.readings.length > 0);
    expect(withReadings.length).toBeGreaterThanOrEqual(10);
    for (const p of withReadings) {
      const cell = row(p.dimension).cells[col(p.policy)]!;
      const entry = cell.kind === 'provisions' ? cell.entries.find((e) => e.provisionId === p.id) : undefined;
      expect(entry?.readings.map((r) => [r.key, r.consequence]), p.id).toEqual(p.readings.map((r) => [r.key, r.consequence]));
    }
  });

  const labels: ExportLabels = {
    section: '主题', dimension: '对比项', source: '出处', notes: '说明',
    notSpecified: '未规定', silentLaw: '未规定（由国家法律回答，见下）', excerptSilent: '节选条文未涉及',
    lawLayer: '国家法律层面', basis: '依据', readings: '几种读法（{n}）',
    modes: { 'pay-later-licence': '先使用后付费（许可）', 'transfer-or-licence': '技术转让、技术许可' },
    classes: { 'state-rd-university': '国家设立的高校、科研院所' },
    textStatus: {},
    quoteHeaders: ['对比项', '文件', '规定', '出处', '原文引述', '链接', '说明'],
  };
  const data = comparisonExport(m, { version: 'v', computedOn: 'd' }, 'https://x.example', (id) => href(id));

  test('the JSON carries the law layer and the readings', () => {
    const cell = data.rows.find((r) => r.dimension === 'inventor-share')!.cells.find((c) => c.column === 'hunan-2025-plan')!;
    expect(cell.law[0]).toMatchObject({ modes: ['pay-later-licence', 'transfer-or-licence'], classes: ['state-rd-university'], reason: 'national-floor' });
    expect(cell.law[0]!.citations[0]!.url).toBe('https://x.example/policies/prc-2015-sci-tech-transfer-law/#art-45-para-1-item-1');
    const gd = data.rows.find((r) => r.dimension === 'inventor-share')!.cells.find((c) => c.column === 'guangdong-2026-measures-summary')!;
    expect(gd.provisions.find((p) => p.id.endsWith('ownership-share'))!.readings.map((r) => r.key)).toEqual(['ownership-share', 'income-or-equity']);
  });

  test('the CSV (the matrix as on screen) has the 国家法律层面 block in the cell, each answer with its citations', () => {
    const table = matrixTable(data, labels);
    const col = 2 + data.columns.findIndex((c) => c.id === 'hunan-2025-plan');
    const cell = table.find((r) => r[1] === row('inventor-share').dimension.label)![col]!;
    const block = cell.slice(cell.indexOf('国家法律层面')).split('\n');
    expect(block[1]).toBe('先使用后付费（许可）、技术转让、技术许可 · 国家设立的高校、科研院所：不低于50%（国家法律第四十五条第一款第一项）');
    expect(block.at(-1)!.startsWith('依据：')).toBe(true);
    for (const c of ['《中华人民共和国促进科技成果转化法》第四十五条第一款第一项', '《中华人民共和国促进科技成果转化法》第四十五条第二款']) expect(block.at(-1)).toContain(c);
  });
});
