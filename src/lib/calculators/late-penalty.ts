/**
 * Late-payment penalty (违约金) as the Hunan model contract words it: “乙方未按约定支付费用的，
 * 每逾期一日应按未付金额的[0.05]%支付违约金” — penalty = unpaid × daily rate × days overdue.
 *
 * Days overdue count from the due day, after Art. 203 has moved a due day that falls on a rest day
 * (paying on the next working day is on time), to the day paid: paid on the due day → 0 days.
 * The result is exact; it is rounded to the fen only for display.
 *
 * @see provision hunan-2025-plan (合同示范文本第六条第1项 late-payment rate, a contract default)
 */
import { moveOffRestDays, type RestDayMove } from '../civil-code-period';
import type { HolidayCalendar } from '../holidays';
import { ZERO, type Yuan } from '../money';
import { daysBetween, type PlainDate } from '../plain-date';

export interface PenaltyInput {
  /** 未付金额, 元. */
  unpaid: Yuan;
  /** The due day agreed in the contract. */
  due: PlainDate;
  /** The day actually paid (or the day the penalty is computed to). */
  paid: PlainDate;
  /** Daily rate as a fraction: 0.0005 for 0.05% per day. */
  dailyRate: Yuan;
}

export interface PenaltyResult {
  /** The inputs, for showing the formula. */
  input: PenaltyInput;
  /** The due day and, where it fell on a rest day, the next working day (Art. 203). */
  dueMove: RestDayMove;
  /** Whole days from the (moved) due day to the day paid; 0 when paid on time. */
  daysOverdue: number;
  penalty: Yuan;
  /** Paid on or before the (moved) due day. */
  onTime: boolean;
  provisionIds: string[];
}

/**
 * The penalty for paying late. Linear in the unpaid amount, the rate and the days.
 * @param provisionId the provision the daily rate came from, cited with the result.
 */
export function latePenalty(input: PenaltyInput, calendar: HolidayCalendar, provisionId?: string): PenaltyResult {
  const dueMove = moveOffRestDays(input.due, calendar);
  const days = Math.max(0, daysBetween(dueMove.moved, input.paid));
  const penalty = days === 0 ? ZERO : input.unpaid.times(input.dailyRate).times(days);
  return { input, dueMove, daysOverdue: days, penalty, onTime: days === 0, provisionIds: provisionId ? [provisionId] : [] };
}
