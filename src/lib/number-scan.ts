/**
 * Every number in a text that carries a unit or a quantity word — 百分之五十, 70%, 10年, 3个月,
 * 15日, 100万元, 三至五年, 2500项, TRL 4级, 2025年12月24日 — found by pattern, never by hand, so a
 * coverage check can ask of each one: is it captured by a provision, or reviewed and set aside
 * with a reason?
 *
 * Pure and dependency-free (no DOM, no Node): the site's coverage check and the policy importer
 * call the same function on the same published text.
 *
 * ## API
 *
 * `scanNumbers(text)` → `NumberOccurrence[]`, in text order, non-overlapping. Each occurrence has:
 * - `text`: the words as they stand in `text` (whitespace inside kept), e.g. `"不低于 10 年"` yields
 *   `"10 年"`; `key`: the same without whitespace (`"10年"`), stable for reviewed lists;
 * - `start`, `end`: UTF-16 offsets into `text`;
 * - `kind`: `percent` | `money` | `duration` | `date` | `level` | `count`;
 * - `unit`: the unit as printed (`%`, `万元`, `年`, `个月`, `项`, `级`, `部门` …; `date` for dates);
 * - `value`: the number as a decimal string where it has one (`"0.5"` for 百分之五十 is NOT
 *   converted: `value` is the figure printed, `"50"`), a range as `"3-5"`, a date as `YYYY-MM-DD`
 *   (or `YYYY`, `YYYY-MM`, `MM-DD` when parts are missing); `null` where a numeral cannot be read.
 *
 * What counts: Arabic digits (also inside a model contract's blank, `[3]个月`, `[0.05]%`),
 * Chinese numerals (一…十、百、千、万、两、零/〇) and financial numerals (壹贰叁肆…), followed by a unit
 * or quantity word; 百分之X; ranges (三至五年, 3-5年); TRL levels; dates. What does not: ordinals
 * and article numbers (第一条, （三）), numbers with no unit (“3815”战略), document numbers
 * (〔2025〕18号), set phrases whose numeral is not a quantity (一次性, 一定, 统一, 进一步, 一批).
 */

export type NumberKind = 'percent' | 'money' | 'duration' | 'date' | 'level' | 'count';

export interface NumberOccurrence {
  text: string;
  key: string;
  start: number;
  end: number;
  kind: NumberKind;
  unit: string;
  value: string | null;
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10000 };

/**
 * A Chinese numeral as a number: 五 → 5, 十五 → 15, 二十 → 20, 一百二十 → 120, 两千五百 → 2500;
 * null when it cannot be read.
 */
export function parseChineseNumeral(s: string): number | null {
  if (s === '') return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch]!;
    } else if (ch in CN_UNITS) {
      const u = CN_UNITS[ch]!;
      if (u === 10000) {
        section = (section + (digit ?? 0)) * u;
        total += section;
        section = 0;
      } else {
        section += (digit ?? 1) * u;
      }
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

const WS = '[\\s\\u3000]*';
const AR = '\\d+(?:\\.\\d+)?';
/** A number in a model contract's blank: [3], [0.05]. */
const AR_OR_BLANK = `(?:\\[${WS}${AR}${WS}\\]|${AR})`;
/** Chinese numerals; 万 only where it is not the start of 万元 (五万元 = 五 + 万元). */
const CN = '(?:[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]|万(?!元))+';
const NUM = `(?:${AR_OR_BLANK}|${CN})`;
const RANGE_SEP = `${WS}(?:至|到|-|—|–|～|~)${WS}`;

/** Units, longest first so 个月 wins over 月 and 万元 over 元. */
const UNITS: readonly [string, NumberKind][] = [
  ['个工作日', 'duration'], ['工作日', 'duration'], ['个月', 'duration'], ['周年', 'duration'], ['小时', 'duration'],
  ['亿元', 'money'], ['万元', 'money'], ['千元', 'money'], ['部门', 'count'],
  ['元', 'money'], ['%', 'percent'], ['％', 'percent'],
  ['年', 'duration'], ['月', 'duration'], ['日', 'duration'], ['天', 'duration'], ['周', 'duration'],
  ['项', 'count'], ['级', 'level'], ['家', 'count'], ['个', 'count'], ['倍', 'count'], ['人', 'count'],
  ['次', 'count'], ['期', 'count'], ['份', 'count'], ['条', 'count'], ['市', 'count'], ['类', 'count'],
  ['款', 'count'], ['名', 'count'], ['位', 'count'], ['件', 'count'],
];
const UNIT_RE = UNITS.map(([u]) => u).join('|');

/**
 * A unit that is the first character of a word, not a quantity: 一次性, 一条龙, 个人, 人员, 年度,
 * 日常, 期限, 份额, 类型, 款项, 名单, 位于, 件事 … (the numeral is then not counted).
 */
const NOT_UNIT_AFTER: Readonly<Record<string, RegExp>> = {
  次: /^(?:性|开发)/, 条: /^(?:龙|件|例|款)/, 个: /^(?:人|体|性|别)/, 人: /^(?:员|才|民|士)/, 年: /^(?:度|代|轻)/,
  日: /^(?:常|益)/, 期: /^(?:限|间|望|待)/, 份: /^额/, 类: /^(?:型|别|似)/, 款: /^项/, 名: /^(?:单|称|义|额)/,
  位: /^(?:于|置)/, 件: /^事/, 家: /^(?:庭|族|属)/, 周: /^(?:期|边|年)/, 市: /^(?:场|属|级|州|民)/, 级: /^(?:别)/,
};

/** Words whose Chinese numeral is not a quantity even before a unit word. */
const SET_PHRASES = /(?:统一|唯一|进一步|一体化|一般|一律|同一|万一|一致|一定|之一|一些|一起|第[零〇一二两三四五六七八九十百千]+)$/;

const DATE_RE = new RegExp(
  `(\\d{4})${WS}年(?:${WS}(\\d{1,2})${WS}月(?:${WS}(\\d{1,2})${WS}日)?)?|(\\d{1,2})${WS}月${WS}(\\d{1,2})${WS}日`,
  'gu',
);
const TRL_RE = new RegExp(`TRL${WS}(\\d+)(?:${WS}级)?`, 'gu');
const PERCENT_WORD_RE = new RegExp(`百分之(${CN}(?:点[零〇一二三四五六七八九]+)?|${AR})`, 'gu');
/** 双倍 (twofold) and 半年 / 半个月 (half a year, half a month): numerals outside the digit set. */
const SPECIAL_RE = /双倍|半(?:个月|年)/gu;
const QUANTITY_RE = new RegExp(`(${NUM})(?:${RANGE_SEP}(${NUM}))?${WS}(${UNIT_RE})`, 'gu');

const pad = (n: string) => n.padStart(2, '0');

const MONEY_FACTOR: Readonly<Record<string, number>> = { 元: 1, 千元: 1_000, 万元: 10_000, 亿元: 100_000_000 };
const DURATION_UNIT: Readonly<Record<string, string>> = {
  年: 'year', 周年: 'year', 个月: 'month', 月: 'month', 日: 'day', 天: 'day', 周: 'week', 工作日: 'working-day', 个工作日: 'working-day', 小时: 'hour',
};

/** A decimal string without trailing zeros: "0.050" → "0.05", "70.0" → "70". */
function trimDecimal(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** Multiply a decimal string by a power of ten, exactly (no floats): ("0.05", 2) → "5". */
export function shiftDecimal(s: string, places: number): string {
  const [int = '0', frac = ''] = s.split('.');
  const digits = int + frac;
  const point = int.length + places;
  const padded = point > digits.length ? digits.padEnd(point, '0') : point < 0 ? '0'.repeat(-point) + digits : digits;
  const at = Math.max(point, 0);
  const out = `${padded.slice(0, at) || '0'}.${padded.slice(at)}`;
  return trimDecimal(out).replace(/^0+(?=\d)/, '');
}

/**
 * The occurrence as a comparable token, the same way a provision's typed value is written by
 * `valueTokens`: `percent:70`, `money:1000000` (元), `duration:3month`, `count:2500`, `level:4`,
 * `date:2026-02-01`, a duration range `duration:3-5year`. Null when the value could not be read
 * or is a range of another kind.
 */
export function occurrenceToken(o: NumberOccurrence): string | null {
  if (o.value === null) return null;
  if (o.value.includes('-') && o.kind !== 'date') {
    // A range (三至五年) is captured only by a value typing both ends: `duration:3-5year`.
    const [lo, hi] = o.value.split('-');
    if (o.kind !== 'duration' || !lo || !hi) return null;
    return `duration:${trimDecimal(lo)}-${trimDecimal(hi)}${DURATION_UNIT[o.unit] ?? o.unit}`;
  }
  switch (o.kind) {
    case 'percent':
      return `percent:${trimDecimal(o.value)}`;
    case 'money':
      return `money:${shiftDecimal(o.value, Math.log10(MONEY_FACTOR[o.unit] ?? 1))}`;
    case 'duration':
      return `duration:${trimDecimal(o.value)}${DURATION_UNIT[o.unit] ?? o.unit}`;
    default:
      return `${o.kind}:${o.kind === 'date' ? o.value : trimDecimal(o.value)}`;
  }
}

function numberValue(raw: string): string | null {
  const s = raw.replace(/[\s\u3000[\]]/gu, '');
  if (/^\d+(?:\.\d+)?$/.test(s)) return s;
  // 零点五 → 0.5: the integer part as a numeral, the decimals digit by digit.
  const [int, frac] = s.split('点');
  const n = parseChineseNumeral(int ?? '');
  if (n === null) return null;
  if (frac === undefined) return String(n);
  const digits = [...frac].map((c) => CN_DIGITS[c]);
  return digits.some((d) => d === undefined) ? null : `${n}.${digits.join('')}`;
}

/** All numbers with a unit or quantity word in `text`, in order, non-overlapping. */
export function scanNumbers(text: string): NumberOccurrence[] {
  const found: NumberOccurrence[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const add = (o: Omit<NumberOccurrence, 'key'>) => {
    if (!free(o.start, o.end)) return;
    taken.push([o.start, o.end]);
    found.push({ ...o, key: o.text.replace(/[\s\u3000]+/gu, '') });
  };

  // Dates first: 2025年12月24日 must not read as "2025年" (a duration) and "24日".
  for (const m of text.matchAll(DATE_RE)) {
    const [all, y, mo, d, mo2, d2] = m;
    const value = y ? [y, mo && pad(mo), d && pad(d)].filter(Boolean).join('-') : `${pad(mo2!)}-${pad(d2!)}`;
    add({ text: all, start: m.index, end: m.index + all.length, kind: 'date', unit: 'date', value });
  }
  for (const m of text.matchAll(TRL_RE)) {
    add({ text: m[0], start: m.index, end: m.index + m[0].length, kind: 'level', unit: 'TRL', value: m[1]! });
  }
  for (const m of text.matchAll(PERCENT_WORD_RE)) {
    add({ text: m[0], start: m.index, end: m.index + m[0].length, kind: 'percent', unit: '百分之', value: numberValue(m[1]!) });
  }
  for (const m of text.matchAll(SPECIAL_RE)) {
    const half = m[0].startsWith('半');
    const unit = half ? m[0].slice(1) : '倍';
    add({ text: m[0], start: m.index, end: m.index + m[0].length, kind: half ? 'duration' : 'count', unit, value: half ? '0.5' : '2' });
  }
  for (const m of text.matchAll(QUANTITY_RE)) {
    const [all, a, b, unit] = m as unknown as [string, string, string | undefined, string];
    const start = m.index;
    const end = start + all.length;
    const after = text.slice(end);
    if (NOT_UNIT_AFTER[unit]?.test(after)) continue;
    const isChinese = !/\d/.test(a);
    // A Chinese numeral glued to the word before it may be part of that word (统一, 第一…).
    if (isChinese && SET_PHRASES.test(text.slice(Math.max(0, start - 4), start + a.length))) continue;
    // 元 after a Chinese numeral reads as a word (一元化, 多元) unless it is money: keep digits only.
    if (unit === '元' && isChinese) continue;
    const kind = UNITS.find(([u]) => u === unit)![1];
    const va = numberValue(a);
    const vb = b === undefined ? null : numberValue(b);
    const value = b === undefined ? va : va !== null && vb !== null ? `${va}-${vb}` : null;
    add({ text: all, start, end, kind, unit, value });
  }
  return found.sort((x, y) => x.start - y.start);
}
