/**
 * Every reading as totals: where an article can be read in more than one way and a reading changes
 * a value (云南 八: 1000万元 per project or per enterprise; 就高不就低 for the standards awards or not;
 * 云南 十三: 损失补助 with or without 实缴投资满2年), the plan is computed again under each reading, its
 * conditions deciding each claim under that reading. The full page shows them beside the headline;
 * the widgets leave this module out (their budget) and say the total follows the first reading.
 */
import { claimStatus } from './conditions';
import type { SubsidyValue } from './subsidy';
import { runPlan, usable, type ClaimOutcome, type ClaimOutcomeStatus, type SubsidyContext, type SubsidyItem, type SubsidyResult } from './subsidy-plan';
import type { CalcProvision } from './props';
import type { Yuan } from '../money';

/** One way of reading an ambiguous article, and the plan's totals under it. */
export interface ReadingOption {
  reading: CalcProvision['readings'][number];
  confirmed: Yuan;
  confirmedUpper: boolean;
  ifMet: Yuan;
  ifMetUpper: boolean;
  /** The reading the headline follows (the text's value as recorded). */
  main: boolean;
}

/** An article of the plan's claims that reads more than one way, with each reading's totals. */
export interface ReadingQuestion {
  provision: SubsidyItem;
  options: ReadingOption[];
  /** The readings give different totals for this plan. */
  differs: boolean;
}

/** The claim's status when its provision has `value` (the text's or a reading's): its conditions decide. */
function statusUnder(c: ClaimOutcome, value: SubsidyValue): ClaimOutcomeStatus {
  if (c.status === 'received' || c.status === 'unknown' || !c.provision) return c.status;
  const wanted = new Set(value.conditions.map((x) => JSON.stringify(x)));
  const status = claimStatus(c.conditions.filter((r) => wanted.has(JSON.stringify(r.condition))));
  return status === 'not-eligible' ? status : c.kind === 'incomplete' ? 'incomplete' : status;
}

/**
 * The ambiguous articles behind the plan's claims: each claimed provision whose readings change its
 * value, grouped with the other provisions of the same article that carry the same readings (云南
 * 八's four standards awards are one question). Each option gives every provision of the group the
 * reading's value, or the text's value where the reading has none.
 */
function readingQuestions(claims: readonly ClaimOutcome[], ctx: SubsidyContext) {
  const keysOf = (p: SubsidyItem) => p.readings.map((r) => r.key).join('|');
  const seen = new Set<string>();
  const out: { provision: SubsidyItem; options: { reading: SubsidyItem['readings'][number]; subsidies: SubsidyItem[] }[] }[] = [];
  for (const c of claims) {
    const p = c.provision;
    if (!p || !usable(c) || !p.readings.some((r) => r.value)) continue;
    const id = `${p.policy}#${p.anchor}#${keysOf(p)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const inGroup = (x: SubsidyItem) => x.policy === p.policy && x.anchor === p.anchor && keysOf(x) === keysOf(p);
    out.push({
      provision: p,
      options: p.readings.map((reading) => ({
        reading,
        subsidies: ctx.subsidies.map((x) => {
          const v = inGroup(x) && x.readings.find((y) => y.key === reading.key)?.value;
          return v && v.type === 'subsidy' ? { ...x, value: v } : x;
        }),
      })),
    });
  }
  return out;
}

/** The ambiguous articles behind a computed plan, with the plan's totals under each reading. */
export function subsidyReadings(result: SubsidyResult, ctx: SubsidyContext): ReadingQuestion[] {
  const { claims } = result;
  const jurOf = (policyId: string) => ctx.policyJurisdiction[policyId] ?? '';
  return readingQuestions(claims, ctx).map(({ provision, options: o }) => {
    const options: ReadingOption[] = o.map(({ reading, subsidies }) => {
      const byId = new Map(subsidies.map((x) => [x.id, x]));
      return { reading, main: !reading.value, ...runPlan(claims, subsidies, (c) => (c.provision ? statusUnder(c, byId.get(c.provision.id)!.value) : c.status)).totals(jurOf) };
    });
    const differs = options.some((x) => !x.confirmed.equals(options[0]!.confirmed) || !x.ifMet.equals(options[0]!.ifMet));
    return { provision, options, differs };
  });
}
