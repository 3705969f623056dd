/**
 * A policy's status on a given day, derived from its dates and text status — never typed by hand.
 */
import type { Policy } from '../schemas/policy';
import { addDays, addMonthsClamped, compareDates, formatChineseDate, type PlainDate } from './plain-date';

export type PolicyStatus = 'draft' | 'not-yet-in-force' | 'in-force' | 'expired';

export interface StatusResult {
  status: PolicyStatus;
  /** Short label for badges: 征求意见稿 / 尚未施行 / 现行有效 / 已失效. */
  label: string;
  /** Why, in a sentence, naming the dates used. */
  reason: string;
  /** The last day in force, when known or derived. */
  lastDay?: PlainDate;
  /** How `lastDay` was obtained when the text gives a length rather than a date. */
  lastDayNote?: string;
  /** The day the status was computed for. */
  on: PlainDate;
}

export const STATUS_LABELS: Record<PolicyStatus, string> = {
  draft: '征求意见稿',
  'not-yet-in-force': '尚未施行',
  'in-force': '现行有效',
  expired: '已失效',
};

/**
 * The last day in force. A stated end date wins. A validity of N years counted from a first
 * day (“自2026年2月1日起实施，有效期5年”) ends the day before the N-th anniversary, since the first
 * day itself is a day in force.
 */
export function lastDayInForce(p: Pick<Policy, 'effectiveTo' | 'effectiveFrom' | 'validityYears'>): {
  lastDay?: PlainDate;
  note?: string;
} {
  if (p.effectiveTo) return { lastDay: p.effectiveTo as PlainDate };
  if (p.effectiveFrom && p.validityYears) {
    const anniversary = addMonthsClamped(p.effectiveFrom as PlainDate, p.validityYears * 12).date;
    const lastDay = addDays(anniversary, -1);
    return {
      lastDay,
      note: `原文未写明截止日期；按自${formatChineseDate(p.effectiveFrom as PlainDate)}起有效期${p.validityYears}年推算，施行首日计入，至${formatChineseDate(lastDay)}。`,
    };
  }
  return {};
}

/** Status of `p` on day `on`. */
export function policyStatus(p: Policy, on: PlainDate): StatusResult {
  const base = { on };
  if (p.textStatus === 'draft-for-comment') {
    return {
      ...base,
      status: 'draft',
      label: STATUS_LABELS.draft,
      reason: '本文本为征求意见稿，不具有正式效力；以正式印发文本为准。',
    };
  }
  const start = (p.effectiveFrom ?? p.issued) as PlainDate | undefined;
  const { lastDay, note } = lastDayInForce(p);
  if (start && compareDates(on, start) < 0) {
    return {
      ...base,
      status: 'not-yet-in-force',
      label: STATUS_LABELS['not-yet-in-force'],
      reason: `自${formatChineseDate(start)}起施行。`,
      lastDay,
      lastDayNote: note,
    };
  }
  if (lastDay && compareDates(on, lastDay) > 0) {
    return {
      ...base,
      status: 'expired',
      label: STATUS_LABELS.expired,
      reason: `有效期已于${formatChineseDate(lastDay)}届满。`,
      lastDay,
      lastDayNote: note,
    };
  }
  const from = start
    ? `自${formatChineseDate(start)}起施行`
    : `${p.effectiveFromRule ?? '自印发之日起施行'}（${p.issuedYear}年印发，原文未载明具体日期）`;
  const to = lastDay ? `，有效期至${formatChineseDate(lastDay)}` : p.excerpt ? '，节选条文未涉及有效期' : '，原文未规定有效期';
  return {
    ...base,
    status: 'in-force',
    label: STATUS_LABELS['in-force'],
    reason: `${from}${to}。`,
    lastDay,
    lastDayNote: note,
  };
}
