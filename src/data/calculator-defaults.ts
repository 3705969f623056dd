/**
 * The worked examples of the reward-split and subsidy calculators ("载入示例"), shared by the
 * calculator pages and the embeddable widgets. Both calculators start empty; an example is loaded
 * only on request and is then marked "示例数据".
 */
import type { CalcData, CalcProvision } from '../lib/calculators/props';
import { inventorRule, rewardRulesFor, transferStaffRule } from '../lib/calculators/reward-split';
import { computeReward, EMPTY_REWARD_FORM, rewardContext, type RewardForm } from '../lib/calculators/reward';
import { conversionMode } from '../schemas/provision';
import { jurisdictionChain, type SubsidyProvision } from '../lib/calculators/subsidy';
import { yuan } from '../lib/money';
import { EMPTY_CONDITION } from '../lib/calculators/conditions';
import { claimConditions, type ClaimForm, type SubsidyForm } from '../lib/calculators/subsidy-plan';
import { emptyConds } from '../lib/calculators/subsidy-url-state';

/** The worked example's conversion mode: 先使用后付费. */
export const REWARD_EXAMPLE_MODE = 'pay-later-licence' as const;

/**
 * Reward split's worked example ("载入示例"): the first document with both an inventor and a
 * transfer-staff rule for 先使用后付费, 100万元 net income, the minimums, and the licensor's facts
 * the law layer needs to settle the inventors' minimum.
 */
export function rewardExample(data: CalcData): RewardForm {
  const docRules = data.policies.map((p) => rewardRulesFor(p.id, data.provisions));
  const rules =
    docRules.find((r) => inventorRule(r, REWARD_EXAMPLE_MODE) && transferStaffRule(r, REWARD_EXAMPLE_MODE)) ??
    docRules.find((r) => inventorRule(r, REWARD_EXAMPLE_MODE)) ??
    docRules[0];
  const form: RewardForm = { ...EMPTY_REWARD_FORM, doc: rules?.policy ?? '', mode: REWARD_EXAMPLE_MODE, net: '1000000' };
  // The facts of the example's licensor (a public university, contract registered), taken in
  // this order until the law layer settles the minimum: a worked example shows one answer.
  const ctx = rewardContext(data, conversionMode.options);
  const steps: Partial<RewardForm>[] = [{}, { licensor: 'state-rd-university' }, { registered: 'yes' }, { ownRule: 'no' }];
  let facts: RewardForm = form;
  for (const step of steps) {
    facts = { ...facts, ...step };
    if ((computeReward(facts, ctx).law?.answers.length ?? 1) === 1) return facts;
  }
  return facts;
}

/**
 * Subsidies' worked example ("载入示例"): a city under a province as the location (shows how the
 * two levels meet); claims on the first rate-based subsidy with a per-project and an annual cap
 * that reaches it, every condition answered yes — one already received, then three new ones so
 * both caps bite.
 */
export function subsidyExample(data: CalcData): SubsidyForm {
  const jurisdictions = [...new Map(data.policies.map((p) => [p.jurisdiction.code, p.jurisdiction])).values()];
  const subsidies = data.provisions.filter((p): p is CalcProvision & SubsidyProvision => p.value.type === 'subsidy');
  const loc = jurisdictions.find((j) => j.parent && jurisdictions.some((x) => x.code === j.parent)) ?? jurisdictions[0];
  const chain = loc ? jurisdictionChain(loc.code, jurisdictions).map((j) => j.code) : [];
  const policyJ = Object.fromEntries(data.policies.map((p) => [p.id, p.jurisdiction.code]));
  const p = subsidies.find(
    (x) => chain.includes(policyJ[x.policy] ?? '') && x.value.rate &&
      x.value.caps.some((c) => c.scope === 'per-project') && x.value.caps.some((c) => c.scope === 'per-claimant-year'),
  );
  if (!loc || !p) return { loc: loc?.code ?? '', claims: [], thresholds: {} };
  const annual = yuan(p.value.caps.find((c) => c.scope === 'per-claimant-year')!.yuan);
  const perProject = yuan(p.value.caps.find((c) => c.scope === 'per-project')!.yuan);
  const rate = yuan(p.value.rate!);
  // received = annual − 1.6 × per-project; bases: 0.4, 1.2 and 1.0 per-project amounts ÷ rate.
  const base = (k: string) => perProject.times(k).dividedBy(rate).toDecimalPlaces(2).toString();
  // The text's own conditions answered 是; a reading's extra ones left open (the example follows the text).
  const yes = () => claimConditions(p).map((q) => (q.onlyUnder ? { ...EMPTY_CONDITION } : { ...EMPTY_CONDITION, answer: 'yes' as const }));
  const row = (more: Partial<ClaimForm>): ClaimForm => ({
    provisionId: p.id, year: '2026', base: '', claimant: '', target: '', subject: '', prior: false, awarded: '', conds: emptyConds(claimConditions(p).length), ...more,
  });
  return {
    loc: loc.code,
    claims: [
      row({ prior: true, awarded: annual.minus(perProject.times('1.6')).toString() }),
      row({ base: base('0.4'), conds: yes() }),
      row({ base: base('1.2'), conds: yes() }),
      row({ base: base('1'), conds: yes() }),
    ],
    thresholds: {},
  };
}
