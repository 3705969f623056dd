/**
 * The comparison's state in the URL, so a comparison can be shared and bookmarked:
 * `/compare/?j=<policy-id>,<policy-id>…&d=1`.
 * - `j`: the chosen columns (policy ids), comma-separated; repeated `j` parameters are joined.
 *   At least two are needed; the order in the URL does not matter (the table keeps its order).
 * - `d=1`: "only differences" is on.
 * Anything unknown or malformed is ignored and reported as a notice (a code plus the offending
 * text, which the UI words in Chinese); parsing never throws.
 */

/** Minimum number of columns a comparison shows. */
export const MIN_COLUMNS = 2;
/** Ids beyond this many are ignored (a pasted URL cannot make the page do unbounded work). */
export const MAX_IDS = 200;

const ID = /^[a-z0-9-]{1,80}$/;

export type UrlNotice =
  | { code: 'malformed-id'; value: string }
  | { code: 'unknown-id'; value: string }
  | { code: 'duplicate-id'; value: string }
  | { code: 'empty-selection' }
  | { code: 'too-few'; value: string }
  | { code: 'bad-diff'; value: string }
  | { code: 'too-many' };

export interface CompareState {
  /** Chosen column ids in table order; all known columns when the URL names no valid selection. */
  columns: string[];
  onlyDifferences: boolean;
  /** Whether `columns` came from the URL (false: the default, everything). */
  fromUrl: boolean;
}

export interface ParsedCompareUrl {
  state: CompareState;
  notices: UrlNotice[];
}

/** Shortens what a notice quotes back, so a hostile URL cannot flood the page. */
function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** `%`-decoding that never throws: a malformed escape keeps its raw text. */
function decode(s: string): string {
  const plus = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plus);
  } catch {
    return plus.replace(/%([0-9a-f]{2})/gi, (m, h: string) => (parseInt(h, 16) < 0x80 ? String.fromCharCode(parseInt(h, 16)) : m));
  }
}

/**
 * A query string as name → values, as `URLSearchParams` would read it (which src/lib cannot use:
 * it has no DOM or Node types).
 */
export function queryParams(search: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

/**
 * Parses a query string (`location.search`, with or without `?`) against the known column ids.
 * @param known column ids in table order
 */
export function parseCompareUrl(search: string, known: readonly string[]): ParsedCompareUrl {
  const notices: UrlNotice[] = [];
  const params = queryParams(search);
  const knownSet = new Set(known);
  const raw = params.get('j') ?? [];
  const picked = new Set<string>();
  let fromUrl = false;

  if (raw.length > 0) {
    const parts = raw.flatMap((r) => r.split(',')).map((s) => s.trim());
    if (parts.every((p) => p === '')) notices.push({ code: 'empty-selection' });
    if (parts.length > MAX_IDS) notices.push({ code: 'too-many' });
    for (const p of parts.slice(0, MAX_IDS)) {
      if (p === '') continue;
      const id = p.toLowerCase();
      if (!ID.test(id)) notices.push({ code: 'malformed-id', value: clip(p) });
      else if (!knownSet.has(id)) notices.push({ code: 'unknown-id', value: clip(p) });
      else if (picked.has(id)) notices.push({ code: 'duplicate-id', value: id });
      else picked.add(id);
    }
    if (picked.size >= MIN_COLUMNS) fromUrl = true;
    else if (picked.size > 0) notices.push({ code: 'too-few', value: [...picked].join(',') });
  }

  const d = params.get('d')?.at(-1);
  let onlyDifferences = false;
  if (d !== undefined) {
    if (d === '1') onlyDifferences = true;
    else if (d !== '0') notices.push({ code: 'bad-diff', value: clip(d) });
  }

  return {
    state: {
      columns: fromUrl ? known.filter((k) => picked.has(k)) : [...known],
      onlyDifferences,
      fromUrl,
    },
    notices,
  };
}

/**
 * The query string for a state: '' for the default (all columns, differences off), else
 * `?j=a,b` (table order) and `&d=1`. Commas are left readable; ids never need escaping.
 */
export function serializeCompareUrl(state: Pick<CompareState, 'columns' | 'onlyDifferences'>, known: readonly string[]): string {
  const chosen = new Set(state.columns);
  const cols = known.filter((k) => chosen.has(k));
  const all = cols.length === known.length;
  const parts: string[] = [];
  if (!all) parts.push(`j=${cols.join(',')}`);
  if (state.onlyDifferences) parts.push('d=1');
  return parts.length ? `?${parts.join('&')}` : '';
}
