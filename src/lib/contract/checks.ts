/**
 * Checks of the contract against the documents that apply to the licensor, before it is signed:
 * when the first payment may fall (the payment planner's timing evaluation, under every reading
 * of the rule), publicity before signing where the policy requires it, the inventors' reward the
 * licensor owes (as information), the technology-readiness level and result types the policy
 * names, and — where 开放许可 is chosen — what the Patent Law requires of an open licence.
 *
 * Findings are warnings or information, never blocks: the user can always download. Each carries
 * the citations it rests on, resolved here so the page only renders them. Wording lives in the UI
 * strings (`contract.finding.<code>`); this module returns codes and values.
 */
import type { PlanResult } from '../calculators/payment-plan';
import type { ReadingResult } from '../calculators/payment-timing';
import { satisfiesBound } from '../bounds';
import { Money } from '../money';
import { formatChineseDate } from '../plain-date';
import { formatPeriod } from '../provision-format';
import type { ContractForm, ParsedContract } from './form';

/** A citation as the page shows it: the ready-made text and, when the text is on this site, its link. */
export interface CiteRef {
  cite: string;
  href: string | null;
}

export type FindingLevel = 'warning' | 'info' | 'ok';

export interface Finding {
  /** `contract.finding.<code>` in the UI strings. */
  code: string;
  level: FindingLevel;
  vars: Record<string, string>;
  cites: CiteRef[];
  /** The form field the finding is about, for a link to it. */
  field?: string;
}

/** The open-licence articles of the Patent Law, each null until the law's text is on the site. */
export interface OpenLicenceLaw {
  /** 第五十条第一款: a written declaration with the fee terms, published by the patent office. */
  declaration: CiteRef;
  /** 第五十一条第一款: anyone takes the licence by notice in writing and paying as published. */
  takeUp: CiteRef;
  /** 第五十一条第三款: an ordinary licence besides, never an exclusive or sole one. */
  noExclusive: CiteRef;
  /** 第五十二条: disputes — negotiation, mediation by the patent office, or a court. */
  disputes: CiteRef;
}

export interface CheckContext {
  /** Citation of every provision a finding may name, by provision id. */
  cites: Readonly<Record<string, CiteRef>>;
  /** Per policy: what the licensor owes the inventors, one line per provision (summary + id). */
  reward: Readonly<Record<string, readonly { provisionId: string; summary: string }[]>>;
  /** The policy the model contract belongs to (its TRL and result-type provisions apply only there). */
  modelPolicy: string;
  /** The model policy's TRL the 成果库 looks for: a `quantity`. */
  trl: { provisionId: string; number: number; bound: Parameters<typeof satisfiesBound>[1] } | null;
  /** The model policy's result types: the list's keys. */
  resultTypes: { provisionId: string; keys: readonly string[] } | null;
  /** The model's printed late-payment rate (fraction) and its provision. */
  lateRate: { provisionId: string; rate: string } | null;
  /** The model's printed 满[N]个月 and its provision. */
  deferredDefault: { provisionId: string; months: number } | null;
  openLicence: OpenLicenceLaw;
}

export interface CheckInput {
  form: ContractForm;
  parsed: ParsedContract;
  plan: PlanResult | null;
  /** The deferred period was the model's printed default, not one the user typed. */
  monthsFromModel: boolean;
  /** The label of a rule's single, unnamed reading (按原文). */
  asWorded: string;
}

function readingLabel(r: ReadingResult, asWorded: string): string {
  return r.label || asWorded;
}

/** Every finding for the contract as it stands. */
export function checkContract(input: CheckInput, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const cite = (id: string | null | undefined): CiteRef[] => (id && ctx.cites[id] ? [ctx.cites[id]] : []);
  const { form, parsed, plan } = input;

  // ── 第四条: when the first payment may fall ─────────────────────────────────
  if (!form.plan || !plan) {
    out.push({ code: 'plan-missing', level: 'info', vars: {}, cites: [], field: 'payMode' });
  } else if (plan.rule) {
    const ruleCite = cite(plan.rule.timing.provisionId);
    if (input.monthsFromModel && ctx.deferredDefault) {
      out.push({ code: 'timing-model-period', level: 'info', vars: { months: String(ctx.deferredDefault.months) }, cites: cite(ctx.deferredDefault.provisionId), field: 'plan.agreedMonths' });
    }
    if (plan.scheduleBlocked) out.push({ code: 'plan-incomplete', level: 'info', vars: {}, cites: [], field: 'payMode' });
    if (!plan.timing) {
      out.push({ code: 'timing-needs-date', level: 'info', vars: {}, cites: ruleCite, field: 'signDate' });
    } else if (plan.timing.agreedByParties) {
      out.push({ code: 'timing-agreed', level: 'info', vars: {}, cites: ruleCite });
    } else if (plan.check) {
      const first = plan.check.firstDue ? formatChineseDate(plan.check.firstDue) : '';
      const ok: string[] = [];
      plan.check.perReading.forEach((c, i) => {
        const r = plan.timing!.readings[i];
        if (!r) return;
        const reading = readingLabel(r, input.asWorded);
        if (c === 'ok') ok.push(reading);
        else if (c === 'too-early') {
          out.push({ code: 'timing-too-early', level: 'warning', vars: { reading, first, earliest: r.earliest ? formatChineseDate(r.earliest) : '' }, cites: ruleCite, field: 'payMode' });
        } else if (c === 'too-late') {
          out.push({ code: 'timing-too-late', level: 'warning', vars: { reading, first, deadline: r.deadline ? formatChineseDate(r.deadline) : '' }, cites: ruleCite, field: 'payMode' });
        } else if (c === 'pending') {
          out.push({ code: 'timing-pending', level: 'info', vars: { reading, first }, cites: ruleCite, field: 'plan.revenue' });
        } else if (c === 'not-evaluated') {
          out.push({ code: 'timing-not-evaluated', level: 'info', vars: { reading }, cites: ruleCite });
        }
      });
      if (ok.length > 0) {
        const all = ok.length === plan.check.perReading.length;
        out.push({ code: all ? 'timing-ok' : 'timing-ok-some', level: all ? 'ok' : 'info', vars: { first, readings: ok.join('、') }, cites: ruleCite });
      }
    }

    // ── Publicity before signing, where the policy requires it ─────────────────
    const pub = plan.rule.publicity;
    if (pub) {
      const pubCite = cite(pub.provisionId);
      const period = formatPeriod(pub.value.period);
      if (!plan.publicity) {
        out.push({ code: 'publicity-missing', level: 'warning', vars: { period }, cites: pubCite, field: 'plan.publicity' });
      } else {
        const vars = { period, end: formatChineseDate(plan.publicity.period.end), earliest: formatChineseDate(plan.publicity.earliestSigning) };
        if (plan.publicity.signedTooEarly === true) out.push({ code: 'publicity-too-early', level: 'warning', vars, cites: pubCite, field: 'signDate' });
        else if (plan.publicity.signedTooEarly === false) out.push({ code: 'publicity-ok', level: 'ok', vars, cites: pubCite });
        else out.push({ code: 'publicity-end', level: 'info', vars, cites: pubCite, field: 'signDate' });
      }
    }
  }

  // ── What the licensor owes the inventors (information) ─────────────────────
  const policy = plan?.rule?.policyId ?? ctx.modelPolicy;
  const reward = ctx.reward[policy] ?? [];
  for (const r of reward) out.push({ code: 'reward', level: 'info', vars: { summary: r.summary }, cites: cite(r.provisionId) });

  // ── The model policy's own scope words ─────────────────────────────────────
  if (policy === ctx.modelPolicy) {
    if (ctx.trl && parsed.trl !== null && !satisfiesBound(new Money(parsed.trl), ctx.trl.bound, new Money(ctx.trl.number))) {
      out.push({ code: 'trl-below', level: 'info', vars: { trl: String(parsed.trl), min: String(ctx.trl.number) }, cites: cite(ctx.trl.provisionId), field: 'trl' });
    }
    if (ctx.resultTypes) {
      const listed = new Set(ctx.resultTypes.keys);
      for (const k of form.resultTypes) {
        if (!listed.has(k)) out.push({ code: 'result-type-not-listed', level: 'info', vars: { type: k }, cites: cite(ctx.resultTypes.provisionId), field: 'resultTypes' });
      }
      if (form.resultTypes.includes('technical-secret')) {
        out.push({ code: 'technical-secret', level: 'info', vars: {}, cites: cite(ctx.resultTypes.provisionId), field: 'resultTypes' });
      }
    }
  }

  // ── 第六条: the late-payment rate ──────────────────────────────────────────
  if (ctx.lateRate && parsed.lateRate === null && form.lateRate.trim() === '') {
    out.push({ code: 'late-rate-default', level: 'info', vars: { percent: new Money(ctx.lateRate.rate).times(100).toString() }, cites: cite(ctx.lateRate.provisionId), field: 'lateRate' });
  }

  // ── 开放许可: Patent Law 第五十条至第五十二条 ────────────────────────────────
  if (form.conversion === 'licence' && form.licenceKind === 'open') {
    const law = ctx.openLicence;
    out.push({ code: 'open-declaration', level: 'warning', vars: {}, cites: [law.declaration, law.takeUp], field: 'licenceKind' });
    out.push({ code: 'open-no-exclusive', level: 'warning', vars: {}, cites: [law.noExclusive], field: 'licenceKind' });
    if (form.resultTypes.length > 0 && !form.resultTypes.includes('patent')) {
      out.push({ code: 'open-not-patent', level: 'warning', vars: {}, cites: [law.declaration], field: 'resultTypes' });
    }
    if (form.dispute) out.push({ code: 'open-disputes', level: 'info', vars: {}, cites: [law.disputes], field: 'dispute' });
  }
  return out;
}
