/**
 * Words for the planner's results, shared by the table, the CSV and the calendar so they always
 * agree. The wording is in the UI strings; these functions pick the key and fill it in.
 */
import type { RestDayMove } from '../civil-code-period';
import { formatPercent, formatYuan, roundFen } from '../money';
import { formatChineseDate } from '../plain-date';
import type { ScheduleRow } from './payment-schedule';

/** Message lookup with `{name}` placeholders, as the UI's `t()`. */
export type Translate = (key: string, vars?: Record<string, string>) => string;

/** Why a day is a rest day: 法定节假日（国庆节） / 休息日（周末）. */
export function restReason(move: RestDayMove, t: Translate): string {
  const first = move.skipped[0];
  if (first && first.kind.rest && first.kind.reason === 'festival') return t('calc.payment.rest.festival', { name: first.kind.festival });
  return t('calc.payment.rest.weekend');
}

function term(days: number, t: Translate): string {
  return days === 0 ? t('calc.payment.row.termSameDay') : t('calc.payment.row.termDays', { days: String(days) });
}

/** What a schedule row pays for, e.g. “技术验证通过（预计 2027年10月15日 达成，30日内支付）”. */
export function describeRow(row: ScheduleRow, t: Translate): string {
  const tr = row.trigger;
  switch (tr.kind) {
    case 'milestone':
      return t('calc.payment.row.milestone', { name: tr.name, date: formatChineseDate(tr.eventDate), term: term(tr.termDays, t) });
    case 'royalty':
      return t('calc.payment.row.royalty', {
        n: String(tr.period),
        revenue: formatYuan(tr.revenue),
        rate: formatPercent(tr.rate),
        date: formatChineseDate(tr.settlementDay),
        term: term(tr.termDays, t),
      });
    case 'lump':
      return t('calc.payment.row.lump', { date: formatChineseDate(tr.eventDate), term: term(tr.termDays, t) });
    case 'instalment':
      return t('calc.payment.row.instalment', { n: String(tr.n), of: String(tr.of), date: formatChineseDate(tr.eventDate), term: term(tr.termDays, t) });
  }
}

/**
 * Years as a short list: runs of consecutive years become ranges, so a long plan says
 * "2027—2046" rather than twenty years one by one: [2027, 2028, 2029, 2031] → "2027—2029、2031".
 */
export function formatYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const y of sorted) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : b === a + 1 ? `${a}、${b}` : `${a}—${b}`)).join('、');
}

/** A money figure for CSV cells: exact to the fen, no grouping (spreadsheets parse it). */
export function csvYuan(v: Parameters<typeof roundFen>[0]): string {
  return roundFen(v).toFixed(2);
}

/** Fill `{name}` placeholders from a string table; a missing key or placeholder shows as itself. */
export function makeTranslate(strings: Readonly<Record<string, string>>): Translate {
  return (key, vars = {}) => {
    const s = strings[key] ?? key;
    return s.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
  };
}
