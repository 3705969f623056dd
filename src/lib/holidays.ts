/**
 * Official rest days in mainland China (国务院办公厅 节假日安排), as data for the legal period rules
 * of 民法典 第二百零三条: a period whose last day is a statutory rest day ends on the next working day.
 *
 * The calendar is built from `content/reference/holidays-cn.json` (passed in, never imported here,
 * so islands get it as a prop). Within a year whose arrangement is published, a day is a rest day
 * when it lies in a festival's 放假 span, or is a Saturday/Sunday not listed as a make-up working
 * day (调休上班). For a year with no published arrangement only weekends can be known: callers get
 * `known: false` and must tell the user instead of guessing.
 */
import { isoWeekday, parsePlainDate, type PlainDate } from './plain-date';

/** The shape of `content/reference/holidays-cn.json`. */
export interface HolidayData {
  note?: string;
  years: Record<
    string,
    {
      source: string;
      festivals: { name: string; from: string; to: string }[];
      workdays: string[];
    }
  >;
}

/** Why a day is or is not a rest day. */
export type DayKind =
  | { rest: true; reason: 'festival'; festival: string }
  | { rest: true; reason: 'weekend' }
  | { rest: false; reason: 'makeup-workday' }
  | { rest: false; reason: 'workday' };

export interface DayInfo {
  date: PlainDate;
  kind: DayKind;
  /** False when the year's official arrangement is not in the data: only weekends were checked. */
  known: boolean;
}

export interface HolidayCalendar {
  /** Years whose official arrangement is in the data, ascending. */
  readonly knownYears: readonly number[];
  /** Whether `year`'s official arrangement is known. */
  isKnownYear(year: number): boolean;
  /** The kind of day `d` is, and whether that is known or only inferred from the weekday. */
  dayInfo(d: PlainDate): DayInfo;
  /** Shorthand for `dayInfo(d).kind.rest`. */
  isRestDay(d: PlainDate): boolean;
  /** The official notice the year's arrangement comes from, if known. */
  sourceOf(year: number): string | undefined;
}

function yearOf(d: PlainDate): number {
  return Number(d.slice(0, 4));
}

/**
 * Build a calendar from the holiday data. Throws if a date in the data is malformed, so bad
 * reference data fails the build rather than shifting someone's deadline.
 */
export function makeHolidayCalendar(data: HolidayData): HolidayCalendar {
  const festivalDay = new Map<string, string>();
  const makeup = new Set<string>();
  const years = new Map<number, string>();
  for (const [y, arr] of Object.entries(data.years)) {
    const year = Number(y);
    if (!Number.isInteger(year)) throw new Error(`holidays: bad year key ${y}`);
    years.set(year, arr.source);
    for (const f of arr.festivals) {
      const from = parsePlainDate(f.from);
      const to = parsePlainDate(f.to);
      if (!from || !to || from > to) throw new Error(`holidays: bad span ${f.name} ${f.from}–${f.to}`);
      // Walk the span by calendar day; spans are at most a couple of weeks.
      for (let d = from, i = 0; d <= to && i < 40; i++) {
        festivalDay.set(d, f.name);
        const t = new Date(`${d}T00:00:00Z`);
        t.setUTCDate(t.getUTCDate() + 1);
        d = t.toISOString().slice(0, 10) as PlainDate;
      }
    }
    for (const w of arr.workdays) {
      const d = parsePlainDate(w);
      if (!d) throw new Error(`holidays: bad workday ${w}`);
      makeup.add(d);
    }
  }
  const knownYears = [...years.keys()].sort((a, b) => a - b);

  const dayInfo = (d: PlainDate): DayInfo => {
    const known = years.has(yearOf(d));
    const weekend = isoWeekday(d) >= 6;
    if (known) {
      const fest = festivalDay.get(d);
      if (fest) return { date: d, known, kind: { rest: true, reason: 'festival', festival: fest } };
      if (makeup.has(d)) return { date: d, known, kind: { rest: false, reason: 'makeup-workday' } };
    }
    return { date: d, known, kind: weekend ? { rest: true, reason: 'weekend' } : { rest: false, reason: 'workday' } };
  };

  return {
    knownYears,
    isKnownYear: (y) => years.has(y),
    dayInfo,
    isRestDay: (d) => dayInfo(d).kind.rest,
    sourceOf: (y) => years.get(y),
  };
}
