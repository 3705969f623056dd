/**
 * Synonym expansion for site search. The table lives in `content/search/synonyms.yaml` and
 * reaches the search island as props; this module only applies it.
 */
import { normalizeForMatch } from './query';

/** Groups of words that mean the same thing in these policies. */
export type SynonymGroups = readonly (readonly string[])[];

/** The other members of every group that contains `term` (compared normalised), in table order. */
export function synonymsOf(term: string, groups: SynonymGroups): string[] {
  const n = normalizeForMatch(term);
  const out: string[] = [];
  for (const g of groups) {
    if (!g.some((w) => normalizeForMatch(w) === n)) continue;
    for (const w of g) {
      const wn = normalizeForMatch(w);
      if (wn !== n && !out.includes(wn)) out.push(wn);
    }
  }
  return out;
}

/** Term lists to search: the terms as typed, then each synonym substituted for its term. */
export function termVariants(terms: readonly string[], groups: SynonymGroups): string[][] {
  const variants: string[][] = [[...terms]];
  terms.forEach((t, i) => {
    for (const s of synonymsOf(t, groups)) variants.push(terms.map((x, j) => (j === i ? s : x)));
  });
  return variants;
}
