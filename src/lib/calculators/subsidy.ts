/**
 * 补助与奖励: the amount each claim may reach under the subsidy provisions of the dataset
 * (`value.type === 'subsidy'`), after the per-claim cap (单个项目 / 单笔投资 / 单项合同 / 一次性)
 * and then the caps shared across claims (每家每年, 对同一家企业累计), with every cap that bit.
 *
 * Order, stated in the UI: claims already received ("已获") are counted first, then new claims
 * in the order entered; a shared cap is consumed first come, first served. Claims of provisions
 * with the same `capGroup` (else the same provision) share caps. Each claim names its claimant
 * (每家企业 …) and, for cumulative caps, the enterprise invested in.
 *
 * Fixed awards (定额) and 一事一议 items are reported as such and never summed: their amount is not
 * a function of the user's numbers. Amounts are exact; display rounds to the fen.
 *
 * @see provision subsidy rules in content/provisions/*.yaml (section subsidy)
 */
import type { JurisdictionLevel } from '../jurisdiction';
import type { BoundWord } from '../../schemas/provision';
import { boundKind, satisfiesBound } from '../bounds';
import { Money, ZERO, type Yuan } from '../money';
import { step, type ProvisionRef, type Step, type ValueOf } from './common';

export type SubsidyValue = ValueOf<'subsidy'>;
export type SubsidyProvision = ProvisionRef & { value: SubsidyValue };
export type CapScope = SubsidyValue['caps'][number]['scope'];

/** Caps applied to one claim on its own. */
const PER_CLAIM: ReadonlySet<CapScope> = new Set<CapScope>(['per-project', 'per-investment', 'per-contract', 'one-off']);

export interface ClaimInput {
  provisionId: string;
  /** Calendar year of the claim (annual caps group by it). */
  year: number;
  /** Who claims (每家企业/单位): caps per claimant group by it. Blank = 本单位. */
  claimant?: string | undefined;
  /** The enterprise invested in, for 对同一家企业累计 caps. Blank = one unnamed enterprise. */
  target?: string | undefined;
  /** The base the rate applies to (元). Required for rate-based provisions. */
  base?: Yuan | undefined;
  /** Set for a claim already received: the amount awarded (元). It counts toward shared caps. */
  awarded?: Yuan | undefined;
}

export interface CapApplied {
  scope: CapScope;
  cap: Yuan;
  bound: BoundWord;
  /** Already used by earlier claims under the same shared cap (0 for per-claim caps). */
  usedBefore: Yuan;
  /** Amount before and after this cap. */
  before: Yuan;
  after: Yuan;
  /** Whether the cap reduced the amount. */
  bit: boolean;
}

export type ClaimKind = 'rate' | 'fixed' | 'case-by-case' | 'prior' | 'missing-base' | 'unknown-provision' | 'no-rule';

export interface ClaimResult {
  index: number;
  input: ClaimInput;
  provision: SubsidyProvision | undefined;
  kind: ClaimKind;
  /** base × rate, before any cap. */
  raw: Yuan | undefined;
  /** After every cap (kind 'rate'), or the awarded amount (kind 'prior'). */
  amount: Yuan | undefined;
  /** 最高可获: the rate or a binding cap is an upper bound (不超过/以内), not a fixed entitlement. */
  upperBound: boolean;
  caps: CapApplied[];
  steps: Step[];
}

export interface SharedCapUsage {
  /** Cap group key (capGroup or provision id), claimant and year or target. */
  group: string;
  scope: CapScope;
  claimant: string;
  year?: number;
  target?: string;
  cap: Yuan;
  used: Yuan;
}

export interface SubsidyResult {
  claims: ClaimResult[];
  /** Sum of the new rate-based claims after all caps (fixed, 一事一议 and prior claims excluded). */
  total: Yuan;
  /** Whether any part of the total is an upper bound. */
  totalUpperBound: boolean;
  shared: SharedCapUsage[];
  provisionIds: string[];
}

function groupOf(p: SubsidyProvision): string {
  return p.value.capGroup ?? p.id;
}

function sharedKey(p: SubsidyProvision, scope: CapScope, c: ClaimInput): { key: string; year?: number; target?: string } {
  const claimant = c.claimant?.trim() || '';
  if (scope === 'per-claimant-year') return { key: `${groupOf(p)}|${scope}|${claimant}|${c.year}`, year: c.year };
  if (scope === 'per-claimant') return { key: `${groupOf(p)}|${scope}|${claimant}` };
  const target = c.target?.trim() || '';
  return { key: `${groupOf(p)}|${scope}|${claimant}|${target}`, target };
}

/** The largest amount a cap admits: the figure itself for inclusive words; exclusive caps flagged by `bound`. */
function capRoom(cap: Yuan, used: Yuan): Yuan {
  const room = cap.minus(used);
  return room.isNegative() ? ZERO : room;
}

function isUpper(word: BoundWord | undefined): boolean {
  return word !== undefined && boundKind(word).side === 'upper';
}

/**
 * Every claim's amount after its caps, and the total. Unknown provision ids and missing bases
 * come back as claim kinds, never as exceptions.
 */
export function computeSubsidies(claims: ClaimInput[], provisions: SubsidyProvision[]): SubsidyResult {
  const byId = new Map(provisions.map((p) => [p.id, p]));
  const used = new Map<string, SharedCapUsage>();
  const results: ClaimResult[] = claims.map((input, index) => ({
    index,
    input,
    provision: byId.get(input.provisionId),
    kind: 'unknown-provision',
    raw: undefined,
    amount: undefined,
    upperBound: false,
    caps: [],
    steps: [],
  }));

  const consume = (p: SubsidyProvision, c: ClaimInput, amount: Yuan, r: ClaimResult): Yuan => {
    let cur = amount;
    for (const cap of p.value.caps) {
      const capYuan = new Money(cap.yuan);
      if (PER_CLAIM.has(cap.scope)) {
        const after = Money.min(cur, capYuan);
        r.caps.push({ scope: cap.scope, cap: capYuan, bound: cap.bound, usedBefore: ZERO, before: cur, after, bit: after.lessThan(cur) });
        cur = after;
        continue;
      }
      const { key, year, target } = sharedKey(p, cap.scope, c);
      const u = used.get(key) ?? {
        group: groupOf(p),
        scope: cap.scope,
        claimant: c.claimant?.trim() || '',
        cap: capYuan,
        used: ZERO,
        ...(year !== undefined ? { year } : {}),
        ...(target !== undefined ? { target } : {}),
      };
      const after = Money.min(cur, capRoom(capYuan, u.used));
      r.caps.push({ scope: cap.scope, cap: capYuan, bound: cap.bound, usedBefore: u.used, before: cur, after, bit: after.lessThan(cur) });
      cur = after;
      used.set(key, u);
    }
    return cur;
  };
  // A claim's final amount counts toward every shared cap it passed through.
  const record = (p: SubsidyProvision, c: ClaimInput, amount: Yuan) => {
    for (const cap of p.value.caps) {
      if (PER_CLAIM.has(cap.scope)) continue;
      const u = used.get(sharedKey(p, cap.scope, c).key);
      if (u) u.used = u.used.plus(amount);
    }
  };

  // Claims already received come first: they have used their share of every shared cap.
  for (const r of results) {
    const p = r.provision;
    if (!p || r.input.awarded === undefined) continue;
    r.kind = 'prior';
    r.amount = r.input.awarded;
    consume(p, r.input, ZERO, { ...r, caps: [] }); // registers the shared caps without reducing anything
    record(p, r.input, r.input.awarded);
    r.steps.push(step('prior', { awarded: r.input.awarded }, {}, [p.id]));
  }

  for (const r of results) {
    const p = r.provision;
    if (!p || r.kind === 'prior') continue;
    const v = p.value;
    if (v.caseByCase) {
      r.kind = 'case-by-case';
      continue;
    }
    if (!v.rate) {
      r.kind = v.fixedYuan ? 'fixed' : 'no-rule';
      r.upperBound = isUpper(v.fixedBound);
      continue;
    }
    if (!r.input.base) {
      r.kind = 'missing-base';
      continue;
    }
    r.kind = 'rate';
    const rate = new Money(v.rate);
    r.raw = r.input.base.times(rate);
    r.steps.push(step('rate', { base: r.input.base, raw: r.raw }, { rate }, [p.id]));
    const amount = consume(p, r.input, r.raw, r);
    for (const c of r.caps) {
      if (!c.bit) continue;
      r.steps.push(
        step(c.usedBefore.isZero() ? `cap.${c.scope}` : `cap-shared.${c.scope}`, { cap: c.cap, used: c.usedBefore, before: c.before, after: c.after }, {}, [p.id]),
      );
    }
    record(p, r.input, amount);
    r.amount = amount;
    r.upperBound = isUpper(v.rateBound) || r.caps.some((c) => c.bit && isUpper(c.bound));
  }

  const fresh = results.filter((r) => r.kind === 'rate');
  return {
    claims: results,
    total: fresh.reduce((a, r) => a.plus(r.amount ?? ZERO), new Money(0)),
    totalUpperBound: fresh.some((r) => r.upperBound),
    shared: [...used.values()],
    provisionIds: [...new Set(results.flatMap((r) => (r.provision ? [r.provision.id] : [])))],
  };
}

// ——— Thresholds ———

export type ThresholdProvision = ProvisionRef & { value: ValueOf<'amount'> };

export interface ThresholdResult {
  provisionId: string;
  value: Yuan;
  limit: Yuan;
  bound: BoundWord;
  /** Whether the value meets the threshold (Civil Code Art. 1259 inclusive words). */
  met: boolean;
}

/** Whether `value` reaches a threshold such as 累计达到50万元以上 (inclusive: 500000 meets it). */
export function checkThreshold(value: Yuan, p: ThresholdProvision): ThresholdResult {
  const limit = new Money(p.value.yuan);
  return { provisionId: p.id, value, limit, bound: p.value.bound, met: satisfiesBound(value, p.value.bound, limit) };
}

/** Thresholds among provisions: amounts with a lower-bound word (以上, 达到, 不低于 …). */
export function isThreshold(p: ProvisionRef & { value: { type: string } }): p is ThresholdProvision {
  return p.value.type === 'amount' && boundKind((p.value as ValueOf<'amount'>).bound).side === 'lower';
}

// ——— Overlapping jurisdictions ———

export interface JurisdictionRef {
  code: string;
  name: string;
  level: JurisdictionLevel;
  parent?: string | undefined;
}

/** The claimant's own jurisdiction and every one above it (city → province), nearest first. */
export function jurisdictionChain(code: string, all: JurisdictionRef[]): JurisdictionRef[] {
  const byCode = new Map(all.map((j) => [j.code, j]));
  const out: JurisdictionRef[] = [];
  let cur = byCode.get(code);
  while (cur && !out.includes(cur)) {
    out.push(cur);
    cur = cur.parent ? byCode.get(cur.parent) : undefined;
  }
  return out;
}

/**
 * Subsidy provisions that reach a claimant located in `code`: its own jurisdiction's and every
 * parent's, each tagged with the jurisdiction it comes from. Nothing is dropped or merged: how
 * city and provincial awards combine is for the texts to say (`combination` below).
 */
export function provisionsForLocation<P extends { policy: string }>(
  code: string,
  all: JurisdictionRef[],
  policyJurisdiction: Record<string, string>,
  provisions: P[],
): { jurisdiction: JurisdictionRef; provisions: P[] }[] {
  return jurisdictionChain(code, all).map((j) => ({
    jurisdiction: j,
    provisions: provisions.filter((p) => policyJurisdiction[p.policy] === j.code),
  }));
}

/**
 * Totals per jurisdiction level, so the page can show a city and a provincial figure side by
 * side and add them only as "if both apply".
 */
export function totalsByJurisdiction(
  result: SubsidyResult,
  policyJurisdiction: Record<string, string>,
): Map<string, Yuan> {
  const out = new Map<string, Yuan>();
  for (const r of result.claims) {
    if (r.kind !== 'rate' || !r.provision || !r.amount) continue;
    const code = policyJurisdiction[r.provision.policy] ?? '';
    out.set(code, (out.get(code) ?? ZERO).plus(r.amount));
  }
  return out;
}
