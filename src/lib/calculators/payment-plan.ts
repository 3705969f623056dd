/**
 * The payment planner as one pure function: raw form strings in, every result and every field
 * error out. The island only collects input and renders this; the page renders its worked example
 * with the same function at build time.
 *
 * Each part is computed independently: a bad amount in the schedule does not stop the earliest
 * payment date or the late-payment penalty from being shown.
 */
import { periodEnd, type PeriodEnd, type PeriodLength } from '../civil-code-period';
import type { HolidayCalendar } from '../holidays';
import { ZERO, type Yuan } from '../money';
import { parseDateInput, parseIntegerInput, parsePercentInput, parseYuanInput, type Parsed } from '../parse-input';
import type { PlainDate } from '../plain-date';
import { checkPlan, earliestPayment, type PlanCheck, type TimingResult, type TimingRule } from './payment-timing';
import { publicityEnd, type PublicityResult, type PublicityRule } from './publicity';
import {
  buildSchedule,
  MAX_SCHEDULE_ROWS,
  type DeferredInput,
  type MilestoneInput,
  type RoyaltyInput,
  type Schedule,
  type ScheduleMode,
  type SettlementPeriod,
} from './payment-schedule';
import { latePenalty, type PenaltyResult } from './late-penalty';
import { clauseRoyalty, type ClauseTerms } from '../export/clause-terms';

export const SCHEDULE_MODES: readonly ScheduleMode[] = ['royalty', 'milestone', 'deferred'];
export const SETTLEMENT_PERIODS: readonly SettlementPeriod[] = ['half-year', 'year'];
export const MAX_MILESTONES = 20;
/** Payment terms are days after an event; a year is plenty. */
export const MAX_TERM_DAYS = 366;
export const MAX_AGREED_MONTHS = 120;

export interface MilestoneForm {
  name: string;
  date: string;
  amount: string;
  term: string;
}

/** Everything the form holds, as typed (strings), so a shared link reproduces it exactly. */
export interface PaymentForm {
  /** Id of the payment-timing provision whose rules apply. */
  rule: string;
  effective: string;
  revenue: string;
  publicity: string;
  mode: ScheduleMode;
  /** 合同约定的期限（月）: where the policy leaves the period to the parties, or fills a blank. */
  agreedMonths: string;
  milestones: MilestoneForm[];
  withRoyalty: boolean;
  royaltyRate: string;
  royaltyPeriod: SettlementPeriod;
  royaltyRevenue: string;
  royaltyPeriods: string;
  royaltyTerm: string;
  royaltyFrom: 'effective' | 'revenue';
  deferredStart: 'period' | 'revenue';
  deferredKind: 'lump' | 'instalments';
  lumpAmount: string;
  deferredTerm: string;
  instCount: string;
  instAmount: string;
  instInterval: string;
  lateUnpaid: string;
  lateDue: string;
  latePaid: string;
  lateRate: string;
}

/** The rules one selection applies: the timing provision, and the same policy's publicity and late rate. */
export interface PaymentRuleSet {
  id: string;
  policyId: string;
  timing: TimingRule;
  publicity: PublicityRule | null;
  /** Daily late-payment rate from this policy (fraction string), if it has one. */
  lateRate: { provisionId: string; rate: string; contractDefault: boolean } | null;
  /** Payment-mode keys this policy lists (for a "not listed" note). */
  modeKeys: string[];
}

export interface PlanContext {
  rules: readonly PaymentRuleSet[];
  calendar: HolidayCalendar;
  /** A late rate to suggest when the chosen policy has none (the model contract's default). */
  fallbackLateRate: { provisionId: string; rate: string } | null;
}

/** Field keys used for errors and element ids: `effective`, `ms-0-date`, `lateRate` … */
export type FieldErrors = Record<string, string>;

export interface DeferredStart {
  source: 'period' | 'revenue';
  date: PlainDate;
  period: PeriodEnd | null;
  /** The period used and where it came from. */
  length: PeriodLength | null;
  lengthSource: 'agreed' | 'contract-default' | null;
}

export interface PlanResult {
  errors: FieldErrors;
  rule: PaymentRuleSet | null;
  timing: TimingResult | null;
  publicity: PublicityResult | null;
  schedule: Schedule | null;
  /** Why there is no schedule: input errors above, or no rows. */
  scheduleBlocked: 'errors' | 'empty' | null;
  check: PlanCheck | null;
  deferredStart: DeferredStart | null;
  penalty: PenaltyResult | null;
  /** Where the penalty's daily rate default came from (for the citation). */
  lateRateSource: { provisionId: string; contractDefault: boolean; otherPolicy: boolean } | null;
  /** The blanks of the model contract's 第四条 (printed with 大写 by `contractClause()`). */
  clauseTerms: ClauseTerms | null;
  /** The chosen mode is not among the policy's listed modes (the lists are not exhaustive). */
  modeNotListed: boolean;
  /** Revenue date that could not be used (bad or before the contract), so the rest still works. */
  revenueDate: PlainDate | null;
  effectiveDate: PlainDate | null;
}

const MODE_KEYS: Record<ScheduleMode, string[]> = {
  royalty: ['zero-entry-fee-royalty', 'zero-entry-fee-staged-royalty', 'royalty'],
  milestone: ['milestone', 'staged', 'zero-entry-fee-staged-royalty', 'instalment'],
  deferred: ['deferred', 'lump-sum', 'instalment'],
};

function take<T>(errors: FieldErrors, key: string, r: Parsed<T>): T | null {
  if (r.ok) return r.value;
  errors[key] = r.message;
  return null;
}

function isBlank(s: string): boolean {
  return s.trim() === '';
}

/** The contract-default period of a rule's contract-effective trigger, if it has one (满[3]个月). */
export function contractDefaultPeriod(rule: PaymentRuleSet | null): PeriodLength | null {
  if (!rule || rule.timing.value.contractDefault !== true) return null;
  const t = rule.timing.value.triggers.find((x) => x.trigger === 'contract-effective' && x.after);
  return t?.after ? { amount: t.after.amount, unit: t.after.unit } : null;
}

/** Compute every part of the plan from the form. Never throws on user input. */
export function computePlan(form: PaymentForm, ctx: PlanContext): PlanResult {
  const errors: FieldErrors = {};
  const cal = ctx.calendar;
  const rule = ctx.rules.find((r) => r.id === form.rule) ?? null;
  if (!rule) errors['rule'] = '请选择适用的政策规定。';

  const effective = take(errors, 'effective', parseDateInput(form.effective, { label: '合同生效日' }));
  let revenue: PlainDate | null = null;
  if (!isBlank(form.revenue)) {
    revenue = take(errors, 'revenue', parseDateInput(form.revenue, { label: '形成市场化收入的日期' }));
    if (revenue && effective && revenue < effective) {
      errors['revenue'] = '形成市场化收入的日期早于合同生效日，请检查（先用后付的收入应产生于许可之后）。';
      revenue = null;
    }
  }
  let publicityStart: PlainDate | null = null;
  if (!isBlank(form.publicity)) publicityStart = take(errors, 'publicity', parseDateInput(form.publicity, { label: '公示开始日' }));

  let agreed: PeriodLength | null = null;
  if (!isBlank(form.agreedMonths)) {
    const n = take(errors, 'agreedMonths', parseIntegerInput(form.agreedMonths, 1, MAX_AGREED_MONTHS, { label: '约定期限（月数）' }));
    if (n !== null) agreed = { amount: n, unit: 'month' };
  }

  // Schedule inputs, validated per field.
  const schedErr: FieldErrors = {};
  const milestones: MilestoneInput[] = [];
  if (form.mode === 'milestone') {
    if (form.milestones.length === 0) schedErr['milestones'] = '请至少添加一个里程碑节点。';
    if (form.milestones.length > MAX_MILESTONES) schedErr['milestones'] = `里程碑节点最多 ${MAX_MILESTONES} 个。`;
    let prev: { date: PlainDate; name: string } | null = null;
    form.milestones.slice(0, MAX_MILESTONES).forEach((m, i) => {
      const name = m.name.trim();
      if (name === '') schedErr[`ms-${i}-name`] = '请填写里程碑节点名称。';
      const date = take(schedErr, `ms-${i}-date`, parseDateInput(m.date, { label: '预计达成日期' }));
      const amount = take(schedErr, `ms-${i}-amount`, parseYuanInput(m.amount, { label: '支付金额' }));
      const term = take(schedErr, `ms-${i}-term`, parseIntegerInput(m.term, 0, MAX_TERM_DAYS, { label: '支付期限（天数）' }));
      if (date && effective && date < effective) schedErr[`ms-${i}-date`] = '里程碑日期早于合同生效日，请检查。';
      else if (date && prev && date < prev.date) {
        schedErr[`ms-${i}-date`] = `里程碑顺序有误：本节点日期早于上一节点“${prev.name}”（${prev.date}），请按先后顺序填写。`;
      }
      if (date) prev = { date, name: name || `第${i + 1}个节点` };
      if (name && date && amount && term !== null && !schedErr[`ms-${i}-date`]) milestones.push({ name, date, amount, termDays: term });
    });
  }

  let royalty: RoyaltyInput | null = null;
  if (form.mode === 'royalty' || (form.mode === 'milestone' && form.withRoyalty)) {
    const rate = take(schedErr, 'royaltyRate', parsePercentInput(form.royaltyRate, { label: '提成比例', example: '3' }));
    const rev = take(schedErr, 'royaltyRevenue', parseYuanInput(form.royaltyRevenue, { label: '每期预计销售收入', allowZero: true }));
    const periods = take(schedErr, 'royaltyPeriods', parseIntegerInput(form.royaltyPeriods, 1, MAX_SCHEDULE_ROWS, { label: '结算期数' }));
    const term = take(schedErr, 'royaltyTerm', parseIntegerInput(form.royaltyTerm, 0, MAX_TERM_DAYS, { label: '结算后付款期限（天数）' }));
    let from: PlainDate | null = effective;
    if (form.royaltyFrom === 'revenue') {
      from = revenue;
      if (!revenue && !errors['revenue']) schedErr['royaltyFrom'] = '提成从形成市场化收入之日起算时，请先填写收入日期。';
    }
    if (rate && rev && periods && term !== null && from) {
      royalty = { rate, period: form.royaltyPeriod, revenuePerPeriod: rev, periods, termDays: term, from };
    }
  }

  let deferred: DeferredInput | null = null;
  let deferredStart: DeferredStart | null = null;
  if (form.mode === 'deferred') {
    if (form.deferredStart === 'revenue') {
      if (revenue) deferredStart = { source: 'revenue', date: revenue, period: null, length: null, lengthSource: null };
      else if (!errors['revenue']) schedErr['deferredStart'] = '选择“产生市场化收入后”启动时，请填写形成市场化收入的日期。';
    } else {
      const fallback = contractDefaultPeriod(rule);
      const length = agreed ?? fallback;
      if (!length && !errors['agreedMonths']) schedErr['agreedMonths'] = '延期启动须填写合同约定的期限（月数）。';
      if (length && effective) {
        const p = periodEnd(effective, length, cal);
        deferredStart = { source: 'period', date: p.end, period: p, length, lengthSource: agreed ? 'agreed' : 'contract-default' };
      }
    }
    const term = take(schedErr, 'deferredTerm', parseIntegerInput(form.deferredTerm, 0, MAX_TERM_DAYS, { label: '支付期限（天数）' }));
    if (form.deferredKind === 'lump') {
      const amount = take(schedErr, 'lumpAmount', parseYuanInput(form.lumpAmount, { label: '一次性总付金额' }));
      if (deferredStart && amount && term !== null) deferred = { start: deferredStart.date, kind: 'lump', lumpAmount: amount, termDays: term };
    } else {
      const count = take(schedErr, 'instCount', parseIntegerInput(form.instCount, 1, MAX_SCHEDULE_ROWS, { label: '分期期数' }));
      const each = take(schedErr, 'instAmount', parseYuanInput(form.instAmount, { label: '每期金额' }));
      const interval = take(schedErr, 'instInterval', parseIntegerInput(form.instInterval, 1, 60, { label: '每期间隔（月）' }));
      if (deferredStart && count && each && interval && term !== null) {
        deferred = { start: deferredStart.date, kind: 'instalments', count, perInstalment: each, intervalMonths: interval, termDays: term };
      }
    }
  }
  Object.assign(errors, schedErr);
  // The schedule is built only from complete, valid inputs; otherwise the table says what to fix.
  const complete =
    form.mode === 'milestone'
      ? milestones.length === form.milestones.length && milestones.length > 0 && (!form.withRoyalty || royalty !== null)
      : form.mode === 'royalty'
        ? royalty !== null
        : deferred !== null;
  const scheduleHasErrors = Object.keys(schedErr).length > 0 || !complete;

  // Timing and publicity need only the dates.
  const timing =
    rule && effective
      ? earliestPayment(rule.timing, { effective, revenue, agreedPeriod: agreed, milestoneDates: milestones.map((m) => m.date) }, cal)
      : null;
  const publicity = rule?.publicity && publicityStart ? publicityEnd(rule.publicity, publicityStart, cal, effective) : null;

  let schedule: Schedule | null = null;
  let scheduleBlocked: PlanResult['scheduleBlocked'] = null;
  if (scheduleHasErrors) scheduleBlocked = 'errors';
  else {
    schedule = buildSchedule({ mode: form.mode, milestones, royalty, deferred }, cal);
    if (schedule.rows.length === 0) {
      scheduleBlocked = 'empty';
    }
  }
  const check = timing && schedule ? checkPlan(timing, schedule.rows.map((r) => r.due)) : null;

  // Late payment: all four fields or none.
  let penalty: PenaltyResult | null = null;
  const lateOwn = rule?.lateRate ?? null;
  const lateRateSource = lateOwn
    ? { provisionId: lateOwn.provisionId, contractDefault: lateOwn.contractDefault, otherPolicy: false }
    : ctx.fallbackLateRate
      ? { provisionId: ctx.fallbackLateRate.provisionId, contractDefault: true, otherPolicy: true }
      : null;
  const lateFields = [form.lateUnpaid, form.lateDue, form.latePaid];
  if (lateFields.some((f) => !isBlank(f))) {
    const unpaid = take(errors, 'lateUnpaid', parseYuanInput(form.lateUnpaid, { label: '未付金额' }));
    const due = take(errors, 'lateDue', parseDateInput(form.lateDue, { label: '约定付款日' }));
    const paid = take(errors, 'latePaid', parseDateInput(form.latePaid, { label: '实际付款日' }));
    const rate = take(errors, 'lateRate', parsePercentInput(form.lateRate, { label: '日违约金比例', allowZero: true, example: '0.05' }));
    if (unpaid && due && paid && rate) {
      penalty = latePenalty({ unpaid, due, paid, dailyRate: rate }, cal, lateRateSource?.provisionId);
    }
  } else if (!isBlank(form.lateRate)) {
    take(errors, 'lateRate', parsePercentInput(form.lateRate, { label: '日违约金比例', allowZero: true, example: '0.05' }));
  }

  const clauseTerms = schedule && !scheduleBlocked ? buildClauseTerms(form, schedule, milestones, royalty, deferred, deferredStart) : null;
  const modeNotListed = rule !== null && rule.modeKeys.length > 0 && !rule.modeKeys.some((k) => MODE_KEYS[form.mode].includes(k));

  return {
    errors,
    rule,
    timing,
    publicity,
    schedule,
    scheduleBlocked,
    check,
    deferredStart,
    penalty,
    lateRateSource,
    clauseTerms,
    modeNotListed,
    revenueDate: revenue,
    effectiveDate: effective,
  };
}

function buildClauseTerms(
  form: PaymentForm,
  schedule: Schedule,
  milestones: MilestoneInput[],
  royalty: RoyaltyInput | null,
  deferred: DeferredInput | null,
  start: DeferredStart | null,
): ClauseTerms | null {
  if (form.mode === 'milestone') {
    const total = milestones.reduce<Yuan>((s, m) => s.plus(m.amount), ZERO);
    return {
      mode: 'milestone',
      rows: milestones.map((m) => ({ node: m.name, expected: m.date, amount: m.amount, termDays: m.termDays })),
      royalty: royalty ? clauseRoyalty(royalty.rate, royalty.period, royalty.termDays) : null,
      total,
    };
  }
  if (form.mode === 'royalty') return royalty ? { mode: 'royalty', royalty: clauseRoyalty(royalty.rate, royalty.period, royalty.termDays) } : null;
  if (!deferred || !start) return null;
  const trigger = start.source === 'period' && start.length ? { kind: 'period' as const, period: start.length } : { kind: 'revenue' as const };
  if (deferred.kind === 'lump' && deferred.lumpAmount) {
    return { mode: 'deferred', trigger, lump: { amount: deferred.lumpAmount, termDays: deferred.termDays }, instalments: null };
  }
  if (deferred.kind === 'instalments' && deferred.perInstalment && deferred.count) {
    return {
      mode: 'deferred',
      trigger,
      lump: null,
      instalments: {
        count: deferred.count,
        each: deferred.perInstalment,
        dates: schedule.rows.map((r) => r.due),
        total: deferred.perInstalment.times(deferred.count),
      },
    };
  }
  return null;
}
