/**
 * The number scanner the importer's provisions worksheet uses, behind a small interface so the
 * coverage scanner of issue #13 §3 (owned by the `review` engineer, a pure module in `src/lib/`)
 * can replace it by changing the one binding `activeScanner` below once it lands on main.
 *
 * This stand-in finds numbers with a unit or a quantity word — 70%, 百分之五十, 15日, 3个月,
 * 100 万元, 三至五年, 2500项, TRL 4级 — and tells dates (2025年9月19日, 2028年) apart, so the
 * worksheet can list them last. Pure.
 */

import { scanNumbers } from '../number-scan';

/** One number with its unit, as found in a text. */
export interface NumberOccurrence {
  /** The words as printed, e.g. "100 万元". */
  text: string;
  /** Offset in the scanned text. */
  index: number;
  /** `quantity` for rates, amounts, periods and counts; `date` for calendar dates and years. */
  kind: 'quantity' | 'date';
}

/** Finds every number with a unit in `text`, in order. */
export type NumberScanner = (text: string) => NumberOccurrence[];

const HAN = '[零〇一二三四五六七八九十百千两]';
const UNIT = '(?:%|％|万元|亿元|千元|元|个月|个工作日|工作日|周年|年度|年|月|日|天|小时|项|倍|级|次|家|个|人|份|期|条|款)';
const PATTERN = new RegExp(
  [
    `\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日`, // a calendar date
    `百分之${HAN}+(?:点${HAN}+)?`,
    `TRL\\s*\\d+\\s*级?`,
    `\\d+(?:[.,]\\d+)*\\s*(?:[-~至到]\\s*\\d+(?:\\.\\d+)?\\s*)?${UNIT}`,
    `${HAN}+(?:至${HAN}+)?${UNIT}`,
  ].join('|'),
  'gu',
);
/** Quantity words that are not amounts ("一批", "一事一议" do not match: no unit follows). */
const NOT_A_NUMBER = /^(?:一(?:年度|个|项|次|家|份|期|条|款|人)|[一二三四五六七八九十]+(?:个|条|款))$/u;

/** The stand-in scanner (see the module comment). */
export const basicNumberScanner: NumberScanner = (text) => {
  const out: NumberOccurrence[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const t = m[0];
    if (NOT_A_NUMBER.test(t)) continue;
    const date = /月\s*\d{1,2}\s*日$/u.test(t) || /^(19|20)\d{2}\s*年$/u.test(t);
    out.push({ text: t, index: m.index ?? 0, kind: date ? 'date' : 'quantity' });
  }
  return out;
};

/**
 * The coverage scanner (`scanNumbers`, src/lib/number-scan.ts: the one the coverage test runs on
 * published texts), seen through this interface; its finer kinds fold into quantity / date.
 */
export const coverageScanner: NumberScanner = (text) =>
  scanNumbers(text).map((o) => ({ text: o.text, index: o.start, kind: o.kind === 'date' ? 'date' : 'quantity' }));

/** The scanner the importer uses: the coverage scanner, so the worksheet lists what the coverage test will ask about. */
export const activeScanner: NumberScanner = coverageScanner;
