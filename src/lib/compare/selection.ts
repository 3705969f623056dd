/**
 * Which documents a comparison shows, and the reader's changes to that choice.
 *
 * The default. With a handful of documents, all of them; with hundreds, a table of every column
 * is unreadable (and too heavy to send), so the comparison starts from a default selection and the
 * reader chooses by jurisdiction (province → city), document type and status:
 * - for a region: its own documents, those of every place above it (the province of a city, 全国)
 *   — the rules that apply there, layered;
 * - with no region known: every document when there are at most `SHOW_ALL_MAX`, else the national
 *   documents and the newest documents in force, `DEFAULT_COLUMNS` in all.
 *
 * The reader's changes. The island keeps the selection (chosen columns, "only differences", the
 * last refusal) in one reducer, {@link nextSelection}, and renders the checkboxes *and* applies the
 * table from it, so the two cannot disagree. Every action returns a new object, a refused one
 * included: a refusal that returned the old state would skip the re-render, and the browser's own
 * toggle of the checkbox would stand (a box left unticked while its column still shows — #12 §5).
 * A chosen column need not be on the page yet: its box is checked at once and the column follows
 * when it has loaded (or is dropped, `unavailable`, when it cannot be).
 *
 * Pure: document facts and ids in, ids out (in the order given, which is the table's order).
 */
import { MIN_COLUMNS } from './url';

/** What the selection needs to know of a document. */
export interface SelectableDoc {
  id: string;
  /** Short title (昆明操作指引). */
  label: string;
  /** GB/T 2260 code and name of its jurisdiction. */
  code: string;
  place: string;
  level: 'national' | 'province' | 'city';
  /** Province code of a city. */
  parent?: string | undefined;
  /** Document type as printed (操作指引 …). */
  kind: string;
  /** Status key (`in-force`, `expired` …) and its label (现行有效 …). */
  status: string;
  statusLabel: string;
  /** Sort key: issue date or year (ISO prefix). */
  date: string;
}

/** Up to this many documents, the comparison shows them all by default. */
export const SHOW_ALL_MAX = 8;
/** Columns of the default view when there are more documents and no region is known. */
export const DEFAULT_COLUMNS = 4;

/** Codes of a place and every place above it: city → province; national documents apply everywhere. */
function above(code: string, docs: readonly SelectableDoc[]): Set<string> {
  const out = new Set([code]);
  const parent = docs.find((d) => d.code === code)?.parent ?? (code.endsWith('0000') ? undefined : `${code.slice(0, 2)}0000`);
  if (parent) out.add(parent);
  return out;
}

/** The documents that apply in a region: its own, those of the places above it, and national ones. */
export function regionSelection(docs: readonly SelectableDoc[], code: string): string[] {
  const codes = above(code, docs);
  return docs.filter((d) => d.level === 'national' || codes.has(d.code)).map((d) => d.id);
}

/** The default selection (see the module comment). */
export function defaultSelection(docs: readonly SelectableDoc[], region?: string): string[] {
  if (region) {
    const ids = regionSelection(docs, region);
    if (ids.length > 0) return ids;
  }
  if (docs.length <= SHOW_ALL_MAX) return docs.map((d) => d.id);
  const national = docs.filter((d) => d.level === 'national');
  const newest = docs
    .filter((d) => d.level !== 'national' && d.status === 'in-force')
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .slice(0, Math.max(0, DEFAULT_COLUMNS - national.length));
  const chosen = new Set([...national, ...newest].map((d) => d.id));
  return docs.filter((d) => chosen.has(d.id)).map((d) => d.id);
}

export interface DocFilter {
  /** Jurisdiction codes; a province also matches its cities. */
  places?: readonly string[];
  kinds?: readonly string[];
  statuses?: readonly string[];
  /** Type-ahead text matched against place name, short title and type (whitespace ignored). */
  text?: string;
}

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** Documents matching every given criterion, in the order given. */
export function filterDocs(docs: readonly SelectableDoc[], f: DocFilter): SelectableDoc[] {
  const places = new Set(f.places ?? []);
  const q = squash(f.text ?? '');
  return docs.filter(
    (d) =>
      (places.size === 0 || places.has(d.code) || (d.parent !== undefined && places.has(d.parent))) &&
      (!f.kinds?.length || f.kinds.includes(d.kind)) &&
      (!f.statuses?.length || f.statuses.includes(d.status)) &&
      (q === '' || squash(`${d.place}${d.label}${d.kind}`).includes(q)),
  );
}

/** Documents grouped by province (national first), each group's cities after the province itself. */
export function groupByProvince<T extends Pick<SelectableDoc, 'code' | 'level' | 'parent'>>(docs: readonly T[]): { province: string; docs: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const d of docs) {
    const key = d.level === 'national' ? '' : d.level === 'city' ? (d.parent ?? `${d.code.slice(0, 2)}0000`) : d.code;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([province, ds]) => ({ province, docs: [...ds].sort((a, b) => Number(a.level === 'city') - Number(b.level === 'city') || a.code.localeCompare(b.code)) }));
}

/** What the reducer needs to know besides the state. */
export interface SelectionContext {
  /** Every document a selection may name, in table order (the catalog, or the page's columns). */
  known: readonly string[];
  /** The selection the page was rendered with (its columns): what "reset" returns to. */
  defaults: readonly string[];
}

export interface CompareSelection {
  /** Chosen document ids, in table order (some may still be loading). */
  columns: string[];
  onlyDifferences: boolean;
  /** Why the last action changed nothing, for the message beside the controls; null when it did. */
  refused: 'too-few' | null;
}

export type SelectionAction =
  | { type: 'toggle'; id: string; on: boolean }
  | { type: 'only-differences'; on: boolean }
  /** Back to the page's default selection. */
  | { type: 'reset' }
  /** Exactly these documents (a region's); refused when fewer than {@link MIN_COLUMNS} are known. */
  | { type: 'choose'; columns: readonly string[] }
  /** A state read from elsewhere (the URL); too few known columns → the defaults. */
  | { type: 'load'; columns: readonly string[]; onlyDifferences: boolean }
  /** Documents whose column could not be loaded: unchosen (the defaults if too few would remain). */
  | { type: 'unavailable'; ids: readonly string[] };

/** The state the server renders: the page's columns, differences off. */
export function initialSelection(defaults: readonly string[]): CompareSelection {
  return { columns: [...defaults], onlyDifferences: false, refused: null };
}

/**
 * The next selection. Unknown ids are ignored; unchecking below {@link MIN_COLUMNS} is refused
 * (columns unchanged, `refused` set); any accepted action clears `refused`.
 */
export function nextSelection(ctx: SelectionContext, state: CompareSelection, action: SelectionAction): CompareSelection {
  const { known, defaults } = ctx;
  const inOrder = (ids: Iterable<string>) => {
    const set = new Set(ids);
    return known.filter((k) => set.has(k));
  };
  const orDefaults = (cols: string[]) => (cols.length >= MIN_COLUMNS ? cols : inOrder(defaults));
  switch (action.type) {
    case 'toggle': {
      if (!known.includes(action.id)) return { ...state };
      const set = new Set(state.columns);
      if (action.on) set.add(action.id);
      else {
        if (set.has(action.id) && set.size <= MIN_COLUMNS) return { ...state, refused: 'too-few' };
        set.delete(action.id);
      }
      return { ...state, columns: inOrder(set), refused: null };
    }
    case 'only-differences':
      return { ...state, onlyDifferences: action.on, refused: null };
    case 'reset':
      return { ...state, columns: inOrder(defaults), refused: null };
    case 'choose': {
      const cols = inOrder(action.columns);
      return cols.length >= MIN_COLUMNS ? { ...state, columns: cols, refused: null } : { ...state, refused: 'too-few' };
    }
    case 'load':
      return { columns: orDefaults(inOrder(action.columns)), onlyDifferences: action.onlyDifferences, refused: null };
    case 'unavailable': {
      const gone = new Set(action.ids);
      return { ...state, columns: orDefaults(state.columns.filter((id) => !gone.has(id))) };
    }
  }
}
