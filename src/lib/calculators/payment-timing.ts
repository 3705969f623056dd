/**
 * When may the first payment of a 先用后付 licence fall? Reads a `payment-timing` provision
 * (its triggers, their periods and bound words, any readings) and the contract's dates, and
 * returns, per trigger, the first permitted day (and, for 以内 periods, the last day of the window),
 * plus the earliest permitted day overall. `checkPlan()` then tells whether a plan's due dates
 * respect it.
 *
 * How the words are read (each stated to the user in the steps):
 * - A period with a lower bound (满、不少于、至少、以上, "一年（含）") makes a waiting period: payment is
 *   permitted from its last day (Art. 1259: the number itself is included; 超过 excludes it, so the
 *   day after). The last day is counted and moved off rest days by `civil-code-period.ts`.
 * - A period with an upper bound (以内、不超过) makes a window: payment may start after the event
 *   (the event day itself is not counted, Art. 201) and should start by the window's last day.
 * - A trigger with no period (产生市场化收入后) permits payment from the day after the event.
 * - Triggers are alternatives ("或"), as the schema says, unless a reading says otherwise. Every
 *   reading the provision lists is evaluated on its own (`READING_SEMANTICS`) and returned with
 *   its earliest day and deadline; `checkPlan()` reports the plan under each. A reading key this
 *   module does not know is returned for display only (`evaluated: false`), never guessed.
 *   A provision without readings gets one reading, `as-worded` (bound words + alternatives).
 * - 支付时间由双方商定 (`agreedByParties`) sets no earliest day.
 * - A trigger whose period the policy leaves to the parties (一定期限, or a model contract's blank
 *   such as 满[3]个月) uses the period the user agreed; a blank's printed default applies otherwise.
 *
 * @see provision kunming-2025-guideline (第一条 payment-timing), hunan-2025-plan (延期启动支付模式;
 *   合同示范文本第四条模式二), yunnan-2024-15-measures (三), kunming-2025-measures-draft (（三）),
 *   guangdong-2026-measures-summary (先使用后付费)
 */
import { boundKind } from '../bounds';
import { periodEnd, type PeriodEnd, type PeriodLength } from '../civil-code-period';
import type { HolidayCalendar } from '../holidays';
import { addDays, type PlainDate } from '../plain-date';
import type { BoundWord, ProvisionValue } from '../../schemas/provision';

/** A `payment-timing` provision value; `contractDefault` marks a model contract's printed blank. */
export type PaymentTimingValue = Extract<ProvisionValue, { type: 'payment-timing' }> & { contractDefault?: boolean };
export type TriggerKind = PaymentTimingValue['triggers'][number]['trigger'];

/** The provision the calculator applies: its id (cited with every result) and its value. */
export interface TimingRule {
  provisionId: string;
  value: PaymentTimingValue;
}

export interface TimingInput {
  /** 合同生效日. */
  effective: PlainDate;
  /** First day of market revenue from the licensed result, when known. */
  revenue?: PlainDate | null | undefined;
  /** The period the parties agreed where the policy leaves it open (一定期限, a contract blank). */
  agreedPeriod?: PeriodLength | null | undefined;
  /** Dates the milestones are expected to be reached, when the plan has milestones. */
  milestoneDates?: readonly PlainDate[] | undefined;
}

/** Where a trigger's period came from. */
export type PeriodSource = 'policy' | 'contract-default' | 'agreed' | 'none';

export type TriggerStatus =
  | 'dated' // opens (and maybe closes) are known
  | 'needs-revenue-date' // market-revenue trigger, no revenue date given
  | 'needs-milestones'; // milestone trigger, no milestone dates given

export interface TriggerResult {
  trigger: TriggerKind;
  /** The trigger in the policy's words (from the data). */
  label: string;
  status: TriggerStatus;
  /** The event date the period runs from (contract effective, revenue, first milestone). */
  eventDate: PlainDate | null;
  /** The counted period, when the trigger has one. */
  period: PeriodEnd | null;
  periodSource: PeriodSource;
  /** The bound word of the period, as printed. */
  bound: BoundWord | null;
  /** First day payment is permitted under this trigger. */
  opens: PlainDate | null;
  /** Last day of the window for upper-bound periods (以内): payment should have started by then. */
  closes: PlainDate | null;
  /** The policy gives no period for a trigger that needs one and the user gave none. */
  periodLeftOpen: boolean;
}

/**
 * How a reading key is applied. Keys come from the provisions data (`readings[].key`):
 * - `as-worded`, `earliest-start`, `earlier-of`, `contract-chooses`: triggers are alternatives; the
 *   bound words decide (lower bound → permitted from the period's last day; 以内 → a window).
 *   Earliest = the first day any trigger opens. (`contract-chooses` adds that the contract must
 *   name the trigger it uses; the dates are the same per trigger.)
 * - `later-of`: payment starts only once every trigger has occurred: earliest = the last opening.
 * - `latest-start`: the periods are deadlines (付款最迟应在…开始): payment may start from the
 *   effective date and should start by the last day of at least one trigger's period.
 * - `floor-and-window`: lower-bound periods (至少…一年（含）) are a floor and upper-bound ones
 *   (之后一年内) a window's end: payment may start once every floor has passed and should start by
 *   the window's last day; a window that closes before the floor is read as closing on it (the
 *   floor is what 至少 guarantees).
 */
export type ReadingSemantics = 'alternatives' | 'all' | 'deadline' | 'floor-and-window';

export const READING_SEMANTICS: Readonly<Record<string, ReadingSemantics>> = {
  'as-worded': 'alternatives',
  'earliest-start': 'alternatives',
  'earlier-of': 'alternatives',
  'contract-chooses': 'alternatives',
  'later-of': 'all',
  'latest-start': 'deadline',
  'floor-and-window': 'floor-and-window',
};

export interface ReadingResult {
  key: string;
  /** From the data; empty for the synthetic `as-worded` reading (the UI labels it). */
  label: string;
  explanation: string;
  /** False for a key this module cannot apply: shown as text only. */
  evaluated: boolean;
  semantics: ReadingSemantics | null;
  /** First permitted day under this reading; null when undated or not evaluated. */
  earliest: PlainDate | null;
  /** Last day payment should have started by, where the reading sets one. */
  deadline: PlainDate | null;
  /** A trigger still undated (no revenue date) could change `earliest` or `deadline`. */
  pending: boolean;
  /**
   * Where the words say 至少 (a trigger bound 至少): whether this reading's earliest day respects
   * it — not before the first day any trigger permits, the least 至少 can mean. `null` where the
   * words have no 至少 or nothing is dated. A reading that reads 至少 away is shown as such.
   */
  respectsAtLeast: boolean | null;
}

export interface TimingResult {
  provisionIds: string[];
  agreedByParties: boolean;
  contractDefault: boolean;
  triggers: TriggerResult[];
  /** Every reading, in data order (or the one `as-worded` reading). */
  readings: ReadingResult[];
  /**
   * The headline earliest permitted day: that of the first reading (the data lists the plainest
   * first). Null when payment time is agreed by the parties or nothing could be dated.
   */
  earliest: PlainDate | null;
  /** The reading `earliest` comes from. */
  earliestReading: string | null;
  /** True when an undated trigger (no revenue date yet) could still change `earliest`. */
  earliestProvisional: boolean;
  holidayDataKnown: boolean;
  unknownYears: number[];
}

/**
 * The earliest permitted first payment under `rule` for the contract's dates, per reading.
 * @see provision `rule.provisionId`
 */
export function earliestPayment(rule: TimingRule, input: TimingInput, calendar: HolidayCalendar): TimingResult {
  const v = rule.value;
  const contractDefault = v.contractDefault === true;
  const triggers = v.triggers.map((t) => evaluateTrigger(t, input, contractDefault, calendar));
  const source = v.readings.length > 0 ? v.readings : [{ key: 'as-worded', label: '', explanation: '' }];
  const readings = v.agreedByParties ? [] : source.map((r) => withAtLeast(evaluateReading(r, triggers, input.effective), v, triggers));
  const first = readings[0];
  const unknown = new Set<number>();
  for (const t of triggers) for (const y of t.period?.unknownYears ?? []) unknown.add(y);
  const unknownYears = [...unknown].sort((a, b) => a - b);
  return {
    provisionIds: [rule.provisionId],
    agreedByParties: v.agreedByParties,
    contractDefault,
    triggers,
    readings,
    earliest: first?.earliest ?? null,
    earliestReading: first?.key ?? null,
    earliestProvisional: first?.pending ?? false,
    holidayDataKnown: unknownYears.length === 0,
    unknownYears,
  };
}

/**
 * 至少 makes what follows a floor: under any reading, payment may not be required before the first
 * day some trigger permits. A reading whose earliest day falls before that floor reads 至少 away.
 */
function withAtLeast(r: Omit<ReadingResult, 'respectsAtLeast'>, v: PaymentTimingValue, triggers: TriggerResult[]): ReadingResult {
  const saysAtLeast = v.triggers.some((t) => t.after?.bound === '至少');
  const opens = triggers.map((t) => t.opens).filter((d): d is PlainDate => d !== null).sort();
  const floor = opens[0];
  if (!saysAtLeast || !r.evaluated || r.earliest === null || floor === undefined) return { ...r, respectsAtLeast: null };
  return { ...r, respectsAtLeast: r.earliest >= floor };
}

function evaluateReading(
  r: { key: string; label: string; explanation: string },
  triggers: TriggerResult[],
  effective: PlainDate,
): Omit<ReadingResult, 'respectsAtLeast'> {
  const semantics = READING_SEMANTICS[r.key] ?? null;
  const base = { key: r.key, label: r.label, explanation: r.explanation, semantics };
  const dated = triggers.filter((t) => t.opens !== null);
  const pending = dated.length < triggers.length;
  if (semantics === null) return { ...base, evaluated: false, earliest: null, deadline: null, pending: false };
  if (semantics === 'alternatives') {
    const opens = dated.map((t) => t.opens as PlainDate).sort();
    return { ...base, evaluated: true, earliest: opens[0] ?? null, deadline: null, pending };
  }
  if (semantics === 'all') {
    const opens = dated.map((t) => t.opens as PlainDate).sort();
    return { ...base, evaluated: true, earliest: pending ? null : (opens[opens.length - 1] ?? null), deadline: null, pending };
  }
  if (semantics === 'floor-and-window') {
    // Windows: triggers whose period has an upper bound (之后一年内); floors: every other trigger.
    const isWindow = (t: TriggerResult) => t.bound !== null && boundKind(t.bound).side === 'upper';
    const floors = triggers.filter((t) => !isWindow(t));
    const windows = triggers.filter(isWindow);
    const floorDays = floors.map((t) => t.opens).filter((d): d is PlainDate => d !== null).sort();
    const floor = floorDays[floorDays.length - 1] ?? null;
    const floorsPending = floors.some((t) => t.opens === null);
    const ends = windows.map((t) => t.closes).filter((d): d is PlainDate => d !== null).sort();
    let deadline = ends[0] ?? null;
    if (deadline !== null && floor !== null && deadline < floor) deadline = floor;
    return { ...base, evaluated: true, earliest: floorsPending ? null : (floor ?? effective), deadline, pending };
  }
  // deadline: each trigger's period end (or window end) is a "start by" day; meeting one suffices.
  const ends = dated
    .map((t) => t.closes ?? t.period?.end ?? null)
    .filter((d): d is PlainDate => d !== null)
    .sort();
  return { ...base, evaluated: true, earliest: effective, deadline: ends[ends.length - 1] ?? null, pending };
}

function evaluateTrigger(
  t: PaymentTimingValue['triggers'][number],
  input: TimingInput,
  contractDefault: boolean,
  calendar: HolidayCalendar,
): TriggerResult {
  const base = { trigger: t.trigger, label: t.label };
  let eventDate: PlainDate | null;
  if (t.trigger === 'market-revenue') eventDate = input.revenue ?? null;
  else if (t.trigger === 'milestone') eventDate = [...(input.milestoneDates ?? [])].sort()[0] ?? null;
  else eventDate = input.effective; // contract-effective, free-use-period (runs from the effective date)

  // Which period applies: the policy's own, the user's agreed one over a contract blank, or none.
  let length: PeriodLength | null = null;
  let bound: BoundWord | null = null;
  let periodSource: PeriodSource = 'none';
  if (t.after && !contractDefault) {
    length = { amount: t.after.amount, unit: t.after.unit };
    bound = t.after.bound;
    periodSource = 'policy';
  } else if (t.after && contractDefault) {
    length = input.agreedPeriod ?? { amount: t.after.amount, unit: t.after.unit };
    bound = t.after.bound;
    periodSource = input.agreedPeriod ? 'agreed' : 'contract-default';
  } else if (!t.after && (t.trigger === 'contract-effective' || t.trigger === 'free-use-period') && input.agreedPeriod) {
    length = input.agreedPeriod;
    bound = '满';
    periodSource = 'agreed';
  }
  const periodLeftOpen = !t.after && periodSource === 'none' && (t.trigger === 'free-use-period' || t.trigger === 'contract-effective');

  if (eventDate === null) {
    const status: TriggerStatus = t.trigger === 'milestone' ? 'needs-milestones' : 'needs-revenue-date';
    return { ...base, status, eventDate, period: null, periodSource, bound, opens: null, closes: null, periodLeftOpen };
  }
  if (!length) {
    // No period: payment may start after the event (the event day is not counted), or — for the
    // contract itself — from the effective date.
    const opens = t.trigger === 'contract-effective' || t.trigger === 'free-use-period' ? eventDate : addDays(eventDate, 1);
    return { ...base, status: 'dated', eventDate, period: null, periodSource, bound, opens, closes: null, periodLeftOpen };
  }
  const period = periodEnd(eventDate, length, calendar);
  const kind = boundKind(bound ?? '满');
  let opens: PlainDate;
  let closes: PlainDate | null = null;
  if (kind.side === 'upper') {
    opens = period.firstDay;
    closes = period.end;
  } else {
    opens = kind.inclusive ? period.end : addDays(period.end, 1);
  }
  return { ...base, status: 'dated', eventDate, period, periodSource, bound, opens, closes, periodLeftOpen };
}

/** How a plan's first payment stands under one reading. */
export type ReadingCheck = 'ok' | 'too-early' | 'too-late' | 'pending' | 'not-evaluated';

export type PlanStatus =
  | 'empty' // no due dates
  | 'agreed' // 支付时间由双方商定: no rule to break
  | 'complies' // ok under every evaluated reading
  | 'complies-some' // ok under some readings, not others
  | 'pending' // not ok under any reading yet, but an undated trigger (revenue) might make it so
  | 'breach' // ok under no reading
  | 'undetermined'; // no reading could be evaluated

export interface PlanCheck {
  status: PlanStatus;
  firstDue: PlainDate | null;
  /** Per reading, in `timing.readings` order. */
  perReading: ReadingCheck[];
  /** Per trigger (bound-word semantics): is the first payment inside what that trigger permits? */
  perTrigger: ('ok' | 'before-opens' | 'after-closes' | 'undated')[];
  /** Indexes (into the given due dates) that fall before `timing.earliest`. */
  rowsBeforeEarliest: number[];
}

function checkReading(r: ReadingResult, triggers: TriggerResult[], d: PlainDate): ReadingCheck {
  if (!r.evaluated) return 'not-evaluated';
  if (r.semantics === 'alternatives') {
    const dated = triggers.filter((t) => t.opens !== null);
    if (dated.some((t) => d >= (t.opens as PlainDate) && (t.closes === null || d <= t.closes))) return 'ok';
    if (r.pending) return 'pending';
    return r.earliest !== null && d < r.earliest ? 'too-early' : 'too-late';
  }
  if (r.semantics === 'all') {
    if (r.earliest === null) return 'pending';
    return d >= r.earliest ? 'ok' : 'too-early';
  }
  if (r.semantics === 'floor-and-window') {
    if (r.earliest === null) return 'pending';
    if (d < r.earliest) return 'too-early';
    return r.deadline !== null && d > r.deadline ? 'too-late' : 'ok';
  }
  if (r.earliest !== null && d < r.earliest) return 'too-early';
  if (r.deadline !== null && d <= r.deadline) return 'ok';
  if (r.pending) return 'pending';
  return r.deadline === null ? 'ok' : 'too-late';
}

/**
 * Does a plan respect the timing rule? "When may payment start" concerns the first payment; rows
 * before the headline earliest day are listed so the table can mark them.
 */
export function checkPlan(timing: TimingResult, dueDates: readonly PlainDate[]): PlanCheck {
  const firstDue = [...dueDates].sort()[0] ?? null;
  const earliest = timing.earliest;
  const rowsBeforeEarliest = earliest === null ? [] : dueDates.flatMap((d, i) => (d < earliest ? [i] : []));
  const perTrigger = timing.triggers.map((t) => {
    if (t.opens === null || firstDue === null) return 'undated' as const;
    if (firstDue < t.opens) return 'before-opens' as const;
    if (t.closes !== null && firstDue > t.closes) return 'after-closes' as const;
    return 'ok' as const;
  });
  if (firstDue === null) return { status: 'empty', firstDue, perReading: timing.readings.map(() => 'pending'), perTrigger, rowsBeforeEarliest };
  const perReading = timing.readings.map((r) => checkReading(r, timing.triggers, firstDue));
  const evaluated = perReading.filter((c) => c !== 'not-evaluated');
  let status: PlanStatus;
  if (timing.agreedByParties) status = 'agreed';
  else if (evaluated.length === 0) status = 'undetermined';
  else if (evaluated.every((c) => c === 'ok')) status = 'complies';
  else if (evaluated.some((c) => c === 'ok')) status = 'complies-some';
  else if (evaluated.some((c) => c === 'pending')) status = 'pending';
  else status = 'breach';
  return { status, firstDue, perReading, perTrigger, rowsBeforeEarliest };
}
