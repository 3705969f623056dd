/**
 * A reward split as one bar of shares of the net income, with a tick for each legal minimum.
 * SVG with a title and a description (the same figures in words) for screen readers; the table of
 * figures stays beside it. Colours come from CSS custom properties and every share also carries
 * its label, so the bar reads in print, in care mode and without colour.
 */
import { labelPlacement, markerX, stackSegments } from '../../lib/charts/bars';

export interface ShareBarPart {
  key: string;
  label: string;
  /** Share of the whole, 0–1. */
  value: number;
  /** The amount and share as text, for the legend and the description. */
  text: string;
}

export interface ShareBarMarker {
  key: string;
  /** Where the minimum lies, as a share of the whole (0–1). */
  at: number;
  label: string;
}

const W = 600;
const BAR_Y = 8;
const BAR_H = 36;

export function ShareBar({ id, title, parts, markers }: { id: string; title: string; parts: ShareBarPart[]; markers: ShareBarMarker[] }) {
  const boxes = stackSegments(parts, W);
  const desc = [...parts.map((p) => `${p.label}：${p.text}`), ...markers.map((m) => m.label)].join('；');
  const h = BAR_Y + BAR_H + 10 + markers.length * 22;
  return (
    <figure class="calc-chart" data-chart="share-bar">
      <svg viewBox={`0 0 ${W} ${h}`} role="img" aria-labelledby={`${id}-t ${id}-d`} preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {boxes.map((b) => (
          <rect key={b.key} class={`calc-chart-part calc-chart-part--${b.key}`} x={b.x} y={BAR_Y} width={b.width} height={BAR_H} />
        ))}
        <rect class="calc-chart-frame" x={0} y={BAR_Y} width={W} height={BAR_H} />
        {markers.map((m, i) => {
          const x = markerX(m.at, W);
          const y = BAR_Y + BAR_H + 16 + i * 22;
          const at = labelPlacement(x, m.label, W);
          return (
            <g key={m.key} class="calc-chart-marker">
              <line x1={x} x2={x} y1={BAR_Y - 4} y2={y - 12} />
              <text x={at.x} y={y} text-anchor={at.anchor}>
                {m.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="calc-chart-legend">
          {parts.map((p) => (
            <li key={p.key}>
              <span class={`calc-chart-swatch calc-chart-part--${p.key}`} aria-hidden="true" />
              {p.label}：{p.text}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
