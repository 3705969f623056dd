// computeSubsidy on the real dataset: conditions decide (met / not met / unanswered), a claim not
// eligible contributes nothing, totals are the sum of their parts, waiting periods counted as the
// Civil Code counts them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { party } from '../../../../src/schemas/provision';
import { EMPTY_CONDITION, type ConditionForm } from '../../../../src/lib/calculators/conditions';
import { claimConditions, computeSubsidy, subsidyContext, type ClaimForm, type SubsidyForm } from '../../../../src/lib/calculators/subsidy-plan';
import { subsidyReadings } from '../../../../src/lib/calculators/subsidy-readings';
import { emptyConds } from '../../../../src/lib/calculators/subsidy-url-state';
import { Money, ZERO } from '../../../../src/lib/money';
import { calendar } from '../holidays-data';
import { calcData } from './calc-data';
import { dateText, garbage, integerText, labelText, yuanText } from './field-text';

const ctx = subsidyContext(calcData(['subsidy']), party.options, calendar);
const Y = (slug: string) => `yunnan-2024-15-measures-${slug}`;
const KUNMING = '530100';
const conditionsOf = (id: string) => claimConditions(ctx.subsidies.find((p) => p.id === id)!).map((q) => q.condition);

const yes = (id: string): ConditionForm[] => conditionsOf(id).map(() => ({ ...EMPTY_CONDITION, answer: 'yes' }));
const claim = (id: string, base: string, more: Partial<ClaimForm> = {}): ClaimForm => ({
  provisionId: id, year: '2026', base, claimant: '', target: '', subject: '', prior: false, awarded: '', conds: emptyConds(conditionsOf(id).length), ...more,
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
    subject: fc.oneof(fc.constant(''), fc.constantFrom('成果一', '成果二')),
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
          // The reading the headline follows gives the headline's totals; every reading's are sound.
          for (const q of subsidyReadings(r, ctx)) {
            const main = q.options.find((o) => o.main);
            if (main) expect([main.confirmed.toFixed(), main.ifMet.toFixed()]).toEqual([r.headline.confirmed.toFixed(), r.headline.ifMet.toFixed()]);
            for (const o of q.options) expect(o.ifMet.greaterThanOrEqualTo(o.confirmed) && !o.confirmed.isNegative()).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
    // Generous and explicit: the property's cost grows with the machine's load, never its verdict.
  }, 120_000);

  it('every condition in the data: met, not met and unanswered are each reachable', () => {
    for (const p of ctx.subsidies) {
      const questions = claimConditions(p);
      questions.forEach(({ condition: c, onlyUnder }, k) => {
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
          const conds = emptyConds(questions.length);
          conds[k] = a;
          const got = computeSubsidy(form([claim(p.id, '1000000', { conds, target: '甲' })], ctx.policyJurisdiction[p.policy]!), ctx).claims[0]!;
          expect(got.conditions[k]!.state, `${p.id} #${k} ${want}`).toBe(want);
          // A reading's own condition decides the claim under that reading only.
          if (want === 'not-met') expect(got.status).toBe(onlyUnder ? 'conditional' : 'not-eligible');
        }
      });
    }
  });
});

describe('就高不就低 and every reading as totals (云南 八)', () => {
  const RD = Y('art-8-rd-industrialisation');
  const NATIONAL = Y('art-8-standard-national');
  const LOCAL = Y('art-8-standard-local');
  const wan = (x: string) => new Money(x).times(10000).toFixed();

  it('two R&D awards for the same subject are not stacked: the higher is given, the other contributes 0 and names it', () => {
    const r = computeSubsidy(form([claim(RD, '30000000', { conds: yes(RD) }), claim(RD, '40000000', { conds: yes(RD) })]), ctx);
    // 20% of 3000万 = 600万; of 4000万 = 800万: only 800万 is given.
    expect(r.claims[0]!.amount!.toFixed()).toBe('0');
    expect(r.claims[0]!.noStacking).toEqual({ words: '同等类型按“就高不就低”原则进行奖补', displacedBy: 1 });
    expect(r.claims[1]!.amount!.toFixed()).toBe(wan('800'));
    expect(r.claims[1]!.noStacking?.displacedBy).toBeUndefined();
    expect(r.headline.kind === 'total' && r.headline.confirmed.toFixed()).toBe(wan('800'));
    expect(r.claims.every((c) => c.needs.subject)).toBe(true);
  });

  it('named different subjects stack; under the per-enterprise reading they share one 1000万 cap — both totals given', () => {
    const r = computeSubsidy(form([
      claim(RD, '30000000', { conds: yes(RD), subject: '成果一' }),
      claim(RD, '40000000', { conds: yes(RD), subject: '成果二' }),
    ]), ctx);
    expect(r.headline.kind === 'total' && r.headline.confirmed.toFixed()).toBe(wan('1400'));
    const q = subsidyReadings(r, ctx).find((x) => x.provision.id === RD)!;
    expect(q.differs).toBe(true);
    expect(q.options.map((o) => [o.reading.key, o.main, o.confirmed.toFixed()])).toEqual([
      ['per-project', true, wan('1400')],
      ['per-enterprise', false, wan('1000')],
    ]);
  });

  it('standards awards: 读法一 stacks (35万), 读法二 gives the highest level only (30万); the headline follows 读法一', () => {
    const r = computeSubsidy(form([claim(NATIONAL, '', { conds: yes(NATIONAL) }), claim(LOCAL, '', { conds: yes(LOCAL) })]), ctx);
    expect(r.headline.kind === 'total' && r.headline.confirmed.toFixed()).toBe(wan('35'));
    expect(subsidyReadings(r, ctx)).toHaveLength(1);
    const q = subsidyReadings(r, ctx)[0]!;
    expect(q.options.map((o) => [o.reading.key, o.main, o.confirmed.toFixed(), o.confirmedUpper])).toEqual([
      ['separate', true, wan('35'), true],
      ['highest-only', false, wan('30'), true],
    ]);
    // The claim carries the rule it may fall under (読法二), though the text's value does not stack.
    expect(r.claims[1]!.noStacking?.displacedBy).toBeUndefined();
    expect(r.claims[1]!.needs.subject).toBe(true);
  });

  it('readings that give the same totals for this plan say so (one standard: no difference)', () => {
    const r = computeSubsidy(form([claim(NATIONAL, '', { conds: yes(NATIONAL) })]), ctx);
    expect(subsidyReadings(r, ctx)[0]!.differs).toBe(false);
  });

  it('a not-eligible claim never displaces an eligible one', () => {
    const no = conditionsOf(RD).map(() => ({ ...EMPTY_CONDITION, answer: 'no' as const }));
    const r = computeSubsidy(form([claim(RD, '40000000', { conds: no }), claim(RD, '30000000', { conds: yes(RD) })]), ctx);
    expect(r.claims[1]!.amount!.toFixed()).toBe(wan('600'));
    expect(r.claims[1]!.noStacking?.displacedBy).toBeUndefined();
  });
});

it('云南 十三: 读法二 adds "实缴投资满2年后" — asked as its own question, it decides the claim under that reading only', () => {
  const LOSS = Y('art-13-investment-loss');
  const questions = claimConditions(ctx.subsidies.find((p) => p.id === LOSS)!);
  const k = questions.findIndex((q) => q.condition.kind === 'duration');
  expect(questions[k]!.onlyUnder).toEqual(['读法二：损失补助也须实缴投资满2年后']);
  const conds = questions.map((q) => (q.condition.kind === 'duration' ? { ...EMPTY_CONDITION, from: '2025-06-01', on: '2026-03-01' } : { ...EMPTY_CONDITION, answer: 'yes' as const }));
  // 损失 500万 × 10% = 50万; paid in 2025-06, claimed 2026-03: not yet 满2年.
  const r = computeSubsidy(form([claim(LOSS, '5000000', { conds, target: '甲' })]), ctx);
  expect(r.claims[0]!.status).toBe('eligible');
  expect(r.claims[0]!.conditions[k]!.state).toBe('not-met');
  const q = subsidyReadings(r, ctx).find((x) => x.provision.id === LOSS)!;
  expect(q.options.map((o) => [o.reading.key, o.confirmed.toFixed()])).toEqual([['no-waiting-period', '500000'], ['after-two-years', '0']]);
  expect(q.differs).toBe(true);
});

it('就高不就低 is decided before shared caps: the award that falls away uses none of the per-enterprise 1000万 (云南 八 读法二)', () => {
  const RD = Y('art-8-rd-industrialisation');
  const yesRd = conditionsOf(RD).map(() => ({ ...EMPTY_CONDITION, answer: 'yes' as const }));
  // 600万 and 800万 for one result: 800万 is given under both readings of the cap.
  const r = computeSubsidy(form([claim(RD, '30000000', { conds: yesRd }), claim(RD, '40000000', { conds: yesRd })]), ctx);
  const q = subsidyReadings(r, ctx).find((x) => x.provision.id === RD)!;
  expect(q.options.map((o) => o.confirmed.toFixed())).toEqual(['8000000', '8000000']);
  expect(q.differs).toBe(false);
});

it('a claim chosen but not yet filled claims no total (pending, not 0.00); one figure entered gives a total', () => {
  const E7 = Y('art-7-enterprise-purchase');
  const blank = claim(E7, '', { year: '' });
  expect(computeSubsidy(form([blank]), ctx).headline.kind).toBe('pending');
  const filled = computeSubsidy(form([{ ...blank, year: '2026', base: '2000000', conds: yes(E7) }]), ctx);
  expect(filled.headline.kind).toBe('total');
  // A condition answered 不满足 decides the claim even with its figures blank: a real 0, not pending.
  const no = conditionsOf(E7).map(() => ({ ...EMPTY_CONDITION, answer: 'no' as const }));
  expect(computeSubsidy(form([{ ...blank, conds: no }]), ctx).headline.kind).toBe('total');
});
