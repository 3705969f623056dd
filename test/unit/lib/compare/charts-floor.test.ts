/**
 * The national floor on the comparison charts, on the real dataset (the national-law excerpts are
 * columns of the comparison): a share row gets the lower bound national law sets, cited; other rows
 * none.
 */
import { describe, expect, test } from 'vitest';
import { buildMatrix, matrixRows, type CompareColumn } from '../../../../src/lib/compare/matrix';
import { dimensionChart, nationalFloor } from '../../../../src/lib/compare/charts';
import { loadPolicyBodies } from '../../../../src/data/policy-bodies';
import { loadDimensions, loadProvisions } from '../../../../src/data/dataset';
import { citeFor } from '../../../../src/data/citations';

const columns: CompareColumn[] = [...loadPolicyBodies().values()]
  .map((b) => ({
    id: b.id,
    title: b.frontmatter.title,
    shortTitle: b.frontmatter.shortTitle,
    jurisdiction: { code: b.frontmatter.jurisdiction.code, name: b.frontmatter.jurisdiction.name, level: b.frontmatter.jurisdiction.level },
    textStatus: b.frontmatter.textStatus,
  }))
  .sort((a, b) => a.jurisdiction.code.localeCompare(b.jurisdiction.code) || a.id.localeCompare(b.id));
const { sections, dimensions } = loadDimensions();
const m = buildMatrix({ sections, dimensions, columns, provisions: loadProvisions() }, { cite: citeFor, href: (id, a) => `/policies/${id}/#${a}` });
const row = (key: string) => matrixRows(m).find((r) => r.dimension.key === key)!;
const LAW = '《中华人民共和国促进科技成果转化法》';

describe('nationalFloor', () => {
  test.each<[string, string | undefined, string | undefined]>([
    // 第四十五条第一款: 不低于50% of the net income (第一项), of the equity (第二项), 5% of the operating profit (第三项).
    ['inventor-share', '不低于50%', `${LAW}第四十五条第一款第一项`],
    ['equity-share', '不低于50%', `${LAW}第四十五条第一款第二项`],
    ['implementation-profit-share', '连续3至5年每年不低于5%', `${LAW}第四十五条第一款第三项`],
    // National law sets no share for technology-transfer staff; a period or amount row is no share row.
    ['transfer-staff-share', undefined, undefined],
    ['unconverted-deadline', undefined, undefined],
    ['purchase-subsidy', undefined, undefined],
  ])('%s → %s', (key, text, cite) => {
    const f = nationalFloor(row(key), m.columns);
    expect(f?.text).toBe(text);
    expect(f?.cite).toBe(cite);
  });

  test('drawn on the chart at its place on the 0–100% scale (50% → half the plot)', () => {
    const r = row('inventor-share');
    const c = dimensionChart(r, m.columns, { notSpecified: '未规定' }, nationalFloor(r, m.columns))!;
    expect(c.floor).toMatchObject({ pct: 50 });
    expect(c.floor!.href).toContain('/policies/prc-2015-sci-tech-transfer-law/#');
    // The patent-law excerpt says nothing on the row: the chart words it as the table does.
    const words = { notSpecified: '未规定', excerptSilent: '节选条文未涉及' };
    const patent = dimensionChart(r, m.columns, words)!.items.find((it) => it.column === 'prc-2020-patent-law')!;
    expect(patent).toMatchObject({ value: null, text: '节选条文未涉及' });
  });
});
