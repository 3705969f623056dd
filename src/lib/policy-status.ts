/**
 * A policy's status on a given day, derived from its dates and text status — never typed by hand.
 */
import type { Policy } from '../schemas/policy';
import { plainPeriodEnd } from './civil-code-period';
import { addDays, compareDates, formatChineseDate, type PlainDate } from './plain-date';

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
  /** Both readings of a derived last day (`derivedLastDays`), when the text gives a length. */
  lastDayReadings?: [DerivedLastDay, DerivedLastDay];
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
 * One reading of a validity stated as a length: the last day in force it gives and why.
 * `civil-code` is the rule this site applies; `first-day-counted` is the other reading, shown beside
 * it until a text settles the date.
 */
export interface DerivedLastDay {
  key: 'civil-code' | 'first-day-counted';
  lastDay: PlainDate;
  /** The derivation in one Chinese sentence. */
  explanation: string;
}

/**
 * The one rule for every validity stated as a length (“自2026年2月1日起实施，有效期5年”): counted as
 * 民法典 第二百零一条 counts a period (the day it runs from is not counted; counting begins the next
 * day) and 第二百零二条 ends a period in years (on the corresponding day of the final year; the
 * month's last day where there is none). So the last day in force is the N-th anniversary of the
 * first day — as the Kunming guideline's own dates run (2025-11-14 to 2028-11-14, three years).
 * 第二百零三条 (a last day on a rest day moves to the next working day) is not applied: it governs
 * the time for doing an act, not how long a rule is in force.
 *
 * The other reading — the first day is itself a day in force, so N years end the day before the
 * anniversary — is returned beside it: no text of ours settles which one the issuer meant.
 */
export function derivedLastDays(from: PlainDate, years: number): [DerivedLastDay, DerivedLastDay] {
  const { date: anniversary } = plainPeriodEnd(from, { amount: years, unit: 'year' });
  const dayBefore = addDays(anniversary, -1);
  return [
    {
      key: 'civil-code',
      lastDay: anniversary,
      explanation: `按民法典第二百零一条、第二百零二条计算：自${formatChineseDate(from)}起算的${years}年，开始的当日不计入，到期年的对应日${formatChineseDate(anniversary)}为最后一日。`,
    },
    {
      key: 'first-day-counted',
      lastDay: dayBefore,
      explanation: `另一读法：施行首日本身计入有效期，${years}年至对应日的前一日，即${formatChineseDate(dayBefore)}。`,
    },
  ];
}

/**
 * The last day in force. A stated end date wins. A validity of N years counted from a first day
 * follows `derivedLastDays`: the Civil Code rule gives `lastDay`, and both readings are returned.
 */
export function lastDayInForce(p: Pick<Policy, 'effectiveTo' | 'effectiveFrom' | 'validityYears'>): {
  lastDay?: PlainDate;
  note?: string;
  readings?: [DerivedLastDay, DerivedLastDay];
} {
  if (p.effectiveTo) return { lastDay: p.effectiveTo as PlainDate };
  if (p.effectiveFrom && p.validityYears) {
    const readings = derivedLastDays(p.effectiveFrom as PlainDate, p.validityYears);
    const [rule, other] = readings;
    return {
      lastDay: rule.lastDay,
      note: `原文未写明截止日期。${rule.explanation}${other.explanation}在有文本明确之前，本站按民法典的计算显示状态。`,
      readings,
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
  const { lastDay, note, readings } = lastDayInForce(p);
  const derived = readings ? { lastDayReadings: readings } : {};
  if (start && compareDates(on, start) < 0) {
    return {
      ...base,
      status: 'not-yet-in-force',
      label: STATUS_LABELS['not-yet-in-force'],
      reason: `自${formatChineseDate(start)}起施行。`,
      lastDay,
      lastDayNote: note,
      ...derived,
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
      ...derived,
    };
  }
  const from = start
    ? `自${formatChineseDate(start)}起施行`
    : `${p.effectiveFromRule ?? '自印发之日起施行'}（${p.issuedYear}年印发，原文未载明具体日期）`;
  const other = readings?.[1].lastDay;
  // Between the two readings' last days the status depends on the reading: say so.
  const between = other && compareDates(on, other) > 0 ? `（按另一读法已于${formatChineseDate(other)}届满）` : '';
  const to = lastDay
    ? `，有效期至${formatChineseDate(lastDay)}${readings ? '（按民法典推算）' : ''}${between}`
    : p.excerpt ? '，节选条文未涉及有效期' : '，原文未规定有效期';
  return {
    ...base,
    status: 'in-force',
    label: STATUS_LABELS['in-force'],
    reason: `${from}${to}。`,
    lastDay,
    lastDayNote: note,
    ...derived,
  };
}
