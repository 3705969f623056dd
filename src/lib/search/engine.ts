/**
 * The search pipeline over Pagefind's JS API, independent of any UI: relaxed Pagefind queries
 * for recall (`relaxationLevels`), synonyms (`termVariants`), exact-phrase re-ranking for
 * precision (`rerank`), and filter counts over the passages found. Pagefind is injected
 * (`PagefindApi`), so this runs in the browser island, in tests, and in Node alike.
 */
import { normalizeForMatch, prepareQuery, relaxationLevels, type PreparedQuery } from './query';
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
  /** Word locations this query matched in the record (Pagefind's `words`). */
  words?: number[];
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
 * Records loaded per Pagefind query level in the first pass, and in all. Each record is a fragment
 * request of 2–4 KB gzip holding several clauses (records.ts, RECORD_MAX_CHARS); the first pass
 * shows the clauses of these records that match, and the exhaustive pass (EXHAUSTIVE), which the
 * UI runs right after, loads the rest. At 400 documents a first query for 公示期 then fetches
 * about 140 KB, of which Pagefind's script and wasm are 79 KB (`npm run bench:scale`).
 */
export const LOAD_PER_LEVEL = 6;
/** At most this many records are loaded in the first pass. */
export const MAX_LOADED = 6;
/**
 * Pagefind queries in the first pass: the terms as typed, strictest level only. Every Pagefind
 * query scores every record holding its words and hands all their word locations back through
 * JSON, so its cost grows with the corpus: at 400 documents a relaxed level such as 先 or 技术
 * (1,400 records, 7,000–9,000 locations) or a synonym such as 先使用后付费 takes 20–120 ms of
 * main thread each, and the 6–20 queries of one search took 0.1–3 s before the first result
 * showed (profiled with a Chromium trace: all of it script, Pagefind's search and its JSON).
 * The typed words' own records rank first anyway (exact before synonym, concept and partial,
 * see rerank.ts); the synonyms, concepts and relaxed levels come with the exhaustive pass.
 */
export const FIRST_PASS_QUERIES = 1;
/** At most this many Pagefind queries per search (variants × relaxation levels; concepts add variants). */
export const MAX_QUERIES = 20;
/** Limits for the first pass the UI runs on a keystroke. */
export const FIRST_PASS = { perLevel: LOAD_PER_LEVEL, maxLoaded: MAX_LOADED, maxQueries: FIRST_PASS_QUERIES } as const;
/** Limits for the second, exhaustive pass the UI runs after showing the first results. */
export const EXHAUSTIVE = { perLevel: 400, maxLoaded: 400, maxQueries: MAX_QUERIES } as const;

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

interface Found extends FoundPassage {
  /** Found by a strict query (all pieces of every term); only these may be shown as partial. */
  strict: boolean;
}

/** A fragment's text split on Pagefind's word breaks: words[i] is location i. */
function fragmentWords(f: PagefindFragment): string[] {
  return (f.raw_content ?? f.content).split('\u200B').map((w) => w.replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
}

/** Converts a Pagefind fragment to a passage for `rerank`. */
export function toPassage(f: PagefindFragment, id: string, score: number, order: number): PassageSource {
  const words = fragmentWords(f);
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

/** One passage found, with the filters it answers to. */
export interface FoundPassage {
  source: PassageSource;
  filters: PagefindFragment['filters'];
  /** For a clause of a record of several: its words [from, to) in the record, after the context line's [0, lead). */
  span?: { from: number; to: number; lead: number };
}

/** The `parts` metadata of a record of several clauses (see RECORD_MAX_CHARS in records.ts), or undefined. */
function recordParts(f: PagefindFragment): { id: string; label: string; topics: string[] }[] | undefined {
  if (!f.meta.parts) return undefined;
  try {
    const parts: unknown = JSON.parse(f.meta.parts);
    if (!Array.isArray(parts)) return undefined;
    return parts.flatMap((p: unknown) =>
      Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string' && Array.isArray(p[2])
        ? [{ id: p[0], label: p[1], topics: p[2].filter((t: unknown): t is string => typeof t === 'string') }]
        : [],
    );
  } catch {
    return undefined;
  }
}

/** Pagefind's ranking constants (pagefind_web: term_saturation, page_length) and a clause's typical length in words. */
const K1 = 1.4;
const B = 0.75;
const CLAUSE_WORDS = 60;

/**
 * A clause's relevance from its own matched words: Pagefind's BM25 term-frequency and length
 * factor, computed per clause. Pagefind scores a record, and a record holds several clauses, so
 * its score would rank every clause of a long record with many matches (a law's six paragraphs
 * on 开放许可) above a short clause that is about the words; scored per clause, clauses of all
 * records compare as clause records did. (The words' rarity is the same for every clause of one
 * query, so it is left out.)
 */
export function clauseScore(matched: number, words: number): number {
  if (matched <= 0) return 0;
  return (matched * (K1 + 1)) / (matched + K1 * (1 - B + (B * Math.max(1, words)) / CLAUSE_WORDS));
}

/**
 * The passages of one Pagefind record: one, or for a record grouping several clauses, one per
 * clause that holds a matched word (every clause when only the context line matched), each
 * exactly as a record of that clause alone would read — the context line, then the clause's own
 * words, at the clause's anchor, with its label and 主题. So grouping records to keep Pagefind's
 * metadata small changes nothing the reader sees.
 */
export function splitFragment(f: PagefindFragment, id: string, score: number, order: number): FoundPassage[] {
  const base = toPassage(f, id, score, order);
  const parts = recordParts(f);
  const starts = parts?.map((p) => f.anchors.find((a) => a.id === p.id)?.location);
  if (!parts || parts.length < 2 || !starts || starts.some((s) => s === undefined)) {
    if (base.kind !== 'clause') return [{ source: base, filters: f.filters }];
    const own = f.locations.filter((l) => l >= base.textStart).length;
    return [{ source: { ...base, score: clauseScore(own, base.words.length - base.textStart) }, filters: f.filters }];
  }
  const at = starts as number[];
  const lead = at[0]!;
  const context = base.words.slice(0, lead);
  const page = f.url.replace(/#.*$/, '');
  const spans = parts.map((p, i) => ({ p, from: at[i]!, to: at[i + 1] ?? base.words.length }));
  const hits = (from: number, to: number) => f.locations.filter((l) => l >= from && l < to);
  const withHits = spans.filter((s) => hits(s.from, s.to).length > 0);
  return (withHits.length ? withHits : spans).map(({ p, from, to }, i) => {
    const heading = f.anchors
      .find((a) => /^h[1-6]$/i.test(a.element) && a.location >= from && a.location < to && a.text?.trim())
      ?.text?.trim();
    return {
      source: {
        ...base,
        id: `${id}#${p.id}`,
        url: `${page}#${p.id}`,
        order: order + i,
        score: clauseScore(hits(from, to).length, to - from),
        words: [...context, ...base.words.slice(from, to)],
        textStart: context.length,
        locations: [...hits(0, lead), ...hits(from, to).map((l) => l - from + lead)],
        title: p.label,
        heading: heading && heading !== p.label ? heading : undefined,
      },
      filters: { ...f.filters, 主题: p.topics },
      span: { from, to, lead },
    };
  });
}

/** Whether the matched words at `locs` that fall in `span` (or the context line) include, for every query piece, a word Pagefind would match it with. */
function coversPieces(words: readonly string[], locs: readonly number[], span: NonNullable<FoundPassage['span']>, pieces: readonly string[]): boolean {
  const hit = locs
    .filter((l) => l < span.lead || (l >= span.from && l < span.to))
    .map((l) => normalizeForMatch((words[l] ?? '').trim()))
    .filter(Boolean);
  return pieces.every((p) => hit.some((w) => w.startsWith(p) || p.startsWith(w)));
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
  /**
   * Pagefind queries run (default and at most MAX_QUERIES; FIRST_PASS_QUERIES in the first pass).
   * When queries are left out, the outcome says `more`, so the UI runs the exhaustive pass.
   */
  maxQueries?: number;
  /** Concept groups (content/search/concepts.yaml): passages on the same concept, after exact ones. */
  concepts?: ConceptGroups;
  /**
   * Asked between Pagefind queries and between batches of records: true stops the search (the
   * reader typed on). Without it a superseded exhaustive pass (hundreds of records) kept loading and
   * decoding on the main thread while the next query waited behind it.
   */
  cancelled?: () => boolean;
  /**
   * Awaited between batches of records (the UI passes a macrotask: `setTimeout(…, 0)`), so the
   * exhaustive pass's loading does not hold back the page's paint or the next keystroke.
   */
  pause?: () => Promise<void>;
}

/**
 * Records loaded at once; between batches the search checks whether it was cancelled and lets the
 * page breathe (SearchOptions.pause). Pagefind decompresses each record on the main thread
 * (1–2 ms at 400 documents), so a batch of 8 blocks a keystroke or a paint for at most ~15 ms.
 */
export const LOAD_BATCH = 8;

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
  /** Pagefind records loaded, by id: the fragment, the words any query matched in it, its passages. */
  const records = new Map<string, { f: PagefindFragment; words: string[]; score: number; hits: Set<number>; ids: string[] }>();
  let order = 0;
  /** Adds the record's passages for the words matched so far (a record of several clauses gives one per clause with a match). */
  const addPassages = (rid: string) => {
    const rec = records.get(rid)!;
    const hits = [...rec.hits].sort((a, b) => a - b);
    for (const p of splitFragment({ ...rec.f, locations: hits }, rid, rec.score, order)) {
      if (found.has(p.source.id)) continue;
      found.set(p.source.id, { ...p, strict: false });
      rec.ids.push(p.source.id);
      order++;
    }
  };
  let queries = 0;
  const maxQueries = Math.min(MAX_QUERIES, opts.maxQueries ?? MAX_QUERIES);
  const concepts = opts.concepts ?? [];
  const variants = termVariants(query.terms, groups, concepts);
  for (const terms of variants) {
    for (const [depth, level] of relaxationLevels(terms).entries()) {
      if (opts.cancelled?.()) break;
      if (queries >= maxQueries) {
        // Left for the exhaustive pass (which allows MAX_QUERIES).
        if (maxQueries < MAX_QUERIES) more = true;
        break;
      }
      queries++;
      const res = await api.search(level);
      const results = res?.results ?? [];
      if (results.length === 0) continue;
      // Every level runs: a level can find records an earlier one missed because the index
      // segmented the same phrase differently there (净收入 vs 净|收入). Only records not yet
      // loaded are fetched, at most LOAD_PER_LEVEL per level and MAX_LOADED in all.
      const room = Math.max(0, maxLoaded - records.size);
      const unseen = results.filter((r) => !records.has(r.id));
      const fresh = unseen.slice(0, Math.min(perLevel, room));
      if (unseen.length > fresh.length) more = true;
      const loaded: { r: PagefindResult; f: PagefindFragment }[] = [];
      for (let i = 0; i < fresh.length; i += LOAD_BATCH) {
        if (i > 0) await opts.pause?.();
        if (opts.cancelled?.()) break;
        loaded.push(...(await Promise.all(fresh.slice(i, i + LOAD_BATCH).map(async (r) => ({ r, f: await r.data() })))));
      }
      for (const { r, f } of loaded) {
        // r.words, not f.locations: Pagefind keeps one fragment object per record and sets its
        // locations on every data() call, so another query's call (a memoized result, the
        // previous search still loading) may have overwritten them meanwhile.
        records.set(r.id, { f, words: fragmentWords(f), score: r.score, hits: new Set(r.words ?? f.locations), ids: [] });
        addPassages(r.id);
      }
      // A record of several clauses loaded by an earlier query: this query may match other
      // clauses of it (a synonym, a concept word, a piece segmented differently).
      for (const r of results) {
        const rec = records.get(r.id);
        if (!rec?.f.meta.parts || !r.words) continue;
        const before = rec.hits.size;
        for (const l of r.words) rec.hits.add(l);
        if (rec.hits.size > before) addPassages(r.id);
      }
      // Strict: the strictest query matched this passage. For a record of several clauses Pagefind
      // matched the record; a clause of it counts as matched when its own matched words (and the
      // context line's) cover every piece of the query, as they would in a record of its own.
      if (depth === 0) {
        const pieces = level.split(' ').filter(Boolean).map(normalizeForMatch);
        for (const r of results) {
          const rec = records.get(r.id);
          if (!rec) continue;
          for (const pid of rec.ids) {
            const p = found.get(pid);
            if (p && (!p.span || coversPieces(rec.words, r.words ?? rec.f.locations, p.span, pieces))) p.strict = true;
          }
        }
      }
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

/**
 * Pagefind with its answers kept: the same query string gets the same results without searching
 * again, for at most `max` strings (least recently used dropped). The exhaustive pass repeats the
 * first pass's query, and a reader typing 先用 → 先用后付 repeats relaxed levels; each Pagefind query
 * costs main-thread time that grows with the corpus (see FIRST_PASS_QUERIES). The results' data()
 * stays valid: Pagefind keeps its loaded fragments itself.
 */
export function memoizeSearch(api: PagefindApi, max = 64): PagefindApi {
  const kept = new Map<string, ReturnType<PagefindApi['search']>>();
  return {
    search(term: string) {
      let r = kept.get(term);
      if (r) kept.delete(term);
      else {
        r = api.search(term);
        // A failed query is not kept: the next search asks again.
        r.catch(() => kept.delete(term));
      }
      kept.set(term, r);
      while (kept.size > max) kept.delete(kept.keys().next().value!);
      return r;
    },
  };
}
