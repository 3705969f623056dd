/**
 * Which documents a comparison shows. With a handful of documents, all of them; with hundreds, a
 * table of every column is unreadable (and too heavy to send), so the comparison starts from a
 * default selection and the reader chooses by jurisdiction (province → city), document type and
 * status:
 * - for a region: its own documents, those of every place above it (the province of a city, 全国)
 *   — the rules that apply there, layered;
 * - with no region known: every document when there are at most `SHOW_ALL_MAX`, else the national
 *   documents and the newest documents in force, `DEFAULT_COLUMNS` in all.
 * Pure: document facts in, ids out (in the order given, which is the table's order).
 */

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
