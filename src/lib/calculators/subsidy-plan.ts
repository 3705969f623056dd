/**
 * The subsidy calculator as one pure function, shaped like `computePlan`: the form's strings in;
 * every value, field error, condition state and step of the trace out. The island renders this
 * and nothing else; the page renders its worked example with the same function at build time.
 *
 * What it decides, in order:
 * 1. Where the claimant is: the location's documents and those of every jurisdiction above it
 *    (`subsidyContext` derives the jurisdictions once from the policies).
 * 2. Each claim: its typed conditions (`conditions.ts`) make it eligible, not eligible (it
 *    contributes 0, with the failed condition as the reason and the article cited) or conditional
 *    (若满足…，最高可获…) while a condition is unanswered.
 * 3. Amounts after caps (`computeSubsidies`): eligible claims alone give the confirmed total;
 *    eligible and conditional claims together give what the total would be if every open condition
 *    is met. A claim already received counts toward shared caps in both.
 * 4. 就高不就低 (`no-stacking.ts`): of the claims in one no-stacking group, for the same claimant and
 *    the same subject, only the highest is given; the others contribute 0 and say which claim is given
 *    instead. A blank subject is one unnamed subject, so the total never counts what may not stack.
 *    Claims already received stay out of it (they are not part of this total).
 * 5. Readings: the headline follows the text's value as recorded (the reading without a value of its
 *    own); `subsidyReadings` (./subsidy-readings.ts, the full page only) computes the plan again under
 *    every reading that changes a value, with `runPlan`.
 * 6. Thresholds (Guangdong's 认定 thresholds): met / not met / unanswered from the amount entered.
 */
import type { SubsidyCondition } from '../../schemas/provision';
import type { HolidayCalendar } from '../holidays';
import { isThreshold, type ThresholdProvision } from './subsidy';
import { Money, ZERO, type Yuan } from '../money';
import { parseIntegerInput, parseYuanInput } from '../parse-input';
import type { Step } from './common';
import { claimStatus, EMPTY_CONDITION, evaluateCondition, type ClaimStatus, type ConditionForm, type ConditionResult } from './conditions';
import type { CalcData, CalcPolicy, CalcProvision } from './props';
import {
  computeSubsidies,
  jurisdictionChain,
  type CapApplied,
  type ClaimInput,
  type ClaimKind,
  type JurisdictionRef,
  type SubsidyProvision,
} from './subsidy';
import { boundKind, satisfiesBound } from '../bounds';
import { applyNoStacking } from './no-stacking';

/** Most claims one plan holds (and one link carries): more than any real claimant files. */
export const MAX_CLAIMS = 60;
/** Years a claim may be dated in (annual caps group by year). */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

export interface ClaimForm {
  provisionId: string;
  year: string;
  base: string;
  /** Who claims (每家企业/单位 caps group by it); blank = 本单位. */
  claimant: string;
  /** The enterprise invested in (对同一家企业累计 caps); blank = one unnamed enterprise. */
  target: string;
  /** What the award is for (the result or project), for 就高不就低; blank = one unnamed subject. */
  subject: string;
  /** A claim already received: it counts toward shared caps, not toward this total. */
  prior: boolean;
  awarded: string;
  /** Answers to the provision's conditions, by position; missing entries are unanswered. */
  conds: ConditionForm[];
}

export interface SubsidyForm {
  /** GB/T 2260 code of the claimant's location; '' = not chosen. */
  loc: string;
  claims: ClaimForm[];
  /** Amounts entered against threshold provisions, by provision id. */
  thresholds: Record<string, string>;
}

export type SubsidyItem = CalcProvision & SubsidyProvision;

/** What the calculator needs from the dataset, derived once from the island's props. */
export interface SubsidyContext {
  policies: CalcPolicy[];
  provisions: CalcProvision[];
  subsidies: SubsidyItem[];
  thresholds: (CalcProvision & ThresholdProvision)[];
  jurisdictions: JurisdictionRef[];
  /** Policy id → jurisdiction code. */
  policyJurisdiction: Record<string, string>;
  /** Claimant parties in the order the guided list groups them. */
  claimantOrder: readonly string[];
  calendar: HolidayCalendar;
}

/** The context from calculator props: jurisdictions, subsidies and thresholds picked out once. */
export function subsidyContext(data: Pick<CalcData, 'policies' | 'provisions'>, claimantOrder: readonly string[], calendar: HolidayCalendar): SubsidyContext {
  return {
    policies: data.policies,
    provisions: data.provisions,
    subsidies: data.provisions.filter((p): p is SubsidyItem => p.value.type === 'subsidy'),
    thresholds: data.provisions.filter((p): p is CalcProvision & ThresholdProvision => isThreshold(p)),
    jurisdictions: [...new Map(data.policies.map((p) => [p.jurisdiction.code, p.jurisdiction])).values()],
    policyJurisdiction: Object.fromEntries(data.policies.map((p) => [p.id, p.jurisdiction.code])),
    claimantOrder,
    calendar,
  };
}

/**
 * The questions a claim asks: the conditions of the text's value, then any condition that only a
 * reading adds (云南 十三 读法二: 损失补助也须"实缴投资满2年后"), each once, with the readings it
 * belongs to. A claim's answers (`conds`) follow this order, so every reading can be decided.
 */
export function claimConditions(p: Pick<SubsidyItem, 'value' | 'readings'>): { condition: SubsidyCondition; onlyUnder: string[] | undefined }[] {
  const out = p.value.conditions.map((condition) => ({ condition, onlyUnder: undefined as string[] | undefined }));
  for (const r of p.readings) {
    if (r.value?.type !== 'subsidy') continue;
    for (const condition of r.value.conditions) {
      const same = out.find((x) => JSON.stringify(x.condition) === JSON.stringify(condition));
      if (!same) out.push({ condition, onlyUnder: [r.label] });
      else same.onlyUnder?.push(r.label);
    }
  }
  return out;
}

export type FieldErrors = Record<string, string>;

/** Element/field keys, shared by the core's errors and the island's ids. */
export const subsidyField = {
  year: (i: number) => `c${i}-year`,
  base: (i: number) => `c${i}-base`,
  awarded: (i: number) => `c${i}-awarded`,
  claimant: (i: number) => `c${i}-claimant`,
  target: (i: number) => `c${i}-target`,
  subject: (i: number) => `c${i}-subject`,
  cond: (i: number, k: number, part: 'answer' | 'from' | 'on' | 'amount') => `c${i}-q${k}-${part}`,
  threshold: (id: string) => `th-${id}`,
};

export type ClaimOutcomeStatus = ClaimStatus | 'incomplete' | 'received' | 'unknown';

export interface ClaimOutcome {
  index: number;
  form: ClaimForm;
  provision: SubsidyItem | undefined;
  policy: CalcPolicy | undefined;
  /** The provision's jurisdiction is not the location's or above it (shown for reference). */
  outside: boolean;
  /** How the amount is set: by rate, a fixed figure, 一事一议, no figure at all, or received. */
  kind: ClaimKind | 'incomplete';
  status: ClaimOutcomeStatus;
  /** Every question of the claim (`claimConditions`), answered or not. */
  conditions: ConditionResult[];
  /** Per condition: the readings it belongs to only (undefined: the text's own condition). */
  onlyUnder: (string[] | undefined)[];
  /** The conditions not met: why the claim contributes nothing. */
  failed: ConditionResult[];
  /** The conditions still open: what "若满足" refers to. */
  open: ConditionResult[];
  /** Contribution to the confirmed total (0 when not eligible; undefined when nothing computed). */
  amount: Yuan | undefined;
  /** What it would reach if every open condition is met (conditional claims). */
  potential: Yuan | undefined;
  /** 最高: the rate, figure or a binding cap is an upper bound. */
  upperBound: boolean;
  caps: CapApplied[];
  steps: Step[];
  /**
   * 就高不就低: the no-stacking rule of the claim's provision (under the text's value or any
   * reading), and the index of the claim given instead when this one is displaced.
   */
  noStacking: { words: string; displacedBy: number | undefined } | undefined;
  /** Which inputs this claim takes (a claimant name only where caps are shared per claimant). */
  needs: { year: boolean; base: boolean; target: boolean; claimant: boolean; subject: boolean };
}

export interface ThresholdCheck {
  provision: CalcProvision & ThresholdProvision;
  state: 'met' | 'not-met' | 'unanswered';
  value: Yuan | undefined;
  limit: Yuan;
  outside: boolean;
}

export interface JurisdictionTotal {
  jurisdiction: JurisdictionRef;
  confirmed: Yuan;
  ifMet: Yuan;
}

export type SubsidyHeadline =
  | { kind: 'no-location' }
  | { kind: 'no-claims' }
  /** Claims chosen, none computable yet (every one still needs a figure): no total is claimed. */
  | { kind: 'pending' }
  | {
      kind: 'total';
      /** Eligible claims, after caps. */
      confirmed: Yuan;
      confirmedUpper: boolean;
      /** Eligible and conditional claims, if every open condition is met. */
      ifMet: Yuan;
      ifMetUpper: boolean;
      counts: Record<ClaimOutcomeStatus, number>;
    };

export interface SubsidyResult {
  /** Messages for content that cannot be used (never for a blank field). */
  errors: FieldErrors;
  /** Blank fields a claim still needs, by field key. */
  missing: string[];
  location: JurisdictionRef | null;
  /** The location and every jurisdiction above it, nearest first. */
  chain: JurisdictionRef[];
  documents: { jurisdiction: JurisdictionRef; policies: CalcPolicy[] }[];
  /** Where city and province meet: what the city's documents say about subsidies besides the list. */
  combination: { jurisdiction: JurisdictionRef; statements: CalcProvision[] }[] | null;
  /** The guided list: subsidies reaching the location, grouped by claimant. */
  catalogue: { claimant: string; items: SubsidyItem[] }[];
  claims: ClaimOutcome[];
  thresholds: ThresholdCheck[];
  totals: JurisdictionTotal[];
  headline: SubsidyHeadline;
}

const isUpperWord = (w: Parameters<typeof boundKind>[0] | undefined) => w !== undefined && boundKind(w).side === 'upper';

/** Compute every part from the form. Never throws on user input. */
export function computeSubsidy(form: SubsidyForm, ctx: SubsidyContext): SubsidyResult {
  const errors: FieldErrors = {};
  const missing: string[] = [];
  const location = ctx.jurisdictions.find((j) => j.code === form.loc) ?? null;
  const chain = location ? jurisdictionChain(location.code, ctx.jurisdictions) : [];
  const inChain = new Set(chain.map((j) => j.code));
  const jurOf = (policyId: string) => ctx.policyJurisdiction[policyId] ?? '';
  const documents = chain.map((j) => ({ jurisdiction: j, policies: ctx.policies.filter((p) => p.jurisdiction.code === j.code) }));
  const combination =
    chain.length > 1
      ? chain
          .filter((j) => j.level === 'city')
          .map((j) => ({
            jurisdiction: j,
            statements: ctx.provisions.filter((p) => jurOf(p.policy) === j.code && p.topic === 'subsidy' && p.value.type === 'text'),
          }))
      : null;
  const catalogue = ctx.claimantOrder
    .map((c) => ({ claimant: c, items: ctx.subsidies.filter((p) => inChain.has(jurOf(p.policy)) && p.value.claimant === c) }))
    .filter((g) => g.items.length > 0);

  // Parse each claim; decide its conditions.
  const claims: ClaimOutcome[] = form.claims.slice(0, MAX_CLAIMS).map((row, i) => parseClaim(row, i, ctx, inChain, errors, missing));
  if (form.claims.length > MAX_CLAIMS) errors['claims'] = `最多计算 ${MAX_CLAIMS} 个项目。`;

  const main = runPlan(claims, ctx.subsidies);
  for (const c of claims) {
    const mine = main.confirmed.get(c.index) ?? main.ifMet.get(c.index);
    if (c.status === 'not-eligible') {
      c.amount = ZERO;
      // What it would have been, for the reason line (computed alone, against its own caps).
      const alone = c.provision && usable(c) ? computeSubsidies([toInput(c)], ctx.subsidies).claims[0] : undefined;
      c.potential = alone?.amount;
      c.upperBound = alone?.upperBound ?? false;
      continue;
    }
    if (c.noStacking) c.noStacking.displacedBy = main.displacedBy.get(c.index);
    if (!mine) continue;
    c.kind = mine.kind;
    c.caps = mine.caps;
    c.steps = mine.steps;
    c.upperBound = mine.upperBound;
    if (c.status === 'conditional') {
      c.potential = mine.amount;
      c.amount = undefined;
    } else c.amount = mine.amount;
  }
  const { confirmed, ifMet, confirmedUpper, ifMetUpper, byJ } = main.totals(jurOf);
  const thresholds: ThresholdCheck[] = ctx.thresholds
    .filter((p) => inChain.has(jurOf(p.policy)) || (form.thresholds[p.id] ?? '').trim() !== '')
    .map((p) => {
      const limit = new Money(p.value.yuan);
      const raw = form.thresholds[p.id] ?? '';
      const outside = !inChain.has(jurOf(p.policy));
      if (!raw.trim()) return { provision: p, state: 'unanswered' as const, value: undefined, limit, outside };
      const v = parseYuanInput(raw, { allowZero: true, label: p.value.of });
      if (!v.ok) {
        errors[subsidyField.threshold(p.id)] = v.message;
        return { provision: p, state: 'unanswered' as const, value: undefined, limit, outside };
      }
      return { provision: p, state: satisfiesBound(v.value, p.value.bound, limit) ? ('met' as const) : ('not-met' as const), value: v.value, limit, outside };
    });

  const counts: Record<ClaimOutcomeStatus, number> = { eligible: 0, 'not-eligible': 0, conditional: 0, incomplete: 0, received: 0, unknown: 0 };
  for (const c of claims) counts[c.status] += 1;
  const headline: SubsidyHeadline = !location
    ? { kind: 'no-location' }
    : claims.length === 0
      ? { kind: 'no-claims' }
      : claims.every((c) => c.status === 'incomplete' || c.status === 'unknown')
        ? { kind: 'pending' }
      : { kind: 'total', confirmed, confirmedUpper, ifMet, ifMetUpper, counts };
  if (!location && form.loc !== '') errors['loc'] = '所选所在地不在本站收录的范围内，请重新选择。';

  return {
    errors,
    missing,
    location,
    chain,
    documents,
    combination,
    catalogue,
    claims,
    thresholds,
    totals: chain.map((j) => ({ jurisdiction: j, confirmed: byJ.get(j.code)?.confirmed ?? ZERO, ifMet: byJ.get(j.code)?.ifMet ?? ZERO })),
    headline,
  };
}

/** A claim with a provision and every number it needs (received claims included). */
export const usable = (c: ClaimOutcome) => c.kind !== 'incomplete' && c.kind !== 'unknown-provision' && !!c.provision;

type RunResult = ReturnType<typeof computeSubsidies>['claims'][number];

/**
 * The plan under one set of provision values (the text's, or a reading's): two runs through the
 * caps — eligible claims alone, then with the conditional ones as if met — each followed by
 * 就高不就低, and the totals. A claim's kind here is the one `parseClaim` gave (incomplete claims
 * stay out).
 */
export function runPlan(claims: readonly ClaimOutcome[], subsidies: readonly SubsidyItem[], statusOf: (c: ClaimOutcome) => ClaimOutcomeStatus = (c) => c.status) {
  const st = new Map(claims.map((c) => [c.index, statusOf(c)]));
  const group = new Map(subsidies.map((p) => [p.id, p.value.noStacking?.group]));
  const displacedBy = new Map<number, number>();
  const run = (withConditional: boolean) => {
    const picked = claims.filter((c) => {
      const x = st.get(c.index);
      return usable(c) && (x === 'eligible' || x === 'received' || (withConditional && x === 'conditional'));
    });
    // 就高不就低 first, each award as it would be on its own: an award that falls away never uses a
    // shared cap the award given would need (云南 八 读法二: 1000万元 per enterprise).
    const alone = new Map(picked.map((c) => [c.index, computeSubsidies([toInput(c)], [...subsidies]).claims[0]!]));
    const items = picked.filter((c) => st.get(c.index) !== 'received').map((c) => ({
      index: c.index, group: group.get(c.form.provisionId), claimant: c.form.claimant, subject: c.form.subject, amount: alone.get(c.index)!.amount ?? ZERO,
    }));
    const fallen = new Map(applyNoStacking(items).filter((x) => !x.kept).map((x) => [x.index, x.givenIndex]));
    const given = picked.filter((c) => !fallen.has(c.index));
    const amounts = new Map<number, RunResult>(computeSubsidies(given.map(toInput), [...subsidies]).claims.map((r, k) => [given[k]!.index, r]));
    for (const [i, by] of fallen) {
      amounts.set(i, { ...alone.get(i)!, amount: ZERO, upperBound: false, caps: [] });
      // An eligible claim is displaced among eligible claims; a conditional one among all.
      if (withConditional === (st.get(i) === 'conditional')) displacedBy.set(i, by);
    }
    return amounts;
  };
  const confirmed = run(false);
  const ifMet = run(true);
  return {
    confirmed,
    ifMet,
    displacedBy,
    totals(jurOf: (policyId: string) => string) {
      const sum = { confirmed: ZERO as Yuan, ifMet: ZERO as Yuan, confirmedUpper: false, ifMetUpper: false };
      const byJ = new Map<string, { confirmed: Yuan; ifMet: Yuan }>();
      for (const c of claims) {
        const x = st.get(c.index);
        const a = x === 'eligible' ? confirmed.get(c.index) : undefined;
        const b = x === 'eligible' || x === 'conditional' ? ifMet.get(c.index) : undefined;
        const kind = (a ?? b)?.kind;
        if (!c.provision || (kind !== 'rate' && kind !== 'fixed')) continue;
        const j = jurOf(c.provision.policy);
        const t = byJ.get(j) ?? { confirmed: ZERO, ifMet: ZERO };
        byJ.set(j, t);
        if (a?.amount) {
          sum.confirmed = sum.confirmed.plus(a.amount);
          sum.confirmedUpper ||= a.upperBound;
          t.confirmed = t.confirmed.plus(a.amount);
        }
        if (b?.amount) {
          sum.ifMet = sum.ifMet.plus(b.amount);
          sum.ifMetUpper ||= b.upperBound;
          t.ifMet = t.ifMet.plus(b.amount);
        }
      }
      return { ...sum, byJ };
    },
  };
}

/** The claim as `computeSubsidies` takes it (fields already validated by `parseClaim`). */
function toInput(c: ClaimOutcome): ClaimInput {
  const f = c.form;
  const year = Number(f.year);
  const input: ClaimInput = { provisionId: f.provisionId, year: Number.isInteger(year) ? year : 0 };
  if (f.claimant.trim()) input.claimant = f.claimant;
  if (f.target.trim()) input.target = f.target;
  const amount = (raw: string) => {
    const r = parseYuanInput(raw, { allowZero: true });
    return r.ok ? r.value : undefined;
  };
  if (f.prior) input.awarded = amount(f.awarded) ?? ZERO;
  else if (c.needs.base) input.base = amount(f.base);
  return input;
}

function parseClaim(row: ClaimForm, i: number, ctx: SubsidyContext, inChain: Set<string>, errors: FieldErrors, missing: string[]): ClaimOutcome {
  const p = ctx.subsidies.find((x) => x.id === row.provisionId);
  const out: ClaimOutcome = {
    index: i,
    form: row,
    provision: p,
    policy: p ? ctx.policies.find((x) => x.id === p.policy) : undefined,
    outside: p ? !inChain.has(ctx.policyJurisdiction[p.policy] ?? '') : false,
    kind: 'unknown-provision',
    status: 'unknown',
    conditions: [],
    onlyUnder: [],
    failed: [],
    open: [],
    amount: undefined,
    potential: undefined,
    upperBound: false,
    caps: [],
    steps: [],
    noStacking: undefined,
    needs: { year: false, base: false, target: false, claimant: false, subject: false },
  };
  if (!p) return out;
  const v = p.value;
  // The rule under the text's value, else under a reading (the standards awards' 读法二).
  const rule = v.noStacking ?? p.readings.map((r) => (r.value?.type === 'subsidy' ? r.value.noStacking : undefined)).find((x) => x !== undefined);
  if (rule && !row.prior) out.noStacking = { words: rule.words, displacedBy: undefined };
  out.needs = {
    year: v.caps.some((c) => c.scope === 'per-claimant-year'),
    base: !!v.rate && !v.caseByCase && !row.prior,
    target: v.caps.some((c) => c.scope === 'per-target-cumulative'),
    claimant: v.caps.some((c) => c.scope === 'per-claimant-year' || c.scope === 'per-target-cumulative'),
    subject: out.noStacking !== undefined,
  };
  let complete = true;
  // A blank field is missing (said, not flagged red); content that cannot be used is an error.
  const check = <T>(key: string, raw: string, parse: (raw: string) => { ok: true; value: T } | { ok: false; message: string }) => {
    if (!raw.trim()) {
      missing.push(key);
      complete = false;
      return;
    }
    const r = parse(raw);
    if (!r.ok) {
      errors[key] = r.message;
      complete = false;
    }
  };
  if (out.needs.year) check(subsidyField.year(i), row.year, (x) => parseIntegerInput(x, YEAR_RANGE.min, YEAR_RANGE.max, { label: '年度' }));
  if (row.prior) check(subsidyField.awarded(i), row.awarded, (x) => parseYuanInput(x, { allowZero: true, label: '已获得金额' }));
  else if (out.needs.base) check(subsidyField.base(i), row.base, (x) => parseYuanInput(x, { label: v.base?.label ?? '计算基数' }));
  if (row.prior) {
    out.status = complete ? 'received' : 'incomplete';
    out.kind = complete ? 'prior' : 'incomplete';
    return out;
  }
  const questions = claimConditions(p);
  out.onlyUnder = questions.map((q) => q.onlyUnder);
  out.conditions = questions.map(({ condition }, k) => {
    const r = evaluateCondition(k, condition, row.conds[k] ?? EMPTY_CONDITION, ctx.calendar);
    for (const [part, m] of Object.entries(r.errors)) errors[subsidyField.cond(i, k, part as 'from' | 'on' | 'amount')] = m;
    return r;
  });
  // The text's own conditions decide the claim; a reading's extra ones decide it under that reading.
  const own = out.conditions.filter((_, k) => !questions[k]!.onlyUnder);
  out.failed = own.filter((c) => c.state === 'not-met');
  out.open = own.filter((c) => c.state === 'unanswered');
  const status = claimStatus(own);
  // A condition not met decides the claim even while a number is missing: it contributes 0.
  out.status = status === 'not-eligible' ? status : complete ? status : 'incomplete';
  out.kind = complete ? (v.caseByCase ? 'case-by-case' : v.rate ? 'rate' : v.fixedYuan ? 'fixed' : 'no-rule') : 'incomplete';
  out.upperBound = isUpperWord(v.rateBound) || isUpperWord(v.fixedBound);
  return out;
}
