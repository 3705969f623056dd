/**
 * One cell → one typed value or one Chinese message. Every reader is total: whatever a cell holds
 * (text, a number, a spreadsheet date, a formula's cached value, nonsense) it returns a value or
 * a message, never throws. Accepted words come from `vocabulary.json`.
 */
import { t } from '../../i18n';
import type { PlaceOption } from '../eligibility-profile';
import { OTHER } from '../eligibility-profile';
import { parsePlainDate, type PlainDate } from '../plain-date';
import { LIMITS, normalise } from './columns';
import vocabulary from './vocabulary.json';

/** What a spreadsheet or CSV reader hands us for one cell. */
export type RawCell = string | number | boolean | Date | null | undefined;

export type CellResult<T> = { value?: T; error?: string };

/** The cell as text, trimmed; numbers as written, dates as YYYY-MM-DD. */
export function cellText(v: RawCell): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'boolean') return v ? '是' : '否';
  return String(v).trim();
}

/** Free text (name, number, keywords): kept as typed, only too long a cell is refused. */
export function readText(v: RawCell): CellResult<string> {
  const s = cellText(v);
  if (s === '') return {};
  if (s.length > LIMITS.maxCellChars) return { error: t('portfolio.msg.tooLong', { max: String(LIMITS.maxCellChars) }) };
  return { value: s };
}

function indexOf(map: Record<string, string[]>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [key, words] of Object.entries(map)) {
    m.set(normalise(key), key);
    for (const w of words) m.set(normalise(w), key);
  }
  return m;
}

const V = vocabulary.values;
const INDEX = {
  type: indexOf(V.type),
  status: indexOf(V.status),
  tri: indexOf(V.tri),
  unitType: indexOf(V.unitType),
  unitLevel: indexOf(V.unitLevel),
} as const;
export type Vocabulary = keyof typeof INDEX;

/** The listed words a column accepts, for messages: 专利、计算机软件著作权 … (first word of each key). */
export function acceptedWords(kind: Vocabulary): string {
  const map = V[kind] as Record<string, string[]>;
  return Object.values(map).map((w) => w[0]).join('、');
}

/** A word from a closed list (成果类型、权利状态、是/否 …) → its key. */
export function readChoice<K extends string>(v: RawCell, kind: Vocabulary): CellResult<K> {
  const s = cellText(v);
  if (s === '') return {};
  const key = INDEX[kind].get(normalise(s));
  if (key !== undefined) return { value: key as K };
  return { error: t('portfolio.msg.notInList', { value: clip(s), accepted: acceptedWords(kind) }) };
}

function clip(s: string): string {
  return s.length > 30 ? `${s.slice(0, 30)}…` : s;
}

/** Days from 1899-12-30 (the spreadsheet epoch, with its 1900 leap-year slip) to 1970-01-01. */
const SERIAL_EPOCH_OFFSET = 25569;

/**
 * A date as offices write it: 2023-05-12, 2023/5/12, 2023.5.12, 2023年5月12日, 20230512, a
 * spreadsheet date cell, or a spreadsheet serial number (45058) where a CSV kept it bare.
 */
export function readDate(v: RawCell): CellResult<PlainDate> {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { error: t('portfolio.msg.badDate', { value: '' }) };
    // Spreadsheet dates arrive as UTC midnights; a time part (rare) is dropped, not rounded.
    const d = parsePlainDate(v.toISOString().slice(0, 10));
    return d ? { value: d } : { error: t('portfolio.msg.badDate', { value: cellText(v) }) };
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v > 20_000 && v < 80_000) {
      const d = new Date((v - SERIAL_EPOCH_OFFSET) * 86_400_000);
      return { value: d.toISOString().slice(0, 10) as PlainDate };
    }
    return { error: t('portfolio.msg.badDate', { value: String(v) }) };
  }
  const s = cellText(v).normalize('NFKC');
  if (s === '') return {};
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (!m) m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m && /^\d{5}$/.test(s)) return readDate(Number(s));
  if (m) {
    const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    const d = parsePlainDate(iso);
    if (d) return { value: d };
  }
  return { error: t('portfolio.msg.badDate', { value: clip(s) }) };
}

/** TRL: a whole number 1–9 (TRL 5, 5级 accepted). */
export function readTrl(v: RawCell): CellResult<number> {
  const s = cellText(v).normalize('NFKC').replace(/^trl/i, '').replace(/级$/, '').trim();
  if (s === '') return {};
  if (!/^\d+$/.test(s)) return { error: t('portfolio.msg.badTrl', { value: clip(cellText(v)) }) };
  const n = Number(s);
  if (n < 1 || n > 9) return { error: t('portfolio.msg.badTrl', { value: clip(cellText(v)) }) };
  return { value: n };
}

export interface Place {
  province: string;
  city?: string;
  /** The words as written, for display. */
  label: string;
}

const SUFFIXES = [...vocabulary.placeSuffixes].sort((a, b) => b.length - a.length);

/** 云南省 → 云南, 昆明市 → 昆明: the short name offices also write. */
function shortName(name: string): string {
  for (const s of SUFFIXES) if (name.endsWith(s) && name.length > s.length + 1) return name.slice(0, -s.length);
  return name;
}

/**
 * Where the unit is, against the places the dataset has documents for: a 6-digit GB/T 2260 code
 * or names (云南省昆明市, 昆明, 湖南). A province we hold with a city we do not → that province and
 * `other` city; a place we hold nothing for → `other` (the check then says which documents reach it).
 */
export function readPlace(v: RawCell, places: readonly PlaceOption[]): CellResult<Place> {
  const raw = cellText(v);
  if (raw === '') return {};
  const s = normalise(raw);
  const provinces = places.filter((p) => p.level === 'province');
  const cities = places.filter((p) => p.level === 'city');
  if (/^\d{6}$/.test(s)) {
    const exact = places.find((p) => p.code === s);
    if (exact) return { value: exact.level === 'city' ? { province: exact.parent ?? OTHER, city: exact.code, label: exact.name } : { province: exact.code, label: exact.name } };
    const prov = provinces.find((p) => p.code.slice(0, 2) === s.slice(0, 2));
    if (prov) return { value: { province: prov.code, city: s.endsWith('0000') ? undefined : OTHER, label: raw } as Place };
    return { value: { province: OTHER, label: raw } };
  }
  const city = cities.find((c) => s.includes(normalise(shortName(c.name))));
  if (city) return { value: { province: city.parent ?? OTHER, city: city.code, label: raw } };
  const prov = provinces.find((p) => s.includes(normalise(shortName(p.name))));
  if (prov) {
    const rest = s.replace(normalise(prov.name), '').replace(normalise(shortName(prov.name)), '');
    return { value: rest === '' ? { province: prov.code, label: raw } : { province: prov.code, city: OTHER, label: raw } };
  }
  if (s.length > 40) return { error: t('portfolio.msg.badPlace', { value: clip(raw) }) };
  return { value: { province: OTHER, label: raw } };
}
