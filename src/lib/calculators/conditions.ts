/**
 * The conditions of an award, decided: each typed condition of the data (`subsidyCondition` in the
 * schema) is a question with three states — met, not met, not yet answered — and a claim is
 * eligible only when every condition is met, not eligible as soon as one is not (it then
 * contributes nothing, and the failed condition is the reason), and conditional while any is open.
 *
 * Durations are counted as the Civil Code counts periods (民法典 第二百零一条至第二百零三条, via
 * `civil-code-period.ts`) and read by their bound word (第一千二百五十九条): a waiting period with a
 * lower bound (满2年) is met from its last day on, the number itself included, as the payment
 * planner reads 满 (`payment-timing.ts`). Thresholds use `satisfiesBound` (50万元以上 includes 50万元).
 */
import type { SubsidyCondition } from '../../schemas/provision';
import { boundKind, satisfiesBound } from '../bounds';
import { periodEnd, type PeriodEnd } from '../civil-code-period';
import type { HolidayCalendar } from '../holidays';
import { Money, type Yuan } from '../money';
import { parseDateInput, parseYuanInput } from '../parse-input';
import { addDays, type PlainDate } from '../plain-date';

export type ConditionState = 'met' | 'not-met' | 'unanswered';

/** What the form holds for one condition, as typed. Which fields count depends on the kind. */
export interface ConditionForm {
  /** fact / exclusion: 'yes', 'no' or '' (not answered). For an exclusion, 'yes' = the excluded case. */
  answer: '' | 'yes' | 'no';
  /** duration: the day the period runs from (实缴投资之日). */
  from: string;
  /** duration: the day of the claim (申请日). */
  on: string;
  /** threshold: the amount reached (元). */
  amount: string;
}

export const EMPTY_CONDITION: ConditionForm = { answer: '', from: '', on: '', amount: '' };

export interface ConditionResult {
  index: number;
  condition: SubsidyCondition;
  /** `basis` conditions say how an amount is set; they are shown, never asked, and never gate. */
  asked: boolean;
  state: ConditionState;
  /** Field messages by part (`from`, `on`, `amount`); a part with a message leaves the state unanswered. */
  errors: Partial<Record<'from' | 'on' | 'amount', string>>;
  /** duration: the counted period and the first day a claim may be made. */
  period?: PeriodEnd;
  earliest?: PlainDate;
  /** threshold: the amount entered and the figure it is held against. */
  value?: Yuan;
  limit?: Yuan;
}

/** Decide one condition from its answer. Never throws on user input. */
export function evaluateCondition(index: number, c: SubsidyCondition, a: ConditionForm, calendar: HolidayCalendar): ConditionResult {
  const base = { index, condition: c, asked: c.kind !== 'basis', errors: {} };
  switch (c.kind) {
    case 'basis':
      return { ...base, state: 'met' };
    case 'fact':
      return { ...base, state: a.answer === 'yes' ? 'met' : a.answer === 'no' ? 'not-met' : 'unanswered' };
    case 'exclusion':
      // 关联技术交易除外: being the excluded case fails the condition.
      return { ...base, state: a.answer === 'no' ? 'met' : a.answer === 'yes' ? 'not-met' : 'unanswered' };
    case 'duration': {
      const errors: ConditionResult['errors'] = {};
      const fromLabel = c.period.from ? `${c.period.from}之日` : '起算日';
      const from = a.from.trim() ? parseDateInput(a.from, { label: fromLabel }) : null;
      const on = a.on.trim() ? parseDateInput(a.on, { label: '申请日' }) : null;
      if (from && !from.ok) errors.from = from.message;
      if (on && !on.ok) errors.on = on.message;
      if (!from?.ok) return { ...base, errors, state: 'unanswered' };
      const period = periodEnd(from.value, { amount: c.period.amount, unit: c.period.unit }, calendar);
      // 满/不少于/以上: the last day counts (第一千二百五十九条); 超过 excludes it: the day after.
      const k = boundKind(c.period.bound);
      const earliest = k.side === 'lower' && !k.inclusive ? addDays(period.end, 1) : period.end;
      if (!on?.ok) return { ...base, errors, state: 'unanswered', period, earliest };
      if (on.value < from.value) {
        errors.on = `申请日早于${fromLabel}，请检查。`;
        return { ...base, errors, state: 'unanswered', period, earliest };
      }
      return { ...base, errors, state: on.value >= earliest ? 'met' : 'not-met', period, earliest };
    }
    case 'threshold': {
      const limit = new Money(c.yuan);
      if (!a.amount.trim()) return { ...base, state: 'unanswered', limit };
      const v = parseYuanInput(a.amount, { allowZero: true, label: c.of });
      if (!v.ok) return { ...base, errors: { amount: v.message }, state: 'unanswered', limit };
      return { ...base, state: satisfiesBound(v.value, c.bound, limit) ? 'met' : 'not-met', value: v.value, limit };
    }
  }
}

export type ClaimStatus = 'eligible' | 'not-eligible' | 'conditional';

/** Not eligible if any condition is not met; eligible if every asked condition is met; else conditional. */
export function claimStatus(results: readonly ConditionResult[]): ClaimStatus {
  if (results.some((r) => r.state === 'not-met')) return 'not-eligible';
  if (results.some((r) => r.state === 'unanswered')) return 'conditional';
  return 'eligible';
}
