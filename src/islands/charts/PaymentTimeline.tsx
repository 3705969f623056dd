/**
 * The payment plan on a time line: contract effect, the end of publicity, the earliest payment
 * (and any deadline) under each reading of the rule, and each payment's due date — a due date
 * moved off a rest day (民法典 第二百零三条) drawn hollow. SVG with a title and a description that
 * lists every date in words; the schedule table stays below it.
 */
import { placeTimeline, type TimelineEvent } from '../../lib/charts/timeline';

export type TimelineKind = 'effective' | 'publicity' | 'earliest' | 'deadline' | 'payment' | 'payment-moved' | 'revenue';

export interface TimelineItem extends TimelineEvent<TimelineKind> {
  /** The event in words for the description (full date and what it is). */
  text: string;
  /** Whether to draw the label (long schedules label only some payments; all are in the description). */
  labelled?: boolean;
}

const W = 640;
const AXIS_Y = 120;
const LANE_H = 22;

function Mark({ kind, x }: { kind: TimelineKind; x: number }) {
  const y = AXIS_Y;
  switch (kind) {
    case 'payment':
      return <rect class="pp-tl-mark pp-tl-mark--payment" x={x - 5} y={y - 5} width={10} height={10} />;
    case 'payment-moved':
      return <rect class="pp-tl-mark pp-tl-mark--moved" x={x - 5} y={y - 5} width={10} height={10} />;
    case 'earliest':
    case 'deadline':
      return <path class={`pp-tl-mark pp-tl-mark--${kind}`} d={`M${x} ${y - 7} L${x + 7} ${y} L${x} ${y + 7} L${x - 7} ${y} Z`} />;
    default:
      return <circle class={`pp-tl-mark pp-tl-mark--${kind}`} cx={x} cy={y} r={6} />;
  }
}

export function PaymentTimeline({ id, title, items, legend }: { id: string; title: string; items: TimelineItem[]; legend: { points: string; earliest: string; payment: string; moved: string } }) {
  if (items.length === 0) return null;
  const t = placeTimeline(items, W, 120, 4);
  return (
    <figure class="calc-chart pp-timeline" data-chart="payment-timeline">
      <svg viewBox={`0 0 ${W} ${AXIS_Y + 40}`} role="img" aria-labelledby={`${id}-t ${id}-d`} preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{items.map((i) => i.text).join('；')}</desc>
        <line class="calc-chart-axis" x1={0} x2={W} y1={AXIS_Y} y2={AXIS_Y} />
        {t.ticks.map((k) => (
          <g key={k.year}>
            <line class="calc-chart-axis" x1={k.x} x2={k.x} y1={AXIS_Y} y2={AXIS_Y + 8} />
            <text x={k.x} y={AXIS_Y + 26} text-anchor="middle">{k.year}</text>
          </g>
        ))}
        {t.events.map((e, i) => {
          const item = items[i]!;
          const ly = AXIS_Y - 16 - e.lane * LANE_H;
          const anchor = e.x > W - 110 ? 'end' : 'start';
          return (
            <g key={i}>
              {item.labelled !== false && (
                <>
                  <line class="pp-tl-leader" x1={e.x} x2={e.x} y1={AXIS_Y - 6} y2={ly + 4} />
                  <text x={anchor === 'end' ? e.x - 3 : e.x + 3} y={ly} text-anchor={anchor}>{e.label}</text>
                </>
              )}
              <Mark kind={e.kind} x={e.x} />
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="calc-chart-legend">
          <li><svg class="pp-tl-key" viewBox="0 0 14 14" aria-hidden="true"><circle class="pp-tl-mark pp-tl-mark--effective" cx="7" cy="7" r="5" /></svg>{' '}{legend.points}</li>
          <li><svg class="pp-tl-key" viewBox="0 0 14 14" aria-hidden="true"><path class="pp-tl-mark pp-tl-mark--earliest" d="M7 1 L13 7 L7 13 L1 7 Z" /></svg>{' '}{legend.earliest}</li>
          <li><svg class="pp-tl-key" viewBox="0 0 14 14" aria-hidden="true"><rect class="pp-tl-mark pp-tl-mark--payment" x="2" y="2" width="10" height="10" /></svg>{' '}{legend.payment}</li>
          <li><svg class="pp-tl-key" viewBox="0 0 14 14" aria-hidden="true"><rect class="pp-tl-mark pp-tl-mark--moved" x="2" y="2" width="10" height="10" /></svg>{' '}{legend.moved}</li>
        </ul>
      </figcaption>
    </figure>
  );
}
