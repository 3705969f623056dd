/**
 * Plain-Chinese rendering of a provision's typed value, shared by the policy pages, the
 * comparison and the open-data CSV, so a value reads the same everywhere.
 */
import type { ProvisionValue, BoundWord, Reading } from '../schemas/provision';
import { formatPercent, formatWan, yuan } from './money';

const UNIT: Record<'day' | 'month' | 'year', string> = { day: '日', month: '个月', year: '年' };

/** "不低于70%" / "100万元以内" … bound words placed as Chinese writes them. */
export function withBound(figure: string, bound: BoundWord): string {
  if (bound === 'exactly') return figure;
  if (['以上', '以内', '以下'].includes(bound)) return `${figure}${bound}`;
  return `${bound}${figure}`;
}

/**
 * "自取得知识产权之日起满5年", "不少于15日". A period that binds once it has run out (`elapsed`:
 * “验收后5年内未转化的”) reads as the moment it runs out — 自验收起5年期满 — so a cell never reads as
 * if the rule ran during the period.
 */
export function formatPeriod(p: {
  amount: number;
  unit: 'day' | 'month' | 'year';
  bound: BoundWord;
  from?: string | undefined;
  inclusiveMark?: boolean | undefined;
  elapsed?: boolean | undefined;
}): string {
  const figure = `${p.amount}${UNIT[p.unit]}${p.inclusiveMark ? '（含）' : ''}`;
  const from = p.from ? `自${p.from}起` : '';
  if (p.elapsed) return p.bound === '满' ? `${from}满${figure}` : `${from}${figure}期满`;
  return `${from}${withBound(figure, p.bound)}`;
}

/** One line describing the value, e.g. "按20%；单个项目不超过100万元；每家每年不超过300万元". */
export function describeValue(v: ProvisionValue): string {
  switch (v.type) {
    case 'share':
      return `${v.years ? `连续${v.years.min === v.years.max ? v.years.min : `${v.years.min}至${v.years.max}`}年每年` : ''}${withBound(formatPercent(v.rate), v.bound)}`;
    case 'amount':
      return `${v.of}：${withBound(formatWan(yuan(v.yuan)), v.bound)}`;
    case 'rate':
      return `每${UNIT[v.per].replace('个', '')}${formatPercent(v.rate)}${v.contractDefault ? '（示范文本默认值，可约定）' : ''}`;
    case 'period':
      return formatPeriod(v.period);
    case 'list':
      return v.items.join('、');
    case 'payment-timing':
      return [
        v.agreedByParties ? '支付时间由双方商定' : '',
        ...v.triggers.map((tr) => (tr.after ? `${tr.label}：${formatPeriod(tr.after)}` : tr.label)),
      ]
        .filter(Boolean)
        .join('；');
    case 'subsidy': {
      if (v.caseByCase) return '一事一议';
      const parts: string[] = [];
      if (v.rate) parts.push(`按${v.base?.label ?? '基数'}的${withBound(formatPercent(v.rate), v.rateBound ?? 'exactly')}`);
      if (v.fixedYuan) parts.push(withBound(formatWan(yuan(v.fixedYuan)), v.fixedBound ?? 'exactly'));
      for (const c of v.caps) parts.push(`${CAP_SCOPE[c.scope]}${withBound(formatWan(yuan(c.yuan)), c.bound)}`);
      return parts.join('；');
    }
    case 'quantity':
      return `${v.of}：${withBound(`${v.number}${v.unit}`, v.bound)}`;
    case 'text':
      return '';
    case 'not-applicable':
      return `不适用：${v.why}`;
    // Rules about other rules, payroll treatment and open-licence terms say it in their summary.
    case 'applicability':
    case 'payroll':
    case 'open-licence':
      return '';
  }
}

export const CAP_SCOPE: Record<string, string> = {
  'per-project': '单个项目',
  'per-claimant-year': '每家每年',
  'per-target-cumulative': '对同一家企业累计',
  'per-investment': '单笔',
  'per-contract': '单项合同',
  'one-off': '一次性',
  'per-claimant': '每家合计',
};

/** One reading of a provision's words, as a page shows it: its name, why, and what follows. */
export interface ReadingView {
  key: string;
  label: string;
  /** Why the words admit this reading ('' where the consequence already says it). */
  explanation: string;
  consequence: string;
  /** The typed value under this reading in plain Chinese, when it differs from the provision's; else ''. */
  detail: string;
}

/**
 * Every reading of a provision, for every place that shows the provision (policy page, guide,
 * comparison cell): its own `readings`, and for payment timing the readings kept inside the value
 * (whose explanation is the consequence: which date starts the payment; the planner computes each).
 */
export function readingViews(p: { value: ProvisionValue; readings: readonly Reading[] }): ReadingView[] {
  const described = describeValue(p.value);
  const own = p.readings.map((r) => {
    const d = r.value ? describeValue(r.value) : '';
    return { key: r.key, label: r.label, explanation: r.explanation, consequence: r.consequence, detail: d && d !== described ? d : '' };
  });
  const timing = p.value.type === 'payment-timing'
    ? p.value.readings.map((r) => ({ key: r.key, label: r.label, explanation: '', consequence: r.explanation, detail: '' }))
    : [];
  return [...own, ...timing];
}
