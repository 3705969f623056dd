/**
 * The payment time line of a plan (the full page's): contract effect, publicity, revenue, each
 * reading's earliest payment and deadline, each instalment with holiday moves; SVG with its text.
 */
import { PaymentTimeline, type TimelineItem } from '../charts/PaymentTimeline';
import type { PlanResult } from '../../lib/calculators/payment-plan';
import type { Translate } from '../../lib/calculators/payment-text';
import { formatChineseDate } from '../../lib/plain-date';
import { formatYuan } from '../../lib/money';
import type { PlannerContext } from './Planner';

/** The chart for a planner's current result. */
export function PlanTimeline({ c }: { c: PlannerContext }) {
  const { r, t, id } = c;
  return (
    <PaymentTimeline
      id={id('timeline')}
      title={t('calc.payment.timeline.title')}
      items={timelineItems(r, t)}
      legend={{ points: t('calc.payment.timeline.key.points'), earliest: t('calc.payment.timeline.key.earliest'), payment: t('calc.payment.timeline.key.payment'), moved: t('calc.payment.timeline.key.moved') }}
    />
  );
}

/** What the time line shows: contract effect, publicity, revenue, each reading's dates, each due date. */
function timelineItems(r: PlanResult, t: Translate): TimelineItem[] {
  const items: TimelineItem[] = [];
  const d = (x: string) => formatChineseDate(x);
  if (r.effectiveDate) items.push({ date: r.effectiveDate, kind: 'effective', label: t('calc.payment.timeline.effective'), text: `${t('calc.payment.timeline.effective')} ${d(r.effectiveDate)}` });
  if (r.publicity) items.push({ date: r.publicity.period.end, kind: 'publicity', label: t('calc.payment.timeline.publicity'), text: `${t('calc.payment.timeline.publicity')} ${d(r.publicity.period.end)}` });
  if (r.revenueDate) items.push({ date: r.revenueDate, kind: 'revenue', label: t('calc.payment.timeline.revenue'), text: `${t('calc.payment.timeline.revenue')} ${d(r.revenueDate)}` });
  const readings = r.timing?.readings ?? [];
  readings.forEach((rd, k) => {
    const name = rd.label || t('calc.payment.reading.as-worded');
    // With several readings each mark says which one it belongs to (读法一, 读法二 …).
    const which = readings.length > 1 ? t('calc.payment.timeline.reading', { n: String(k + 1) }) : '';
    if (rd.evaluated && rd.earliest) items.push({ date: rd.earliest, kind: 'earliest', label: `${t('calc.payment.timeline.earliest')}${which}`, text: `${name}：${t('calc.payment.reading.earliest', { date: d(rd.earliest) })}` });
    if (rd.evaluated && rd.deadline) items.push({ date: rd.deadline, kind: 'deadline', label: `${t('calc.payment.timeline.deadline')}${which}`, text: `${name}：${t('calc.payment.reading.deadline', { date: d(rd.deadline) })}` });
  });
  const rows = r.schedule?.rows ?? [];
  // Label the first, the last and a few between; every row is in the description and the table.
  const every = Math.max(1, Math.ceil(rows.length / 6));
  rows.forEach((row, i) => {
    const label = t('calc.payment.timeline.payment', { n: String(row.index) });
    const moved = row.move.didMove ? t('calc.payment.timeline.moved', { plain: d(row.plainDue) }) : '';
    items.push({
      date: row.due,
      kind: row.move.didMove ? 'payment-moved' : 'payment',
      label,
      labelled: i === 0 || i === rows.length - 1 || i % every === 0,
      text: `${label} ${d(row.due)} ${formatYuan(row.amount)}${moved}`,
    });
  });
  return items;
}
