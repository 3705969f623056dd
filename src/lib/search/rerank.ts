/**
 * Precision re-ranking of Pagefind hits: passages that contain the exact words come first, then
 * those that contain a listed synonym, then those on the same concept in the texts' other words
 * (content/search/concepts.yaml), then partial matches, which say what they lack.
 *
 * Pagefind alone matches any record containing all *pieces* of a segmented query anywhere, so
 * "技术合同认定登记" also finds a clause that mentions 技术, 合同, 认定 and 登记 in four different
 * sentences. Here each passage's own text is checked for the normalised phrase.
 * Pure: data in, data out.
 */
import { normalizeForMatch } from './query';
import { conceptWordsOf, synonymsOf, type ConceptGroups, type SynonymGroups } from './synonyms';

/** One Pagefind record, as the adapter hands it over. */
export interface PassageSource {
  /** Pagefind result id. */
  id: string;
  /** Result URL; clause records carry the clause anchor (`/policies/x/#art-6-3`). */
  url: string;
  kind: 'clause' | 'policy' | 'page';
  /** Record text split on Pagefind's word breaks (words[i] is location i). */
  words: string[];
  /** First word of the passage proper; the words before it are the context line (地区、简称). */
  textStart: number;
  /** Word locations Pagefind matched. */
  locations: number[];
  /** Pagefind's relevance score for the record. */
  score: number;
  /** Order of discovery (strictest query first), the last tie-break. */
  order: number;
  /** Clause label (第六条第（三）项) or page title. */
  title: string;
  /** Text of the clause's own heading, if it has one. */
  heading?: string;
  /** Document short title (昆明操作指引). */
  short?: string;
  /** Jurisdiction (地区 filter). */
  place?: string;
  /** Status label (效力 filter). */
  status?: string;
  /** Document kind (文件类型 filter) or page kind. */
  docKind?: string;
  /** Sort date (ISO date or year). */
  date?: string;
}

export type MatchKind = 'exact' | 'synonym' | 'concept' | 'partial';

/** A run of excerpt text; `hit` runs are the matched words. */
export interface Segment {
  text: string;
  hit: boolean;
}

export interface RankedPassage {
  source: PassageSource;
  match: MatchKind;
  /** Terms found (as typed, or via a synonym). */
  found: string[];
  /** Terms not found in this passage or its document context. */
  missing: string[];
  /** Synonyms that stood in for a term, e.g. 先使用后付费 for 先用后付. */
  viaSynonym: string[];
  /** The texts' words for a term's concept that stood in for it, e.g. 失信 for 诚信. */
  viaConcept: string[];
  excerpt: Segment[];
}

export type SortOrder = 'relevance' | 'date';

/** Characters of excerpt shown before the first hit and in total. */
export const EXCERPT_BEFORE = 24;
export const EXCERPT_LENGTH = 96;

interface Normalised {
  /** Normalised text. */
  n: string;
  /** map[i] = index in the original string of normalised char i. */
  map: number[];
}

/**
 * normalizeForMatch of one character, kept: a search judges hundreds of passages of a few hundred
 * characters each, and NFKC with a regex per character was a tenth of a first pass's time in the
 * browser profile (`npm run bench:scale`). The policy texts use a few thousand distinct characters.
 */
const charNorm = new Map<string, string>();
function normalizeChar(ch: string): string {
  let out = charNorm.get(ch);
  if (out === undefined) {
    out = normalizeForMatch(ch);
    if (charNorm.size < 20_000) charNorm.set(ch, out);
  }
  return out;
}

function normaliseWithMap(s: string): Normalised {
  let n = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of s) {
    const out = normalizeChar(ch);
    for (const c of out) {
      n += c;
      map.push(i);
    }
    i += ch.length;
  }
  return { n, map };
}

/**
 * Original-string ranges [start, end) of every occurrence of `needle` (already normalised) that
 * begins where an indexed word begins. An occurrence inside a word is not the phrase: 担保 in
 * 承担|保密 ("承担保密义务") is not about guarantees.
 */
function occurrences(hay: Normalised, needle: string, original: string, wordStarts: ReadonlySet<number>): [number, number][] {
  const out: [number, number][] = [];
  if (!needle) return out;
  for (let at = hay.n.indexOf(needle); at >= 0; at = hay.n.indexOf(needle, at + 1)) {
    const start = hay.map[at] ?? 0;
    if (!wordStarts.has(start)) continue;
    const lastIdx = hay.map[at + needle.length - 1] ?? start;
    // extend to the end of the last original code point
    const cp = original.codePointAt(lastIdx) ?? 0;
    out.push([start, lastIdx + (cp > 0xffff ? 2 : 1)]);
  }
  return out;
}

const KIND_RANK: Record<PassageSource['kind'], number> = { clause: 0, policy: 1, page: 1 };
const MATCH_RANK: Record<MatchKind, number> = { exact: 0, synonym: 1, concept: 2, partial: 3 };

function buildExcerpt(text: string, ranges: [number, number][]): Segment[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const lead = text.length - text.trimStart().length;
  const tail = text.trimEnd().length;
  const first = sorted[0]?.[0] ?? lead;
  let start = Math.max(lead, first - EXCERPT_BEFORE);
  const end = Math.min(tail, start + EXCERPT_LENGTH);
  if (end - start < EXCERPT_LENGTH) start = Math.max(lead, end - EXCERPT_LENGTH);
  const segs: Segment[] = [];
  let pos = start;
  for (const [a, b] of sorted) {
    if (b <= pos || a >= end) continue;
    const s = Math.max(a, pos);
    if (s > pos) segs.push({ text: text.slice(pos, s), hit: false });
    const e = Math.min(b, end);
    segs.push({ text: text.slice(s, e), hit: true });
    pos = e;
  }
  if (pos < end) segs.push({ text: text.slice(pos, end), hit: false });
  if (start > 0 && segs[0]) segs[0] = { ...segs[0], text: `…${segs[0].text}` };
  const last = segs[segs.length - 1];
  if (end < tail && last) segs[segs.length - 1] = { ...last, text: `${last.text}…` };
  return segs;
}

/** Judges one passage against the terms. */
export function judgePassage(src: PassageSource, terms: readonly string[], groups: SynonymGroups, concepts: ConceptGroups = []): RankedPassage {
  const own = src.words.slice(src.textStart);
  const text = own.join('');
  const wordStarts = new Set<number>();
  const wordStartOf: number[] = [];
  let offset = 0;
  for (const w of own) {
    wordStartOf.push(offset);
    wordStarts.add(offset + (w.length - w.trimStart().length));
    offset += w.length;
  }
  const contextText = [src.words.slice(0, src.textStart).join(''), src.short ?? '', src.place ?? ''].join(' ');
  const hay = normaliseWithMap(text);
  const context = normalizeForMatch(contextText);
  const found: string[] = [];
  const missing: string[] = [];
  const viaSynonym: string[] = [];
  const viaConcept: string[] = [];
  const ranges: [number, number][] = [];
  let inText = 0;
  let usedSynonym = false;
  let usedConcept = false;
  for (const term of terms) {
    const n = normalizeForMatch(term);
    const direct = occurrences(hay, n, text, wordStarts);
    if (direct.length) {
      found.push(term);
      ranges.push(...direct);
      inText++;
      continue;
    }
    const syn = synonymsOf(term, groups).find((s) => occurrences(hay, s, text, wordStarts).length > 0);
    if (syn) {
      found.push(term);
      viaSynonym.push(syn);
      ranges.push(...occurrences(hay, syn, text, wordStarts));
      usedSynonym = true;
      inText++;
      continue;
    }
    const concept = conceptWordsOf(term, concepts, groups).filter((w) => occurrences(hay, w, text, wordStarts).length > 0);
    if (concept.length) {
      found.push(term);
      viaConcept.push(...concept);
      for (const w of concept) ranges.push(...occurrences(hay, w, text, wordStarts));
      usedConcept = true;
      inText++;
      continue;
    }
    if (context.includes(n)) {
      found.push(term);
      continue;
    }
    missing.push(term);
  }
  const complete = missing.length === 0 && inText > 0;
  const match: MatchKind = !complete ? 'partial' : usedConcept ? 'concept' : usedSynonym ? 'synonym' : 'exact';
  if (ranges.length === 0) {
    // Only Pagefind's pieces matched: highlight those words.
    for (const loc of src.locations) {
      const i = loc - src.textStart;
      const w = src.words[loc];
      const s = wordStartOf[i];
      if (i < 0 || s === undefined || !w || !w.trim()) continue;
      const lead = w.length - w.trimStart().length;
      ranges.push([s + lead, s + lead + w.trim().length]);
    }
  }
  return { source: src, match, found, missing, viaSynonym, viaConcept, excerpt: buildExcerpt(text, ranges) };
}

function headingHit(p: RankedPassage): boolean {
  const h = normalizeForMatch(p.source.heading ?? p.source.title);
  return [...p.found, ...p.viaSynonym, ...p.viaConcept].some((t) => h.includes(normalizeForMatch(t)));
}

/**
 * Ranks passages. Relevance: exact before synonym before concept before partial; within a tier,
 * clauses before whole pages, a term (or the word standing in for it) in the clause heading first,
 * then Pagefind's score, then discovery order. Date: exact and synonym matches, then concept
 * matches, then partial ones, each newest document first.
 */
export function rerank(
  sources: readonly PassageSource[],
  terms: readonly string[],
  groups: SynonymGroups,
  sort: SortOrder = 'relevance',
  concepts: ConceptGroups = [],
): RankedPassage[] {
  const seen = new Set<string>();
  const judged: RankedPassage[] = [];
  for (const s of sources) {
    if (seen.has(s.url)) continue;
    seen.add(s.url);
    judged.push(judgePassage(s, terms, groups, concepts));
  }
  // Once per passage, not once per comparison.
  const inHeading = new Map(judged.map((p) => [p, headingHit(p)]));
  const cmpRel = (a: RankedPassage, b: RankedPassage): number =>
    MATCH_RANK[a.match] - MATCH_RANK[b.match] ||
    KIND_RANK[a.source.kind] - KIND_RANK[b.source.kind] ||
    Number(inHeading.get(b)) - Number(inHeading.get(a)) ||
    b.source.score - a.source.score ||
    a.source.order - b.source.order;
  const tier = (m: MatchKind) => (m === 'partial' ? 2 : m === 'concept' ? 1 : 0);
  const cmpDate = (a: RankedPassage, b: RankedPassage): number =>
    tier(a.match) - tier(b.match) ||
    (b.source.date ?? '').localeCompare(a.source.date ?? '') ||
    a.source.order - b.source.order;
  return judged.sort(sort === 'date' ? cmpDate : cmpRel);
}
