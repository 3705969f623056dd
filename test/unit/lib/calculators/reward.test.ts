// computeReward on the real dataset: strings in; the split, each minimum's state and the trace out.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { conversionMode } from '../../../../src/schemas/provision';
import { computeReward, EMPTY_REWARD_FORM, MAX_COSTS, rewardContext, type RewardForm } from '../../../../src/lib/calculators/reward';
import { calcData } from './calc-data';
import { garbage, labelText, percentText, yuanText } from './field-text';

const modes = [...conversionMode.options];
const ctx = rewardContext(calcData(['reward']), modes);
const f = (patch: Partial<RewardForm>): RewardForm => ({ ...EMPTY_REWARD_FORM, ...patch });

describe('computeReward', () => {
  it('empty form: nothing computed, no errors, never "meets", no trace', () => {
    const r = computeReward(EMPTY_REWARD_FORM, ctx);
    expect(r).toMatchObject({ errors: {}, policy: null, mode: null, status: 'incomplete', trace: [], compare: [] });
  });

  it('Kunming draft 五, licence, 200万: 140万 / 6万 / 54万, meets both minimums', () => {
    // 200万 × 70% = 140万; (200万 − 140万) × 10% = 6万; 60万 − 6万 = 54万
    const r = computeReward(f({ doc: 'kunming-2025-measures-draft', mode: 'transfer-or-licence', net: '200万' }), ctx);
    expect([r.inventor.amount, r.transfer.amount, r.unit.amount].map(String)).toEqual(['1400000', '60000', '540000']);
    expect([r.inventor.state, r.transfer.state, r.status]).toEqual(['meets', 'meets', 'meets']);
    expect(r.trace.map((s) => s.key)).toEqual(['inventor', 'retained', 'transfer', 'unit']);
    expect(r.inventor.rule?.cite).toContain('昆明市促进科技成果转化若干措施');
    // Chart shares of the whole: 70%, 3%, 27%; the transfer minimum in whole terms 10% × 30% = 3%.
    expect([r.inventor.shareOfWhole, r.transfer.shareOfWhole, r.unit.shareOfWhole].map(String)).toEqual(['0.7', '0.03', '0.27']);
    expect(r.transfer.minimumOfWhole?.toString()).toBe('0.03');
  });

  it('Yunnan, licence: no inventor share — amounts wait for an intended share, and nothing claims to meet anything', () => {
    const r = computeReward(f({ doc: 'yunnan-2024-15-measures', mode: 'pay-later-licence', net: '1000000' }), ctx);
    expect(r.status).toBe('incomplete');
    expect(r.inventor.state).toBe('no-rule');
    expect(r.transfer.state).toBe('not-computed');
    expect(r.inventorRateNeeded).toBe(true);
    expect(r.transfer.amount).toBeUndefined();
    // With 60%: retained 40万 × 10% = 4万; unit 36万; the transfer minimum is met
    const s = computeReward(f({ doc: 'yunnan-2024-15-measures', mode: 'pay-later-licence', net: '1000000', inventorPct: '60' }), ctx);
    expect([s.inventor.amount, s.transfer.amount, s.unit.amount].map(String)).toEqual(['600000', '40000', '360000']);
    expect([s.transfer.state, s.status]).toEqual(['meets', 'meets']);
  });

  it('Hunan sets no share at all: 未规定, never 符合; the trace is empty only because nothing was split', () => {
    const r = computeReward(f({ doc: 'hunan-2025-plan', mode: 'pay-later-licence', net: '1000000' }), ctx);
    expect(r.status).toBe('no-rule');
    expect(r.inventor.amount).toBeUndefined();
    expect(r.trace).toEqual([]);
  });

  it('below a minimum: the field says which rule, the status says below', () => {
    const r = computeReward(f({ doc: 'kunming-2025-measures-draft', mode: 'transfer-or-licence', net: '100000', inventorPct: '69.99' }), ctx);
    expect(r.status).toBe('below');
    expect(r.errors['inventor']).toMatch(/^低于《.+》.+规定的最低比例（不低于70%）。$/);
  });

  it('gross minus costs: the net step comes first in the trace; costs above the income are refused', () => {
    const r = computeReward(f({ doc: 'kunming-2025-measures-draft', mode: 'transfer-or-licence', useGross: true, gross: '1200000', costs: [{ label: '评估费', amount: '150000' }, { label: '专利维持费', amount: '50000' }] }), ctx);
    // 120万 − 15万 − 5万 = 100万 → 70万 to inventors
    expect(r.net?.toString()).toBe('1000000');
    expect(r.trace[0]?.key).toBe('net-from-gross');
    expect(r.inventor.amount?.toString()).toBe('700000');
    const bad = computeReward(f({ doc: 'kunming-2025-measures-draft', mode: 'transfer-or-licence', useGross: true, gross: '100', costs: [{ label: 'x', amount: '100.01' }] }), ctx);
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
