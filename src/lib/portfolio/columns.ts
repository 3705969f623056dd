/**
 * The columns of a portfolio (成果清单) file: which headers we recognise, in the words offices use,
 * and the limits a file must keep. The words live in `vocabulary.json`; this module only matches.
 */
import vocabulary from './vocabulary.json';

export const COLUMN_KEYS = [
  'unit', 'name', 'type', 'number', 'status', 'rightDate', 'acceptanceDate', 'projectStart',
  'publicFunding', 'classified', 'trl', 'converted', 'keywords', 'place', 'unitType', 'unitLevel',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** Columns without which a row cannot be named or checked. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['name', 'type'];

/**
 * Limits a file must keep, stated on the page. 5,000 rows is the size the page is measured at
 * (scripts/bench-portfolio.mjs); twice that still works, beyond it a browser tab may stall.
 */
export const LIMITS = { maxBytes: 10 * 1024 * 1024, maxRows: 10_000, maxCellChars: 5_000 } as const;

export interface ColumnInfo {
  key: ColumnKey;
  header: string;
  hint: string;
  aliases: readonly string[];
}

const COLUMNS = vocabulary.columns as Record<ColumnKey, { header: string; aliases: string[]; hint: string }>;

/** Every column in template order, with its header and the hint the template and page show. */
export const COLUMN_INFO: readonly ColumnInfo[] = COLUMN_KEYS.map((key) => ({ key, ...COLUMNS[key] }));

/**
 * Compare words as a person would: NFKC folds full-width letters, digits and brackets to their
 * half-width forms (（TRL） → (trl)); spaces and case do not matter.
 */
export function normalise(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

const HEADER_INDEX = new Map<string, ColumnKey>();
for (const c of COLUMN_INFO) {
  for (const h of [c.header, ...c.aliases, c.key]) HEADER_INDEX.set(normalise(h), c.key);
}

/** The column a header names, or undefined. */
export function columnOf(header: string): ColumnKey | undefined {
  return HEADER_INDEX.get(normalise(header));
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function headerOf(key: ColumnKey): string {
  return COLUMNS[key].header;
}
