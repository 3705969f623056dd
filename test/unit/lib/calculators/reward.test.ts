// computeReward on the real dataset: strings in; the split, each minimum's state and the trace out.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { conversionMode } from '../../../../src/schemas/provision';
import { computeReward, EMPTY_REWARD_FORM, MAX_COSTS, rewardContext, type RewardForm } from '../../../../src/lib/calculators/reward';
import { calcData } from './calc-data';
import { LICENSOR_CLASSES } from '../../../../src/lib/law/licensors';
import { garbage, labelText, percentText, yuanText } from './field-text';

const modes = [...conversionMode.options];
const ctx = rewardContext(calcData(['reward']), modes);
const f = (patch: Partial<RewardForm>): RewardForm => ({ ...EMPTY_REWARD_FORM, ...patch });
// The facts that settle the Kunming draft's 70% (第（五）项: registered contracts) for a state university.
const KM_FACTS = { licensor: 'state-rd-university', registered: 'yes' } as const;

describe('computeReward', () => {
  it('empty form: nothing computed, no errors, never "meets", no trace', () => {
    const r = computeReward(EMPTY_REWARD_FORM, ctx);
    expect(r).toMatchObject({ errors: {}, policy: null, mode: null, status: 'incomplete', trace: [], compare: [] });
  });

  it('Kunming draft 五, licence, 200万: 140万 / 6万 / 54万, meets both minimums', () => {
    // 200万 × 70% = 140万; (200万 − 140万) × 10% = 6万; 60万 − 6万 = 54万
    const r = computeReward(f({ doc: 'kunming-2025-measures-draft', mode: 'transfer-or-licence', ...KM_FACTS, net: '200万' }), ctx);
    expect([r.inventor.amount, r.transfer.amount, r.unit.amount].map(String)).toEqual(['1400000', '60000', '540000']);
    expect([r.inventor.state, r.transfer.state, r.status]).toEqual(['meets', 'meets', 'meets']);
    expect(r.trace.map((s) => s.key)).toEqual(['inventor', 'retained', 'transfer', 'unit']);
    expect(r.inventor.rule?.cite).toContain('昆明市促进科技成果转化若干措施');
    // Chart shares of the whole: 70%, 3%, 27%; the transfer minimum in whole terms 10% × 30% = 3%.
    expect([r.inventor.shareOfWhole, r.transfer.shareOfWhole, r.unit.shareOfWhole].map(String)).toEqual(['0.7', '0.03', '0.27']);
    expect(r.transfer.minimumOfWhole?.toString()).toBe('0.03');
  });

  it('a transfer-staff share the text only permits (可, duty.modality may) is flagged; one it requires is not', () => {
    // 昆明稿 第（五）项 and 云南 第三条 say 可…提取: an option for the unit. Hunan sets no transfer-staff share at all.
    const on = (doc: string) => computeReward(f({ doc, mode: 'transfer-or-licence', net: '200万' }), ctx).transferPermissive;
    expect(on('kunming-2025-measures-draft')).toBe(true);
    expect(on('hunan-2025-plan')).toBe(false);
    expect(computeReward(EMPTY_REWARD_FORM, ctx).transferPermissive).toBe(false);
  });

  it('Yunnan, licence: the local text is silent, the law answers — 50% (第四十五条) for a state university; other licensors on condition', () => {
    // Unknown licensor: three answers; the amounts wait for the facts or an intended share, and nothing claims to meet anything.
    const r = computeReward(f({ doc: 'yunnan-2024-15-measures', mode: 'pay-later-licence', net: '1000000' }), ctx);
    expect(r.status).toBe('depends');
    expect(r.inventor.state).toBe('depends');
    expect(r.inventor.amount).toBeUndefined();
    expect(r.law?.asks).toEqual(['licensor', 'ownRule']);
    const table = r.law!.answers.map((a) => [a.when.map((c) => `${c.key}=${c.values.join('/')}`).join(' '), a.decision.reason, a.rule?.cite ?? '', a.minAmount?.toString() ?? '']);
    expect(table).toEqual([
      // 100万 × 50% = 50万: binds a state university whatever its own rules say (第四十五条第二款)
      ['licensor=state-rd-university', 'national-floor', '《中华人民共和国促进科技成果转化法》第四十五条第一款第一项', '500000'],
      // others with their own rule or agreement: it governs (第四十四条第二款), no legal minimum
      ['licensor=public-institution/state-enterprise/other ownRule=true', 'unit-rule', '', ''],
      ['licensor=public-institution/state-enterprise/other ownRule=false', 'national-floor', '《中华人民共和国促进科技成果转化法》第四十五条第一款第一项', '500000'],
    ]);
    // A state university: settled at 50%: 50万 / retained 50万 × 10% = 5万 / 45万; both minimums met.
    const s = computeReward(f({ doc: 'yunnan-2024-15-measures', mode: 'pay-later-licence', net: '1000000', licensor: 'state-rd-university' }), ctx);
    expect([s.inventor.amount, s.transfer.amount, s.unit.amount].map(String)).toEqual(['500000', '50000', '450000']);
    expect([s.inventor.state, s.transfer.state, s.status]).toEqual(['meets', 'meets', 'meets']);
    expect(s.inventor.rule?.cite).toContain('第四十五条');
    // 40% for a state university is below the law's floor, and the field says so.
    const low = computeReward(f({ doc: 'yunnan-2024-15-measures', mode: 'pay-later-licence', net: '1000000', licensor: 'state-rd-university', inventorPct: '40' }), ctx);
    expect(low.status).toBe('below');
    expect(low.errors['inventor']).toContain('第四十五条');
    // 40% with the licensor unknown: below in two answers, no minimum in the third — it depends.
    const mixed = computeReward(f({ doc: 'yunnan-2024-15-measures', mode: 'pay-later-licence', net: '1000000', inventorPct: '40' }), ctx);
    expect(mixed.law!.answers.map((a) => a.state)).toEqual(['below', 'no-rule', 'below']);
    expect(mixed.status).toBe('depends');
    // 60% meets every answer: 60万 / 4万 / 36万.
    const ok = computeReward(f({ doc: 'yunnan-2024-15-measures', mode: 'pay-later-licence', net: '1000000', inventorPct: '60' }), ctx);
    expect([ok.inventor.amount, ok.transfer.amount, ok.unit.amount].map(String)).toEqual(['600000', '40000', '360000']);
    expect(ok.status).toBe('meets');
  });

  it('Kunming draft 五: 70% when the contract is registered, else the law\'s 50% (the answer beneath it)', () => {
    const r = computeReward(f({ doc: 'kunming-2025-measures-draft', mode: 'pay-later-licence', net: '1000000', licensor: 'state-rd-university' }), ctx);
    expect(r.law?.asks).toEqual(['licensor', 'registered']);
    expect(r.law!.answers.map((a) => [a.when.map((c) => `${c.key}=${c.values.join('/')}`).join(' '), a.decision.minimum?.layer, a.minAmount?.toString()])).toEqual([
      ['contractRegistered=true', 'local', '700000'], // 100万 × 70%
      ['contractRegistered=false', 'national', '500000'], // 100万 × 50%
    ]);
    const reg = computeReward(f({ doc: 'kunming-2025-measures-draft', mode: 'pay-later-licence', net: '1000000', licensor: 'state-rd-university', registered: 'yes' }), ctx);
    expect([reg.inventor.amount?.toString(), reg.status]).toEqual(['700000', 'meets']);
  });

  it('a fact the form cannot hold is an error at its field, never a guess', () => {
    const r = computeReward(f({ doc: 'hunan-2025-plan', mode: 'pay-later-licence', net: '1', licensor: 'x', ownRule: 'maybe', registered: '1' }), ctx);
    expect(Object.keys(r.errors).sort()).toEqual(['licensor', 'ownRule', 'registered']);
  });

  it('Hunan sets no share at all: never 符合 until the law decides; with the facts, the law\'s floor and a trace', () => {
    const r = computeReward(f({ doc: 'hunan-2025-plan', mode: 'pay-later-licence', net: '1000000' }), ctx);
    expect(r.status).toBe('depends');
    expect(r.inventor.amount).toBeUndefined();
    // A public institution with its own rule: the unit's rule governs (第四十四条第二款): no legal minimum, 未规定.
    const own = computeReward(f({ doc: 'hunan-2025-plan', mode: 'pay-later-licence', net: '1000000', licensor: 'public-institution', ownRule: 'yes' }), ctx);
    expect(own.law!.answers.map((a) => a.decision.reason)).toEqual(['unit-rule']);
    expect(own.status).toBe('no-rule');
    // …without one: the law's 50% binds; 100万 × 50% = 50万 and the trace shows it.
    const none = computeReward(f({ doc: 'hunan-2025-plan', mode: 'pay-later-licence', net: '1000000', licensor: 'public-institution', ownRule: 'no' }), ctx);
    expect([none.inventor.amount?.toString(), none.status]).toEqual(['500000', 'meets']);
    expect(none.trace[0]?.key).toBe('inventor');
  });

  it('every document and mode: each answer of the law layer is checked, and the split never contradicts them', () => {
    for (const p of ctx.policies)
      for (const mode of modes)
        for (const licensor of ['', ...LICENSOR_CLASSES]) {
          const r = computeReward(f({ doc: p.id, mode, net: '1000000', licensor, inventorPct: '55' }), ctx);
          expect(r.law).toBeDefined();
          const states = new Set(r.law!.answers.map((a) => a.state));
          if (r.law!.answers.length === 1 && r.inventor.rule) expect(r.inventor.state).toBe(r.law!.answers[0]!.state);
          if (states.has('below') && r.status !== 'below') expect(r.status).toBe('depends');
          if (r.status === 'meets') expect(states.has('below')).toBe(false);
        }
  });

  it('below a minimum: the field says which rule, the status says below', () => {
    const r = computeReward(f({ doc: 'kunming-2025-measures-draft', mode: 'transfer-or-licence', ...KM_FACTS, net: '100000', inventorPct: '69.99' }), ctx);
    expect(r.status).toBe('below');
    expect(r.errors['inventor']).toMatch(/^低于《.+》.+规定的最低比例（不低于70%）。$/);
  });

  it('gross minus costs: the net step comes first in the trace; costs above the income are refused', () => {
    const r = computeReward(f({ doc: 'kunming-2025-measures-draft', mode: 'transfer-or-licence', ...KM_FACTS, useGross: true, gross: '1200000', costs: [{ label: '评估费', amount: '150000' }, { label: '专利维持费', amount: '50000' }] }), ctx);
    // 120万 − 15万 − 5万 = 100万 → 70万 to inventors
    expect(r.net?.toString()).toBe('1000000');
    expect(r.trace[0]?.key).toBe('net-from-gross');
    expect(r.inventor.amount?.toString()).toBe('700000');
    const bad = computeReward(f({ doc: 'kunming-2025-measures-draft', mode: 'transfer-or-licence', ...KM_FACTS, useGross: true, gross: '100', costs: [{ label: 'x', amount: '100.01' }] }), ctx);
    expect(bad.errors['gross']).toContain('超过转化收入');
  });
});

describe('computeReward over the whole accepted input space', () => {
  const form: fc.Arbitrary<RewardForm> = fc.record({
    doc: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('', ...ctx.policies.map((p) => p.id)) }, { weight: 1, arbitrary: garbage }),
    mode: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('', ...modes) }, { weight: 1, arbitrary: garbage }),
    net: fc.oneof(fc.constant(''), yuanText),
    useGross: fc.boolean(),
    gross: fc.oneof(fc.constant(''), yuanText),
    costs: fc.array(fc.record({ label: labelText, amount: yuanText }), { maxLength: MAX_COSTS + 2 }),
    inventorPct: fc.oneof(fc.constant(''), percentText),
    transferPct: fc.oneof(fc.constant(''), percentText),
    licensor: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('', ...LICENSOR_CLASSES) }, { weight: 1, arbitrary: garbage }),
    ownRule: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('', 'yes', 'no') }, { weight: 1, arbitrary: garbage }),
    registered: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('', 'yes', 'no') }, { weight: 1, arbitrary: garbage }),
  });
  it('never throws; parts add up exactly to the net income; "meets" only when something was computed', () => {
    fc.assert(
      fc.property(form, (x) => {
        const r = computeReward(x, ctx);
        for (const m of Object.values(r.errors)) expect(m).toMatch(/[\u4e00-\u9fff]/);
        if (r.status === 'meets') expect(r.split).toBeDefined();
        if (r.inventor.amount && r.transfer.amount && r.unit.amount && r.net) {
          expect(r.inventor.amount.plus(r.transfer.amount).plus(r.unit.amount).equals(r.net)).toBe(true);
        }
        if (r.status === 'meets' || r.status === 'below') expect(r.trace.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
