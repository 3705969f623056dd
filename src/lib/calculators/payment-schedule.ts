/**
 * The payment schedule of a 先用后付 licence: each due date, what triggers it, the amount and the
 * running total. Modes as the policies name them:
 * - 零门槛费+收入提成 (`royalty`): no entry fee; a share of sales revenue settled every half-year or
 *   year (湖南合同示范文本第四条 “每[半年/年]结算一次”);
 * - 阶段性支付 / 里程碑节点支付 (`milestone`): an amount due within a term after each milestone,
 *   optionally with the royalty as well (示范文本第四条模式一 “提成费用约定”);
 * - 延期支付 / 延期启动支付 (`deferred`): from a start day (after a period from the effective date,
 *   or after revenue begins) a lump sum or instalments (示范文本第四条模式二).
 *
 * Due dates: a payment "within X days after" an event is due on the X-th day after it (Art. 201);
 * a due day on a rest day moves to the next working day (Art. 203). Settlement periods are counted
 * from their anchor (start + 6k months), so month ends never drift (Art. 202).
 *
 * Amounts are exact decimals (no rounding here); `Σ rows = total` exactly.
 *
 * @see provision hunan-2025-plan (合同示范文本第四条), kunming-2025-guideline (第一条 payment modes)
 */
import { moveOffRestDays, periodEnd, plainPeriodEnd, type RestDayMove } from '../civil-code-period';
import type { HolidayCalendar } from '../holidays';
import { ZERO, type Yuan } from '../money';
import type { PlainDate } from '../plain-date';

export type ScheduleMode = 'royalty' | 'milestone' | 'deferred';
export type SettlementPeriod = 'half-year' | 'year';

/** The most rows a plan may have (e.g. 120 monthly instalments = 10 years). */
export const MAX_SCHEDULE_ROWS = 120;

export interface MilestoneInput {
  /** As the contract names it: 技术验证通过, 样品试制成功 … */
  name: string;
  /** Expected date the milestone is reached. */
  date: PlainDate;
  amount: Yuan;
  /** 支付期限: days after the milestone within which the amount is paid (0 = on the day). */
  termDays: number;
}

export interface RoyaltyInput {
  /** Share of sales revenue as a fraction (0.05 = 5%). */
  rate: Yuan;
  period: SettlementPeriod;
  /** Expected sales revenue in each settlement period, 元. */
  revenuePerPeriod: Yuan;
  /** Number of settlement periods to schedule. */
  periods: number;
  /** Days after each settlement day within which the royalty is paid. */
  termDays: number;
  /** The day settlement periods are counted from (contract effective date or first revenue). */
  from: PlainDate;
}

export interface DeferredInput {
  /** The day deferred payment starts (computed by the caller from the trigger). */
  start: PlainDate;
  kind: 'lump' | 'instalments';
  /** 一次性总付 amount and its term in days after `start`. */
  lumpAmount?: Yuan;
  /** 分期支付: number of instalments, amount each, months between them. */
  count?: number;
  perInstalment?: Yuan;
  intervalMonths?: number;
  /** Days after each instalment's (or the lump sum's) start day within which it is paid. */
  termDays: number;
}

export type RowTrigger =
  | { kind: 'milestone'; name: string; eventDate: PlainDate; termDays: number }
  | { kind: 'royalty'; period: number; settlementDay: PlainDate; termDays: number; revenue: Yuan; rate: Yuan }
  | { kind: 'lump'; eventDate: PlainDate; termDays: number }
  | { kind: 'instalment'; n: number; of: number; eventDate: PlainDate; termDays: number };

export interface ScheduleRow {
  /** 1-based, in due-date order. */
  index: number;
  trigger: RowTrigger;
  /** Due day before Art. 203, and the moved due day (`due`). */
  plainDue: PlainDate;
  due: PlainDate;
  move: RestDayMove;
  amount: Yuan;
  cumulative: Yuan;
}

export interface Schedule {
  rows: ScheduleRow[];
  total: Yuan;
  holidayDataKnown: boolean;
  unknownYears: number[];
  /** Rows beyond MAX_SCHEDULE_ROWS were not produced. */
  truncated: boolean;
}

export interface ScheduleInput {
  mode: ScheduleMode;
  milestones?: readonly MilestoneInput[];
  royalty?: RoyaltyInput | null;
  deferred?: DeferredInput | null;
}

/** The day an amount "within `termDays` days after `event`" is due, moved off rest days. */
export function dueAfter(event: PlainDate, termDays: number, calendar: HolidayCalendar): RestDayMove {
  if (termDays === 0) return moveOffRestDays(event, calendar);
  const p = periodEnd(event, { amount: termDays, unit: 'day' }, calendar);
  return { plain: p.plainEnd, moved: p.end, didMove: p.didMove, skipped: p.skipped, holidayDataKnown: p.holidayDataKnown, unknownYears: p.unknownYears };
}

type Draft = { trigger: RowTrigger; move: RestDayMove; amount: Yuan; order: number };

/** Build the schedule; rows are sorted by due date (stable), with cumulative totals. */
export function buildSchedule(input: ScheduleInput, calendar: HolidayCalendar): Schedule {
  const drafts: Draft[] = [];
  const push = (trigger: RowTrigger, move: RestDayMove, amount: Yuan) =>
    drafts.push({ trigger, move, amount, order: drafts.length });

  if (input.mode === 'milestone') {
    for (const m of input.milestones ?? []) {
      push({ kind: 'milestone', name: m.name, eventDate: m.date, termDays: m.termDays }, dueAfter(m.date, m.termDays, calendar), m.amount);
    }
  }
  if ((input.mode === 'royalty' || input.mode === 'milestone') && input.royalty) {
    const r = input.royalty;
    const step = r.period === 'half-year' ? 6 : 12;
    for (let k = 1; k <= Math.min(r.periods, MAX_SCHEDULE_ROWS); k++) {
      const settlementDay = plainPeriodEnd(r.from, { amount: step * k, unit: 'month' }).date;
      push(
        { kind: 'royalty', period: k, settlementDay, termDays: r.termDays, revenue: r.revenuePerPeriod, rate: r.rate },
        dueAfter(settlementDay, r.termDays, calendar),
        r.revenuePerPeriod.times(r.rate),
      );
    }
  }
  if (input.mode === 'deferred' && input.deferred) {
    const d = input.deferred;
    if (d.kind === 'lump' && d.lumpAmount) {
      push({ kind: 'lump', eventDate: d.start, termDays: d.termDays }, dueAfter(d.start, d.termDays, calendar), d.lumpAmount);
    } else if (d.kind === 'instalments' && d.perInstalment && d.count && d.intervalMonths) {
      const n = Math.min(d.count, MAX_SCHEDULE_ROWS);
      for (let k = 0; k < n; k++) {
        const eventDate = k === 0 ? d.start : plainPeriodEnd(d.start, { amount: d.intervalMonths * k, unit: 'month' }).date;
        push({ kind: 'instalment', n: k + 1, of: d.count, eventDate, termDays: d.termDays }, dueAfter(eventDate, d.termDays, calendar), d.perInstalment);
      }
    }
  }

  drafts.sort((a, b) => (a.move.moved < b.move.moved ? -1 : a.move.moved > b.move.moved ? 1 : a.order - b.order));
  const truncated = drafts.length > MAX_SCHEDULE_ROWS || requestedRows(input) > MAX_SCHEDULE_ROWS;
  const kept = drafts.slice(0, MAX_SCHEDULE_ROWS);
  let cumulative: Yuan = ZERO;
  const unknown = new Set<number>();
  const rows = kept.map((d, i) => {
    cumulative = cumulative.plus(d.amount);
    for (const y of d.move.unknownYears) unknown.add(y);
    return { index: i + 1, trigger: d.trigger, plainDue: d.move.plain, due: d.move.moved, move: d.move, amount: d.amount, cumulative };
  });
  const unknownYears = [...unknown].sort((a, b) => a - b);
  return { rows, total: cumulative, holidayDataKnown: unknownYears.length === 0, unknownYears, truncated };
}

function requestedRows(input: ScheduleInput): number {
  let n = input.mode === 'milestone' ? (input.milestones?.length ?? 0) : 0;
  if (input.mode !== 'deferred' && input.royalty) n += input.royalty.periods;
  if (input.mode === 'deferred' && input.deferred?.kind === 'instalments') n += input.deferred.count ?? 0;
  return n;
}
