/**
 * Geometry of a small bar chart across documents: one bar per item on one scale from zero, a
 * floor marker (the national minimum) and tick marks. Everything is in percent of the plot
 * width, so the chart is drawn by stretching SVGs and placing HTML labels (text stays text: it
 * takes the page's type sizes, care mode included, and prints crisply). Items without a value
 * keep their row, with no bar: the reader sees that the document has no comparable figure.
 */
import { linearScale, niceTicks } from './scale';

export interface RankedItem<I extends string = string> {
  id: I;
  /** The figure in the chart's unit, or null (no comparable figure). */
  value: number | null;
}

export interface RankedBar<I extends string = string> {
  id: I;
  /** Bar length, percent of the plot width (0 for value 0 or no value). */
  widthPct: number;
  /** Whether the item has a bar at all. */
  hasValue: boolean;
}

export interface RankedBarsGeometry<I extends string = string> {
  bars: RankedBar<I>[];
  /** Ticks from 0 to the scale's maximum: their value and position in percent. */
  ticks: { value: number; pct: number }[];
  /** Position of the floor marker in percent, when a floor is given. */
  floorPct: number | undefined;
  /** The scale's maximum (the last tick). */
  max: number;
}

/** Percent rounded to a hundredth, so the HTML stays short and stable. */
function pct(v: number): number {
  return Math.round(v * 100) / 100;
}

/**
 * Bars of `items` on one linear scale from 0 to a "nice" maximum that covers every value and the
 * floor. Negative and non-finite values are treated as missing.
 * @param floor the minimum to mark (same unit), if any
 * @param opts.atLeast a maximum the scale reaches whatever the values (100 for percentages)
 * @param opts.tickCount about how many tick intervals to draw
 */
export function rankedBars<I extends string>(
  items: readonly RankedItem<I>[],
  floor?: number,
  opts: { atLeast?: number; tickCount?: number } = {},
): RankedBarsGeometry<I> {
  const { atLeast = 0, tickCount = 4 } = opts;
  const ok = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  const top = Math.max(0, ...items.map((i) => i.value).filter(ok), ok(floor) ? floor : 0, ok(atLeast) ? atLeast : 0);
  const ticks = niceTicks(top, tickCount);
  const max = ticks.at(-1)!;
  const x = linearScale(0, max, 0, 100);
  return {
    bars: items.map((i) => ({ id: i.id, widthPct: ok(i.value) ? pct(x(i.value)) : 0, hasValue: ok(i.value) })),
    ticks: ticks.map((value) => ({ value, pct: pct(x(value)) })),
    floorPct: ok(floor) ? pct(x(floor)) : undefined,
    max,
  };
}
