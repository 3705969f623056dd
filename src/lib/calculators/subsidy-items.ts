/**
 * A subsidy calculator limited to articles a host chose (the compact widget's `items`): the form
 * it starts from, one claim per chosen article, at a location every chosen article reaches.
 * The ids come validated against the dataset (the widget input's `allowed` list); an id this
 * module does not find is left out here and reported by the widget runtime, never replaced.
 */
import type { CalcData } from './props';
import { jurisdictionChain, type JurisdictionRef } from './subsidy';
import { emptyConds } from './subsidy-url-state';
import type { ClaimForm, SubsidyForm } from './subsidy-plan';

/** Most articles a host may choose (a widget showing a few; for all, leave the choice to the visitor). */
export const MAX_ITEMS = 5;

/** The subsidy provisions of `data` as the widget's choosable items: id and what the generator shows. */
export function subsidyItemOptions(data: Pick<CalcData, 'policies' | 'provisions'>): { value: string; label: string }[] {
  const policy = new Map(data.policies.map((p) => [p.id, p]));
  return data.provisions
    .filter((p) => p.value.type === 'subsidy')
    .map((p) => {
      const pol = policy.get(p.policy);
      return { value: p.id, label: `${pol?.jurisdiction.name ?? ''} · ${pol?.shortTitle ?? ''} · ${p.summary}` };
    });
}

/**
 * The starting form for chosen articles: one empty claim each, in the host's order. The location
 * is the host's `loc` if given; else the chosen article's own jurisdiction, or, for articles of a
 * province and one of its cities, the city (the nearest place every chosen article reaches).
 * Unknown or non-subsidy ids are skipped; none left → the empty form at `loc`.
 */
export function subsidyItemsForm(items: readonly string[], loc: string, data: Pick<CalcData, 'policies' | 'provisions'>): SubsidyForm {
  const policyCode = new Map(data.policies.map((p) => [p.id, p.jurisdiction.code]));
  const all: JurisdictionRef[] = [...new Map(data.policies.map((p) => [p.jurisdiction.code, p.jurisdiction])).values()];
  const chosen = items.map((id) => data.provisions.find((p) => p.id === id && p.value.type === 'subsidy')).filter((p) => p !== undefined);
  const claims: ClaimForm[] = chosen.map((p) => ({
    provisionId: p.id,
    year: '',
    base: '',
    claimant: '',
    target: '',
    prior: false,
    awarded: '',
    conds: emptyConds(p.value.type === 'subsidy' ? p.value.conditions.length : 0),
  }));
  // The deepest jurisdiction among the articles' (its chain is the longest).
  const codes = chosen.map((p) => policyCode.get(p.policy) ?? '');
  const deepest = codes.reduce((best, c) => (jurisdictionChain(c, all).length > jurisdictionChain(best, all).length ? c : best), codes[0] ?? '');
  return { loc: loc || deepest, claims, thresholds: {} };
}
