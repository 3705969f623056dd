/**
 * Search island: query field, sort, filters with counts, ranked clause results with the matched
 * words highlighted. State lives in the URL (?q=…&sort=date&地区=…), so a search can be shared,
 * bookmarked and reloaded. Pagefind's JS is fetched when the field gets focus (or the first search runs).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EXHAUSTIVE, FILTER_KEYS, FIRST_PASS, memoizeSearch, runSearch, type FilterKey, type FilterSelection, type PagefindApi, type SearchOutcome } from '../../lib/search/engine';
import type { SortOrder } from '../../lib/search/rerank';
import { MAX_QUERY_CHARS } from '../../lib/search/query';
import { isGzip, parseFragment, withLocations, type StoredFragment } from '../../lib/search/fragment';
import type { ConceptGroups, SynonymGroups } from '../../lib/search/synonyms';

interface Props {
  synonyms: SynonymGroups;
  concepts: ConceptGroups;
  filterValues: Record<FilterKey, string[]>;
  strings: Record<string, string>;
}

/** First page of results, then this many more per "显示更多". */
const PAGE_SIZE = 10;
/**
 * A filter with more values than this (地区 with hundreds of places) gets a type-ahead field and
 * lists its values with results first, at most this many until the reader asks for all.
 */
const FACET_SHORT = 12;
/**
 * Typing pauses this long before searching. The first pass is one Pagefind query (engine.ts,
 * FIRST_PASS_QUERIES) and a superseded search stops, so the pause only has to skip the keystrokes
 * of a word still being typed; an input method's composition is skipped anyway (onInput).
 */
const DEBOUNCE_MS = 120;
const PAGEFIND_URL = '/pagefind/pagefind.js';

interface LoadedPagefind {
  /** Pagefind's search with its answers kept (memoizeSearch): both passes and the next keystrokes reuse them. */
  api: PagefindApi;
}

let pagefindPromise: Promise<LoadedPagefind> | undefined;
/** Loads Pagefind once: on the field's focus, so the first search does not wait for its script and wasm. */
function loadPagefind(): Promise<LoadedPagefind> {
  pagefindPromise ??= (async () => {
    const pf = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi & {
      options(o: Record<string, unknown>): Promise<void>;
      init(): Promise<void>;
    };
    // Main-thread search: the index is small, and the worker script would be a further 41 KB.
    await pf.options({ noWorker: true, excerptLength: 0 });
    await pf.init();
    return { api: memoizeSearch(typeof DecompressionStream === 'function' ? ownRecords(pf) : pf) };
  })();
  pagefindPromise.catch(() => (pagefindPromise = undefined));
  return pagefindPromise;
}

/** Records read so far, by id (the fragment file's name): each is fetched and parsed once. */
const records = new Map<string, Promise<StoredFragment>>();

/** Fetches and parses one record; a failed load is forgotten, so the next search asks again. */
function loadRecord(id: string): Promise<StoredFragment> {
  let r = records.get(id);
  if (!r) {
    r = (async () => {
      const res = await fetch(`${PAGEFIND_URL.replace(/[^/]*$/, '')}fragment/${id}.pf_fragment`);
      if (!res.ok) throw new Error(`Pagefind fragment ${id}: ${res.status}`);
      let bytes = new Uint8Array(await res.arrayBuffer());
      // The browser's own gunzip, off the main thread; a server may have sent the file decompressed.
      if (isGzip(bytes)) bytes = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
      return parseFragment(bytes);
    })();
    records.set(id, r);
    r.catch(() => records.delete(id));
  }
  return r;
}

/**
 * Pagefind's search with each result's record read by `loadRecord` instead of Pagefind's
 * `data()`, which builds an excerpt, sub-results and a URL for every record (see
 * lib/search/fragment.ts for why that mattered); the record comes out as data() would give it.
 */
function ownRecords(pf: PagefindApi): PagefindApi {
  return {
    async search(term) {
      const res = await pf.search(term);
      if (!res) return res;
      return { ...res, results: res.results.map((r) => ({ ...r, data: async () => withLocations(await loadRecord(r.id), r.words ?? []) })) };
    },
  };
}

/** Starts loading Pagefind ahead of the search (on the field's focus); errors surface when the search runs. */
function warmUp(): void {
  loadPagefind().catch(() => undefined);
}

/** Bumped by every keystroke and search: a preparation still running for an older text stops loading. */
let prepared = 0;

/**
 * While the reader pauses (DEBOUNCE_MS), loads what the first pass for `term` will read: its
 * Pagefind query (kept by memoizeSearch) and the records it shows (kept by Pagefind), without
 * showing anything. When the pause ends the first pass finds them loaded and only ranks and paints:
 * the two fetches one after the other (the words' index chunks, then the records) were most of a
 * keystroke's time to results at 400 documents (`npm run bench:scale`). The search that starts
 * (or the next keystroke) stops it between loads.
 */
function prepare(term: string, synonyms: SynonymGroups, concepts: ConceptGroups): void {
  const my = ++prepared;
  if (!term.trim()) return;
  loadPagefind()
    .then((pf) => runSearch(pf.api, term, synonyms, { ...FIRST_PASS, concepts, cancelled: () => my !== prepared }))
    .catch(() => undefined);
}

interface UrlState {
  q: string;
  sort: SortOrder;
  filters: FilterSelection;
}

function readUrl(): UrlState {
  const p = new URLSearchParams(location.search);
  const filters: FilterSelection = {};
  for (const k of FILTER_KEYS) {
    const v = p.getAll(k);
    if (v.length) filters[k] = v;
  }
  return { q: p.get('q') ?? '', sort: p.get('sort') === 'date' ? 'date' : 'relevance', filters };
}

/** The state as the URL's query string (without `?`). */
function queryOf(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.sort === 'date') p.set('sort', 'date');
  for (const k of FILTER_KEYS) for (const v of s.filters[k] ?? []) p.append(k, v);
  return p.toString();
}

/** Resolves after the next frame has been painted (the task after requestAnimationFrame). */
function nextPaint(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

function writeUrl(s: UrlState, push: boolean): void {
  const p = new URLSearchParams(queryOf(s));
  const url = `${location.pathname}${p.size ? `?${p}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function fill(template: string | undefined, vars: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

export default function SearchApp({ synonyms, concepts, filterValues, strings }: Props) {
  const s = (k: string, vars: Record<string, string | number> = {}) => fill(strings[k], vars);
  const [state, setState] = useState<UrlState>({ q: '', sort: 'relevance', filters: {} });
  const [input, setInput] = useState('');
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [widening, setWidening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [ready, setReady] = useState(false);
  // The state (as queryOf) whose search has finished: until it equals the current state, the
  // results on screen belong to an earlier one (a filter was just ticked, the sort changed …).
  const [settledFor, setSettledFor] = useState<string | null>(null);
  const [facetText, setFacetText] = useState<Partial<Record<FilterKey, string>>>({});
  const [facetAll, setFacetAll] = useState<Partial<Record<FilterKey, boolean>>>({});
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const moreAnchor = useRef<HTMLLIElement>(null);

  // Initial state from the URL, and back/forward.
  useEffect(() => {
    const sync = () => {
      const u = readUrl();
      setState(u);
      setInput(u.q);
    };
    sync();
    // The form is server-rendered: words typed before hydration are the query, not lost.
    const early = document.querySelector<HTMLInputElement>('#search-q')?.value.trim() ?? '';
    if (early && !readUrl().q) {
      setInput(early);
      setState((u) => ({ ...u, q: early }));
    }
    setReady(true);
    addEventListener('popstate', sync);
    return () => removeEventListener('popstate', sync);
  }, []);

  // A layout effect, so the search starts in the same task as the keystroke's render; a plain
  // effect waits for the next frame (up to 16 ms of the 50 ms a keystroke → results may take).
  useLayoutEffect(() => {
    if (!ready) return;
    const my = ++seq.current;
    // The search takes over what a preparation was loading (the same Pagefind query and records).
    prepared++;
    setShown(PAGE_SIZE);
    if (state.q.trim() === '') {
      setOutcome(null);
      setBusy(false);
      setSettledFor(queryOf(state));
      return;
    }
    setBusy(true);
    setError(null);
    (async () => {
      try {
        const pf = (await loadPagefind()).api;
        // A newer query supersedes this one: stop loading for it (see SearchOptions.cancelled).
        const opts = { filters: state.filters, sort: state.sort, concepts, cancelled: () => my !== seq.current };
        // First pass: the typed words' strictest query only (FIRST_PASS_QUERIES says why).
        const out = await runSearch(pf, state.q, synonyms, { ...opts, ...FIRST_PASS });
        if (my !== seq.current) return;
        setOutcome(out);
        // First results are on screen; now load the rest of the loosely matching records, since
        // the index may have segmented the words differently there (see engine.ts).
        if (out.more) {
          setWidening(true);
          // Only once the first results are painted: the exhaustive pass decompresses records on
          // the main thread, and started at once it held the first results' frame back.
          await nextPaint();
          if (my !== seq.current) return;
          const full = await runSearch(pf, state.q, synonyms, { ...opts, ...EXHAUSTIVE, pause: () => new Promise((r) => setTimeout(r, 0)) });
          if (my !== seq.current) return;
          setOutcome(full);
        }
      } catch (e) {
        if (my !== seq.current) return;
        setError(e instanceof Error ? e.message : String(e));
        setOutcome(null);
      } finally {
        if (my === seq.current) {
          setBusy(false);
          setWidening(false);
          setSettledFor(queryOf(state));
        }
      }
    })();
  }, [ready, state, synonyms, concepts]);

  const update = (next: Partial<UrlState>, push: boolean) => {
    const merged = { ...state, ...next };
    setState(merged);
    // After the search has started (history.pushState takes 1–12 ms on a busy machine, on the
    // keystroke's path); the order of successive writes is kept.
    setTimeout(() => writeUrl(merged, push), 0);
  };

  const onInput = (value: string, composing: boolean) => {
    setInput(value);
    clearTimeout(timer.current);
    // While an input method composes (pinyin letters not yet turned into 汉字) there is nothing to
    // search for; compositionend sends the input event that searches.
    if (composing) return;
    prepare(value, synonyms, concepts);
    timer.current = setTimeout(() => update({ q: value }, false), DEBOUNCE_MS);
  };

  const onSubmit = (e: Event) => {
    e.preventDefault();
    clearTimeout(timer.current);
    // Read the field itself: an Enter right after typing can come before the re-render.
    const field = (e.currentTarget as HTMLFormElement).elements.namedItem('q');
    update({ q: field instanceof HTMLInputElement ? field.value : input }, true);
  };

  const toggleFilter = (k: FilterKey, v: string, on: boolean) => {
    const cur = new Set(state.filters[k] ?? []);
    if (on) cur.add(v);
    else cur.delete(v);
    update({ filters: { ...state.filters, [k]: [...cur] } }, true);
  };

  const anyFilter = FILTER_KEYS.some((k) => (state.filters[k]?.length ?? 0) > 0);
  const passages = outcome?.passages ?? [];
  const exactCount = passages.filter((p) => p.match !== 'partial').length;

  const status = useMemo(() => {
    if (error) return s('search.status.error', { msg: error });
    // Server render and first client render (before the URL is read): the invitation, not "loading".
    if (state.q.trim() === '') return s('search.status.empty');
    if (!outcome || (busy && !widening)) return s('search.status.loading');
    // The first pass found nothing yet; the exhaustive pass (synonyms, concepts) may.
    if (widening && passages.length === 0) return s('search.status.loading');
    const q = outcome.query;
    const prefix = q.truncated ? `${s('search.status.truncated', { n: MAX_QUERY_CHARS })} ` : '';
    if (q.status === 'empty') return s('search.status.empty');
    if (q.status === 'punctuation-only') return s('search.status.punctuation');
    if (passages.length === 0) {
      if (anyFilter && outcome.unfiltered > 0) return prefix + s('search.status.noneFiltered', { n: outcome.unfiltered });
      return prefix + s('search.status.none', { q: q.text });
    }
    return prefix + s('search.status.count', { n: passages.length, exact: exactCount });
  }, [error, state.q, outcome, busy, widening, ready, anyFilter]);

  const showMore = () => {
    setShown((n) => n + PAGE_SIZE);
    // Move focus to the first newly shown result, so keyboard users continue where they were.
    requestAnimationFrame(() => moreAnchor.current?.querySelector('a')?.focus());
  };

  return (
    <div class="search-app">
      <form class="search-form" role="search" aria-label={s('search.form.label')} action="/search/" method="get" onSubmit={onSubmit}>
        <label for="search-q">{s('search.field.label')}</label>
        <p class="field-hint" id="search-q-hint">{s('search.field.hint')}</p>
        <div class="search-row">
          <input
            id="search-q"
            name="q"
            type="search"
            value={input}
            maxLength={MAX_QUERY_CHARS * 10}
            autocomplete="off"
            aria-describedby="search-q-hint"
            onFocus={warmUp}
            onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value, (e as InputEvent).isComposing === true)}
            onCompositionEnd={(e) => onInput((e.currentTarget as HTMLInputElement).value, false)}
          />
          <button type="submit" class="button">{strings['search.submit'] ?? '搜索'}</button>
        </div>
      </form>

      <div class="search-layout">
        <section class="search-filters" aria-labelledby="search-filters-h">
          <h2 id="search-filters-h">{s('search.filters.title')}</h2>
          <div class="field">
            <label for="search-sort">{s('search.sort.label')}</label>
            <select
              id="search-sort"
              value={state.sort}
              onChange={(e) => update({ sort: (e.currentTarget as HTMLSelectElement).value === 'date' ? 'date' : 'relevance' }, true)}
            >
              <option value="relevance">{s('search.sort.relevance')}</option>
              <option value="date">{s('search.sort.date')}</option>
            </select>
          </div>
          {FILTER_KEYS.map((k, ki) => {
            const all = filterValues[k];
            const long = all.length > FACET_SHORT;
            const typed = (facetText[k] ?? '').trim();
            const checkedSet = new Set(state.filters[k] ?? []);
            // Long lists: checked values, then values with results (most first), then the rest;
            // narrowed by the type-ahead text; the first FACET_SHORT unless "all" is asked for.
            const ordered = long
              ? all
                  .filter((v) => typed === '' || v.includes(typed) || checkedSet.has(v))
                  .map((v, i) => ({ v, i, n: outcome?.counts[k][v] ?? 0 }))
                  .sort((a, b) => Number(checkedSet.has(b.v)) - Number(checkedSet.has(a.v)) || b.n - a.n || a.i - b.i)
                  .map((x) => x.v)
              : all;
            const visible = long && !facetAll[k] ? ordered.slice(0, FACET_SHORT) : ordered;
            return (
            <fieldset class="search-facet" key={k}>
              <legend>{s(`search.filter.${k}`)}</legend>
              {long && (
                <p class="facet-find">
                  <label for={`ff-${ki}`}>{s('search.facet.find', { n: all.length })}</label>
                  <input id={`ff-${ki}`} type="search" value={facetText[k] ?? ''} autocomplete="off"
                    onInput={(e) => setFacetText({ ...facetText, [k]: (e.currentTarget as HTMLInputElement).value })} />
                </p>
              )}
              <ul>
                {visible.map((v) => {
                  const vi = all.indexOf(v);
                  const n = outcome?.counts[k][v] ?? 0;
                  const checked = state.filters[k]?.includes(v) ?? false;
                  const id = `f-${ki}-${vi}`;
                  return (
                    <li key={v}>
                      <input
                        type="checkbox"
                        id={id}
                        checked={checked}
                        onChange={(e) => toggleFilter(k, v, (e.currentTarget as HTMLInputElement).checked)}
                      />
                      <label for={id}>
                        {v} <span class="facet-count">（{n}）</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
              {long && ordered.length > FACET_SHORT && (
                <button type="button" class="button button--secondary facet-more" aria-expanded={facetAll[k] ? 'true' : 'false'}
                  onClick={() => setFacetAll({ ...facetAll, [k]: !facetAll[k] })}>
                  {facetAll[k] ? s('search.facet.fewer') : s('search.facet.all', { n: ordered.length })}
                </button>
              )}
            </fieldset>
            );
          })}
          {anyFilter && (
            <button type="button" class="button button--secondary" onClick={() => update({ filters: {} }, true)}>
              {s('search.filters.clear')}
            </button>
          )}
        </section>

        <section
          class="search-results"
          aria-labelledby="search-results-h"
          aria-busy={busy}
          data-query={outcome?.query.text ?? ''}
          data-wanted={queryOf(state)}
          data-settled-for={settledFor ?? undefined}
          data-state={
            !ready ? 'init' : error ? 'error' : widening ? 'widening' : busy ? 'loading' : outcome ? 'done' : state.q.trim() === '' ? 'idle' : 'loading'
          }
        >
          <h2 id="search-results-h" class="visually-hidden">{strings['search.results'] ?? '搜索结果'}</h2>
          <p class="search-status" role="status" aria-live="polite" aria-atomic="true">{status}</p>
          {passages.length > 0 && (
            <ol class="search-hits">
              {passages.slice(0, shown).map((p, i) => {
                const src = p.source;
                return (
                  <li class={`search-hit search-hit--${p.match}`} key={src.url} ref={i === shown - PAGE_SIZE && i > 0 ? moreAnchor : undefined}>
                    <h3 class="hit-title">
                      <a href={src.url}>
                        {src.short ? `${src.short} · ` : ''}
                        {src.title}
                        {src.heading ? ` ${src.heading}` : ''}
                      </a>
                    </h3>
                    <p class="hit-meta">
                      {src.place && <span>{src.place}</span>}
                      {src.docKind && <span>{src.docKind}</span>}
                      {src.status && <span class="hit-status">{src.status}</span>}
                      <span class={`hit-match hit-match--${p.match}`}>
                        {p.match === 'exact'
                          ? s('search.match.exact')
                          : p.match === 'synonym'
                            ? s('search.match.synonym', { words: p.viaSynonym.join('、') })
                            : p.match === 'concept'
                              ? s('search.match.concept', { words: p.viaConcept.join('、') })
                              : p.missing.length
                              ? s('search.match.partial', { words: p.missing.join('”“') })
                              : s('search.match.partialPieces')}
                      </span>
                    </p>
                    <p class="hit-excerpt">
                      {p.excerpt.map((seg, j) => (seg.hit ? <mark key={j}>{seg.text}</mark> : seg.text))}
                    </p>
                  </li>
                );
              })}
            </ol>
          )}
          {passages.length > shown && (
            <button type="button" class="button button--secondary" onClick={showMore}>
              {s('search.more')}
            </button>
          )}
        </section>
      </div>
    </div>
  );
}
