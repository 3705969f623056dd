/**
 * The starting state of the reward-split and subsidy calculators (their worked examples), shared
 * by the calculator pages and the embeddable widgets so both start from the same inputs.
 * Moved here unchanged from the two pages' frontmatter.
 */
import type { CalcData, CalcProvision } from '../lib/calculators/props';
import { inventorRule, rewardRulesFor, transferStaffRule, type RewardRules } from '../lib/calculators/reward-split';
import { jurisdictionChain, type JurisdictionRef, type SubsidyProvision } from '../lib/calculators/subsidy';
import type { ClaimRow, RewardUrlState, SubsidyUrlState } from '../lib/calculators/url-state';
import { yuan } from '../lib/money';

/** The worked example's conversion mode: 先使用后付费. */
export const REWARD_EXAMPLE_MODE = 'pay-later-licence' as const;

/** Reward split: the first document with both an inventor and a transfer-staff rule for 先使用后付费. */
export function rewardDefaults(data: CalcData): { defaults: RewardUrlState; exampleRules: RewardRules | undefined } {
  const docRules = data.policies.map((p) => rewardRulesFor(p.id, data.provisions));
  const exampleRules =
    docRules.find((r) => inventorRule(r, REWARD_EXAMPLE_MODE) && transferStaffRule(r, REWARD_EXAMPLE_MODE)) ??
    docRules.find((r) => inventorRule(r, REWARD_EXAMPLE_MODE)) ??
    docRules[0];
  const defaults: RewardUrlState = {
    doc: exampleRules?.policy ?? '', mode: REWARD_EXAMPLE_MODE, net: '1000000', useGross: false, gross: '', costs: [], inventorPct: '', transferPct: '',
  };
  return { defaults, exampleRules };
}

export interface SubsidyExample {
  defaults: SubsidyUrlState;
  jurisdictions: JurisdictionRef[];
  subsidies: (CalcProvision & SubsidyProvision)[];
  loc: JurisdictionRef | undefined;
  exampleProvision: (CalcProvision & SubsidyProvision) | undefined;
  year: string;
  rows: ClaimRow[];
}

/**
 * Subsidies: a city under a province as the location (shows how the two levels meet); claims on
 * the first rate-based subsidy with a per-project and an annual cap that reaches it — one already
 * received, then three new ones so both caps bite.
 */
export function subsidyDefaults(data: CalcData): SubsidyExample {
  const jurisdictions = [...new Map(data.policies.map((p) => [p.jurisdiction.code, p.jurisdiction])).values()];
  const subsidies = data.provisions.filter((p): p is CalcProvision & SubsidyProvision => p.value.type === 'subsidy');
  const loc = jurisdictions.find((j) => j.parent && jurisdictions.some((x) => x.code === j.parent)) ?? jurisdictions[0];
  const chain = loc ? jurisdictionChain(loc.code, jurisdictions).map((j) => j.code) : [];
  const policyJ = Object.fromEntries(data.policies.map((p) => [p.id, p.jurisdiction.code]));
  const exampleProvision = subsidies.find(
    (p) => chain.includes(policyJ[p.policy] ?? '') && p.value.rate &&
      p.value.caps.some((c) => c.scope === 'per-project') && p.value.caps.some((c) => c.scope === 'per-claimant-year'),
  );
  const year = '2026';
  const rows: ClaimRow[] = exampleProvision
    ? (() => {
        const annual = yuan(exampleProvision.value.caps.find((c) => c.scope === 'per-claimant-year')!.yuan);
        const perProject = yuan(exampleProvision.value.caps.find((c) => c.scope === 'per-project')!.yuan);
        const rate = yuan(exampleProvision.value.rate!);
        // prior = annual − 1.6 × per-project; bases: 0.4, 1.2 and 1.0 per-project amounts ÷ rate.
        const base = (k: string) => perProject.times(k).dividedBy(rate).toDecimalPlaces(2).toString();
        return [
          { provisionId: exampleProvision.id, year, base: '', claimant: '', target: '', awarded: annual.minus(perProject.times('1.6')).toString() },
          { provisionId: exampleProvision.id, year, base: base('0.4'), claimant: '', target: '', awarded: '' },
          { provisionId: exampleProvision.id, year, base: base('1.2'), claimant: '', target: '', awarded: '' },
          { provisionId: exampleProvision.id, year, base: base('1'), claimant: '', target: '', awarded: '' },
        ];
      })()
    : [];
  return { defaults: { loc: loc?.code ?? '', claims: rows }, jurisdictions, subsidies, loc, exampleProvision, year, rows };
}
