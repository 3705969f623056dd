/**
 * Calendar dates without time zones. A `PlainDate` is an ISO string `YYYY-MM-DD`; all arithmetic
 * is done on UTC midnights so no time zone or DST can shift a day. Legal period rules (民法典
 * 第二百零一条至第二百零三条) live in `civil-code-period.ts` and build on these helpers.
 */

export type PlainDate = string & { readonly __plainDate?: never };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse `YYYY-MM-DD`; returns null for malformed or impossible dates (2026-02-30). */
export function parsePlainDate(s: string): PlainDate | null {
  const m = ISO.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200) return null;
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return s.trim() as PlainDate;
}

function toUtc(d: PlainDate): Date {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, day));
}

function fromUtc(t: Date): PlainDate {
  return t.toISOString().slice(0, 10) as PlainDate;
}

export function addDays(d: PlainDate, n: number): PlainDate {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** Last day of the given month (1-based). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The corresponding day `n` months later; where that month has no such day, its last day
 * (民法典 第二百零二条). Returns whether the month end was used.
 */
export function addMonthsClamped(d: PlainDate, n: number): { date: PlainDate; clamped: boolean } {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const last = daysInMonth(ty, tm);
  const clamped = day > last;
  const td = clamped ? last : day;
  return { date: `${ty}-${String(tm).padStart(2, '0')}-${String(td).padStart(2, '0')}` as PlainDate, clamped };
}

export function compareDates(a: PlainDate, b: PlainDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: PlainDate, b: PlainDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: PlainDate): number {
  const w = toUtc(d).getUTCDay();
  return w === 0 ? 7 : w;
}

/** "2026年3月1日" as Chinese documents write dates. */
export function formatChineseDate(d: PlainDate): string {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${day}日`;
}

/** Today's date in China (UTC+8), for "computed on" stamps. */
export function todayInChina(now: Date = new Date()): PlainDate {
  return fromUtc(new Date(now.getTime() + 8 * 3_600_000));
}
