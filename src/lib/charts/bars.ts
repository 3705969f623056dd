/**
 * Bar geometry: a single bar split into shares (a reward split: inventors, transfer staff, unit)
 * with markers for legal minimums, and rows of bars against their caps (subsidies). Widths are in
 * the caller's units (the SVG viewBox); callers pass fractions or amounts as plain numbers.
 */
import { linearScale, px } from './scale';

export interface Segment<K extends string = string> {
  key: K;
  /** Share of the whole, 0–1. */
  value: number;
}

export interface SegmentBox<K extends string = string> extends Segment<K> {
  x: number;
  width: number;
}

/**
 * Lay shares end to end along [0, width]. Shares are clamped to [0, 1] and, if they add up to
 * more than 1 (rounding), scaled down so the bar never overflows.
 */
export function stackSegments<K extends string>(parts: readonly Segment<K>[], width: number): SegmentBox<K>[] {
  const vals = parts.map((p) => Math.min(1, Math.max(0, Number.isFinite(p.value) ? p.value : 0)));
  const sum = vals.reduce((a, b) => a + b, 0);
  const k = sum > 1 ? 1 / sum : 1;
  let x = 0;
  return parts.map((p, i) => {
    const w = vals[i]! * k * width;
    const box = { ...p, x: px(x), width: px(w) };
    x += w;
    return box;
  });
}

/** The x of a marker at `share` (0–1) of `width`, clamped to the bar. */
export function markerX(share: number, width: number): number {
  return px(Math.min(1, Math.max(0, share)) * width);
}

export interface CapRow {
  /** Amount before the caps. */
  raw: number;
  /** Amount after the caps. */
  amount: number;
  /** The cap that bit, if any. */
  cap?: number | undefined;
}

export interface CapRowBox {
  /** Width of the amount kept. */
  amountWidth: number;
  /** Width of the part the cap cut off (raw − amount), drawn hatched after the kept part. */
  cutWidth: number;
  /** x of the cap line, if a cap bit. */
  capX: number | undefined;
}

/** Rows of bars on one scale: each amount, what a cap cut off, and where the cap lies. */
export function capRows(rows: readonly CapRow[], width: number): { boxes: CapRowBox[]; max: number } {
  const max = Math.max(0, ...rows.flatMap((r) => [r.raw, r.amount, r.cap ?? 0]).filter(Number.isFinite));
  const x = linearScale(0, max, 0, width);
  return {
    max,
    boxes: rows.map((r) => {
      const a = Math.max(0, r.amount);
      const raw = Math.max(a, r.raw);
      return { amountWidth: px(x(a)), cutWidth: px(x(raw) - x(a)), capX: r.cap === undefined ? undefined : px(x(r.cap)) };
    }),
  };
}

/**
 * Where a label beside a marker at `x` goes so it stays inside [0, width]: after the marker if it
 * fits, else before it, else centred and clamped. `charWidth` is the width of one CJK character
 * at the label's font size (Latin digits count half).
 */
export function labelPlacement(x: number, label: string, width: number, charWidth = 14, gap = 4): { x: number; anchor: 'start' | 'end' | 'middle' } {
  const w = [...label].reduce((a, ch) => a + (ch.charCodeAt(0) < 0x2e80 ? charWidth / 2 : charWidth), 0);
  if (x + gap + w <= width) return { x: px(x + gap), anchor: 'start' };
  if (x - gap - w >= 0) return { x: px(x - gap), anchor: 'end' };
  if (w >= width) return { x: px(width / 2), anchor: 'middle' };
  return { x: px(Math.min(width - w / 2, Math.max(w / 2, x))), anchor: 'middle' };
}
