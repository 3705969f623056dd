/**
 * Charts of the ordered rows of the comparison (shares, amounts, periods): one bar per document
 * on one scale, the figure that ranks the cell (the same as the matrix's "most generous"
 * highlight: `cellMagnitude`), and the national floor where national law sets one. Build time
 * only (decimal.js → numbers for drawing); the exact figures stay in the labels and the matrix.
 */
import type { Dimension, ProvisionValue } from '../../schemas/provision';
import { rankedBars, type RankedBarsGeometry } from '../charts/ranked-bars';
import { formatWan, Money, yuan } from '../money';
import { CAP_SCOPE, describeValue, formatPeriod, withBound } from '../provision-format';
import type { CellEntry, CompareColumn, MatrixRow } from './matrix';
import { cellMagnitude, magnitudesOf, type Magnitude } from './ordering';
import { boundKind } from '../bounds';

/** A floor to mark: its figure (a magnitude under the row's order) and how to cite it. */
export interface ChartFloor {
  magnitude: Magnitude;
  /** The floor in words, e.g. 不低于50%. */
  text: string;
  /** Full citation of the national provision. */
  cite: string;
  href: string;
}

export interface ChartItem {
  column: string;
  /** The figure drawn (in the chart's display unit), or null: no comparable figure. */
  value: number | null;
  /** The figure in words as the provision puts it (不低于70%, 单个项目不超过100万元, 满3年 …),
   *  or what the cell says instead (未规定, 一事一议 …). */
  text: string;
  /** The provision that gave the figure. */
  provisionId?: string | undefined;
}

export interface DimensionChart {
  dimension: string;
  label: string;
  /** How the row ranks and for whom (`dimensions.yaml`): the caption says which end favours whom. */
  order: Dimension['order'];
  rank: Dimension['rank'];
  /** Display unit of the scale. */
  unit: 'percent' | 'wan-yuan' | 'years' | 'months';
  items: ChartItem[];
  geometry: RankedBarsGeometry;
  /** Tick labels, same order as `geometry.ticks`. */
  tickLabels: string[];
  floor?: (ChartFloor & { pct: number }) | undefined;
}

const DAYS_PER_YEAR = new Money('365.25');
const DAYS_PER_MONTH = new Money('30.4375');

/** The figure as drawn: fractions in percent, 元 in 万元, days in years or months. */
function display(m: Magnitude, unit: DimensionChart['unit']): number {
  switch (unit) {
    case 'percent':
      return m.value.times(100).toNumber();
    case 'wan-yuan':
      return m.value.dividedBy(10000).toNumber();
    case 'years':
      return m.value.dividedBy(DAYS_PER_YEAR).toNumber();
    case 'months':
      return m.value.dividedBy(DAYS_PER_MONTH).toNumber();
  }
}

function tickLabel(v: number, unit: DimensionChart['unit']): string {
  const n = Number(v.toPrecision(12));
  switch (unit) {
    case 'percent':
      return `${n}%`;
    case 'wan-yuan':
      return n === 0 ? '0' : formatWan(yuan(String(n * 10000)));
    case 'years':
      return `${n}年`;
    case 'months':
      return `${n}个月`;
  }
}

/** The words of the figure that ranked the cell: the provision's own bound word and unit. */
function figureText(v: ProvisionValue, m: Magnitude): string {
  switch (v.type) {
    case 'share':
    case 'period':
      return describeValue(v);
    case 'amount':
      return withBound(formatWan(yuan(v.yuan)), v.bound);
    case 'subsidy': {
      const same = (s: string) => new Money(s).equals(m.value);
      const cap = v.caps.find((c) => same(c.yuan));
      if (cap) return `${CAP_SCOPE[cap.scope] ?? ''}${withBound(formatWan(yuan(cap.yuan)), cap.bound)}`;
      if (v.fixedYuan && same(v.fixedYuan)) return withBound(formatWan(yuan(v.fixedYuan)), v.fixedBound ?? 'exactly');
      return describeValue(v);
    }
    default:
      return describeValue(v);
  }
}

/** What an entry says when it gives no comparable figure: its value in words, else its rule. */
function entryText(e: CellEntry): string {
  return describeValue(e.value) || e.text;
}

/**
 * The chart of one ordered row, or null when fewer than two documents have a comparable figure
 * (nothing to compare) or the row is not ordered.
 * @param columns the matrix's columns (same order as the row's cells)
 * @param words what to write for a silent document (未规定; a silent law excerpt: 节选条文未涉及)
 * @param floor the national floor for this dimension, if national law sets one
 */
export function dimensionChart(
  row: MatrixRow,
  columns: readonly CompareColumn[],
  words: { notSpecified: string; /** A national-law excerpt silent on the row (节选条文未涉及), as the table says it. */ excerptSilent?: string },
  floor?: ChartFloor,
): DimensionChart | null {
  const order = row.dimension.order;
  if (order === 'none') return null;
  const mags = row.cells.map((c) => cellMagnitude(c, order));
  const present = mags.filter((m): m is Magnitude => m !== null);
  if (present.length < 2) return null;
  const unitOf = present[0]!.unit;
  let unit: DimensionChart['unit'];
  if (unitOf === 'fraction') unit = 'percent';
  else if (unitOf === 'yuan') unit = 'wan-yuan';
  else {
    // Years when every figure is a year or more, else months (6个月 reads better than 0.5年).
    const all = [...present, ...(floor ? [floor.magnitude] : [])];
    unit = all.every((m) => m.value.greaterThanOrEqualTo(DAYS_PER_YEAR)) ? 'years' : 'months';
  }
  const items: ChartItem[] = row.cells.map((cell, i) => {
    const m = mags[i];
    const column = columns[i]!.id;
    if (cell.kind === 'not-specified') {
      const excerpt = columns[i]!.jurisdiction.level === 'national' && words.excerptSilent;
      return { column, value: null, text: excerpt || words.notSpecified };
    }
    if (!m) return { column, value: null, text: entryText(cell.entries[0]!) };
    const e = cell.entries.find((x) => x.provisionId === m.provisionId) ?? cell.entries[0]!;
    return { column, value: display(m, unit), text: figureText(e.value, m), provisionId: e.provisionId };
  });
  const floorValue = floor ? display(floor.magnitude, unit) : undefined;
  // Shares are drawn on the whole of 0–100%, so bars of different charts compare at a glance.
  const geometry = rankedBars(items.map((it) => ({ id: it.column, value: it.value })), floorValue, { atLeast: unit === 'percent' ? 100 : 0 });
  return {
    dimension: row.dimension.key,
    label: row.dimension.label,
    order: row.dimension.order,
    rank: row.dimension.rank,
    unit,
    items,
    geometry,
    tickLabels: geometry.ticks.map((t) => tickLabel(t.value, unit)),
    floor: floor && geometry.floorPct !== undefined ? { ...floor, pct: geometry.floorPct } : undefined,
  };
}

/**
 * The national floor of a share row: the share that national law sets as a lower bound (不低于 …)
 * in the row's cells of national-law columns (the published excerpts), with its citation; the
 * highest of them when several (the highest binding floor is the minimum: src/lib/law/resolve.ts).
 * None for a row that is not a share row, or where national law sets no lower bound. Whether the
 * floor binds a given unit (its class, its own rule) is the law layer's answer in the table; the
 * chart only marks the figure.
 * @param row the row in a matrix that holds the national columns (the full comparison)
 * @param columns that matrix's columns
 */
export function nationalFloor(row: MatrixRow, columns: readonly CompareColumn[]): ChartFloor | undefined {
  if (row.dimension.order !== 'higher-share-more-generous') return undefined;
  let best: { m: Magnitude; e: CellEntry } | undefined;
  row.cells.forEach((cell, i) => {
    if (columns[i]?.jurisdiction.level !== 'national' || cell.kind !== 'provisions') return;
    for (const e of cell.entries) {
      if (e.value.type !== 'share' || boundKind(e.value.bound).side !== 'lower') continue;
      for (const m of magnitudesOf(e.value, row.dimension.order)) if (!best || m.value.greaterThan(best.m.value)) best = { m, e };
    }
  });
  if (!best) return undefined;
  const { m, e } = best;
  return { magnitude: m, text: figureText(e.value, m), cite: e.cite, href: e.href };
}
