/**
 * Form input → typed value or a clear Chinese message. Every calculator validates through these,
 * so bad input never becomes NaN, a blank or a silent guess.
 */
import { MAX_YUAN, Money, type Yuan } from './money';
import { parsePlainDate, type PlainDate } from './plain-date';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/**
 * Full-width forms a Chinese keyboard types (０–９, ．, －, ％, ＋, ／) read as their ASCII forms, so
 * "１２３万" is 123万 and "２０２６－０３－０１" a date. Only these characters: ① or ⅷ are not digits.
 */
export function halfWidth(raw: string): string {
  return raw.replace(/[\uFF10-\uFF19\uFF0E\uFF0D\uFF05\uFF0B\uFF0F\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** Accepts "1000000", "1,000,000", "100万" (万元), "1000000.5"; rejects the rest with a reason. */
export function parseYuanInput(raw: string, opts: { allowZero?: boolean; label?: string } = {}): Parsed<Yuan> {
  const label = opts.label ?? '金额';
  const s = halfWidth(raw).trim().replace(/[,，\s]/g, '').replace(/元$/, '');
  if (s === '') return fail(`请填写${label}。`);
  const wan = /万$/.test(s);
  const num = wan ? s.slice(0, -1) : s;
  if (/^-/.test(num)) return fail(`${label}不能为负数。`);
  if (!/^\d+(\.\d+)?$/.test(num)) return fail(`${label}须为数字，例如 500000 或 50万。`);
  let v: Yuan = new Money(num);
  if (wan) v = v.times(10000);
  if (v.decimalPlaces() > 2) return fail(`${label}最多精确到分（两位小数）。`);
  if (v.isZero() && !opts.allowZero) return fail(`${label}须大于0。`);
  if (v.greaterThan(MAX_YUAN)) return fail(`${label}超出合理范围（不超过10¹⁵元）。`);
  return ok(v);
}

/**
 * A percentage as typed ("70", "70%", "0.05") → decimal fraction; 0–100% inclusive.
 * `example` is a typical value of this very field, quoted in the message (a daily late-payment rate
 * is "0.05", a share "70"), so the hint never suggests a value that would be absurd there.
 */
export function parsePercentInput(raw: string, opts: { label?: string; allowZero?: boolean; example?: string } = {}): Parsed<Yuan> {
  const label = opts.label ?? '比例';
  const s = halfWidth(raw).trim().replace(/[%\s]/g, '');
  if (s === '') return fail(`请填写${label}。`);
  if (/^-/.test(s)) return fail(`${label}不能为负数。`);
  if (!/^\d+(\.\d+)?$/.test(s)) return fail(`${label}须为数字（百分数），例如 ${opts.example ?? '70'}。`);
  const pct = new Money(s);
  if (pct.greaterThan(100)) return fail(`${label}不能超过100%。`);
  if (pct.isZero() && !opts.allowZero) return fail(`${label}须大于0。`);
  return ok(pct.dividedBy(100));
}

/** `YYYY-MM-DD` (as a date input gives it) → PlainDate, rejecting impossible dates. */
export function parseDateInput(raw: string, opts: { label?: string } = {}): Parsed<PlainDate> {
  const label = opts.label ?? '日期';
  const s = halfWidth(raw).trim();
  if (s === '') return fail(`请填写${label}。`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return fail(`${label}格式应为 年-月-日，例如 2026-03-01。`);
  const d = parsePlainDate(s);
  if (!d) return fail(`${label}不存在（例如 2 月没有 30 日），请检查。`);
  return ok(d);
}

/** A whole number in a range, e.g. a count of instalments. */
export function parseIntegerInput(raw: string, min: number, max: number, opts: { label?: string } = {}): Parsed<number> {
  const label = opts.label ?? '数量';
  const s = halfWidth(raw).trim();
  if (s === '') return fail(`请填写${label}。`);
  if (!/^-?\d+$/.test(s)) return fail(`${label}须为整数。`);
  const n = Number(s);
  if (n < min || n > max) return fail(`${label}应在 ${min} 到 ${max} 之间。`);
  return ok(n);
}
