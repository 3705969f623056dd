import { describe, expect, it } from 'vitest';
import { applyNoStacking, type StackItem } from '../../../../src/lib/calculators/no-stacking';
import { yuan } from '../../../../src/lib/money';
import { loadProvisions } from '../../../../src/data/dataset';

const item = (index: number, group: string | undefined, amount: string, claimant = '甲企业', subject = '成果A'): StackItem =>
  ({ index, group, claimant, subject, amount: yuan(amount) });

describe('applyNoStacking (就高不就低)', () => {
  it.each([
    // 国际标准 50万 + 国家标准 30万 for the same result, same group → only the 50万 is given.
    [[item(0, 'g', '500000'), item(1, 'g', '300000')], [true, false]],
    // Different results: each is its own subject → both given.
    [[item(0, 'g', '500000', '甲企业', '成果A'), item(1, 'g', '300000', '甲企业', '成果B')], [true, true]],
    // Different claimants → both given.
    [[item(0, 'g', '500000', '甲企业'), item(1, 'g', '300000', '乙企业')], [true, true]],
    // No group → never displaced, even beside a higher award.
    [[item(0, undefined, '100'), item(1, 'g', '500000'), item(2, undefined, '999999')], [true, true, true]],
    // A tie keeps the first.
    [[item(0, 'g', '100000'), item(1, 'g', '100000')], [true, false]],
    // The higher one later in the list wins; whitespace in names does not split a claimant.
    [[item(0, 'g', '50000'), item(1, 'g', '100000', ' 甲企业 ')], [false, true]],
  ])('case %#', (items, kept) => {
    const out = applyNoStacking(items);
    expect(out.map((o) => o.kept)).toEqual(kept);
    for (const o of out) expect(out[o.givenIndex]!.kept).toBe(true);
  });

  it('云南 八: the R&D subsidy carries the rule, and under 读法二 the four standards awards share one group', () => {
    const ps = loadProvisions();
    const rd = ps.find((p) => p.id === 'yunnan-2024-15-measures-art-8-rd-industrialisation')!;
    expect(rd.value.type === 'subsidy' && rd.value.noStacking?.group).toBe('yunnan-art-8-same-type');
    const groups = ps
      .filter((p) => p.id.startsWith('yunnan-2024-15-measures-art-8-standard-'))
      .map((p) => p.readings.find((r) => r.key === 'highest-only')?.value)
      .map((v) => (v?.type === 'subsidy' ? v.noStacking?.group : undefined));
    expect(groups).toEqual(['yunnan-art-8-standards', 'yunnan-art-8-standards', 'yunnan-art-8-standards', 'yunnan-art-8-standards']);
  });
});
