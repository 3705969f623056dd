/**
 * The contract builder as one pure function, like `computePlan()`: the form's strings in; the
 * field errors, the payment plan, the filled contract, the findings and the blanks still open out.
 * The island only collects input and renders this; the page renders its empty first state with the
 * same function at build time.
 */
import { computePlan, type PaymentForm, type PaymentRuleSet, type PlanContext, type PlanResult } from '../calculators/payment-plan';
import { makeHolidayCalendar, type HolidayData } from '../holidays';
import type { Translate } from '../calculators/payment-text';
import { clauseRoyalty, type ClauseTerms } from '../export/clause-terms';
import { parsePercentInput } from '../parse-input';
import { checkContract, type CheckContext, type Finding } from './checks';
import { fillContract } from './fill';
import { validateContract, type ContractForm, type FieldErrors, type FieldLabels, type ParsedContract } from './form';
import { BLANK_FIELDS, milestoneRows, tableBlankId, type BlankField, type ContractBinding } from './binding';
import { modelBlanks, parseModelContract, type ContractModel } from './model';
import { renderContract, type Filling, type RenderedContract } from './render';

export interface ContractContext {
  model: ContractModel;
  binding: ContractBinding;
  plan: PlanContext;
  checks: CheckContext;
  labels: FieldLabels;
}

/**
 * The context from the builder's data (the island's props, or the same built in a test). The model
 * comes as its text and is parsed here, by the same parser the build checked it with.
 */
export function contractContext(d: {
  modelText: string;
  binding: ContractBinding;
  rules: readonly PaymentRuleSet[];
  holidays: HolidayData;
  fallbackLateRate: PlanContext['fallbackLateRate'];
  checks: CheckContext;
  labels: FieldLabels;
}): ContractContext {
  return {
    model: parseModelContract(d.modelText),
    binding: d.binding,
    plan: { rules: d.rules, calendar: makeHolidayCalendar(d.holidays), fallbackLateRate: d.fallbackLateRate },
    checks: d.checks,
    labels: d.labels,
  };
}

/** A blank the contract still leaves open, with the form field that fills it. */
export interface OpenBlank {
  id: string;
  /** Its label in the model (`名称`, `技术验证通过 支付条件`). */
  label: string;
  /** The form field (`a.name`, `plan`), for a link to it. */
  field: string;
  /** The article it is in (`art1`, `head`, `sign`). */
  section: string;
}

export interface ContractResult {
  /** Field errors: the contract's (`a.phone`) and the plan's, prefixed (`plan.ms-0-date`). */
  errors: FieldErrors;
  parsed: ParsedContract;
  /** The plan as `computePlan()` saw it: `effective` is the signing date. */
  planForm: PaymentForm | null;
  plan: PlanResult | null;
  /** 第四条's terms as the contract takes them (see `contractTerms()`). */
  terms: ClauseTerms | null;
  /** The deferred mode's period was the model's printed default (满[3]个月), not typed. */
  monthsFromModel: boolean;
  filling: Filling;
  contract: RenderedContract;
  findings: Finding[];
  /** Blanks still open that the user is expected to fill (not signatures, not parts that do not apply). */
  open: OpenBlank[];
}

/**
 * The plan `computePlan()` gets: the signing date is the effective date (the model takes effect on
 * signing); a deferred plan without a typed period uses the period the model prints (满[3]个月),
 * which is what the contract says while its blank is left as printed.
 */
export function planFormFor(form: ContractForm, defaultMonths: number | null): { planForm: PaymentForm | null; monthsFromModel: boolean } {
  if (!form.plan) return { planForm: null, monthsFromModel: false };
  const typed = form.plan.agreedMonths.trim() !== '';
  const monthsFromModel = form.plan.mode === 'deferred' && !typed && defaultMonths !== null;
  return {
    planForm: { ...form.plan, effective: form.signDate, agreedMonths: monthsFromModel ? String(defaultMonths) : form.plan.agreedMonths },
    monthsFromModel,
  };
}

/**
 * 第四条's terms: the plan's own `clauseTerms` when its schedule is complete. The royalty's estimates
 * (revenue per period, number of periods, days to pay) only make the schedule; the contract's words
 * need only the rate and the settlement period, so without the estimates the terms are still
 * taken from the same functions: the milestones from `computePlan()` without the royalty, the
 * royalty from `clauseRoyalty()`.
 */
export function contractTerms(planForm: PaymentForm, plan: PlanResult, ctx: PlanContext): ClauseTerms | null {
  if (plan.clauseTerms) return plan.clauseTerms;
  const rate = parsePercentInput(planForm.royaltyRate);
  const royalty = rate.ok ? clauseRoyalty(rate.value, planForm.royaltyPeriod, 0) : null;
  if (planForm.mode === 'royalty') return royalty ? { mode: 'royalty', royalty } : null;
  if (planForm.mode === 'milestone' && planForm.withRoyalty) {
    const base = computePlan({ ...planForm, withRoyalty: false }, ctx).clauseTerms;
    if (base?.mode === 'milestone') return { ...base, royalty };
  }
  return null;
}

/** Compute everything from the form. Never throws on user input. */
export function computeContract(form: ContractForm, ctx: ContractContext, t: Translate): ContractResult {
  const { errors, parsed } = validateContract(form, ctx.labels);
  const { planForm, monthsFromModel } = planFormFor(form, ctx.checks.deferredDefault?.months ?? null);
  let plan: PlanResult | null = null;
  if (planForm) {
    plan = computePlan(planForm, ctx.plan);
    for (const [k, v] of Object.entries(plan.errors)) {
      // The plan's effective date is the signing date: its message belongs to that field.
      if (k === 'effective') {
        if (!errors['signDate'] && form.signDate.trim() !== '') errors['signDate'] = v;
      } else if (k === 'agreedMonths' && monthsFromModel) {
        continue;
      } else errors[`plan.${k}`] = v;
    }
  }
  const terms = planForm && plan ? contractTerms(planForm, plan, ctx.plan) : null;
  const filling = fillContract(ctx.model, ctx.binding, { form, parsed, terms, planForm, monthsAgreed: !monthsFromModel }, t);
  const contract = renderContract(ctx.model, filling);
  const findings = checkContract({ form, parsed, plan, monthsFromModel, asWorded: t('contract.reading.asWorded') }, ctx.checks);
  return { errors, parsed, planForm, plan, terms, monthsFromModel, filling, contract, findings, open: openBlanks(form, ctx, filling) };
}

/** Which blanks the user should still fill, given the choices made. */
function openBlanks(form: ContractForm, ctx: ContractContext, filling: Filling): OpenBlank[] {
  const b = ctx.binding;
  const fieldOf = new Map<string, string>();
  for (const f of BLANK_FIELDS) fieldOf.set(b.blanks[f], f);
  const skip = new Set<string>(b.handwritten);
  const skipFields = (...fs: BlankField[]) => fs.forEach((f) => skip.add(b.blanks[f]));
  // Seals carry the name; they are open when the name is.
  skipFields('a.seal', 'b.seal');
  if (form.conversion !== 'licence') skipFields('licenceFrom', 'licenceTo', 'fieldOfUse');
  if (!(form.improvementsOwner === 'joint' && form.jointKind === 'shares')) skipFields('shares');
  if (form.dispute !== 'court') skipFields('court');
  // 第四条: only the chosen mode's blanks; printed defaults ([3], [0.05]) read as their default.
  const mode = form.plan?.mode ?? null;
  const royalty = mode === 'royalty' || (mode === 'milestone' && form.plan?.withRoyalty === true);
  if (!royalty) skipFields('royaltyPercent', 'royaltyPeriod');
  if (mode !== 'deferred') skipFields('deferredMonths', 'lumpAmount', 'lumpTerm', 'instCount', 'instAmount', 'instDates');
  else if (form.plan?.deferredKind === 'lump') skipFields('instCount', 'instAmount', 'instDates');
  else skipFields('lumpAmount', 'lumpTerm');
  // Table rows no milestone of the plan uses stay as printed.
  const rows = milestoneRows(ctx.model, b);
  for (const row of rows) {
    const used = ['condition', 'amount', 'term'].some((c) => filling.blanks[tableBlankId(b, row, c as 'condition')] !== undefined);
    for (const c of ['condition', 'amount', 'term'] as const) {
      const id = tableBlankId(b, row, c);
      if (!used || mode !== 'milestone') skip.add(id);
      fieldOf.set(id, 'plan');
    }
  }
  return modelBlanks(ctx.model)
    .filter((x) => !skip.has(x.id) && filling.blanks[x.id] === undefined && x.bracket?.kind !== 'default')
    .map((x) => {
      const field = fieldOf.get(x.id) ?? '';
      const payment = field.startsWith('royalty') || field.startsWith('lump') || field.startsWith('inst') || field === 'deferredMonths';
      return { id: x.id, label: x.label, field: payment ? 'plan' : field, section: x.id.split(/[.:]/)[0] ?? '' };
    });
}
