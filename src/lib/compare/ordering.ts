/**
 * Ordering of comparable values, for highlighting the most generous and the strictest cell of a
 * row among the chosen columns. Which direction is "generous" comes from `order` in
 * `content/dimensions.yaml`; nothing here names a dimension.
 *
 * Magnitudes (exact decimals, never floats):
 * - shares: the rate as a fraction (`share.rate`);
 * - amounts in 元: an `amount` value's `yuan`; a subsidy's largest printed figure in 元 — the
 *   fixed award or the largest cap, whatever its scope (per project, per year …). A subsidy
 *   that is only a rate, or 一事一议, has no amount and is not ranked;
 * - periods: normalized to days, 1年 = 365.25日 and 1个月 = 365.25/12 = 30.4375日, so 12个月 = 1年.
 *   Used only to rank, never to count a deadline (see src/lib/plain-date.ts for that).
 * The bound word is considered (民法典 第一千二百五十九条, `boundKind`): "超过X" lies just above X
 * and "不满X" just below it, so 超过70% ranks above 不低于70%, which ties with 70%以上.
 *
 * A cell with several provisions ranks by its most generous comparable value (the highlight
 * names the value that decided it). Cells with no comparable value are not ranked.
 */
import type { Dimension, ProvisionValue } from '../../schemas/provision';
import { boundKind } from '../bounds';
import { Money, type Yuan } from '../money';
import type { Cell, MatrixRow } from './matrix';

export type OrderKind = Dimension['order'];

/** A comparable figure: `value` in the order's unit, `tie` −1/0/+1 for 不满/inclusive/超过. */
export interface Magnitude {
  value: Yuan;
  unit: 'fraction' | 'yuan' | 'days';
  tie: -1 | 0 | 1;
  /** The provision that gave the figure. */
  provisionId?: string | undefined;
}

const DAYS: Record<'day' | 'month' | 'year', Yuan> = {
  day: new Money(1),
  month: new Money('30.4375'),
  year: new Money('365.25'),
};

function tieOf(word: Parameters<typeof boundKind>[0]): -1 | 0 | 1 {
  const k = boundKind(word);
  if (k.inclusive) return 0;
  return k.side === 'lower' ? 1 : -1;
}

/** The comparable magnitudes one value contributes under an order (possibly none). */
export function magnitudesOf(v: ProvisionValue, order: OrderKind): Magnitude[] {
  switch (order) {
    case 'higher-share-more-generous':
      return v.type === 'share' ? [{ value: new Money(v.rate), unit: 'fraction', tie: tieOf(v.bound) }] : [];
    case 'higher-amount-more-generous':
      if (v.type === 'amount') return [{ value: new Money(v.yuan), unit: 'yuan', tie: tieOf(v.bound) }];
      if (v.type === 'subsidy' && !v.caseByCase) {
        const out: Magnitude[] = [];
        if (v.fixedYuan) out.push({ value: new Money(v.fixedYuan), unit: 'yuan', tie: tieOf(v.fixedBound ?? 'exactly') });
        for (const c of v.caps) out.push({ value: new Money(c.yuan), unit: 'yuan', tie: tieOf(c.bound) });
        return out;
      }
      return [];
    case 'shorter-period-more-generous':
    case 'longer-period-more-generous': {
      const p = v.type === 'period' ? v.period : undefined;
      if (!p) return [];
      const tie = p.inclusiveMark ? 0 : tieOf(p.bound);
      return [{ value: new Money(p.amount).times(DAYS[p.unit]), unit: 'days', tie }];
    }
    case 'none':
      return [];
  }
}

/** Raw comparison by figure, then by bound (`tie`): negative when a < b. */
function compareRaw(a: Magnitude, b: Magnitude): number {
  return a.value.comparedTo(b.value) || a.tie - b.tie;
}

/**
 * Compares two magnitudes by generosity under `order`: positive when `a` is more generous.
 * For "shorter is more generous" the comparison is reversed.
 */
export function compareGenerosity(a: Magnitude, b: Magnitude, order: OrderKind): number {
  const c = compareRaw(a, b);
  return order === 'shorter-period-more-generous' ? -c : c;
}

/** The most generous magnitude of a cell, or null when the cell has nothing comparable. */
export function cellMagnitude(cell: Cell, order: OrderKind): Magnitude | null {
  if (cell.kind !== 'provisions' || order === 'none') return null;
  let best: Magnitude | null = null;
  for (const e of cell.entries) {
    for (const m of magnitudesOf(e.value, order)) {
      const withId = { ...m, provisionId: e.provisionId };
      if (!best || compareGenerosity(withId, best, order) > 0) best = withId;
    }
  }
  return best;
}

/**
 * Dense generosity ranks of a row's cells, in column order: 0 = least generous, higher = more;
 * equal magnitudes share a rank; `null` where a cell is not comparable. All null for `order: none`.
 */
export function generosityRanks(row: MatrixRow): (number | null)[] {
  const order = row.dimension.order;
  const mags = row.cells.map((c) => cellMagnitude(c, order));
  const distinct: Magnitude[] = [];
  for (const m of mags) {
    if (m && !distinct.some((d) => compareGenerosity(d, m, order) === 0)) distinct.push(m);
  }
  distinct.sort((a, b) => compareGenerosity(a, b, order));
  return mags.map((m) => (m ? distinct.findIndex((d) => compareGenerosity(d, m, order) === 0) : null));
}

/** Re-exported: the island imports it from `./highlight` so decimal.js stays out of its bundle. */
export { extremes } from './highlight';
