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

/**
 * A concept: the words the texts use for one subject (诚信 → 信用, 失信, 履约), wider than a synonym
 * group. The table lives in `content/search/concepts.yaml`.
 */
export interface ConceptGroup {
  key: string;
  label: string;
  /** Words readers type that the texts do not use (当然许可); they find the concept but are never matched in a text. */
  asked?: readonly string[];
  /** The texts' own words for the concept. */
  words: readonly string[];
}

export type ConceptGroups = readonly ConceptGroup[];

/**
 * The texts' words of every concept `term` belongs to (as a text word or an asked word), normalised,
 * without the term itself and its synonyms (those match as synonyms), in table order.
 */
export function conceptWordsOf(term: string, concepts: ConceptGroups, groups: SynonymGroups = []): string[] {
  const n = normalizeForMatch(term);
  const exclude = new Set([n, ...synonymsOf(term, groups)]);
  const out: string[] = [];
  for (const c of concepts) {
    if (![...(c.asked ?? []), ...c.words].some((w) => normalizeForMatch(w) === n)) continue;
    for (const w of c.words) {
      const wn = normalizeForMatch(w);
      if (!exclude.has(wn) && !out.includes(wn)) out.push(wn);
    }
  }
  return out;
}

/**
 * Term lists to search: the terms as typed, then each synonym substituted for its term, then each
 * concept word (so Pagefind also loads the passages written with the concept's other words).
 */
export function termVariants(terms: readonly string[], groups: SynonymGroups, concepts: ConceptGroups = []): string[][] {
  const variants: string[][] = [[...terms]];
  terms.forEach((t, i) => {
    for (const s of synonymsOf(t, groups)) variants.push(terms.map((x, j) => (j === i ? s : x)));
  });
  terms.forEach((t, i) => {
    for (const c of conceptWordsOf(t, concepts, groups)) variants.push(terms.map((x, j) => (j === i ? c : x)));
  });
  return variants;
}
