/**
 * The law-layer resolver on the real dataset: every document × conversion mode × licensor class ×
 * “does the unit have its own rule or agreement?” (yes / no / unknown). Each case lists the
 * answers as `conditions → minimum layer@anchor`, one per branch; the comments give the legal
 * reasoning, citing the articles the data carries.
 *
 * Notation: `≥70% local@m-5` = 不低于70%, set by the document's own clause m-5;
 * `≥50% national@art-45-para-1-item-1` = 促进科技成果转化法 第四十五条第一款第一项;
 * `unit-rule` = no floor binds, the unit's own rule or agreement governs (第四十四条第二款);
 * `no-floor` = no layer sets a minimum for the mode. Conditions name facts left unknown:
 * `ownRule`, `contractRegistered` (技术合同认定登记), `level` / `kind` (whom a local clause is
 * written for), `scope` (whether a list ending in 等 reaches the licensor), `reading`.
 */
import { describe, expect, test } from 'vitest';
import { lawData } from '../../../../src/data/law';
import { resolveInventorShare, resolvePayroll, settled, type ShareResolution } from '../../../../src/lib/law/resolve';
import type { LicensorClass } from '../../../../src/lib/law/licensors';
import { conversionMode, type ConversionMode } from '../../../../src/schemas/provision';

const data = lawData();

const pct = (r: string) => `${Number(r) * 100}%`;
const word = (v: string | boolean) => (v === true ? 'yes' : v === false ? 'no' : v);

/** One line per branch: `cond & cond → answer` (`always` when no condition). */
function summarize(r: ShareResolution): string[] {
  return r.branches.map((b) => {
    const when = b.when.map((c) => `${c.key.replace(/:.*/, '')}=${c.values.map(word).join('/')}`).join(' & ') || 'always';
    const { minimum: m, reason } = b.decision;
    const what = m
      ? `${m.bound === '不低于' ? '≥' : m.bound}${pct(m.rate)} ${m.layer}@${m.anchor}${m.reading ? `[${m.reading}]` : ''}${reason === 'same-floor' ? ' (=national)' : ''}`
      : reason;
    return `${when} → ${what}`;
  });
}

type OwnRule = 'yes' | 'no' | 'unknown';
type Row = [LicensorClass, OwnRule, string[]];
const CLASSES: LicensorClass[] = ['state-rd-university', 'public-institution', 'state-enterprise', 'other'];
const OTHERS: LicensorClass[] = ['public-institution', 'state-enterprise', 'other'];
const OWN: OwnRule[] = ['yes', 'no', 'unknown'];

const ITEM = { licence: 'art-45-para-1-item-1', equity: 'art-45-para-1-item-2', profit: 'art-45-para-1-item-3' } as const;

/**
 * National law alone — the document is silent on the mode (or is the law itself):
 * - 国家设立的研究开发机构、高等院校: 第四十五条第二款 makes the floor binding “应当符合”, whatever
 *   the unit's own rule or agreement says — so the answer never depends on `ownRule`.
 * - everyone else: 第四十五条第一款 applies the floor only where the unit “未规定、也未……约定”;
 *   with a rule or agreement of its own, 第四十四条第二款 lets the unit set the reward.
 */
function nationalOnly(floor: string): Row[] {
  return [
    ...OWN.map((o): Row => ['state-rd-university', o, [`always → ${floor}`]]),
    ...OTHERS.flatMap((c): Row[] => [
      [c, 'yes', ['always → unit-rule']],
      [c, 'no', [`always → ${floor}`]],
      [c, 'unknown', ['ownRule=yes → unit-rule', `ownRule=no → ${floor}`]],
    ]),
  ];
}

/** No layer sets a minimum: national law has no floor for 赋权 (先使用后合作) or 横向项目, and the text none. */
const noFloor: Row[] = CLASSES.flatMap((c) => OWN.map((o): Row => [c, o, ['always → no-floor']]));

const LICENCE = nationalOnly(`≥50% national@${ITEM.licence}`);
const EQUITY = nationalOnly(`≥50% national@${ITEM.equity}`);
// 第一款第三项: own or joint implementation, each year for 三至五年, ≥5% of operating profit.
const PROFIT = nationalOnly(`≥5% national@${ITEM.profit}`);

/** What every document answers where it says nothing of its own. */
const SILENT: Record<ConversionMode, Row[]> = {
  'transfer-or-licence': LICENCE,
  'pay-later-licence': LICENCE, // 先使用后付费 is a licence: 第一项's 许可净收入
  'equity-investment': EQUITY,
  'own-implementation': PROFIT,
  'use-then-cooperate-ownership': noFloor,
  'use-then-cooperate-long-term-use': noFloor,
  'horizontal-project': noFloor,
};

/**
 * Kunming draft measures （五）: “科技成果完成单位实施技术转让和技术许可的，经技术合同认定登记，应
 * 从……净收入中提取不低于70%”. Written for every 完成单位 (no class named), mandatory (应), on
 * condition of registration. Registered: 70% binds for all — above the national 50%. Not
 * registered: the clause does not apply, and national law answers as where the text is silent.
 */
const kunmingDraftLicence: Row[] = [
  ...OWN.map((o): Row => ['state-rd-university', o, ['contractRegistered=yes → ≥70% local@m-5', `contractRegistered=no → ≥50% national@${ITEM.licence}`]]),
  ...OTHERS.flatMap((c): Row[] => [
    [c, 'yes', ['contractRegistered=yes → ≥70% local@m-5', 'contractRegistered=no → unit-rule']],
    [c, 'no', ['contractRegistered=yes → ≥70% local@m-5', `contractRegistered=no → ≥50% national@${ITEM.licence}`]],
    [c, 'unknown', ['contractRegistered=yes → ≥70% local@m-5', 'contractRegistered=no & ownRule=yes → unit-rule', `contractRegistered=no & ownRule=no → ≥50% national@${ITEM.licence}`]],
  ]),
];

/**
 * Kunming draft measures （六）: “市属高校、科研院所、医疗卫生机构利用职务科技成果作价投资的……不低于
 * 70%”. Only 市属 holders of those three kinds: a city-level public university or institute gets
 * 70%; one of another level falls back to 第四十五条 (binding for it under 第二款). A 市属 hospital
 * (其他事业单位) gets 70%; other public institutions, state enterprises and private holders are not
 * named, so national law answers as where the text is silent.
 */
const EQ = `≥50% national@${ITEM.equity}`;
const OTHER_LEVELS = 'level=central-in-province/provincial/county-level';
const kunmingDraftEquity: Row[] = [
  ...OWN.map((o): Row => ['state-rd-university', o, [`${OTHER_LEVELS} → ${EQ}`, 'level=city-level → ≥70% local@m-6']]),
  ['public-institution', 'yes', [`kind=medical-institution & ${OTHER_LEVELS} → unit-rule`, 'kind=medical-institution & level=city-level → ≥70% local@m-6', 'kind=new-rd-institution/tech-transfer-agency → unit-rule']],
  ['public-institution', 'no', [`kind=medical-institution & ${OTHER_LEVELS} → ${EQ}`, 'kind=medical-institution & level=city-level → ≥70% local@m-6', `kind=new-rd-institution/tech-transfer-agency → ${EQ}`]],
  ['public-institution', 'unknown', [
    `kind=medical-institution & ${OTHER_LEVELS} & ownRule=yes → unit-rule`,
    `kind=medical-institution & ${OTHER_LEVELS} & ownRule=no → ${EQ}`,
    'kind=medical-institution & level=city-level → ≥70% local@m-6',
    'kind=new-rd-institution/tech-transfer-agency & ownRule=yes → unit-rule',
    `kind=new-rd-institution/tech-transfer-agency & ownRule=no → ${EQ}`,
  ]],
  ...EQUITY.filter(([c]) => c === 'state-enterprise' || c === 'other'),
];

/**
 * Guangdong summary, “强化对成果完成人的激励保障”: “应给予成果完成人……不低于70%”, for the 成果单位
 * defined as “高等学校、科研事业单位、医疗卫生机构等”. Those kinds are named: 70%, above national law
 * where it applies. The list ends in 等, so for other holders (a new R&D institution, a state or
 * private enterprise) both ways are shown: if 等 reaches them, 70%; if not, national law as where
 * the text is silent — for 先使用后付费 the 50% floor (with its 第一款 condition), for 赋权 (先使用后
 * 合作) no national floor at all.
 */
const LIC = `≥50% national@${ITEM.licence}`;
const GD = '≥70% local@sec-5';
const NEW_PUBLIC = 'kind=new-rd-institution/tech-transfer-agency';
const NAMED_PRIVATE = 'kind=university/research-institute/medical-institution'; // 民办高校、院所、医院: named kinds
const UNNAMED_PRIVATE = 'kind=new-rd-institution/tech-transfer-agency/enterprise/tech-enterprise';
/** National fallback when 等 does not reach the licensor, for 先使用后付费 (第四十五条第一款第一项 with 第一款's condition). */
const licenceFallback = (own: OwnRule, prefix: string): string[] =>
  own === 'yes' ? [`${prefix}scope=no → unit-rule`] : own === 'no' ? [`${prefix}scope=no → ${LIC}`] : [`${prefix}scope=no & ownRule=yes → unit-rule`, `${prefix}scope=no & ownRule=no → ${LIC}`];
const guangdongPayLater: Row[] = [
  ...OWN.map((o): Row => ['state-rd-university', o, [`always → ${GD}`]]),
  ...OWN.map((o): Row => ['public-institution', o, [`kind=medical-institution → ${GD}`, `${NEW_PUBLIC} & scope=yes → ${GD}`, ...licenceFallback(o, `${NEW_PUBLIC} & `)]]),
  ...OWN.map((o): Row => ['state-enterprise', o, [`scope=yes → ${GD}`, ...licenceFallback(o, '')]]),
  ...OWN.map((o): Row => ['other', o, [`${NAMED_PRIVATE} → ${GD}`, `${UNNAMED_PRIVATE} & scope=yes → ${GD}`, ...licenceFallback(o, `${UNNAMED_PRIVATE} & `)]]),
];
/** 赋予长期使用权: 70% where the summary reaches; national law has no floor for 赋权, so none elsewhere. */
const guangdongLongTerm: Row[] = [
  ...OWN.map((o): Row => ['state-rd-university', o, [`always → ${GD}`]]),
  ...OWN.map((o): Row => ['public-institution', o, [`kind=medical-institution → ${GD}`, `${NEW_PUBLIC} & scope=yes → ${GD}`, `${NEW_PUBLIC} & scope=no → no-floor`]]),
  ...OWN.map((o): Row => ['state-enterprise', o, [`scope=yes → ${GD}`, 'scope=no → no-floor']]),
  ...OWN.map((o): Row => ['other', o, [`${NAMED_PRIVATE} → ${GD}`, `${UNNAMED_PRIVATE} & scope=yes → ${GD}`, `${UNNAMED_PRIVATE} & scope=no → no-floor`]]),
];
/**
 * 赋予所有权: the 70% has no stated base. Both readings are answered (the data's `readings`): a
 * share of ownership, or of 转化净收入或股权激励 as in the neighbouring sentences. Either way 70%;
 * where 等 does not reach the licensor, no layer sets a floor.
 */
const both = (prefix: string) => [`${prefix}reading=ownership-share → ${GD}[ownership-share]`, `${prefix}reading=income-or-equity → ${GD}[income-or-equity]`];
const guangdongOwnership: Row[] = [
  ...OWN.map((o): Row => ['state-rd-university', o, both('')]),
  ...OWN.map((o): Row => ['public-institution', o, [...both('kind=medical-institution & '), ...both(`${NEW_PUBLIC} & scope=yes & `), `${NEW_PUBLIC} & scope=no → no-floor`]]),
  ...OWN.map((o): Row => ['state-enterprise', o, [...both('scope=yes & '), 'scope=no → no-floor']]),
  ...OWN.map((o): Row => ['other', o, [...both(`${NAMED_PRIVATE} & `), ...both(`${UNNAMED_PRIVATE} & scope=yes & `), `${UNNAMED_PRIVATE} & scope=no → no-floor`]]),
];

/**
 * Yunnan 六: “事业单位取得的横向项目，经技术合同认定登记机构认定登记为技术开发、技术咨询、技术服务
 * 合同产生的净收入，项目承担单位按照不低于70%的比例给予科研人员（团队）奖励”. Only 事业单位 (public
 * universities and institutes, other public institutions), only when registered. National law
 * sets no floor for horizontal projects (not a conversion of a result under 第四十五条).
 */
const yunnanHorizontal: Row[] = [
  ...(['state-rd-university', 'public-institution'] as const).flatMap((c) => OWN.map((o): Row => [c, o, ['contractRegistered=yes → ≥70% local@art-6', 'contractRegistered=no → no-floor']])),
  ...noFloor.filter(([c]) => c === 'state-enterprise' || c === 'other'),
];

/** Every document × mode; the modes a document does not address answer as `SILENT`. */
const EXPECTED: Record<string, Partial<Record<ConversionMode, Row[]>>> = {
  // 操作指引: no reward share of its own for any mode.
  'kunming-2025-guideline': {},
  'kunming-2025-measures-draft': { 'transfer-or-licence': kunmingDraftLicence, 'pay-later-licence': kunmingDraftLicence, 'equity-investment': kunmingDraftEquity },
  // 十五条: a share for 横向项目 only; licence income is left to national law (its note says so).
  'yunnan-2024-15-measures': { 'horizontal-project': yunnanHorizontal },
  // 实施方案 三（四）: “应依法依规……给予转化净收入或股权奖励” with no figure: the law answers.
  'hunan-2025-plan': {},
  // The summary addresses 先使用后付费 and 先使用后合作 only; a plain licence or transfer is national law's.
  'guangdong-2026-measures-summary': {
    'pay-later-licence': guangdongPayLater,
    'use-then-cooperate-ownership': guangdongOwnership,
    'use-then-cooperate-long-term-use': guangdongLongTerm,
  },
  // Asking a law directly: national law alone.
  'prc-2015-sci-tech-transfer-law': {},
  'prc-2020-patent-law': {},
};

const MODES = Object.keys(SILENT) as ConversionMode[];

describe.each(Object.keys(EXPECTED))('%s', (policy) => {
  describe.each(MODES)('%s', (mode) => {
    const rows = EXPECTED[policy]![mode] ?? SILENT[mode];
    test('the table covers every licensor class × own-rule answer', () => {
      expect(rows.map(([c, o]) => `${c}/${o}`).sort()).toEqual(CLASSES.flatMap((c) => OWN.map((o) => `${c}/${o}`)).sort());
    });
    test.each(rows)('%s, own rule %s', (licensor, own, expected) => {
      const facts = { licensor, ...(own === 'unknown' ? {} : { ownRule: own === 'yes' }) };
      expect(summarize(resolveInventorShare(data, { policy, mode }, facts))).toEqual(expected);
    });
  });
});

describe('what each answer says besides its minimum', () => {
  test('a local floor is shown with the national floor beneath it, and why that binds', () => {
    // Kunming draft, public university, registered: 70% binds; 第四十五条 binds too (第二款) but lower.
    const r = resolveInventorShare(data, { policy: 'kunming-2025-measures-draft', mode: 'pay-later-licence' }, { licensor: 'state-rd-university', contractRegistered: true });
    const d = settled(r)!;
    expect(d.reason).toBe('local-floor');
    expect(d.floors.map((f) => [f.layer, f.anchor, f.status, f.decidedBy ?? ''])).toEqual([
      ['local', 'm-5', 'binding', ''],
      ['national', ITEM.licence, 'beneath', 'prc-2015-sci-tech-transfer-law-art-45-para-2-binding-reach'],
    ]);
  });

  test('an unmet condition is named; the national floor then binds for a state university', () => {
    const d = settled(resolveInventorShare(data, { policy: 'kunming-2025-measures-draft', mode: 'transfer-or-licence' }, { licensor: 'state-rd-university', contractRegistered: false }))!;
    expect(d.floors.map((f) => [f.anchor, f.status, f.unmet ?? []])).toEqual([
      ['m-5', 'condition-unmet', ['technology-contract-registered']],
      [ITEM.licence, 'binding', []],
    ]);
  });

  test('with its own rule, a state enterprise: the national floor yields under 第四十四条第二款', () => {
    const d = settled(resolveInventorShare(data, { policy: 'yunnan-2024-15-measures', mode: 'pay-later-licence' }, { licensor: 'state-enterprise', ownRule: true }))!;
    expect(d.reason).toBe('unit-rule');
    expect(d.unitRuleBasis).toBe('prc-2015-sci-tech-transfer-law-art-44-para-2-unit-may-set');
    expect(d.floors.map((f) => f.status)).toEqual(['yields']);
  });

  test('without one: the floor binds under 第四十五条第一款', () => {
    const d = settled(resolveInventorShare(data, { policy: 'hunan-2025-plan', mode: 'transfer-or-licence' }, { licensor: 'other', ownRule: false }))!;
    expect(d.floors.map((f) => [f.status, f.decidedBy])).toEqual([['binding', 'prc-2015-sci-tech-transfer-law-art-45-para-1-default-standards']]);
  });

  test('a may-share (可提取) is never a floor: the transfer-staff 10% does not enter the inventor answer', () => {
    const r = resolveInventorShare(data, { policy: 'yunnan-2024-15-measures', mode: 'pay-later-licence' }, {});
    expect(r.provisionIds).not.toContain('yunnan-2024-15-measures-art-6-transfer-staff-share');
  });

  test('the own-implementation floor carries its years (连续三至五年, from 投产)', () => {
    const d = settled(resolveInventorShare(data, { policy: 'yunnan-2024-15-measures', mode: 'own-implementation' }, { licensor: 'state-rd-university' }))!;
    expect(d.minimum?.years).toEqual({ min: 3, max: 5, consecutive: true, from: '实施转化成功投产后' });
    expect(d.minimum?.base).toBe('operating-profit');
  });

  test('every answer cites the national conditions it rests on', () => {
    const r = resolveInventorShare(data, { policy: 'kunming-2025-guideline', mode: 'pay-later-licence' }, {});
    expect(r.national).toEqual([{
      floor: 'prc-2015-sci-tech-transfer-law-art-45-para-1-item-1-licence-share',
      bindsFor: [{ licensors: ['state-rd-university'], provisionId: 'prc-2015-sci-tech-transfer-law-art-45-para-2-binding-reach' }],
      absentUnitRule: 'prc-2015-sci-tech-transfer-law-art-45-para-1-default-standards',
      unitMaySet: 'prc-2015-sci-tech-transfer-law-art-44-para-2-unit-may-set',
    }]);
  });

  test('a settled reading is not asked again', () => {
    const r = resolveInventorShare(data, { policy: 'guangdong-2026-measures-summary', mode: 'use-then-cooperate-ownership' }, { licensor: 'state-rd-university', readings: { 'guangdong-2026-measures-summary-sec-5-ownership-share': 'income-or-equity' } });
    expect(summarize(r)).toEqual(['always → ≥70% local@sec-5[income-or-equity]']);
    expect(settled(r)?.minimum?.base).toBe('equity-or-net-income');
  });

  test('knowing kind and level settles what the class alone leaves open', () => {
    // A 市属 public hospital under the Kunming draft: （六） names it, 70%.
    const r = resolveInventorShare(data, { policy: 'kunming-2025-measures-draft', mode: 'equity-investment' }, { licensor: 'public-institution', kind: 'medical-institution', level: 'city-level' });
    expect(summarize(r)).toEqual(['always → ≥70% local@m-6']);
  });

  test('contradictory facts give no answer instead of a guess', () => {
    const r = resolveInventorShare(data, { policy: 'hunan-2025-plan', mode: 'pay-later-licence' }, { licensor: 'state-enterprise', level: 'non-state' });
    expect(r.inconsistent).toBe(true);
    expect(r.branches).toEqual([]);
  });

  test('with nothing known, every class is answered', () => {
    const r = resolveInventorShare(data, { policy: 'yunnan-2024-15-measures', mode: 'pay-later-licence' });
    expect(summarize(r)).toEqual([
      `licensor=state-rd-university → ${LIC}`,
      'licensor=public-institution/state-enterprise/other & ownRule=yes → unit-rule',
      `licensor=public-institution/state-enterprise/other & ownRule=no → ${LIC}`,
    ]);
  });
});

describe('payroll (第四十五条第三款)', () => {
  test.each([
    // 国有企业、事业单位: 计入当年工资总额，不受其限制、不纳入基数. A public university is a 事业单位.
    ['state-rd-university', ['prc-2015-sci-tech-transfer-law-art-45-para-3-wage-total']],
    ['public-institution', ['prc-2015-sci-tech-transfer-law-art-45-para-3-wage-total']],
    ['state-enterprise', ['prc-2015-sci-tech-transfer-law-art-45-para-3-wage-total']],
    // A private holder is neither: the paragraph does not reach it.
    ['other', []],
  ] as const)('%s', (licensor, applies) => {
    const r = resolvePayroll(data, { licensor });
    expect(r.branches).toEqual([{ when: [], decision: { applies: [...applies] } }]);
  });

  test('unknown class: the answer says which classes it reaches', () => {
    expect(resolvePayroll(data).branches.map((b) => [b.when, b.decision.applies.length])).toEqual([
      [[{ key: 'licensor', values: ['state-rd-university', 'public-institution', 'state-enterprise'] }], 1],
      [[{ key: 'licensor', values: ['other'] }], 0],
    ]);
  });
});

test('the dataset is scanned once, not once per question (the comparison asks for every cell of every document)', () => {
  // A copy whose provision list counts the whole-list reads (iteration, filter, map …).
  let scans = 0;
  const whole = new Set<PropertyKey>([Symbol.iterator, 'filter', 'map', 'flatMap', 'forEach', 'find', 'some', 'every', 'reduce']);
  const provisions = new Proxy([...data.provisions], {
    get(target, prop, receiver) {
      if (whole.has(prop)) scans++;
      return Reflect.get(target, prop, receiver);
    },
  });
  const counted = { documents: data.documents, provisions };
  const policies = [...new Set(data.provisions.map((p) => p.policy))];
  resolveInventorShare(counted, { policy: policies[0]!, mode: 'pay-later-licence' });
  const afterFirst = scans;
  for (const policy of policies) for (const mode of conversionMode.options) resolveInventorShare(counted, { policy, mode });
  resolvePayroll(counted);
  expect(afterFirst).toBeGreaterThan(0);
  expect(scans).toBe(afterFirst);
});
