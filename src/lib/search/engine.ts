/**
 * The search pipeline over Pagefind's JS API, independent of any UI: relaxed Pagefind queries
 * for recall (`relaxationLevels`), synonyms (`termVariants`), exact-phrase re-ranking for
 * precision (`rerank`), and filter counts over the passages found. Pagefind is injected
 * (`PagefindApi`), so this runs in the browser island, in tests, and in Node alike.
 */
import { prepareQuery, relaxationLevels, type PreparedQuery } from './query';
import { rerank, type PassageSource, type RankedPassage, type SortOrder } from './rerank';
import { termVariants, type ConceptGroups, type SynonymGroups } from './synonyms';

/** The slice of a Pagefind fragment (`result.data()`) this module reads. */
export interface PagefindFragment {
  url: string;
  content: string;
  /** Content with U+200B word breaks, `<`/`>` escaped (set by Pagefind's `data()`). */
  raw_content?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: { element: string; id: string; text?: string; location: number }[];
  locations: number[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

export interface PagefindApi {
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

/** Filter keys, in display order (the values are Pagefind filter names in the index). */
export const FILTER_KEYS = ['地区', '文件类型', '效力', '效力级别', '主题'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterSelection = Partial<Record<FilterKey, string[]>>;

/**
 * Records loaded per Pagefind query level in the first pass; keeps the first query's fetches
 * small (each record is a fragment request). The first screen shows 10 results; the exhaustive
 * pass (EXHAUSTIVE) loads the rest. With 400 documents, 20 per level made a first query fetch
 * about 200 KB; 10 keeps it under the 150 KB budget.
 */
export const LOAD_PER_LEVEL = 10;
/** At most this many records are loaded in the first pass. */
export const MAX_LOADED = 30;
/** Limits for the second, exhaustive pass the UI runs after showing the first results. */
export const EXHAUSTIVE = { perLevel: 400, maxLoaded: 400 } as const;
/** At most this many Pagefind queries per search (variants × relaxation levels; concepts add variants). */
export const MAX_QUERIES = 20;

export interface SearchOutcome {
  query: PreparedQuery;
  /** Ranked passages after filters. */
  passages: RankedPassage[];
  /** Per filter key and value: passages that value would show, given the other filters. */
  counts: Record<FilterKey, Record<string, number>>;
  /** Passages before filtering. */
  unfiltered: number;
  /** Some query level had more records than were loaded: a wider search may find more. */
  more: boolean;
}

interface Found {
  source: PassageSource;
  filters: PagefindFragment['filters'];
  /** Found by a strict query (all pieces of every term); only these may be shown as partial. */
  strict: boolean;
}

/** Converts a Pagefind fragment to a passage for `rerank`. */
export function toPassage(f: PagefindFragment, id: string, score: number, order: number): PassageSource {
  const raw = f.raw_content ?? f.content;
  const words = raw.split('\u200B').map((w) => w.replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
  const anchorId = f.meta.anchor;
  const own = anchorId ? f.anchors.find((a) => a.id === anchorId) : undefined;
  const textStart = own?.location ?? 0;
  const kind = f.meta.kind === 'clause' || f.meta.kind === 'policy' ? f.meta.kind : 'page';
  // A clause's own heading names it; a page's first heading is just its first section.
  const heading =
    kind === 'clause'
      ? f.anchors.find((a) => /^h[1-6]$/i.test(a.element) && a.location >= textStart && a.text?.trim())?.text?.trim()
      : undefined;
  return {
    id,
    url: f.url,
    kind,
    words,
    textStart,
    locations: f.locations,
    score,
    order,
    title: f.meta.title ?? f.url,
    heading: heading && heading !== f.meta.title ? heading : undefined,
    short: f.meta.short,
    place: f.filters['地区']?.[0],
    status: f.filters['效力']?.[0],
    docKind: f.filters['文件类型']?.[0] ?? f.meta.pagekind,
    date: f.meta.date,
  };
}

function matchesFilters(filters: PagefindFragment['filters'], sel: FilterSelection, skip?: FilterKey): boolean {
  return FILTER_KEYS.every((k) => {
    if (k === skip) return true;
    const want = sel[k];
    if (!want?.length) return true;
    const have = filters[k] ?? [];
    return want.some((w) => have.includes(w));
  });
}

export interface SearchOptions {
  filters?: FilterSelection;
  sort?: SortOrder;
  /** Records loaded per query level (default LOAD_PER_LEVEL). */
  perLevel?: number;
  /** Records loaded in all (default MAX_LOADED). */
  maxLoaded?: number;
  /** Concept groups (content/search/concepts.yaml): passages on the same concept, after exact ones. */
  concepts?: ConceptGroups;
}

/** Runs one search. Never throws for bad input: empty or punctuation-only queries return no passages. */
export async function runSearch(
  api: PagefindApi,
  rawQuery: string,
  groups: SynonymGroups,
  opts: SearchOptions = {},
): Promise<SearchOutcome> {
  const query = prepareQuery(rawQuery);
  const counts = Object.fromEntries(FILTER_KEYS.map((k) => [k, {}])) as SearchOutcome['counts'];
  if (query.status !== 'ok') return { query, passages: [], counts, unfiltered: 0, more: false };
  const perLevel = opts.perLevel ?? LOAD_PER_LEVEL;
  const maxLoaded = opts.maxLoaded ?? MAX_LOADED;
  let more = false;

  const found = new Map<string, Found>();
  let order = 0;
  let queries = 0;
  const concepts = opts.concepts ?? [];
  const variants = termVariants(query.terms, groups, concepts);
  for (const terms of variants) {
    for (const [depth, level] of relaxationLevels(terms).entries()) {
      if (queries >= MAX_QUERIES) break;
      queries++;
      const res = await api.search(level);
      const results = res?.results ?? [];
      if (results.length === 0) continue;
      // Every level runs: a level can find records an earlier one missed because the index
      // segmented the same phrase differently there (净收入 vs 净|收入). Only records not yet
      // loaded are fetched, at most LOAD_PER_LEVEL per level and MAX_LOADED in all.
      const room = Math.max(0, maxLoaded - found.size);
      const unseen = results.filter((r) => !found.has(r.id));
      const fresh = unseen.slice(0, Math.min(perLevel, room));
      if (unseen.length > fresh.length) more = true;
      const loaded = await Promise.all(fresh.map(async (r) => ({ r, f: await r.data() })));
      for (const { r, f } of loaded) {
        found.set(r.id, { source: toPassage(f, r.id, r.score, order++), filters: f.filters, strict: depth === 0 });
      }
      if (depth === 0) for (const r of results) { const f = found.get(r.id); if (f) f.strict = true; }
    }
  }

  const all = [...found.values()];
  const sel = opts.filters ?? {};
  const strictIds = new Set(all.filter((f) => f.strict).map((f) => f.source.id));
  // A record that only a relaxed query found and that lacks the words is noise, not a partial hit.
  const ranked = rerank(all.map((f) => f.source), query.terms, groups, opts.sort ?? 'relevance', concepts).filter(
    (p) => p.match !== 'partial' || strictIds.has(p.source.id),
  );
  const filtersById = new Map(all.map((f) => [f.source.id, f.filters]));
  for (const k of FILTER_KEYS) {
    for (const p of ranked) {
      const fl = filtersById.get(p.source.id) ?? {};
      if (!matchesFilters(fl, sel, k)) continue;
      for (const v of new Set(fl[k] ?? [])) counts[k][v] = (counts[k][v] ?? 0) + 1;
    }
  }
  const passages = ranked.filter((p) => matchesFilters(filtersById.get(p.source.id) ?? {}, sel));
  return { query, passages, counts, unfiltered: ranked.length, more };
}
