/**
 * Timeline geometry: dated events on a horizontal day scale, with year ticks and labels placed in
 * lanes so none overlap. Dates are ISO `YYYY-MM-DD` (PlainDate); days are counted in UTC.
 */
import { linearScale, px } from './scale';

export interface TimelineEvent<K extends string = string> {
  date: string;
  kind: K;
  /** Short label drawn beside the mark (the full wording is in the table and the text alternative). */
  label: string;
}

export interface PlacedEvent<K extends string = string> extends TimelineEvent<K> {
  x: number;
  /** Label lane, 0 nearest the axis. */
  lane: number;
}

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/**
 * Place events on [0, width]: x by date, lanes assigned greedily so labels of about `labelWidth`
 * (in the same units) never overlap within a lane. Ticks: 1 January of each year in range (or
 * every n-th year when the range is long), so a ten-year plan stays readable.
 */
export function placeTimeline<K extends string>(
  events: readonly TimelineEvent<K>[],
  width: number,
  labelWidth: number,
  maxLanes = 4,
): { events: PlacedEvent<K>[]; ticks: { x: number; year: number }[]; lanes: number } {
  if (events.length === 0) return { events: [], ticks: [], lanes: 0 };
  const days = events.map((e) => day(e.date));
  let lo = Math.min(...days);
  let hi = Math.max(...days);
  if (hi === lo) {
    lo -= 15;
    hi += 15;
  }
  const pad = (hi - lo) * 0.04;
  const x = linearScale(lo - pad, hi + pad, 0, width);
  const order = events.map((e, i) => ({ e, i, x: x(days[i]!) })).sort((a, b) => a.x - b.x || a.i - b.i);
  const laneEnds: number[] = [];
  const placed: PlacedEvent<K>[] = new Array(events.length);
  for (const o of order) {
    let lane = laneEnds.findIndex((end) => end <= o.x);
    if (lane < 0) lane = laneEnds.length < maxLanes ? laneEnds.length : laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = o.x + labelWidth;
    placed[o.i] = { ...o.e, x: px(o.x), lane };
  }
  const y0 = new Date((lo - pad) * 86_400_000).getUTCFullYear();
  const y1 = new Date((hi + pad) * 86_400_000).getUTCFullYear();
  const every = Math.max(1, Math.ceil((y1 - y0) / 8));
  const ticks: { x: number; year: number }[] = [];
  for (let y = y0 + 1; y <= y1; y++) {
    if ((y - y0 - 1) % every !== 0) continue;
    const tx = x(Date.UTC(y, 0, 1) / 86_400_000);
    if (tx >= 0 && tx <= width) ticks.push({ x: px(tx), year: y });
  }
  return { events: placed, ticks, lanes: laneEnds.length };
}
