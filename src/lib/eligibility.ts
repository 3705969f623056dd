/**
 * "Does this policy apply to me?" — a pure evaluation of an `EligibilityProfile` against every
 * policy's status (on a given day) and its provisions (`licensors`, `licensees`, `result-types`,
 * `process`, `payment-modes`, `unconverted-deadline`, TRL quantities). No condition is written
 * here: the lists, their typed qualifiers (open 等, per-item levels, item conditions), the scope
 * conditions (部分, 涉密, 财政资金, 科研攻关类) and the periods come from the dataset; this module
 * only says how a profile is matched against them. Results are messages (keys + variables); the
 * edge formats them.
 *
 * Verdict rule: any failed condition → `does-not-apply`; otherwise any unanswered or conflicting
 * condition → `unclear`; otherwise `applies`. So filling in more answers, or adding a
 * disqualifying fact, never turns "does not apply" into "applies" (property-tested). A reason that
 * waits on an answer names the question (`asks`), and that question can always be answered given
 * the others (property-tested): no answer depends on a question the form refuses.
 */
import type { Policy } from '../schemas/policy';
import type { BoundWord, Provision } from '../schemas/provision';
import type { DutyActor, DutyModality, ScopeCondition } from '../schemas/provision-scope';
import { dutiesByActor } from './duties';
import { levelKeys } from '../schemas/provision-keys';
import { boundKind } from './bounds';
import { message, type Message } from './message';
import type { PlainDate } from './plain-date';
import { policyStatus, type PolicyStatus } from './policy-status';
import { GRANTED_RESULT_TYPES, OTHER, type EligibilityProfile, type ProfileField, type Tri } from './eligibility-profile';

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
  /** The reason as a message (key + variables). */
  message: Message;
  /** The provision that carries the condition, when one does. */
  provisionId?: string;
  /** The question whose answer would settle an `unknown` reason. */
  asks?: ProfileField;
}

/**
 * Where the profile stands against a duty that runs from an event: `triggered` (the period has
 * run out), `not-yet`, `not-started` (the event has not happened: no right obtained yet),
 * `unknown` (an answer is missing), `not-applicable` (the duty's scope excludes this result).
 */
export type ObligationState = 'triggered' | 'not-yet' | 'not-started' | 'unknown' | 'not-applicable';

/** A conversion duty (未转化成果纳入清单/平台) and where the profile stands against it. */
export interface Obligation {
  provisionId: string;
  state: ObligationState;
  message: Message;
  asks?: ProfileField;
}

/** A duty, option or exemption of the document, for the role the profile names. */
export interface DutyItem {
  provisionId: string;
  modality: DutyModality;
  /** A model-contract clause: binding once the parties adopt it. */
  contractTerm: boolean;
  /** The provision's summary (data). */
  summary: string;
}

export interface DocumentResult {
  policyId: string;
  verdict: Verdict;
  status: PolicyStatus;
  reasons: Reason[];
  /** Payment modes the document names (items as printed), with their provisions. */
  paymentModes: { items: string[]; open: boolean; provisionId: string }[];
  obligations: Obligation[];
  /**
   * The document's other duties, options and exemptions, grouped by actor, for the profile's role
   * (every user-facing actor when unanswered); those a licensor scope rules out are left out.
   */
  duties: { actor: DutyActor; items: DutyItem[] }[];
}

/** Dimensions the check reads (plus TRL `quantity` provisions). */
export const ELIGIBILITY_DIMENSIONS: readonly string[] = [
  'licensors', 'licensees', 'result-types', 'process', 'payment-modes', 'unconverted-deadline', 'validity',
];

/** Licensor level keys: they qualify a licensors list rather than name an item. */
const LEVEL_KEYS = new Set(levelKeys);

/**
 * A list key that names a wider class than the profile's type: 企业 includes 国有企业 and 科技型企业.
 * Only this direction: a list naming 国有企业 does not take in a private firm.
 */
const LICENSOR_COVERS: Readonly<Record<string, readonly string[]>> = {
  enterprise: ['enterprise', 'tech-enterprise', 'state-enterprise'],
};

/**
 * Licensee keys that single out a group *within* the list's other items (重点支持孵化器内的科技型
 * 中小企业，尤其是…科技人员创办的企业): they add emphasis and never widen the list. They count as
 * conditions only in a list that names nothing else.
 */
const EMPHASIS_LICENSEE_KEYS = new Set(['incubator-tech-sme', 'researcher-founded']);

const levelLabel = (k: string): Message => message(`elig.level.${k}` as Message['key']);

type ListValue = Extract<Provision['value'], { type: 'list' }>;

function listOf(p: EligibilityProvision): ListValue | undefined {
  return p.value.type === 'list' ? p.value : undefined;
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
type Part = { ok: boolean | 'unknown' | 'note'; message: Message; code: string; asks?: ProfileField };
/** Outcome of one provision: all its conditions (e.g. a listed result type *and* 授权且有效). */
type Match = { provision: EligibilityProvision; parts: Part[] };

function outcome(parts: readonly Part[]): boolean | 'unknown' {
  if (parts.some((x) => x.ok === false)) return false;
  if (parts.some((x) => x.ok === 'unknown')) return 'unknown';
  return true;
}

const effectOf = (ok: Part['ok']): ReasonEffect => (ok === true ? 'meets' : ok === false ? 'fails' : ok === 'note' ? 'note' : 'unknown');

function reasonOf(part: Part, provisionId: string): Reason {
  return { code: part.code, effect: effectOf(part.ok), message: part.message, provisionId, ...(part.asks ? { asks: part.asks } : {}) };
}

/**
 * Combine the provisions of one dimension.
 *
 * `all` (licensees, result types): each list describes the same party or object, so each must
 * hold. Where some hold and others fail for the same profile, the document's own articles
 * disagree (Kunming 第一条 中小微企业 vs 第三条 科技型中小企业): reported as unclear with both
 * cited, not resolved by us.
 *
 * `any` (licensors): the lists name different routes in (Guangdong: 成果单位 in 第一部分, plus
 * 企业、省外高校院所 recommending results to the platform; Hunan: every 持有单位 in 第二部分), so being
 * named by one is enough.
 */
function combine(dimensionLabel: Message, matches: Match[], out: Reason[], mode: 'all' | 'any'): void {
  if (matches.length === 0) return;
  const results = matches.map((m) => ({ m, ok: outcome(m.parts) }));
  const oks = results.filter((r) => r.ok === true);
  const fails = results.filter((r) => r.ok === false);
  if (mode === 'any') {
    const unknowns = results.filter((r) => r.ok === 'unknown');
    const shown = oks.length > 0 ? oks : unknowns.length > 0 ? unknowns : fails;
    for (const { m } of shown) for (const part of m.parts) out.push(reasonOf(part, m.provision.id));
    return;
  }
  if (fails.length > 0 && oks.length > 0) {
    for (const { m, ok } of [...oks, ...fails]) {
      const decisive = m.parts.find((x) => x.ok === ok) ?? m.parts[0]!;
      out.push({
        code: `${decisive.code}-conflict`,
        effect: 'unknown',
        message: message('elig.reason.conflict', { dimension: dimensionLabel, detail: decisive.message }),
        provisionId: m.provision.id,
      });
    }
    return;
  }
  for (const { m } of results) for (const part of m.parts) out.push(reasonOf(part, m.provision.id));
}

const named = (l: ListValue): string => `${l.items.join('、')}${l.open ? '等' : ''}`;

/**
 * The route-level scope conditions of a provision (部分 / 涉密 / 国家安全): met, or open. An unmet
 * one never fails the document: the text leaves the unit outside this route without saying that
 * no other exists (云南 三 names only selected units; 湖南 三（二） takes the decision away from the
 * unit for sensitive results).
 */
function routeScopeParts(p: EligibilityProfile, prov: EligibilityProvision): Part[] {
  const parts: Part[] = [];
  for (const c of prov.scope ?? []) {
    if (c.kind === 'selected-units') {
      const code = p.selected === 'yes' ? 'selected-ok' : p.selected === 'no' ? 'selected-no' : 'selected-missing';
      parts.push({
        ok: p.selected === 'yes' ? true : 'unknown',
        code,
        message: message(`elig.reason.${code}` as Message['key'], { words: c.words }),
        ...(p.selected === undefined || p.selected === 'unknown' ? { asks: 'selected' as const } : {}),
      });
    } else if (c.kind === 'not-classified' || c.kind === 'not-security-sensitive') {
      const s = p.sensitivity;
      const excluded = s === 'classified' || (c.kind === 'not-security-sensitive' && s === 'security');
      const code = s === undefined || s === 'unknown' ? 'sensitivity-missing' : excluded ? 'sensitivity-excluded' : 'sensitivity-ok';
      parts.push({
        ok: code === 'sensitivity-ok' ? true : 'unknown',
        code,
        message: message(`elig.reason.${code}` as Message['key'], { words: c.words }),
        ...(code === 'sensitivity-missing' ? { asks: 'sensitivity' as const } : {}),
      });
    }
  }
  return parts;
}

/** Whether a list key names the profile's licensor type (企业 takes in 国有企业 and 科技型企业). */
function licensorKeyCovers(listKey: string, type: string): boolean {
  return listKey === type || (LICENSOR_COVERS[listKey] ?? []).includes(type);
}

function licensorMatch(p: EligibilityProfile, prov: EligibilityProvision, outOfProvince: boolean): Match {
  const l = listOf(prov)!;
  const scope = routeScopeParts(p, prov);
  const with_ = (part: Part): Match => ({ provision: prov, parts: [part, ...scope] });
  const typeKeys = (l.keys ?? []).filter((k) => !LEVEL_KEYS.has(k));
  const levels = (l.keys ?? []).filter((k) => LEVEL_KEYS.has(k));
  const vars = { named: named(l) };
  if (typeKeys.length === 0 && levels.length === 0) {
    return with_({ ok: true, code: 'licensor-open', message: message('elig.reason.licensorOpen', vars) });
  }
  if (p.licensorType === undefined) {
    return with_({ ok: 'unknown', code: 'licensor-type-missing', message: message('elig.reason.licensorTypeMissing', vars), asks: 'licensorType' });
  }
  const type = p.licensorType;
  const listed = typeKeys.length === 0 || typeKeys.some((k) => licensorKeyCovers(k, type));
  if (!listed) {
    return l.open
      ? with_({ ok: 'unknown', code: 'licensor-type-open', message: message('elig.reason.licensorTypeOpen', vars) })
      : with_({ ok: false, code: 'licensor-type-outside', message: message('elig.reason.licensorTypeOutside', vars) });
  }
  // A level word on some items only (省外高校院所) binds those items; one in `keys` binds them all.
  const q = (l.qualified ?? []).find((x) => x.keys.some((k) => licensorKeyCovers(k, type)));
  const itemLevels = q ? q.levels : levels;
  const outsiders = levels.includes('out-of-province') || (l.qualified ?? []).some((x) => x.levels.includes('out-of-province'));
  if (outOfProvince) {
    if (itemLevels.includes('out-of-province')) {
      return with_({ ok: true, code: 'licensor-ok', message: message('elig.reason.licensorOutOfProvinceOk', { named: q?.words ?? named(l) }) });
    }
    // A province's own list speaks of units in the province; one that also names outsiders leaves
    // its unqualified items (企业) open.
    return outsiders
      ? with_({ ok: 'unknown', code: 'licensor-out-of-province-open', message: message('elig.reason.licensorOutOfProvinceOpen', vars) })
      : with_({ ok: false, code: 'licensor-in-province-only', message: message('elig.reason.licensorInProvinceOnly', vars) });
  }
  const inLevels = itemLevels.filter((k) => k !== 'out-of-province');
  if (itemLevels.includes('out-of-province') && inLevels.length === 0) {
    return with_({ ok: false, code: 'licensor-outsiders-only', message: message('elig.reason.licensorOutsidersOnly', { named: q?.words ?? named(l) }) });
  }
  if (inLevels.length === 0) return with_({ ok: true, code: 'licensor-ok', message: message('elig.reason.licensorOk', vars) });
  const levelNames = inLevels.map(levelLabel);
  if (p.licensorLevel === undefined) {
    return with_({ ok: 'unknown', code: 'licensor-level-missing', message: message('elig.reason.licensorLevelMissing', { levels: levelNames }), asks: 'licensorLevel' });
  }
  if (!inLevels.includes(p.licensorLevel)) {
    return with_({
      ok: false,
      code: 'licensor-level-outside',
      message: message('elig.reason.licensorLevelOutside', { level: levelLabel(p.licensorLevel), levels: levelNames }),
    });
  }
  return with_({ ok: true, code: 'licensor-ok', message: message('elig.reason.licensorLevelOk', { ...vars, level: levelLabel(p.licensorLevel) }) });
}

function licenseeMatch(p: EligibilityProfile, prov: EligibilityProvision): Match {
  const l = listOf(prov)!;
  const keys = l.keys ?? [];
  const vars = { named: named(l) };
  const mine = licenseeKeysOf(p);
  const scope = routeScopeParts(p, prov);
  if (mine === undefined) {
    return { provision: prov, parts: [{ ok: 'unknown', code: 'licensee-missing', message: message('elig.reason.licenseeMissing', vars), asks: 'licenseeSize' }, ...scope] };
  }
  const base = keys.filter((k) => !EMPHASIS_LICENSEE_KEYS.has(k));
  const conditions = base.length > 0 ? base : keys;
  if (conditions.length > 0 && !conditions.some((k) => mine.has(k))) {
    const part: Part = l.open
      ? { ok: 'unknown', code: 'licensee-open', message: message('elig.reason.licenseeOpen', vars) }
      : { ok: false, code: 'licensee-outside', message: message('elig.reason.licenseeOutside', vars) };
    return { provision: prov, parts: [part, ...scope] };
  }
  const emphasis = base.length > 0 ? keys.filter((k) => EMPHASIS_LICENSEE_KEYS.has(k) && mine.has(k)) : [];
  const msg = emphasis.length > 0
    ? message('elig.reason.licenseePriority', { ...vars, priority: emphasis.map((k) => l.items[keys.indexOf(k)] ?? k).join('、') })
    : message('elig.reason.licenseeOk', vars);
  return { provision: prov, parts: [{ ok: true, code: 'licensee-ok', message: msg }, ...scope] };
}

function triPart(answer: Tri | undefined, codes: { ok: string; no: string; unknown: string }, words: string, asks: ProfileField): Part {
  const code = answer === 'yes' ? codes.ok : answer === 'no' ? codes.no : codes.unknown;
  const ok = answer === 'yes' ? true : answer === 'no' ? false : 'unknown';
  return { ok, code, message: message(`elig.reason.${code}` as Message['key'], { words }), ...(ok === 'unknown' ? { asks } : {}) };
}

function resultMatch(p: EligibilityProfile, prov: EligibilityProvision): Match {
  const l = listOf(prov)!;
  const keys = l.keys ?? [];
  const vars = { named: named(l) };
  const scope = routeScopeParts(p, prov);
  const one = (part: Part): Match => ({ provision: prov, parts: [part, ...scope] });
  if (p.resultType === undefined) return one({ ok: 'unknown', code: 'result-missing', message: message('elig.reason.resultMissing', vars), asks: 'resultType' });
  const type = p.resultType;
  if (keys.length > 0 && !keys.includes(type)) {
    if (type === 'defence-patent-declassified' && keys.includes('patent')) {
      return one({ ok: 'unknown', code: 'result-defence-unclear', message: message('elig.reason.resultDefenceUnclear', vars) });
    }
    return l.open
      ? one({ ok: 'unknown', code: 'result-open', message: message('elig.reason.resultOpen', vars) })
      : one({ ok: false, code: 'result-outside', message: message('elig.reason.resultOutside', vars) });
  }
  const parts: Part[] = [{ ok: true, code: 'result-ok', message: message('elig.reason.resultOk', vars) }];
  // Conditions that read on some items only: 已授权且有效 on granted rights, 第三方评估 on secrets.
  const conditions = l.itemConditions ?? [];
  for (const c of conditions) {
    if (!c.keys.includes(type)) continue;
    if (c.kind === 'granted-and-valid') parts.push(triPart(p.granted, { ok: 'grantedOk', no: 'grantedNo', unknown: 'grantedMissing' }, c.words, 'granted'));
    else parts.push(triPart(p.assessed, { ok: 'assessedOk', no: 'assessedNo', unknown: 'assessedMissing' }, c.words, 'assessed'));
  }
  // 已授权且有效 answered for a result it does not read on (a copyright): say so, change nothing.
  const grantWords = conditions.find((c) => c.kind === 'granted-and-valid' && !c.keys.includes(type))?.words;
  if (grantWords && p.granted !== undefined && p.granted !== 'unknown') {
    parts.push({ ok: 'note', code: 'granted-not-read', message: message('elig.reason.grantedNotRead', { words: grantWords, type: message(`elig.opt.result.${type}`) }) });
  }
  return { provision: prov, parts: [...parts, ...scope] };
}

function jurisdictionReason(p: EligibilityProfile, pol: Policy, acceptsOutOfProvince: boolean): Reason {
  const j = pol.jurisdiction;
  const province = j.level === 'province' ? j.code : j.parent;
  const vars = { place: j.name };
  if (p.province === undefined) return { code: 'place-missing', effect: 'unknown', message: message('elig.reason.placeMissing', vars), asks: 'province' };
  if (p.province !== province) {
    if (j.level === 'province' && acceptsOutOfProvince) {
      return { code: 'place-out-of-province', effect: 'meets', message: message('elig.reason.placeOutOfProvince', vars) };
    }
    return { code: 'place-outside', effect: 'fails', message: message('elig.reason.placeOutside', vars) };
  }
  if (j.level === 'city') {
    if (p.city === undefined) return { code: 'place-city-missing', effect: 'unknown', message: message('elig.reason.placeCityMissing', vars), asks: 'city' };
    if (p.city !== j.code) return { code: 'place-outside', effect: 'fails', message: message('elig.reason.placeOutside', vars) };
  }
  return { code: 'place-ok', effect: 'meets', message: message('elig.reason.placeOk', vars) };
}

/** Whether `years` whole years have used up a period (届满 includes the number; 超过 does not). */
function periodRunOut(years: number, amount: number, bound: BoundWord): boolean {
  const k = boundKind(bound);
  if (k.side === 'lower' && !k.inclusive) return years > amount;
  return years >= amount;
}

type DutyScope = { state: 'ok' } | { state: 'not-applicable' | 'unknown'; message: Message; asks?: ProfileField };

/**
 * A duty's scope conditions against the profile: the first that excludes the result makes the
 * duty not apply; else the first left open makes it unknown (naming the question that settles it).
 */
function dutyScope(p: EligibilityProfile, conditions: readonly ScopeCondition[]): DutyScope {
  let open: DutyScope | undefined;
  const na = (key: Message['key'], words: string): DutyScope => ({ state: 'not-applicable', message: message(key, { words }) });
  const unknown = (key: Message['key'], words: string, asks: ProfileField): DutyScope => ({ state: 'unknown', message: message(key, { words }), asks });
  for (const c of conditions) {
    let r: DutyScope = { state: 'ok' };
    switch (c.kind) {
      case 'public-funding':
        if (p.publicFunding === 'no') r = na('elig.duty.scope.notFunded', c.words);
        else if (p.publicFunding !== 'yes') r = unknown('elig.duty.scope.fundingMissing', c.words, 'publicFunding');
        else if (c.level !== 'any') {
          if (p.fundingLevel === undefined || p.fundingLevel === 'unknown') r = unknown('elig.duty.scope.levelMissing', c.words, 'fundingLevel');
          else if (p.fundingLevel !== c.level) r = na('elig.duty.scope.otherLevel', c.words);
        }
        break;
      case 'not-classified':
      case 'not-security-sensitive': {
        const s = p.sensitivity;
        if (s === undefined || s === 'unknown') r = unknown('elig.duty.scope.sensitivityMissing', c.words, 'sensitivity');
        else if (s === 'classified' || (c.kind === 'not-security-sensitive' && s === 'security')) r = na('elig.duty.scope.sensitive', c.words);
        break;
      }
      case 'result-class': {
        const rc = p.resultClass;
        if (rc === undefined || rc === 'unknown') r = unknown('elig.duty.scope.classMissing', c.words, 'resultClass');
        else if (c.class === 'research-tackling' ? rc !== 'research-tackling' : rc === 'basic') r = na('elig.duty.scope.otherClass', c.words);
        break;
      }
      default:
        break; // registered-contract, without-good-reason, licensors: not questions of this duty's reach
    }
    if (r.state === 'not-applicable') return r;
    if (r.state === 'unknown') open ??= r;
  }
  return open ?? { state: 'ok' };
}

function obligationFor(p: EligibilityProfile, prov: EligibilityProvision): Obligation | undefined {
  if (prov.value.type !== 'period' || prov.value.period.unit !== 'year') return undefined;
  const { amount, bound, event } = prov.value.period;
  if (event !== 'acceptance' && event !== 'right-obtained') return undefined;
  const id = prov.id;
  const summary = prov.summary;
  const scope = dutyScope(p, prov.scope ?? []);
  if (scope.state === 'not-applicable') {
    return { provisionId: id, state: 'not-applicable', message: message('elig.duty.outside', { summary, why: scope.message }) };
  }
  // A right not (or no longer) held has no 取得知识产权之日 to count from: the clock has not started,
  // whatever the open scope questions would say.
  if (event === 'right-obtained' && p.granted === 'no' && (p.resultType === undefined || GRANTED_RESULT_TYPES.includes(p.resultType))) {
    return { provisionId: id, state: 'not-started', message: message('elig.duty.notStarted', { summary }) };
  }
  if (scope.state === 'unknown') {
    return { provisionId: id, state: 'unknown', message: message('elig.duty.open', { summary, why: scope.message }), ...(scope.asks ? { asks: scope.asks } : {}) };
  }
  const clock = message(event === 'acceptance' ? 'elig.duty.clock.acceptance' : 'elig.duty.clock.right');
  const years = event === 'acceptance' ? p.yearsSinceAcceptance : p.yearsSinceRight;
  const asks: ProfileField = event === 'acceptance' ? 'yearsSinceAcceptance' : 'yearsSinceRight';
  const vars = { summary, years: String(amount), clock };
  if (years === undefined) return { provisionId: id, state: 'unknown', message: message('elig.duty.yearsMissing', vars), asks };
  const goodReason = (prov.scope ?? []).some((c) => c.kind === 'without-good-reason');
  if (periodRunOut(years, amount, bound)) {
    return {
      provisionId: id,
      state: 'triggered',
      message: message(goodReason ? 'elig.duty.triggeredUnlessReason' : 'elig.duty.triggered', { ...vars, have: String(years) }),
    };
  }
  return { provisionId: id, state: 'not-yet', message: message('elig.duty.notYet', { ...vars, have: String(years), left: String(amount - years) }) };
}

function statusReason(pol: EligibilityPolicy, on: PlainDate, provisions: EligibilityProvision[]): { reason: Reason; status: PolicyStatus } {
  const s = policyStatus(pol.data, on);
  const validity = provisions.find((x) => x.dimension === 'validity');
  const base = validity ? { provisionId: validity.id } : {};
  const final = pol.data.finalVersion;
  if (s.status === 'draft' && final && !final.policy) {
    // The final text exists but is not on this site: the draft's words are all we can read, and the
    // answer waits on the text that binds (not a flat "no").
    const vars = { title: final.title, docNumber: final.docNumber ?? '' };
    return { status: s.status, reason: { code: 'status-draft-final-elsewhere', effect: 'unknown', message: message('elig.status.draftFinalElsewhere', vars), ...base } };
  }
  const code = `status-${s.status}`;
  const msg = message(`elig.status.${s.status}`, { label: s.label, reason: s.reason });
  return { status: s.status, reason: { code, effect: s.status === 'in-force' ? 'meets' : 'fails', message: msg, ...base } };
}

/** The verdict a list of reasons gives. */
export function verdictOf(reasons: readonly { effect: ReasonEffect }[]): Verdict {
  if (reasons.some((r) => r.effect === 'fails')) return 'does-not-apply';
  if (reasons.some((r) => r.effect === 'unknown')) return 'unclear';
  return 'applies';
}

/**
 * Evaluate `profile` against one policy on day `on`.
 * @param allProvisions the dataset (other policies' provisions are ignored)
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
  if (status === 'draft') reasons.push({ code: 'draft-words', effect: 'note', message: message('elig.reason.draftWords') });
  if (policy.data.textStatus === 'official-summary') {
    reasons.push({ code: 'summary-only', effect: 'note', message: message('elig.reason.summaryOnly') });
  }

  const licensors = ofDim('licensors');
  const acceptsOutOfProvince = licensors.some((x) => {
    const l = listOf(x)!;
    return (l.keys ?? []).includes('out-of-province') || (l.qualified ?? []).some((q) => q.levels.includes('out-of-province'));
  });
  const place = jurisdictionReason(profile, policy.data, acceptsOutOfProvince);
  reasons.push(place);
  const outOfProvince = place.code === 'place-out-of-province';

  if (licensors.length === 0) reasons.push({ code: 'licensor-unstated', effect: 'note', message: message('elig.reason.licensorUnstated') });
  combine(message('elig.dim.licensors'), licensors.map((x) => licensorMatch(profile, x, outOfProvince)), reasons, 'any');

  const licensees = ofDim('licensees');
  if (licensees.length === 0) reasons.push({ code: 'licensee-unstated', effect: 'note', message: message('elig.reason.licenseeUnstated') });
  combine(message('elig.dim.licensees'), licensees.map((x) => licenseeMatch(profile, x)), reasons, 'all');

  const results = ofDim('result-types');
  if (results.length === 0) reasons.push({ code: 'result-unstated', effect: 'note', message: message('elig.reason.resultUnstated') });
  combine(message('elig.dim.resultTypes'), results.map((x) => resultMatch(profile, x)), reasons, 'all');

  // The decision route (湖南 三（二）: 单位自主决定 only for results that are not sensitive).
  for (const x of provisions.filter((q) => q.dimension === 'process')) {
    for (const part of routeScopeParts(profile, x)) reasons.push(reasonOf(part, x.id));
  }

  for (const q of provisions) {
    const v = q.value;
    if (v.type !== 'quantity' || v.measure !== 'trl') continue;
    const vars = { min: String(v.number), summary: q.summary };
    if (profile.trl === undefined) reasons.push({ code: 'trl-missing', effect: 'note', message: message('elig.reason.trlMissing', vars), provisionId: q.id });
    else if (profile.trl < v.number) {
      reasons.push({ code: 'trl-below', effect: 'note', message: message('elig.reason.trlBelow', { ...vars, trl: String(profile.trl) }), provisionId: q.id });
    } else reasons.push({ code: 'trl-ok', effect: 'note', message: message('elig.reason.trlOk', { ...vars, trl: String(profile.trl) }), provisionId: q.id });
  }

  const paymentModes = ofDim('payment-modes').map((x) => ({ items: listOf(x)!.items, open: listOf(x)!.open === true, provisionId: x.id }));
  // A unit's duty binds only where the document is in force and the unit is in its territory.
  const bound = status === 'in-force' && place.code === 'place-ok';
  const obligations = provisions
    .filter((x) => bound && x.dimension === 'unconverted-deadline' && x.duty?.actor === 'unit')
    .map((x) => obligationFor(profile, x))
    .filter((x): x is Obligation => x !== undefined);

  const duties = dutiesByActor(
    provisions.filter((x) => x.dimension !== 'unconverted-deadline' && licensorScopeAdmits(profile, x)),
    profile.role,
  ).map((g) => ({
    actor: g.actor,
    items: g.provisions.map((x) => ({ provisionId: x.id, modality: x.duty.modality, contractTerm: x.duty.contractTerm, summary: x.summary })),
  }));

  return { policyId: policy.id, verdict: verdictOf(reasons), status, reasons, paymentModes, obligations, duties };
}

/** False only where a `licensors` scope names types or levels the profile's known answers are not. */
function licensorScopeAdmits(p: EligibilityProfile, prov: EligibilityProvision): boolean {
  for (const c of prov.scope ?? []) {
    if (c.kind !== 'licensors') continue;
    if (p.licensorType !== undefined && !c.keys.some((k) => licensorKeyCovers(k, p.licensorType!))) return false;
    if (p.licensorLevel !== undefined && c.levels.length > 0 && !c.levels.includes(p.licensorLevel)) return false;
  }
  return true;
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
