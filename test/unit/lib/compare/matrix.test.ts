import { describe, expect, it } from 'vitest';
import { buildMatrix, groupColumns, matrixRows, selectColumns, shortCitation } from '../../../../src/lib/compare/matrix';
import { columns, dimensions, input, provisions, resolver, sections } from '../../../fixtures/compare/dataset';

const m = buildMatrix(input, resolver);
const row = (key: string) => matrixRows(m).find((r) => r.dimension.key === key)!;
const col = (id: string) => columns.findIndex((c) => c.id === id);

describe('buildMatrix', () => {
  it('has every section in order, each with its dimensions in dimensions.yaml order', () => {
    expect(m.sections.map((s) => s.key)).toEqual(sections.map((s) => s.key));
    expect(matrixRows(m).map((r) => r.dimension.key)).toEqual(dimensions.map((d) => d.key));
    expect(m.sections.find((s) => s.key === 'duty')!.rows.map((r) => r.dimension.key)).toEqual(['unconverted-deadline', 'platform']);
  });

  it('gives every row one cell per column, in column order', () => {
    for (const r of matrixRows(m)) expect(r.cells).toHaveLength(columns.length);
  });

  it.each([
    ['licensors', 'gd', 'not-specified', 0],
    ['licensors', 'yn', 'provisions', 1],
    ['inventor-share', 'yn', 'provisions', 2],
    ['inventor-share', 'gd', 'provisions', 1],
    ['platform', 'yn', 'not-specified', 0],
  ] as const)('%s × %s is %s with %i provisions', (dim, c, kind, count) => {
    const cell = row(dim).cells[col(c)]!;
    expect(cell.kind).toBe(kind);
    expect(cell.kind === 'provisions' ? cell.entries.length : 0).toBe(count);
  });

  it('keeps provisions of a cell in dataset order with citation, short citation, link and quote', () => {
    const cell = row('inventor-share').cells[col('yn')]!;
    if (cell.kind !== 'provisions') throw new Error('expected provisions');
    expect(cell.entries.map((e) => e.anchor)).toEqual(['art-7', 'art-8']);
    const e = cell.entries[1]!;
    expect(e.cite).toBe('《yn》第8条');
    expect(e.citeShort).toBe('第8条');
    expect(e.href).toBe('/policies/yn/#art-8');
    expect(e.quote).toBe('原文赋权不低于90%');
    expect(e.text).toBe('赋权不低于90%');
    expect(e.detail).toBe('不低于90%'); // describeValue says less than the summary but differs → shown
  });

  it('shows a not-applicable value as 不适用：<why>, distinct from silence', () => {
    const cell = row('inventor-share').cells[col('gd')]!;
    if (cell.kind !== 'provisions') throw new Error('expected provisions');
    expect(cell.entries[0]!.text).toBe('不适用：摘要未涉及');
    expect(cell.entries[0]!.detail).toBe('摘要未涉及收益分配');
  });

  it('adds the typed value in plain Chinese when it says more than the summary', () => {
    const cell = row('purchase-subsidy').cells[col('km-guide')]!;
    if (cell.kind !== 'provisions') throw new Error('expected provisions');
    expect(cell.entries[0]!.detail).toBe('按基数的20%；单个项目不超过100万元');
  });

  it('leaves out provisions of policies that are not columns', () => {
    expect(matrixRows(m).flatMap((r) => r.cells).flatMap((c) => (c.kind === 'provisions' ? c.entries : [])).some((e) => e.provisionId.startsWith('other-'))).toBe(false);
  });

  it('throws on a provision with an unknown dimension', () => {
    const bad = { ...input, provisions: [...provisions, { ...provisions[0]!, id: 'x', dimension: 'no-such' }] };
    expect(() => buildMatrix(bad, resolver)).toThrow(/no-such/);
  });

  it('throws on a dimension with an unknown section and on duplicate columns', () => {
    expect(() => buildMatrix({ ...input, dimensions: [...dimensions, { ...dimensions[0]!, key: 'z', section: 'nope' }] }, resolver)).toThrow(/nope/);
    expect(() => buildMatrix({ ...input, columns: [...columns, columns[0]!] }, resolver)).toThrow();
  });

  it('groups consecutive columns of one jurisdiction under one header', () => {
    expect(m.groups.map((g) => [g.name, g.columnIds])).toEqual([
      ['昆明市', ['km-guide', 'km-draft']],
      ['云南省', ['yn']],
      ['广东省', ['gd']],
    ]);
    expect(groupColumns([])).toEqual([]);
  });

  it('selectColumns keeps the chosen columns, their cells and regroups', () => {
    const s = selectColumns(m, ['gd', 'km-draft']);
    expect(s.columns.map((c) => c.id)).toEqual(['km-draft', 'gd']);
    expect(s.groups.map((g) => g.columnIds)).toEqual([['km-draft'], ['gd']]);
    const r = matrixRows(s).find((x) => x.dimension.key === 'licensors')!;
    expect(r.cells.map((c) => c.kind)).toEqual(['provisions', 'not-specified']);
  });
});

describe('shortCitation', () => {
  it.each([
    ['《昆明市推行职务科技成果先使用后付费操作指引（试行）》第六条第（三）项', '第六条第（三）项'],
    ['《云南》第七条', '第七条'],
    ['《广东……措施》（官方解读摘要）导语', '导语'],
    ['《湖南》附件第二条第（一）项', '附件第二条第（一）项'],
    ['《只有标题》', '《只有标题》'],
    ['第一条', '第一条'],
  ])('%s → %s', (full, short) => expect(shortCitation(full)).toBe(short));
});
