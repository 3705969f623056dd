/**
 * Chart geometry shared by every SVG chart of the site (calculator results drawn in the browser,
 * comparison charts drawn at build time): pure functions from values to coordinates, no DOM.
 * Values arrive as numbers already rounded for drawing; the exact figures stay in the tables and
 * text alternatives beside each chart.
 */

/** A linear map from [d0, d1] to [r0, r1]; a zero-width domain maps everything to r0. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0;
  return (v) => (span === 0 ? r0 : r0 + ((v - d0) / span) * (r1 - r0));
}

/**
 * "Nice" tick values covering [0, max]: steps of 1, 2 or 5 × 10^k, at most `count` + 1 ticks,
 * the last one ≥ max. `max` ≤ 0 gives [0].
 */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0];
  const raw = max / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  // A subnormal max underflows the step to 0 (an endless loop): no nice ticks exist, draw [0, max].
  if (!(step > 0) || !Number.isFinite(step)) return [0, max];
  const out: number[] = [];
  // Counting ticks (not adding steps) so a step lost to rounding cannot loop; at most count + 1 anyway.
  for (let i = 0; i <= count + 1; i++) {
    const v = Number((i * step).toPrecision(12));
    out.push(v);
    if (v >= max) break;
  }
  return out;
}

/** Round to a tenth of a pixel so the SVG text stays short and server and client agree. */
export function px(v: number): number {
  return Math.round(v * 10) / 10;
}
