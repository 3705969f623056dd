/**
 * The builder's form as key/value pairs: for the share link (after `#`, so opening it sends
 * nothing to a server), for the draft kept in the browser, and for reading the plan the payment
 * planner links with (its own query keys, read by the planner's own parser).
 *
 * The parties (第一条) are written only when asked: a share link carries them only if the user
 * ticks the box. Reading never throws: values of the wrong kind are dropped with a notice, and a
 * value is kept as typed otherwise (validation then shows its message at the field).
 */
import { parsePaymentForm, serializePaymentForm, type UrlNotice } from '../calculators/payment-url-state';
import { Query } from '../url-query';
import { SCHEDULE_MODES, type PaymentForm } from '../calculators/payment-plan';
import type { ScheduleMode } from '../calculators/payment-schedule';
import {
  CHOICES,
  MAX_TEXT,
  PARTY_FIELDS,
  PARTY_KEYS,
  RESULT_TYPES,
  TEXT_FIELDS,
  emptyContractForm,
  type ChoiceField,
  type ContractForm,
  type ResultType,
} from './form';

/** Query keys of the contract's own fields (prefixed so they never meet the planner's keys). */
const TEXT_KEY = (f: string) => `k.${f}`;
const PARTY_KEY = (p: string, f: string) => `${p}.${f}`;
const CONDITION_KEY = (i: number) => `m${i}c`;
/** Whether a parameter is the builder's own (the rest are the planner's, read by its parser). */
const OWN_KEY = /^(?:k\.|[ab]\.|m\d+c$)/;
/** Marks that the link carries a plan (the planner's keys follow). */
const PLAN_KEY = 'k.plan';

/** A plan with nothing filled in, for a mode just chosen. */
export function emptyPlan(mode: ScheduleMode, rule: string): PaymentForm {
  return {
    rule, effective: '', revenue: '', publicity: '', mode, agreedMonths: '',
    milestones: mode === 'milestone' ? [{ name: '', date: '', amount: '', term: '' }] : [],
    withRoyalty: false, royaltyRate: '', royaltyPeriod: 'half-year', royaltyRevenue: '', royaltyPeriods: '', royaltyTerm: '',
    royaltyFrom: 'effective', deferredStart: 'period', deferredKind: 'lump', lumpAmount: '', deferredTerm: '',
    instCount: '', instAmount: '', instInterval: '', lateUnpaid: '', lateDue: '', latePaid: '', lateRate: '',
  };
}

/**
 * The form as a query string (without `#` or `?`). `withParties`: include 第一条's particulars.
 * The plan is written by the planner's own `serializePaymentForm()`.
 */
export function serializeContractForm(form: ContractForm, opts: { withParties: boolean }): string {
  const own = new Query();
  for (const f of TEXT_FIELDS) if (form[f] !== '') own.append(TEXT_KEY(f), form[f]);
  for (const c of Object.keys(CHOICES) as ChoiceField[]) if (form[c] !== '') own.append(TEXT_KEY(c), form[c]);
  if (form.resultTypes.length) own.append(TEXT_KEY('resultTypes'), form.resultTypes.join(','));
  if (opts.withParties) {
    for (const p of PARTY_KEYS) for (const f of PARTY_FIELDS) if (form[p][f] !== '') own.append(PARTY_KEY(p, f), form[p][f]);
  }
  if (!form.plan) return own.toString();
  own.append(PLAN_KEY, '1');
  form.conditions.forEach((c, i) => {
    if (c !== '') own.append(CONDITION_KEY(i), c);
  });
  // The plan's effective date is the signing date (k.signDate); the planner's key carries it too.
  return [own.toString(), serializePaymentForm({ ...form.plan, effective: form.signDate })].filter(Boolean).join('&');
}

/** The planner's parameters of a query string, as typed (the builder's own left out). */
function plannerPart(search: string): string {
  return search
    .replace(/^[#?]/, '')
    .split('&')
    .filter((part) => {
      const name = part.split('=')[0] ?? '';
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // kept as typed: the planner's parser reports it
      }
      return part !== '' && !OWN_KEY.test(decoded);
    })
    .join('&');
}

export type ContractNotice = { code: 'dropped'; items: string[] } | { code: 'plan'; notice: UrlNotice };

export interface ReadContract {
  form: ContractForm;
  notices: ContractNotice[];
  /** The pairs carried any of the builder's or the planner's keys. */
  found: boolean;
  /** They carried a plan. */
  hasPlan: boolean;
  /** They carried 第一条's particulars. */
  hasParties: boolean;
  /** They carried contract fields of the builder's own (not only a plan from the planner). */
  hasContract: boolean;
}

/**
 * Read a form from a query string: a share link's fragment, a stored draft, or the planner's link
 * (its plan only). Fields not present are empty; every parameter is kept or named in a notice.
 * @param ruleIds the payment rules that exist; `defaultRule` is used for a plan that names none.
 */
export function readContractForm(search: string, ruleIds: readonly string[], defaultRule: string): ReadContract {
  const q = new Query(search.replace(/^[#?]/, ''));
  const form = emptyContractForm();
  const dropped: string[] = [];
  const notices: ContractNotice[] = [];
  const read = (key: string): string | null => {
    const v = q.get(key);
    if (v === null) return null;
    if (v.length > MAX_TEXT) {
      dropped.push(key);
      return null;
    }
    return v;
  };
  let hasContract = false;
  for (const f of TEXT_FIELDS) {
    const v = read(TEXT_KEY(f));
    if (v !== null) {
      form[f] = v;
      hasContract = true;
    }
  }
  for (const c of Object.keys(CHOICES) as ChoiceField[]) {
    const v = read(TEXT_KEY(c));
    if (v === null) continue;
    hasContract = true;
    if ((CHOICES[c] as readonly string[]).includes(v)) (form as unknown as Record<string, string>)[c] = v;
    else dropped.push(TEXT_KEY(c));
  }
  const types = read(TEXT_KEY('resultTypes'));
  if (types !== null) {
    hasContract = true;
    for (const k of types.split(',')) {
      if ((RESULT_TYPES as readonly string[]).includes(k) && !form.resultTypes.includes(k as ResultType)) form.resultTypes.push(k as ResultType);
      else if (k !== '') dropped.push(`${TEXT_KEY('resultTypes')}=${k.slice(0, 20)}`);
    }
  }
  let hasParties = false;
  for (const p of PARTY_KEYS) {
    for (const f of PARTY_FIELDS) {
      const v = read(PARTY_KEY(p, f));
      if (v !== null) {
        form[p][f] = v;
        hasParties = true;
      }
    }
  }
  // A plan: the builder's marker, or the planner's own keys (a link from the planner).
  const planned = parsePaymentForm(plannerPart(search), emptyPlan('milestone', defaultRule), ruleIds);
  const hasPlan = q.has(PLAN_KEY) || planned.fromUrl;
  q.get(PLAN_KEY);
  if (hasPlan) {
    const plan = planned.form;
    if (!(SCHEDULE_MODES as readonly string[]).includes(plan.mode)) plan.mode = 'milestone';
    for (const n of planned.notices) notices.push({ code: 'plan', notice: n });
    // The planner's effective date is the contract's signing date, unless the contract names one.
    if (form.signDate === '' && plan.effective !== '') form.signDate = plan.effective;
    form.plan = { ...plan, effective: '' };
    form.conditions = plan.milestones.map((_, i) => read(CONDITION_KEY(i)) ?? '');
  }
  // The builder's own parameters it does not know (the planner's parser names its own).
  const unknown = q.unread().filter((n) => OWN_KEY.test(n));
  dropped.push(...unknown);
  // Licence particulars only under 许可 (a link could carry both): kept, the fill ignores them.
  if (dropped.length) notices.unshift({ code: 'dropped', items: dropped });
  return { form, notices, found: hasContract || hasParties || hasPlan, hasPlan, hasParties, hasContract };
}

/** Whether the form holds anything a user typed or chose (an empty form is not worth a draft). */
export function isEmptyForm(form: ContractForm): boolean {
  return serializeContractForm(form, { withParties: true }) === '';
}
