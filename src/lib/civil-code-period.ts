/**
 * Legal periods as the Civil Code counts them (《中华人民共和国民法典》第一编第十章 期间计算).
 * Shared infrastructure: every calculator that says "within 15 days", "one year after", "满3个月"
 * uses `periodEnd()` and shows the articles it returns.
 *
 * - Art. 201: for periods in years, months or days the start day is not counted; counting begins
 *   the next day. So 15 days from 09-15 run 09-16 … 09-30.
 * - Art. 202: a period in years or months ends on the corresponding day of the final month; where
 *   that month has no such day (02-29, 04-31) it ends on the month's last day.
 * - Art. 203: if the last day is a statutory rest day (法定休假日 — in practice festivals and
 *   ordinary weekends, but not make-up working days 调休上班), the period ends on the day after
 *   the rest days, i.e. the next working day. The last day ends at 24:00.
 *
 * Rest days come from a `HolidayCalendar` (`holidays.ts`). Where the official arrangement of a year
 * involved is not published, weekends are still moved but `holidayDataKnown` is false and the
 * years are listed, so the UI says so instead of guessing.
 *
 * @see content/reference/legal-periods.md
 */
import { addDays, addMonthsClamped, type PlainDate } from './plain-date';
import type { DayInfo, HolidayCalendar } from './holidays';

export type PeriodUnit = 'day' | 'month' | 'year';

/** A length of time as the texts state it: 15日, 3个月, 1年. `amount` is a positive integer. */
export interface PeriodLength {
  amount: number;
  unit: PeriodUnit;
}

/** Articles of the Civil Code this module applies. */
export type CivilCodeArticle = 201 | 202 | 203;

/** Outcome of moving a last day off rest days (Art. 203). */
export interface RestDayMove {
  /** The day as calculated before Art. 203. */
  plain: PlainDate;
  /** The first working day on or after `plain`. */
  moved: PlainDate;
  /** Whether `moved` differs from `plain`. */
  didMove: boolean;
  /** The rest days skipped, in order (empty when not moved). */
  skipped: DayInfo[];
  /** False when any day examined lies in a year whose official arrangement is not in the data. */
  holidayDataKnown: boolean;
  /** Those years, ascending. */
  unknownYears: number[];
}

export interface PeriodEnd extends RestDayMove {
  /** The day of the event the period runs from; not counted (Art. 201). */
  from: PlainDate;
  /** The first day counted. */
  firstDay: PlainDate;
  length: PeriodLength;
  /** Last day by Arts. 201–202 (same as `plain`). */
  plainEnd: PlainDate;
  /** Last day after Art. 203 when moving applies (same as `moved`), else `plainEnd`. */
  end: PlainDate;
  /** True when Art. 202's second clause applied: the final month had no corresponding day. */
  monthEndUsed: boolean;
  /** Articles applied, ascending: 201 always, 202 for months/years, 203 when the day moved. */
  articles: CivilCodeArticle[];
}

/** A rest run never exceeds a couple of weeks; the cap only guards against bad data. */
const MAX_REST_RUN = 40;

/**
 * Art. 203 alone: the first working day on or after `day`. Use it for a last day that was set as a
 * date (a due date in a contract) rather than counted as a period.
 */
export function moveOffRestDays(day: PlainDate, calendar: HolidayCalendar): RestDayMove {
  const skipped: DayInfo[] = [];
  const unknown = new Set<number>();
  let d = day;
  for (let i = 0; i <= MAX_REST_RUN; i++) {
    const info = calendar.dayInfo(d);
    if (!info.known) unknown.add(Number(d.slice(0, 4)));
    if (!info.kind.rest) break;
    skipped.push(info);
    d = addDays(d, 1);
  }
  const unknownYears = [...unknown].sort((a, b) => a - b);
  return { plain: day, moved: d, didMove: d !== day, skipped, holidayDataKnown: unknownYears.length === 0, unknownYears };
}

/**
 * The corresponding last day of a period by Arts. 201–202 only (no rest-day moving): `from` plus
 * the length, where a year is twelve months and a missing corresponding day becomes the month end.
 */
export function plainPeriodEnd(from: PlainDate, length: PeriodLength): { date: PlainDate; monthEndUsed: boolean } {
  assertLength(length);
  if (length.unit === 'day') return { date: addDays(from, length.amount), monthEndUsed: false };
  const months = length.unit === 'year' ? length.amount * 12 : length.amount;
  const r = addMonthsClamped(from, months);
  return { date: r.date, monthEndUsed: r.clamped };
}

/**
 * The last day of a period of `length` running from the event on `from` (民法典 第二百零一条至第二百零三条).
 *
 * @param from the day of the event (合同生效之日, 公示开始之日 …); it is not counted.
 * @param length e.g. `{ amount: 15, unit: 'day' }`.
 * @param calendar official rest days, for Art. 203.
 * @param opts.moveOffRestDay apply Art. 203 (default true). Pass false only where a law or the
 *   parties provide otherwise (Art. 204) — and say so to the user.
 * @example periodEnd('2026-09-16', { amount: 15, unit: 'day' }, cal) // plainEnd 2026-10-01, end 2026-10-08
 */
export function periodEnd(
  from: PlainDate,
  length: PeriodLength,
  calendar: HolidayCalendar,
  opts: { moveOffRestDay?: boolean } = {},
): PeriodEnd {
  const { date: plainEnd, monthEndUsed } = plainPeriodEnd(from, length);
  const move = opts.moveOffRestDay === false ? noMove(plainEnd, calendar) : moveOffRestDays(plainEnd, calendar);
  const articles: CivilCodeArticle[] = [201];
  if (length.unit !== 'day') articles.push(202);
  if (move.didMove) articles.push(203);
  return {
    ...move,
    from,
    firstDay: addDays(from, 1),
    length,
    plainEnd,
    end: move.moved,
    monthEndUsed,
    articles,
  };
}

function noMove(day: PlainDate, calendar: HolidayCalendar): RestDayMove {
  const known = calendar.isKnownYear(Number(day.slice(0, 4)));
  return { plain: day, moved: day, didMove: false, skipped: [], holidayDataKnown: known, unknownYears: known ? [] : [Number(day.slice(0, 4))] };
}

/**
 * Guards against programming errors only (a fraction, zero, a runaway loop). It must never be
 * reachable from a form: the longest period the calculators derive from accepted input is 119
 * instalments × 60 months = 7,140 months (and 120 annual settlements = 1,440 months), far inside
 * this bound; `test/unit/lib/calculators/never-throws.test.ts` drives every accepted input through.
 */
export const MAX_PERIOD_AMOUNT = 12_000;

function assertLength(length: PeriodLength): void {
  if (!Number.isInteger(length.amount) || length.amount < 1 || length.amount > MAX_PERIOD_AMOUNT) {
    throw new RangeError(`period amount must be an integer 1–${MAX_PERIOD_AMOUNT}, got ${length.amount}`);
  }
}
