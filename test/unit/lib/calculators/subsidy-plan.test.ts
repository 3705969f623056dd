// computeSubsidy on the real dataset: conditions decide (met / not met / unanswered), a claim not
// eligible contributes nothing, totals are the sum of their parts, waiting periods counted as the
// Civil Code counts them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { party } from '../../../../src/schemas/provision';
import { EMPTY_CONDITION, type ConditionForm } from '../../../../src/lib/calculators/conditions';
import { computeSubsidy, subsidyContext, type ClaimForm, type SubsidyForm } from '../../../../src/lib/calculators/subsidy-plan';
import { emptyConds } from '../../../../src/lib/calculators/subsidy-url-state';
import { ZERO } from '../../../../src/lib/money';
import { calendar } from '../holidays-data';
import { calcData } from './calc-data';
import { dateText, garbage, integerText, labelText, yuanText } from './field-text';

const ctx = subsidyContext(calcData(['subsidy']), party.options, calendar);
const Y = (slug: string) => `yunnan-2024-15-measures-${slug}`;
const KUNMING = '530100';
const conditionsOf = (id: string) => ctx.subsidies.find((p) => p.id === id)!.value.conditions;

const yes = (id: string): ConditionForm[] => conditionsOf(id).map(() => ({ ...EMPTY_CONDITION, answer: 'yes' }));
const claim = (id: string, base: string, more: Partial<ClaimForm> = {}): ClaimForm => ({
  provisionId: id, year: '2026', base, claimant: '', target: '', prior: false, awarded: '', conds: emptyConds(conditionsOf(id).length), ...more,
});
const form = (claims: ClaimForm[], loc = KUNMING): SubsidyForm => ({ loc, claims, thresholds: {} });

describe('conditions decide', () => {
  const E7 = Y('art-7-enterprise-purchase');
  it('unanswered conditions: conditional — 若满足，最高可获 — nothing confirmed', () => {
    // 200万 × 20% = 40万 if both conditions hold
    const r = computeSubsidy(form([claim(E7, '2000000')]), ctx);
    const c = r.claims[0]!;
    expect(c.status).toBe('conditional');
    expect(c.open.map((o) => o.condition.kind)).toEqual(['fact', 'fact']);
    expect(c.amount).toBeUndefined();
    expect(c.potential?.toString()).toBe('400000');
    expect(r.headline).toMatchObject({ kind: 'total' });
    if (r.headline.kind !== 'total') return;
    expect(r.headline.confirmed.toString()).toBe('0');
    expect(r.headline.ifMet.toString()).toBe('400000');
  });
  it('all met: eligible; four purchases of 600万 share the 300万 annual cap', () => {
    // 600万 × 20% = 120万 → 100万 per project; 100 + 100 + 100 = 300万 → the fourth gets 0
    const r = computeSubsidy(form([1, 2, 3, 4].map(() => claim(E7, '6000000', { conds: yes(E7) }))), ctx);
    expect(r.claims.map((c) => c.status)).toEqual(['eligible', 'eligible', 'eligible', 'eligible']);
    expect(r.claims.map((c) => c.amount?.toString())).toEqual(['1000000', '1000000', '1000000', '0']);
    if (r.headline.kind !== 'total') throw new Error('no total');
    expect(r.headline.confirmed.toString()).toBe('3000000');
  });
  it('one condition not met: not eligible, contributes 0, the failed condition is the reason', () => {
    const conds = yes(E7);
    conds[1] = { ...EMPTY_CONDITION, answer: 'no' }; // 未经技术合同认定登记
    const r = computeSubsidy(form([claim(E7, '2000000', { conds }), claim(E7, '2000000', { conds: yes(E7) })]), ctx);
    expect(r.claims[0]!.status).toBe('not-eligible');
    expect(r.claims[0]!.amount?.toString()).toBe('0');
    expect(r.claims[0]!.failed.map((f) => f.condition.text)).toEqual(['经技术合同认定登记']);
    // It takes nothing from the shared annual cap either: the second claim gets its full 40万.
    expect(r.claims[1]!.amount?.toString()).toBe('400000');
    if (r.headline.kind !== 'total') throw new Error('no total');
    expect(r.headline.confirmed.toString()).toBe('400000');
  });
  it('an exclusion (关联技术交易除外): being the excluded case fails it', () => {
    const A9 = Y('art-9-matchmaking');
    const related: ConditionForm[] = [{ ...EMPTY_CONDITION, answer: 'yes' }, { ...EMPTY_CONDITION, answer: 'yes' }];
    const unrelated: ConditionForm[] = [{ ...EMPTY_CONDITION, answer: 'yes' }, { ...EMPTY_CONDITION, answer: 'no' }];
    expect(computeSubsidy(form([claim(A9, '10000000', { conds: related })]), ctx).claims[0]!.status).toBe('not-eligible');
    // 1000万 × 3% = 30万
    const ok = computeSubsidy(form([claim(A9, '10000000', { conds: unrelated })]), ctx).claims[0]!;
    expect([ok.status, ok.amount?.toString()]).toEqual(['eligible', '300000']);
  });
  it('a waiting period (实缴投资满2年后) counted with the Civil Code', () => {
    const V13 = Y('art-13-investment-risk');
    const run = (from: string, on: string) => {
      const conds: ConditionForm[] = [{ ...EMPTY_CONDITION, answer: 'yes' }, { ...EMPTY_CONDITION, from, on }];
      return computeSubsidy(form([claim(V13, '5000000', { conds, target: '甲公司' })]), ctx).claims[0]!;
    };
    // 2024-03-01 + 2 years: the corresponding day 2026-03-01 is a Sunday → the period ends on
    // Monday 2026-03-02 (第二百零三条); 满 includes the last day (第一千二百五十九条): claims from 03-02.
    const early = run('2024-03-01', '2026-02-27');
    expect(early.status).toBe('not-eligible');
    expect(early.conditions[1]!.earliest).toBe('2026-03-02');
    expect(early.conditions[1]!.period?.articles).toEqual([201, 202, 203]);
    expect(run('2024-03-01', '2026-03-02').status).toBe('eligible');
    // 2024-02-29 + 2 years: 2026 has no 02-29 → month end 2026-02-28 (第二百零二条), a Saturday
    // but a make-up working day (调休上班) for the Spring Festival, so it does not move.
    const leap = run('2024-02-29', '2026-02-27');
    expect([leap.status, leap.conditions[1]!.earliest, leap.conditions[1]!.period?.monthEndUsed]).toEqual(['not-eligible', '2026-02-28', true]);
    expect(run('2024-02-29', '2026-02-28').status).toBe('eligible');
    // No claim date yet: conditional, with the earliest day stated.
    const open = run('2024-03-01', '');
    expect([open.status, open.conditions[1]!.earliest]).toEqual(['conditional', '2026-03-02']);
    // A claim date before the investment is a field message, not a verdict.
    const r = computeSubsidy(form([claim(V13, '5000000', { conds: [{ ...EMPTY_CONDITION, answer: 'yes' }, { ...EMPTY_CONDITION, from: '2024-03-01', on: '2023-01-01' }] })]), ctx);
    expect(r.errors['c0-q1-on']).toBe('申请日早于实缴投资之日，请检查。');
  });
  it('a basis condition (依据年度实际运营及绩效情况) is shown, never asked, never gates', () => {
    const S11 = Y('art-11-service-base');
    const c = computeSubsidy(form([claim(S11, '', { conds: [{ ...EMPTY_CONDITION, answer: 'yes' }, EMPTY_CONDITION] })]), ctx).claims[0]!;
    expect(c.conditions.map((x) => [x.condition.kind, x.asked, x.state])).toEqual([['fact', true, 'met'], ['basis', false, 'met']]);
    // 不超过300万元: an upper limit, counted as 最高
    expect([c.status, c.kind, c.amount?.toString(), c.upperBound]).toEqual(['eligible', 'fixed', '3000000', true]);
  });
  it('a claim already received counts toward the shared cap, not toward the total', () => {
    // received 250万 → 50万 room left in 2026
    const r = computeSubsidy(form([claim(E7, '5000000', { conds: yes(E7) }), claim(E7, '', { prior: true, awarded: '2500000' })]), ctx);
    expect(r.claims.map((c) => [c.status, c.amount?.toString()])).toEqual([['eligible', '500000'], ['received', '2500000']]);
    if (r.headline.kind !== 'total') throw new Error('no total');
    expect(r.headline.confirmed.toString()).toBe('500000');
  });
});

describe('location, thresholds, empty start', () => {
  it('nothing chosen: no location, nothing computed, no errors', () => {
    const r = computeSubsidy({ loc: '', claims: [], thresholds: {} }, ctx);
    expect(r).toMatchObject({ errors: {}, location: null, chain: [], claims: [], headline: { kind: 'no-location' } });
  });
  it('Kunming: city and province documents, the combination stated, the guided list from both', () => {
    const r = computeSubsidy(form([]), ctx);
    expect(r.chain.map((j) => j.code)).toEqual(['530100', '530000']);
    expect(r.combination).not.toBeNull();
    const ids = r.catalogue.flatMap((g) => g.items.map((p) => p.policy));
    expect(new Set(ids)).toEqual(new Set(['kunming-2025-measures-draft', 'yunnan-2024-15-measures']));
    expect(r.headline.kind).toBe('no-claims');
  });
  it('Guangdong 50万元以上 (第一千二百五十九条 includes the number): 499,999.99 not met, 500,000 met, blank unanswered', () => {
    const id = 'guangdong-2026-measures-summary-sec-5-threshold-pay-later';
    const state = (v: string) => computeSubsidy({ loc: '440000', claims: [], thresholds: { [id]: v } }, ctx).thresholds.find((t) => t.provision.id === id)!.state;
    expect([state('499999.99'), state('500000'), state('50万'), state('')]).toEqual(['not-met', 'met', 'met', 'unanswered']);
  });
});

describe('properties over the whole accepted input space', () => {
  const ids = ctx.subsidies.map((p) => p.id);
  const condArb = fc.record({
    answer: fc.constantFrom('', 'yes', 'no') as fc.Arbitrary<ConditionForm['answer']>,
    from: fc.oneof(fc.constant(''), dateText),
    on: fc.oneof(fc.constant(''), dateText),
    amount: fc.oneof(fc.constant(''), yuanText),
  });
  const claimArb: fc.Arbitrary<ClaimForm> = fc.record({
    provisionId: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: garbage }),
    year: integerText(2000, 2100),
    base: yuanText,
    claimant: fc.oneof(fc.constant(''), fc.constantFrom('A', 'B'), labelText),
    target: fc.oneof(fc.constant(''), fc.constantFrom('甲', '乙')),
    prior: fc.boolean(),
    awarded: yuanText,
    conds: fc.array(condArb, { maxLength: 4 }),
  });
  const formArb = fc.record({
    loc: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('', ...ctx.jurisdictions.map((j) => j.code)) }, { weight: 1, arbitrary: garbage }),
    claims: fc.array(claimArb, { maxLength: 8 }),
    thresholds: fc.dictionary(fc.constantFrom(...ctx.thresholds.map((t) => t.id)), yuanText),
  });

  it('never throws; every field message is Chinese; not-eligible claims never contribute; totals are the sum of their parts', () => {
    fc.assert(
      fc.property(formArb, (f) => {
        const r = computeSubsidy(f, ctx);
        for (const m of Object.values(r.errors)) expect(m).toMatch(/[\u4e00-\u9fff]/);
        for (const c of r.claims) {
          if (c.status === 'not-eligible') expect(c.amount?.isZero() ?? true).toBe(true);
          if (c.status !== 'eligible') expect(c.status === 'received' || c.amount === undefined || c.amount.isZero()).toBe(true);
          for (const x of c.conditions) expect(['met', 'not-met', 'unanswered']).toContain(x.state);
        }
        if (r.headline.kind === 'total') {
          const confirmed = r.claims.filter((c) => c.status === 'eligible' && c.amount).reduce((a, c) => a.plus(c.amount!), ZERO);
          expect(r.headline.confirmed.equals(confirmed)).toBe(true);
          expect(r.headline.ifMet.greaterThanOrEqualTo(r.headline.confirmed)).toBe(true);
          const byJ = r.totals.reduce((a, t) => a.plus(t.confirmed), ZERO);
          expect(byJ.equals(r.headline.confirmed) || r.claims.some((c) => c.outside)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
    // Generous and explicit: the property's cost grows with the machine's load, never its verdict.
  }, 120_000);

  it('every condition in the data: met, not met and unanswered are each reachable', () => {
    for (const p of ctx.subsidies) {
      p.value.conditions.forEach((c, k) => {
        if (c.kind === 'basis') return;
        const answers: Record<string, ConditionForm> =
          c.kind === 'duration'
            ? { met: { ...EMPTY_CONDITION, from: '2020-01-01', on: '2030-01-01' }, 'not-met': { ...EMPTY_CONDITION, from: '2029-12-01', on: '2030-01-01' }, unanswered: EMPTY_CONDITION }
            : c.kind === 'threshold'
              ? { met: { ...EMPTY_CONDITION, amount: '1000000000' }, 'not-met': { ...EMPTY_CONDITION, amount: '0' }, unanswered: EMPTY_CONDITION }
              : c.kind === 'exclusion'
                ? { met: { ...EMPTY_CONDITION, answer: 'no' }, 'not-met': { ...EMPTY_CONDITION, answer: 'yes' }, unanswered: EMPTY_CONDITION }
                : { met: { ...EMPTY_CONDITION, answer: 'yes' }, 'not-met': { ...EMPTY_CONDITION, answer: 'no' }, unanswered: EMPTY_CONDITION };
        for (const [want, a] of Object.entries(answers)) {
          const conds = emptyConds(p.value.conditions.length);
          conds[k] = a;
          const got = computeSubsidy(form([claim(p.id, '1000000', { conds, target: '甲' })], ctx.policyJurisdiction[p.policy]!), ctx).claims[0]!;
          expect(got.conditions[k]!.state, `${p.id} #${k} ${want}`).toBe(want);
          if (want === 'not-met') expect(got.status).toBe('not-eligible');
        }
      });
    }
  });
});
