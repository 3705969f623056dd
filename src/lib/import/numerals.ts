/**
 * Chinese numerals as policy texts print them in their numbering (一 … 九十九, 一百 …), and the
 * structural markers built from them (第六条, 一、, （三）, 1., （1）). Pure.
 */

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_NUMERAL = '〇零一二两三四五六七八九十百';

/** Character class of Chinese numerals, for building regular expressions. */
export const NUMERAL_CLASS = `[${HAN_NUMERAL}]`;

/**
 * The value of a Chinese numeral up to 九百九十九 (十 = 10, 十五 = 15, 二十 = 20, 一百零三 = 103),
 * or null when `s` is not one.
 */
export function parseChineseNumeral(s: string): number | null {
  if (s === '' || [...s].some((c) => !HAN_NUMERAL.includes(c))) return null;
  let total = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c === '百' || c === '十') {
      const unit = c === '百' ? 100 : 10;
      total += (digit ?? 1) * unit;
      digit = null;
    } else {
      digit = DIGITS[c] ?? null;
      if (digit === null) return null;
    }
  }
  return total + (digit ?? 0);
}

/** Chinese numeral for 1…999, as printed in numbering (11 → 十一, 20 → 二十, 105 → 一百零五). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`toChineseNumeral: ${n}`);
  const d = '零一二三四五六七八九';
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let out = '';
  if (h) out += `${d[h]}百`;
  if (t) out += `${h || t > 1 ? d[t] : ''}十`;
  else if (h && u) out += '零';
  if (u) out += d[u];
  return out;
}

/** Kinds of numbering that open a structural unit. */
export type MarkerKind =
  | 'chapter' // 第一章
  | 'article' // 第一条
  | 'part' // 一、
  | 'item' // （一） / (一)
  | 'num' // 1. / 1．
  | 'paren-num' // （1） / (1)
  | 'mode'; // 模式一：

/** A structural marker at the start of a block. */
export interface Marker {
  kind: MarkerKind;
  n: number;
  /** The marker as printed, e.g. "第六条", "（三）", "1.". */
  text: string;
  /** Whether the brackets of an item marker are full-width. */
  fullWidth?: boolean;
}

const N = NUMERAL_CLASS;
const PATTERNS: [MarkerKind, RegExp][] = [
  ['chapter', new RegExp(`^第(${N}+)章`, 'u')],
  ['article', new RegExp(`^第(${N}+)条`, 'u')],
  ['part', new RegExp(`^(${N}+)、`, 'u')],
  ['item', new RegExp(`^[（(]\\s*(${N}+)\\s*[）)]`, 'u')],
  ['num', /^(\d{1,3})[.．](?!\d)/u],
  ['paren-num', /^[（(](\d{1,3})[）)]/u],
  ['mode', new RegExp(`^模式(${N}+)[：:]`, 'u')],
];

/** The structural marker a block starts with, if any. */
export function markerOf(block: string): Marker | null {
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(block);
    if (!m) continue;
    const raw = m[1] ?? '';
    const n = /^\d+$/.test(raw) ? Number(raw) : parseChineseNumeral(raw);
    if (n === null || n < 1) continue;
    const marker: Marker = { kind, n, text: m[0] };
    if (kind === 'item' || kind === 'paren-num') marker.fullWidth = m[0].startsWith('（');
    return marker;
  }
  return null;
}
