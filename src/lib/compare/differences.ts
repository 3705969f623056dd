/**
 * "Only differences": which rows of the comparison differ among the chosen columns.
 *
 * Agreement, precisely. Each cell gets a canonical key; two cells AGREE when their keys are equal,
 * and a row is hidden by "only differences" only when every chosen column's cell agrees with
 * every other. The key of
 * - a `not-specified` cell is `∅` (so two documents that are both silent agree);
 * - a cell with provisions is the sorted set of its provisions' value keys (two provisions saying
 *   the same thing count once; order of articles does not matter);
 * - a provision value is its typed value with
 *   · decimal strings canonical ("0.70" = "0.7"),
 *   · bound words replaced by what they mean (`boundKind`: 不低于 = 以上 = 不少于, all "≥, inclusive";
 *     超过 ≠ 以上), and an explicit （含） folded into "inclusive",
 *   · periods in canonical units (12个月 = 1年; days stay days),
 *   · every free-text part (labels, conditions, list items, reasons) normalized — whitespace and
 *     punctuation removed, full-width letters and digits made half-width — but otherwise kept,
 *   · lists that are sets (items, keys, modes, caps, triggers, conditions) sorted;
 *   a `text` value (rule in words only) is keyed by its normalized summary.
 * The rule errs toward SHOWING a row: only values that are the same after this normalization are
 * treated as agreeing; any difference in wording of a condition or label keeps the row visible.
 *
 * The island receives, per row, an agreement class number per column (`agreementClasses`) and
 * calls `rowDiffers`, so it needs neither the values nor this normalization code.
 */
import type { ProvisionValue } from '../../schemas/provision';
import { boundKind } from '../bounds';
import type { Cell, CellEntry } from './matrix';

/** Marker key of a cell whose document does not address the dimension. */
export const NOT_SPECIFIED_KEY = '∅';

/** Whitespace and punctuation removed, full-width ASCII made half-width: wording, not layout. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

/** "0.70" → "0.7", "1000000.00" → "1000000", "007" → "7". */
export function canonicalDecimal(s: string): string {
  const [int = '0', frac = ''] = s.split('.');
  const i = int.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}

const BOUND_FIELDS = new Set(['bound', 'rateBound', 'fixedBound']);
const DECIMAL_FIELDS = new Set(['rate', 'yuan', 'fixedYuan']);
/** Arrays whose order carries no meaning. */
const SET_FIELDS = new Set(['items', 'keys', 'modes', 'caps', 'triggers', 'conditions', 'readings']);

function bound(word: string, inclusiveMark?: boolean): string {
  const k = boundKind(word as Parameters<typeof boundKind>[0]);
  return `${k.side}:${k.inclusive || inclusiveMark ? 'incl' : 'excl'}`;
}

function canon(v: unknown, field = ''): unknown {
  if (Array.isArray(v)) {
    const items = v.map((x) => canon(x));
    return SET_FIELDS.has(field) ? items.map((x) => JSON.stringify(x)).sort() : items;
  }
  if (typeof v === 'string') {
    if (BOUND_FIELDS.has(field)) return bound(v);
    if (DECIMAL_FIELDS.has(field)) return canonicalDecimal(v);
    return normalizeText(v);
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    // A period: express years as months so 1年 = 12个月, and fold （含） into the bound.
    if ('amount' in o && 'unit' in o && 'bound' in o) {
      const months = o.unit === 'year' ? Number(o.amount) * 12 : Number(o.amount);
      return {
        length: o.unit === 'day' ? `${String(o.amount)}d` : `${months}m`,
        bound: bound(String(o.bound), o.inclusiveMark === true),
        from: typeof o.from === 'string' ? normalizeText(o.from) : '',
      };
    }
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o).sort()) {
      if (o[k] === undefined) continue;
      out[k] = canon(o[k], k);
    }
    return out;
  }
  return v;
}

/** Canonical key of one provision value (see module comment). `summary` is used for `text` values. */
export function valueKey(value: ProvisionValue, summary: string): string {
  if (value.type === 'text') return `text:${normalizeText(summary)}`;
  return JSON.stringify(canon(value));
}

/** Canonical key of a cell (see module comment). */
export function cellKey(cell: Cell): string {
  if (cell.kind === 'not-specified') return NOT_SPECIFIED_KEY;
  const keys = [...new Set(cell.entries.map((e: CellEntry) => valueKey(e.value, e.summary)))].sort();
  return keys.join('\n');
}

/**
 * Agreement classes of a row: cells with equal keys get the same small number (first-seen order),
 * so the island can compare numbers instead of values.
 */
export function agreementClasses(cells: readonly Cell[]): number[] {
  const seen = new Map<string, number>();
  return cells.map((c) => {
    const k = cellKey(c);
    let n = seen.get(k);
    if (n === undefined) {
      n = seen.size;
      seen.set(k, n);
    }
    return n;
  });
}

/**
 * Whether a row differs among the chosen columns: true unless every chosen column has the same
 * agreement class. With fewer than two chosen columns nothing can differ (false).
 * @param classes agreement class per column, in column order
 * @param chosen indexes of the chosen columns
 */
export function rowDiffers(classes: readonly number[], chosen: readonly number[]): boolean {
  if (chosen.length < 2) return false;
  const first = classes[chosen[0]!];
  return chosen.some((i) => classes[i] !== first);
}
