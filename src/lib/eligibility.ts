/**
 * "Does this policy apply to me?" — a pure evaluation of an `EligibilityProfile` against every
 * policy's status (on a given day) and its provisions (`licensors`, `licensees`, `result-types`,
 * `payment-modes`, `unconverted-deadline`, TRL quantities). No condition is written here: the
 * lists, levels and periods come from the dataset; this module only says how a profile is matched
 * against them.
 *
 * Verdict rule: any failed condition → `does-not-apply`; otherwise any unanswered or conflicting
 * condition → `unclear`; otherwise `applies`. So filling in more answers, or adding a
 * disqualifying fact, never turns "does not apply" into "applies" (property-tested).
 */
import type { Policy } from '../schemas/policy';
import type { BoundWord, Provision } from '../schemas/provision';
import { t } from '../i18n';
import { levelKeys } from '../schemas/provision-keys';
import { boundKind } from './bounds';
import type { PlainDate } from './plain-date';
import { policyStatus, type PolicyStatus } from './policy-status';
import { OTHER, type EligibilityProfile, type Tri } from './eligibility-profile';

/** A provision with the id of its policy (as `loadProvisions()` returns it). */
export type EligibilityProvision = Provision & { policy: string };

export interface EligibilityPolicy {
  id: string;
  data: Policy;
}

export type Verdict = 'applies' | 'does-not-apply' | 'unclear';
/** What a reason does to the verdict: `note` informs only. */
export type ReasonEffect = 'meets' | 'fails' | 'unknown' | 'note';

export interface Reason {
  /** Stable code for tests and styling, e.g. `licensor-level-outside`. */
  code: string;
  effect: ReasonEffect;
  /** The reason in one Chinese sentence. */
  text: string;
  /** The provision that carries the condition, when one does. */
  provisionId?: string;
}

export type ObligationState = 'triggered' | 'not-yet' | 'unknown' | 'not-applicable';

/** A conversion duty (未转化成果纳入清单/平台) and where the profile stands against it. */
export interface Obligation {
  provisionId: string;
  state: ObligationState;
  text: string;
}

export interface DocumentResult {
  policyId: string;
  verdict: Verdict;
  status: PolicyStatus;
  reasons: Reason[];
  /** Payment modes the document names (items as printed), with their provisions. */
  paymentModes: { items: string[]; provisionId: string }[];
  obligations: Obligation[];
}

/** Dimensions the check reads (plus TRL `quantity` provisions, found by their words). */
export const ELIGIBILITY_DIMENSIONS: readonly string[] = [
  'licensors', 'licensees', 'result-types', 'payment-modes', 'unconverted-deadline', 'validity',
];

/** Licensor level keys: they qualify a licensors list rather than name an item. */
const LEVEL_KEYS = new Set(levelKeys);

/**
 * Licensee keys that single out a group *within* the list's other items (重点支持孵化器内的科技型
 * 中小企业，尤其是…科技人员创办的企业): they add emphasis and never widen the list. They count as
 * conditions only in a list that names nothing else.
 */
const EMPHASIS_LICENSEE_KEYS = new Set(['incubator-tech-sme', 'researcher-founded']);

/**
 * The printed words that attach a condition to a result-types list (the schema keeps conditions
 * in the words, not in keys). Matched against the provision's quote and items.
 */
const GRANTED_WORDS = ['授权且有效'];
const ASSESSED_WORDS = ['第三方机构评估'];
/** A `quantity` provision measuring technology readiness. */
const TRL_WORDS = ['TRL', '技术成熟度'];

const LEVEL_LABEL_KEY = {
  'central-in-province': 'elig.level.central-in-province',
  provincial: 'elig.level.provincial',
  'city-level': 'elig.level.city-level',
  'county-level': 'elig.level.county-level',
  'non-state': 'elig.level.non-state',
  'out-of-province': 'elig.level.out-of-province',
} as const;

function levelLabel(k: string): string {
  return k in LEVEL_LABEL_KEY ? t(LEVEL_LABEL_KEY[k as keyof typeof LEVEL_LABEL_KEY]) : k;
}

function listOf(p: EligibilityProvision): { items: string[]; keys: string[] } | undefined {
  return p.value.type === 'list' ? { items: p.value.items, keys: p.value.keys ?? [] } : undefined;
}

function mentions(p: EligibilityProvision, words: readonly string[]): boolean {
  const l = listOf(p);
  const hay = [p.quote, ...(l?.items ?? [])].join(' ');
  return words.some((w) => hay.includes(w));
}

/** The licensee keys a profile satisfies. */
export function licenseeKeysOf(p: EligibilityProfile): Set<string> | undefined {
  if (p.licenseeSize === undefined) return undefined;
  const keys = new Set<string>(['any-unit']);
  if (p.licenseeSize === 'not-enterprise') return keys;
  keys.add('enterprise');
  if (p.researcherFounded) keys.add('researcher-founded');
  if (p.licenseeSize === 'sme') {
    keys.add('sme');
    if (p.techSme) {
      keys.add('tech-sme');
      if (p.incubator) keys.add('incubator-tech-sme');
    }
  }
  return keys;
}

/** One condition of one provision. */
type Part = { ok: boolean | 'unknown'; detail: string; code: string };
/** Outcome of one provision: all its conditions (e.g. a listed result type *and* 授权且有效). */
type Match = { provision: EligibilityProvision; parts: Part[] };

function outcome(parts: readonly Part[]): boolean | 'unknown' {
  if (parts.some((x) => x.ok === false)) return false;
  if (parts.some((x) => x.ok === 'unknown')) return 'unknown';
  return true;
}

const effectOf = (ok: boolean | 'unknown'): ReasonEffect => (ok === true ? 'meets' : ok === false ? 'fails' : 'unknown');

/**
 * Combine the provisions of one dimension.
 *
 * `all` (licensees, result types): each list describes the same party or object, so each must
 * hold. Where some hold and others fail for the same profile, the document's own articles
 * disagree (Kunming 第一条 中小微企业 vs 第三条 科技型中小企业): reported as unclear with both
 * cited, not resolved by us.
 *
 * `any` (licensors): the lists name different routes in (Guangdong: 成果单位 in 第一部分, plus
 * 企业、省外高校院所 recommending results to the platform; Hunan: every 持有单位 in 第二部分, with
 * the 成果库 call addressed to 中央在湘及省属 units), so being named by one is enough.
 */
function combine(dimensionLabel: string, matches: Match[], out: Reason[], mode: 'all' | 'any'): void {
  if (matches.length === 0) return;
  const results = matches.map((m) => ({ m, ok: outcome(m.parts) }));
  const oks = results.filter((r) => r.ok === true);
  const fails = results.filter((r) => r.ok === false);
  if (mode === 'any') {
    // Being named by any one of the lists is enough; report the lists that name the profile.
    const unknowns = results.filter((r) => r.ok === 'unknown');
    const shown = oks.length > 0 ? oks : unknowns.length > 0 ? unknowns : fails;
    for (const { m } of shown) {
      for (const part of m.parts) out.push({ code: part.code, effect: effectOf(part.ok), text: part.detail, provisionId: m.provision.id });
    }
    return;
  }
  if (fails.length > 0 && oks.length > 0) {
    for (const { m, ok } of [...oks, ...fails]) {
      const decisive = m.parts.find((x) => x.ok === ok) ?? m.parts[0]!;
      out.push({
        code: `${decisive.code}-conflict`,
        effect: 'unknown',
        text: t('elig.reason.conflict', { dimension: dimensionLabel, detail: decisive.detail }),
        provisionId: m.provision.id,
      });
    }
    return;
  }
  for (const { m } of results) {
    for (const part of m.parts) {
      out.push({ code: part.code, effect: effectOf(part.ok), text: part.detail, provisionId: m.provision.id });
    }
  }
}

function one(provision: EligibilityProvision, ok: boolean | 'unknown', code: string, detail: string): Match {
  return { provision, parts: [{ ok, code, detail }] };
}

function licensorMatch(p: EligibilityProfile, prov: EligibilityProvision, outOfProvince: boolean): Match {
  const l = listOf(prov)!;
  const typeKeys = l.keys.filter((k) => !LEVEL_KEYS.has(k));
  const levels = l.keys.filter((k) => LEVEL_KEYS.has(k));
  const named = l.items.join('、');
  if (l.keys.length === 0) return one(prov, true, 'licensor-open', t('elig.reason.licensorOpen', { named }));
  if (p.licensorType === undefined) {
    return one(prov, 'unknown', 'licensor-type-missing', t('elig.reason.licensorTypeMissing', { named }));
  }
  if (typeKeys.length > 0 && !typeKeys.includes(p.licensorType)) {
    return one(prov, false, 'licensor-type-outside', t('elig.reason.licensorTypeOutside', { named }));
  }
  if (levels.length === 0) {
    return one(prov, true, 'licensor-ok', t('elig.reason.licensorOk', { named }));
  }
  const levelNames = levels.map(levelLabel).join('、');
  const level = outOfProvince ? 'out-of-province' : p.licensorLevel;
  if (level === undefined) {
    return one(prov, 'unknown', 'licensor-level-missing', t('elig.reason.licensorLevelMissing', { levels: levelNames }));
  }
  if (!levels.includes(level)) {
    return one(prov, false, 'licensor-level-outside', t('elig.reason.licensorLevelOutside', { level: levelLabel(level), levels: levelNames }));
  }
  return one(prov, true, 'licensor-ok', t('elig.reason.licensorLevelOk', { named, level: levelLabel(level) }));
}

function licenseeMatch(p: EligibilityProfile, prov: EligibilityProvision): Match {
  const l = listOf(prov)!;
  const named = l.items.join('、');
  const mine = licenseeKeysOf(p);
  if (mine === undefined) {
    return one(prov, 'unknown', 'licensee-missing', t('elig.reason.licenseeMissing', { named }));
  }
  const base = l.keys.filter((k) => !EMPHASIS_LICENSEE_KEYS.has(k));
  const conditions = base.length > 0 ? base : l.keys;
  if (conditions.length > 0 && !conditions.some((k) => mine.has(k))) {
    return one(prov, false, 'licensee-outside', t('elig.reason.licenseeOutside', { named }));
  }
  const emphasis = base.length > 0 ? l.keys.filter((k) => EMPHASIS_LICENSEE_KEYS.has(k) && mine.has(k)) : [];
  const detail = emphasis.length > 0
    ? t('elig.reason.licenseePriority', { named, priority: emphasis.map((k) => l.items[l.keys.indexOf(k)] ?? k).join('、') })
    : t('elig.reason.licenseeOk', { named });
  return one(prov, true, 'licensee-ok', detail);
}

function triPart(answer: Tri | undefined, codes: { ok: string; no: string; unknown: string }, named: string): Part {
  const code = answer === 'yes' ? codes.ok : answer === 'no' ? codes.no : codes.unknown;
  const ok = answer === 'yes' ? true : answer === 'no' ? false : 'unknown';
  return { ok, code, detail: t(`elig.reason.${code}` as never, { named }) };
}

function resultMatch(p: EligibilityProfile, prov: EligibilityProvision): Match {
  const l = listOf(prov)!;
  const named = l.items.join('、');
  if (p.resultType === undefined) return one(prov, 'unknown', 'result-missing', t('elig.reason.resultMissing', { named }));
  if (l.keys.length > 0 && !l.keys.includes(p.resultType)) {
    if (p.resultType === 'defence-patent-declassified' && l.keys.includes('patent')) {
      return one(prov, 'unknown', 'result-defence-unclear', t('elig.reason.resultDefenceUnclear', { named }));
    }
    return one(prov, false, 'result-outside', t('elig.reason.resultOutside', { named }));
  }
  const parts: Part[] = [{ ok: true, code: 'result-ok', detail: t('elig.reason.resultOk', { named }) }];
  if (p.resultType === 'technical-secret') {
    if (mentions(prov, ASSESSED_WORDS)) parts.push(triPart(p.assessed, { ok: 'assessedOk', no: 'assessedNo', unknown: 'assessedMissing' }, named));
  } else if (mentions(prov, GRANTED_WORDS)) {
    parts.push(triPart(p.granted, { ok: 'grantedOk', no: 'grantedNo', unknown: 'grantedMissing' }, named));
  }
  return { provision: prov, parts };
}

function jurisdictionReason(p: EligibilityProfile, pol: Policy, acceptsOutOfProvince: boolean): Reason {
  const j = pol.jurisdiction;
  const province = j.level === 'province' ? j.code : j.parent;
  if (p.province === undefined) {
    return { code: 'place-missing', effect: 'unknown', text: t('elig.reason.placeMissing', { place: j.name }) };
  }
  if (p.province !== province) {
    if (j.level === 'province' && acceptsOutOfProvince) {
      return { code: 'place-out-of-province', effect: 'meets', text: t('elig.reason.placeOutOfProvince', { place: j.name }) };
    }
    return { code: 'place-outside', effect: 'fails', text: t('elig.reason.placeOutside', { place: j.name }) };
  }
  if (j.level === 'city') {
    if (p.city === undefined) {
      return { code: 'place-city-missing', effect: 'unknown', text: t('elig.reason.placeCityMissing', { place: j.name }) };
    }
    if (p.city !== j.code) {
      return { code: 'place-outside', effect: 'fails', text: t('elig.reason.placeOutside', { place: j.name }) };
    }
  }
  return { code: 'place-ok', effect: 'meets', text: t('elig.reason.placeOk', { place: j.name }) };
}

/** Whether `years` whole years have used up a period (届满 includes the number; 超过 does not). */
function periodRunOut(years: number, amount: number, bound: BoundWord): boolean {
  const k = boundKind(bound);
  if (k.side === 'lower' && !k.inclusive) return years > amount;
  return years >= amount;
}

/** Which clock a period's 起算 words name. */
function clockOf(from: string | undefined): 'acceptance' | 'right' | undefined {
  if (!from) return undefined;
  if (from.includes('验收')) return 'acceptance';
  if (from.includes('知识产权') || from.includes('授权') || from.includes('取得')) return 'right';
  return undefined;
}

function obligationFor(p: EligibilityProfile, prov: EligibilityProvision): Obligation | undefined {
  if (prov.value.type !== 'period' || prov.value.period.unit !== 'year') return undefined;
  const { amount, bound, from } = prov.value.period;
  const vars = { summary: prov.summary, years: String(amount) };
  if (p.publicFunding === 'no') return { provisionId: prov.id, state: 'not-applicable', text: t('elig.duty.notFunded', vars) };
  const clock = clockOf(from);
  const years = clock === 'acceptance' ? p.yearsSinceAcceptance : clock === 'right' ? p.yearsSinceRight : undefined;
  const clockLabel = clock === 'acceptance' ? t('elig.duty.clock.acceptance') : t('elig.duty.clock.right');
  if (p.publicFunding === undefined || p.publicFunding === 'unknown') {
    return { provisionId: prov.id, state: 'unknown', text: t('elig.duty.fundingUnknown', vars) };
  }
  if (clock === undefined) return { provisionId: prov.id, state: 'unknown', text: t('elig.duty.clockUnknown', vars) };
  if (years === undefined) {
    return { provisionId: prov.id, state: 'unknown', text: t('elig.duty.yearsMissing', { ...vars, clock: clockLabel }) };
  }
  if (periodRunOut(years, amount, bound)) {
    return { provisionId: prov.id, state: 'triggered', text: t('elig.duty.triggered', { ...vars, clock: clockLabel, have: String(years) }) };
  }
  return {
    provisionId: prov.id,
    state: 'not-yet',
    text: t('elig.duty.notYet', { ...vars, clock: clockLabel, have: String(years), left: String(amount - years) }),
  };
}

function statusReason(pol: EligibilityPolicy, on: PlainDate, provisions: EligibilityProvision[]): { reason: Reason; status: PolicyStatus } {
  const s = policyStatus(pol.data, on);
  const validity = provisions.find((x) => x.dimension === 'validity');
  const base = validity ? { provisionId: validity.id } : {};
  const code = `status-${s.status}`;
  const text = t(`elig.status.${s.status}` as never, { label: s.label, reason: s.reason });
  return { status: s.status, reason: { code, effect: s.status === 'in-force' ? 'meets' : 'fails', text, ...base } };
}

/** The verdict a list of reasons gives. */
export function verdictOf(reasons: readonly Reason[]): Verdict {
  if (reasons.some((r) => r.effect === 'fails')) return 'does-not-apply';
  if (reasons.some((r) => r.effect === 'unknown')) return 'unclear';
  return 'applies';
}

/**
 * Evaluate `profile` against one policy on day `on`.
 * @param provisions that policy's provisions (others are ignored)
 */
export function evaluatePolicy(
  profile: EligibilityProfile,
  policy: EligibilityPolicy,
  allProvisions: readonly EligibilityProvision[],
  on: PlainDate,
): DocumentResult {
  const provisions = allProvisions.filter((x) => x.policy === policy.id);
  const ofDim = (d: string) => provisions.filter((x) => x.dimension === d && x.value.type === 'list');
  const reasons: Reason[] = [];

  const { reason: sr, status } = statusReason(policy, on, provisions);
  reasons.push(sr);
  if (policy.data.textStatus === 'official-summary') {
    reasons.push({ code: 'summary-only', effect: 'note', text: t('elig.reason.summaryOnly') });
  }

  const licensors = ofDim('licensors');
  const acceptsOutOfProvince = licensors.some((x) => (listOf(x)?.keys ?? []).includes('out-of-province'));
  const place = jurisdictionReason(profile, policy.data, acceptsOutOfProvince);
  reasons.push(place);
  const outOfProvince = place.code === 'place-out-of-province';

  if (licensors.length === 0) reasons.push({ code: 'licensor-unstated', effect: 'note', text: t('elig.reason.licensorUnstated') });
  combine(t('elig.dim.licensors'), licensors.map((x) => licensorMatch(profile, x, outOfProvince)), reasons, 'any');

  const licensees = ofDim('licensees');
  if (licensees.length === 0) reasons.push({ code: 'licensee-unstated', effect: 'note', text: t('elig.reason.licenseeUnstated') });
  combine(t('elig.dim.licensees'), licensees.map((x) => licenseeMatch(profile, x)), reasons, 'all');

  const results = ofDim('result-types');
  if (results.length === 0) reasons.push({ code: 'result-unstated', effect: 'note', text: t('elig.reason.resultUnstated') });
  combine(t('elig.dim.resultTypes'), results.map((x) => resultMatch(profile, x)), reasons, 'all');

  for (const q of provisions) {
    const v = q.value;
    if (v.type !== 'quantity' || !TRL_WORDS.some((w) => v.of.includes(w))) continue;
    const vars = { min: String(v.number), summary: q.summary };
    if (profile.trl === undefined) reasons.push({ code: 'trl-missing', effect: 'note', text: t('elig.reason.trlMissing', vars), provisionId: q.id });
    else if (profile.trl < v.number) {
      reasons.push({ code: 'trl-below', effect: 'note', text: t('elig.reason.trlBelow', { ...vars, trl: String(profile.trl) }), provisionId: q.id });
    } else reasons.push({ code: 'trl-ok', effect: 'note', text: t('elig.reason.trlOk', { ...vars, trl: String(profile.trl) }), provisionId: q.id });
  }

  const paymentModes = ofDim('payment-modes').map((x) => ({ items: listOf(x)!.items, provisionId: x.id }));
  // A duty binds only where the document is in force and covers the place; elsewhere it is noise.
  const bound = status === 'in-force' && place.effect !== 'fails';
  const obligations = provisions
    .filter((x) => bound && x.dimension === 'unconverted-deadline')
    .map((x) => obligationFor(profile, x))
    .filter((x): x is Obligation => x !== undefined);

  return { policyId: policy.id, verdict: verdictOf(reasons), status, reasons, paymentModes, obligations };
}

/** Evaluate `profile` against every policy, in the order given. */
export function evaluateEligibility(
  profile: EligibilityProfile,
  policies: readonly EligibilityPolicy[],
  provisions: readonly EligibilityProvision[],
  on: PlainDate,
): DocumentResult[] {
  return policies.map((p) => evaluatePolicy(profile, p, provisions, on));
}

/** Re-export for callers that only need the "other place" marker. */
export { OTHER };

const VERDICT_ORDER: Record<Verdict, number> = { applies: 0, unclear: 1, 'does-not-apply': 2 };
const EFFECT_ORDER: Record<ReasonEffect, number> = { fails: 0, unknown: 1, meets: 2, note: 3 };

/**
 * Results as a reader wants them: documents that apply first, then unclear, then the rest; within
 * a document the deciding reasons (failed, then open) before those that are met and the notes.
 * Stable, so documents keep the caller's order within a verdict.
 */
export function orderForDisplay(results: readonly DocumentResult[]): DocumentResult[] {
  return [...results]
    .sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict])
    .map((r) => ({ ...r, reasons: [...r.reasons].sort((a, b) => EFFECT_ORDER[a.effect] - EFFECT_ORDER[b.effect]) }));
}
