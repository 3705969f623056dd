/**
 * Subsidies against their caps: one row per claim on a shared scale, the amount kept as a solid
 * bar (a conditional claim's as an outline), the part a cap cut off as a dashed red outline after
 * it, and the cap that bit as a line. SVG with
 * a title and a description in words; the claims' figures stay in the text beside it.
 */
import { capRows } from '../../lib/charts/bars';

export interface CapBarRow {
  key: string;
  label: string;
  raw: number;
  amount: number;
  cap?: number | undefined;
  /** The row in words: amount, what was cut and by which cap. */
  text: string;
  /** A conditional claim (若满足…): drawn as an outline, not a solid bar. */
  conditional?: boolean;
}

const W = 600;
const LABEL_W = 150;
const ROW_H = 30;

export function CapBars({ id, title, rows }: { id: string; title: string; rows: CapBarRow[] }) {
  const { boxes } = capRows(rows, W - LABEL_W - 10);
  const h = rows.length * ROW_H + 8;
  return (
    <figure class="calc-chart" data-chart="cap-bars">
      <svg viewBox={`0 0 ${W} ${h}`} role="img" aria-labelledby={`${id}-t ${id}-d`} preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{rows.map((r) => `${r.label}：${r.text}`).join('；')}</desc>
        <line class="calc-chart-axis" x1={LABEL_W} x2={LABEL_W} y1={0} y2={h} />
        {rows.map((r, i) => {
          const b = boxes[i]!;
          const y = 4 + i * ROW_H;
          return (
            <g key={r.key}>
              <text x={LABEL_W - 6} y={y + 18} text-anchor="end">{r.label}</text>
              <rect class={r.conditional ? 'calc-chart-part--conditional' : 'calc-chart-part--kept'} x={LABEL_W} y={y + 4} width={b.amountWidth} height={ROW_H - 10} />
              {b.cutWidth > 0 && <rect class="calc-chart-part--cut" x={LABEL_W + b.amountWidth} y={y + 4} width={b.cutWidth} height={ROW_H - 10} />}
              {b.capX !== undefined && <line class="calc-chart-cap" x1={LABEL_W + b.capX} x2={LABEL_W + b.capX} y1={y} y2={y + ROW_H - 2} />}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
