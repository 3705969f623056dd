/**
 * Exact money. Every amount in the site is a `Yuan` (a decimal.js value in 元), made by this
 * module's own Decimal constructor so no other code can change its precision or rounding
 * (decimal.js: `Decimal.clone()` gives a separate constructor; never `Decimal.set()` the global one).
 *
 * Rounding happens only at display, in `formatYuan()`/`formatWan()`, to the fen (0.01 元),
 * half up (四舍五入) — the rule is stated next to every result via `ROUNDING_NOTE`.
 */
import Decimal from 'decimal.js';

export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpPos: 40, toExpNeg: -40 });
export type Yuan = InstanceType<typeof Money>;

/** The largest amount any calculator accepts: 10^15 元 is far beyond any licence or subsidy. */
export const MAX_YUAN = new Money('1e15');

/** A decimal string from the data or a form field, as 元. Throws on anything that is not a plain decimal. */
export function yuan(s: string | number): Yuan {
  if (typeof s === 'number' && !Number.isFinite(s)) throw new Error(`不是有效金额：${s}`);
  return new Money(s);
}

export const ZERO = new Money(0);

/** Half-up to the fen: the one place amounts are rounded. */
export function roundFen(v: Yuan): Yuan {
  return v.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The sentence shown under every money result: both display roundings, stated. */
export const ROUNDING_NOTE =
  '金额按精确小数计算，仅在显示时四舍五入：以元表示的金额到分（0.01元）；以万元表示的金额保留两位小数（到百元），经舍入的标“约”。';

const groupFmt = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * "1,234,567.89元" — grouped, to the fen. Intl formats a *string* so no float rounding happens
 * (Intl.NumberFormat accepts decimal strings exactly).
 */
export function formatYuan(v: Yuan): string {
  return `${groupFmt.format(roundFen(v).toFixed(2) as unknown as number)}元`;
}

/**
 * "100万元", "约164.2万元": 万元 as officials write it, to two decimals (half up, trailing zeros
 * dropped); "约" marks a figure the rounding changed, so "164.197524万元" never appears and a cap
 * such as 100万元 reads exactly.
 */
export function formatWan(v: Yuan): string {
  const exact = v.dividedBy(10000);
  const shown = exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return `${shown.equals(exact) ? '' : '约'}${shown.toFixed()}万元`;
}

/** 元 and, from 1万元 up, 万元 in brackets: "1,000,000.00元（100万元）". */
export function formatYuanWithWan(v: Yuan): string {
  return v.abs().greaterThanOrEqualTo(10000) ? `${formatYuan(v)}（${formatWan(v)}）` : formatYuan(v);
}

/**
 * A decimal fraction as a percentage string, every digit kept: "0.7" → "70%", "0.0005" → "0.05%",
 * "0.000000001" → "0.0000001%". Rates are never rounded for display: a tiny rate must not read 0%.
 */
export function formatPercent(rate: Yuan | string): string {
  const r = typeof rate === 'string' ? new Money(rate) : rate;
  return `${r.times(100).toFixed()}%`;
}
