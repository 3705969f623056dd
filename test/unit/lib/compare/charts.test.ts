// Charts of ordered rows, on the synthetic comparison fixture (edge cases: several provisions in
// a cell, not-applicable, rate-only and case-by-case subsidies, 3年 vs 36个月).
import { describe, expect, it } from 'vitest';
import { dimensionChart } from '../../../../src/lib/compare/charts';
import { buildMatrix, matrixRows } from '../../../../src/lib/compare/matrix';
import { magnitudesOf } from '../../../../src/lib/compare/ordering';
import { input, resolver } from '../../../fixtures/compare/dataset';

const m = buildMatrix(input, resolver);
const row = (key: string) => matrixRows(m).find((r) => r.dimension.key === key)!;
const words = { notSpecified: '未规定' };

describe('dimensionChart', () => {
  it('shares: the figure that ranks each cell, in its own words; a not-applicable cell keeps its row without a bar', () => {
    const c = dimensionChart(row('inventor-share'), m.columns, words)!;
    expect(c.unit).toBe('percent');
    // 昆明指引 不低于70%, 昆明措施 70%以上, 云南 best of 70% / 90% → 90%, 广东 不适用.
    expect(c.items.map((i) => [i.column, i.value, i.text])).toEqual([
      ['km-guide', 70, '不低于70%'],
      ['km-draft', 70, '70%以上'],
      ['yn', 90, '不低于90%'],
      ['gd', null, '不适用：摘要未涉及'],
    ]);
    expect(c.geometry.bars.map((b) => b.widthPct)).toEqual([70, 70, 90, 0]);
    expect(c.tickLabels).toEqual(['0%', '50%', '100%']);
    expect(c.floor).toBeUndefined();
  });

  it('amounts: the cap that ranks the cell, named with its scope; rate-only and case-by-case cells have no bar', () => {
    const c = dimensionChart(row('purchase-subsidy'), m.columns, words)!;
    expect(c.unit).toBe('wan-yuan');
    expect(c.items.map((i) => [i.value, i.text])).toEqual([
      [100, '单个项目不超过100万元'],
      [null, '按基数的10%以内'],
      [300, '每家每年不超过300万元'],
      [null, '一事一议'],
    ]);
    expect(c.tickLabels.at(-1)).toBe('300万元');
  });

  it('periods: years when every figure is a year or more (3年 = 36个月 draw the same)', () => {
    const c = dimensionChart(row('unconverted-deadline'), m.columns, words)!;
    expect(c.unit).toBe('years');
    expect(c.items.map((i) => i.value)).toEqual([3, 3, 2, 2]);
    expect(c.items[1]!.text).toBe('36个月以上');
  });

  it('marks a floor on the same scale', () => {
    const [floorMag] = magnitudesOf({ type: 'share', rate: '0.5', bound: '不低于', base: 'net-income', beneficiary: 'inventors', modes: ['transfer-or-licence'], modality: 'shall', conditions: [] }, 'higher-share-more-generous');
    const c = dimensionChart(row('inventor-share'), m.columns, words, { magnitude: floorMag!, text: '不低于50%', cite: '《促进科技成果转化法》第四十五条', href: '/x/' })!;
    expect(c.floor).toMatchObject({ pct: 50, text: '不低于50%' });
  });

  it('no chart for an unordered row, or with fewer than two comparable figures', () => {
    expect(dimensionChart(row('licensors'), m.columns, words)).toBeNull();
    expect(dimensionChart(row('platform'), m.columns, words)).toBeNull();
  });
});
