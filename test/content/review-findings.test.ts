/**
 * The provisions a legal reviewer found imprecise (issue #20 §2), each corrected at its cause or
 * turned into readings, with the words of the text it rests on. Every case failed on the dataset
 * as it stood before the fix; the class tests after them keep the fault from coming back elsewhere.
 */
import { describe, expect, test } from 'vitest';
import { loadProvisions, type DatasetProvision } from '../../src/data/dataset';
import { paymentRuleSets } from '../../src/data/payment-rules';
import { earliestPayment } from '../../src/lib/calculators/payment-timing';
import { describeValue } from '../../src/lib/provision-format';
import { calendar } from '../unit/lib/holidays-data';

const all = loadProvisions();
const byId = (id: string): DatasetProvision => {
  const p = all.find((x) => x.id === id);
  if (!p) throw new Error(`no provision ${id}`);
  return p;
};
const scopeKinds = (p: DatasetProvision) => (p.scope ?? []).map((c) => c.kind);

describe('the nine provisions (issue #20 §2)', () => {
  test('昆明稿 （五）: “…的，经技术合同认定登记，应从…提取” — registration conditions the 70% share, it is not a duty 须经', () => {
    const reg = byId('kunming-2025-measures-draft-m-5-registration');
    expect(reg.conditionOf).toEqual(['kunming-2025-measures-draft-m-5-inventor-share']);
    expect(reg.duty).toBeUndefined();
    expect(reg.summary).not.toMatch(/须经|必须/);
    expect(scopeKinds(byId('kunming-2025-measures-draft-m-5-inventor-share'))).toContain('registered-contract');
  });

  test('昆明稿 （六）: the 70% equity share applies to “市属高校、科研院所、医疗卫生机构…作价投资的” only', () => {
    const p = byId('kunming-2025-measures-draft-m-6-equity-share');
    expect(p.scope).toContainEqual(expect.objectContaining({ kind: 'licensors', keys: ['university', 'research-institute', 'medical-institution'], levels: ['city-level'] }));
    expect(p.summary.startsWith('市属高校、科研院所、医疗卫生机构')).toBe(true);
  });

  test('云南 八: the 1000万元 cap\'s scope is a reading, not a per-project fact; 就高不就低 is a typed no-stacking rule', () => {
    const p = byId('yunnan-2024-15-measures-art-8-rd-industrialisation');
    expect(p.readings.map((r) => r.key)).toEqual(['per-project', 'per-enterprise']);
    const perEnterprise = p.readings[1]!.value;
    expect(perEnterprise?.type === 'subsidy' && perEnterprise.caps).toEqual([{ scope: 'per-claimant', yuan: '10000000', bound: '不超过' }]);
    expect(p.value.type === 'subsidy' && p.value.noStacking).toEqual({ group: 'yunnan-art-8-same-type', words: '同等类型按“就高不就低”原则进行奖补' });
    // The rule is typed, not a condition string a calculator would have to read.
    expect(p.value.type === 'subsidy' && p.value.conditions.some((c) => c.includes('就高不就低'))).toBe(false);
  });

  test('湖南 三（一）: the 成果库 call is not who may license; 二 “科技成果持有单位” sets no level', () => {
    expect(byId('hunan-2025-plan-part-3-1-licensors').dimension).toBe('result-pool');
    const licensors = all.filter((p) => p.policy === 'hunan-2025-plan' && p.dimension === 'licensors');
    expect(licensors.map((p) => p.id)).toEqual(['hunan-2025-plan-part-2-intro-holders']);
    expect(licensors.flatMap((p) => (p.value.type === 'list' ? (p.value.keys ?? []) : []))).toEqual([]);
  });

  test.each([
    ['hunan-2025-plan-part-3-1-unconverted-5-years', '自验收起5年期满'],
    ['guangdong-2026-measures-summary-sec-8-unconverted-3-years', '自项目验收完成起3年期满'],
  ])('%s: “…内未（实施）转化的” binds once the period has run out', (id, described) => {
    const p = byId(id);
    expect(p.value.type === 'period' && p.value.period.elapsed).toBe(true);
    expect(describeValue(p.value)).toBe(described);
    expect(p.summary).toContain('期满');
  });

  test('广东 八: “企业、省外高校院所等成果单位” keeps 省外 on 高校院所', () => {
    const p = byId('guangdong-2026-measures-summary-sec-8-other-sources');
    expect(p.value.type === 'list' && p.value.qualified).toEqual([{ keys: ['university', 'research-institute'], levels: ['out-of-province'], words: '省外高校院所' }]);
  });

  test('广东 五: whether 科研攻关类 governs the 先使用后付费 leg too is shown as two readings', () => {
    const p = byId('guangdong-2026-measures-summary-sec-5-threshold-pay-later');
    expect(p.readings.map((r) => r.key)).toEqual(['both-legs', 'cooperate-only']);
    expect(p.readings.every((r) => r.consequence.includes('先使用后付费'))).toBe(true);
  });

  test('昆明指引 第一条: the note\'s reading (一年（含）a floor, 收入后一年内 a window) is evaluated, and each reading is checked against 至少', () => {
    const rule = paymentRuleSets(all).rules.find((r) => r.id === 'kunming-2025-guideline-art-1-payment-timing')!;
    const r = earliestPayment(rule.timing, { effective: '2026-03-02', revenue: '2026-05-04' }, calendar);
    const by = Object.fromEntries(r.readings.map((x) => [x.key, x]));
    expect(Object.keys(by)).toEqual(['earliest-start', 'latest-start', 'floor-and-window']);
    // 2026-03-02 + 1 year (含) = 2027-03-02 (a Tuesday): not before it; the revenue window of 2026-05-04 closes 2027-05-04.
    expect(by['floor-and-window']).toMatchObject({ evaluated: true, earliest: '2027-03-02', deadline: '2027-05-04', respectsAtLeast: true });
    // Reading 1 lets payment start the day after revenue (after an event 至少 names): consistent with 至少.
    expect(by['earliest-start']).toMatchObject({ earliest: '2026-05-05', respectsAtLeast: true });
    // Reading 2 lets payment start on the effective date, before anything 至少 names: flagged.
    expect(by['latest-start']).toMatchObject({ earliest: '2026-03-02', respectsAtLeast: false });
  });

  test('昆明指引 第六条（一）: “许可方可通过…发布” is an option, not a duty', () => {
    const p = byId('kunming-2025-guideline-art-6-1-publication-platform');
    expect(p.duty).toEqual({ actor: 'unit', modality: 'may', contractTerm: false });
    expect(p.summary).toContain('可');
  });
});

describe('the classes behind them', () => {
  test('a provision that states another\'s condition points at provisions of its policy that type it, and is no duty itself', () => {
    const bad: string[] = [];
    for (const p of all.filter((x) => x.conditionOf)) {
      if (p.duty) bad.push(`${p.id}: a condition is typed as a duty`);
      for (const id of p.conditionOf!) {
        const target = all.find((x) => x.id === id);
        if (!target || target.policy !== p.policy) bad.push(`${p.id}: ${id} is not a provision of ${p.policy}`);
        else if (!scopeKinds(target).includes('registered-contract')) bad.push(`${p.id}: ${id} does not type the condition`);
      }
    }
    expect(bad).toEqual([]);
  });

  test('an option (可) in the words stays an option: typed `may` where a duty is typed, and never dropped from the summary', () => {
    const optional = /可(通过|从|将|约定|采取|在|申报|认定|进一步|结合|参照|依据)/;
    const bad = all
      .filter((p) => optional.test(p.quote) && !p.summary.includes('可'))
      .map((p) => `${p.id}: the words say 可, the summary does not`);
    for (const p of all) {
      if (p.duty?.modality === 'may' && !p.summary.includes('可')) bad.push(`${p.id}: typed may, summary without 可`);
      if (p.duty?.modality === 'in-principle' && !p.summary.includes('原则上')) bad.push(`${p.id}: typed 原则上, summary without it`);
    }
    expect(bad).toEqual([]);
  });

  test('a share\'s force is one fact: the resolver\'s value.modality (law layer) and the duty\'s modality agree', () => {
    // shall ↔ 应当 / 原则上; may ↔ 可. Both are typed from the same words; a change to one must reach the other.
    const agree = { shall: ['must', 'in-principle'], may: ['may'] } as const;
    const bad = all
      .filter((p) => p.value.type === 'share' && p.duty)
      .filter((p) => p.value.type === 'share' && !(agree[p.value.modality] as readonly string[]).includes(p.duty!.modality))
      .map((p) => `${p.id}: value ${p.value.type === 'share' ? p.value.modality : ''}, duty ${p.duty!.modality}`);
    expect(bad).toEqual([]);
    expect(all.filter((p) => p.value.type === 'share' && p.duty).length).toBeGreaterThanOrEqual(9);
  });

  test('every period that binds once it has run out says so in its cell', () => {
    const bad = all
      .filter((p) => p.value.type === 'period' && p.value.period.elapsed)
      .filter((p) => !/期满|满\d/.test(describeValue(p.value)) || !/期满|满\d/.test(p.summary))
      .map((p) => p.id);
    expect(bad).toEqual([]);
    // …and every duty on unconverted results is such a period.
    const duties = all.filter((p) => p.dimension === 'unconverted-deadline' && p.duty?.actor === 'unit');
    expect(duties.every((p) => p.value.type === 'period' && p.value.period.elapsed)).toBe(true);
  });
});

describe('duties without numbers (issue #20 §4): each the reviewer named is a provision typed with its actor and force', () => {
  test.each([
    // 单位应建立…制度: 昆明稿 （一）, 云南 九
    ['kunming-2025-measures-draft-m-1-unit-rules', 'unit', 'must', false],
    ['yunnan-2024-15-measures-art-9-disclosure-rules', 'unit', 'must', false],
    // 定期提交转化情况报告: 昆明稿 （十三）, 云南 四
    ['kunming-2025-measures-draft-m-13-report', 'unit', 'must', false],
    ['yunnan-2024-15-measures-art-4-conversion-list', 'unit', 'must', false],
    // 尽职免责: 昆明稿 （十四）, 云南 十五 — conditions relieving the unit's leaders
    ['kunming-2025-measures-draft-m-14-due-diligence', 'unit-leaders', 'exempt-if', false],
    ['yunnan-2024-15-measures-art-15-due-diligence', 'unit-leaders', 'exempt-if', false],
    // 先投后股: 昆明稿 （七） (no provision before #20)
    ['kunming-2025-measures-draft-m-7-invest-then-equity', 'authority', 'encouraged', false],
    // 赋权负面清单: 昆明稿 （一）, 云南 一
    ['kunming-2025-measures-draft-m-1-negative-list', 'unit', 'must-not', false],
    ['yunnan-2024-15-measures-art-1-negative-list', 'unit', 'must-not', false],
    // 湖南 合同示范文本: 保密期限 五（一）, 侵权通知 五（三）, 终止事由 七（二）（可终止）, 争议解决 八 — bind once adopted
    ['hunan-2025-plan-annex-art-5-1-confidentiality', 'licensee', 'must', true],
    ['hunan-2025-plan-annex-art-5-3-infringement', 'both-parties', 'must', true],
    ['hunan-2025-plan-annex-art-7-2-termination', 'both-parties', 'may', true],
    ['hunan-2025-plan-annex-art-8-dispute', 'both-parties', 'must', true],
  ] as const)('%s: %s, %s', (id, actor, modality, contractTerm) => {
    expect(byId(id).duty).toEqual({ actor, modality, contractTerm });
  });
});

describe('derived validity dates (issue #20 §3): one stated rule, both readings shown', () => {
  test('广东: “自2026年2月1日起实施，有效期5年” — the readings in the data are the ones the rule derives', async () => {
    const { derivedLastDays } = await import('../../src/lib/policy-status');
    const { formatChineseDate } = await import('../../src/lib/plain-date');
    const p = byId('guangdong-2026-measures-summary-intro-validity');
    const derived = derivedLastDays('2026-02-01', 5);
    expect(p.readings.map((r) => r.key)).toEqual(derived.map((d) => d.key));
    for (const [i, d] of derived.entries()) expect(p.readings[i]!.label).toContain(formatChineseDate(d.lastDay));
    expect(derived.map((d) => d.lastDay)).toEqual(['2031-02-01', '2031-01-31']);
  });
});
