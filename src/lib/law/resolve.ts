/**
 * The law-layer resolver: for one document and one question, what the local rule says, what
 * national law says beneath it and on what condition, which of them binds and why — each with the
 * provision it rests on. Pure (data in, typed answers out; the UI owns the Chinese).
 *
 * ## The questions
 * - {@link resolveInventorShare}: the minimum share of the inventors (成果完成人) for a conversion
 *   mode — of licence/transfer net income (`transfer-or-licence`, `pay-later-licence`), of the
 *   equity (`equity-investment`), of each year's operating profit (`own-implementation`), of
 *   ownership or long-term use (`use-then-cooperate-*`).
 * - {@link resolvePayroll}: how reward spending counts against the unit's wage total.
 *
 * ## The rule, as the data types it
 * 1. **Local layer** — share provisions of the document for this mode (beneficiary `inventors`,
 *    a lower bound). One binds when its `modality` is `shall`, its `licensors` (if any) name the
 *    licensor, and its `conditions` are met. A list ending in 等 (`licensors.open`) is answered
 *    both ways (fact `scope:<id>`); words with several readings, each way (fact `reading:<id>`).
 * 2. **National layer** — share provisions of the documents whose `legalForce` is `law`, for this
 *    mode. Their `applicability` provisions decide: a `binding-for` rule naming the licensor's class
 *    binds whatever the unit's rules say (第四十五条第二款); an `absent-unit-rule` rule binds when
 *    the unit has neither rule nor agreement (第四十五条第一款); otherwise the unit's own rule
 *    governs (`unit-may-set`, 第四十四条第二款). A floor no rule governs binds always.
 * 3. **Which binds** — the highest binding floor is the minimum (a local text may set more than
 *    the law, never less: where it sets less, the law's floor is the minimum). No binding floor:
 *    the unit's own rule governs (if national law has a floor for the mode) or no layer sets one.
 *
 * ## Unknown facts
 * Facts: the licensor's class (`licensor`), kind and level (for local rules written for some
 * holders only), whether the unit has its own rule or agreement (`ownRule`), whether the
 * contract is registered (`contractRegistered`). Leave any of them out and the answer comes back
 * as branches, each with the conditions it holds under (`Branch.when`); a fact that does not
 * change the answer is never a condition. Nothing is guessed.
 *
 * @example
 * // A public university in Kunming, licensing on 先使用后付费 terms, under the draft measures:
 * const r = resolveInventorShare(data, { policy: 'kunming-2025-measures-draft', mode: 'pay-later-licence' }, { licensor: 'state-rd-university' });
 * // r.branches: [{ when: [contractRegistered = true],  decision: { minimum: 0.70 (m-5, local), reason: 'local-floor' } },
 * //              { when: [contractRegistered = false], decision: { minimum: 0.50 (第四十五条第一款第一项, national), reason: 'national-floor' } }]
 */
import type { BoundWord, ConversionMode, ProvisionValue, Reading } from '../../schemas/provision';
import type { LegalForce } from '../../schemas/policy';
import { boundKind } from '../bounds';
import { Money } from '../money';
import { branches, enumerate, type Branch, type FactDef } from './facts';
import {
  consistent,
  HOLDER_LEVELS,
  KINDS_OF_CLASS,
  LICENSOR_CLASSES,
  LICENSOR_KINDS,
  levelsOfClass,
  scopeNames,
  type HolderLevel,
  type LicensorClass,
  type LicensorKind,
} from './licensors';

// ——— Data ———

/** A provision as the resolver needs it (a `DatasetProvision` fits). */
export interface LawProvision {
  id: string;
  policy: string;
  anchor: string;
  value: ProvisionValue;
  readings: readonly Reading[];
}

/** A document as the resolver needs it: its id and 效力级别. */
export interface LawDocument {
  id: string;
  legalForce: LegalForce;
}

/** Everything the resolver reads: every document and every provision (local and national). */
export interface LawData {
  documents: readonly LawDocument[];
  provisions: readonly LawProvision[];
}

type ShareValue = Extract<ProvisionValue, { type: 'share' }>;
type ApplicabilityValue = Extract<ProvisionValue, { type: 'applicability' }>;

// ——— Facts ———

/** What the caller knows about the licensor and the deal; leave out what is unknown. */
export interface LawFacts {
  /** The class national law draws (国家设立的研究开发机构、高等院校 …). */
  licensor?: LicensorClass;
  /** The kind of holder, in the texts' vocabulary (university, medical-institution, state-enterprise …). */
  kind?: LicensorKind;
  /** The holder's level (市属 `city-level` …; `non-state` for a private holder). */
  level?: HolderLevel;
  /** The unit has its own reward rule, or an agreement with its staff, on 方式和数额. */
  ownRule?: boolean;
  /** The contract is registered (技术合同认定登记). */
  contractRegistered?: boolean;
  /** Readings the caller has settled: provision id → reading key. Others are answered each way. */
  readings?: Record<string, string>;
}

/**
 * A condition of a branch, on a fact the caller left open. Keys: `licensor`, `kind`, `level`,
 * `ownRule`, `contractRegistered`, `scope:<provision id>` (true: the open list 等 of that provision
 * reaches this licensor), `reading:<provision id>` (values: reading keys).
 */
export type { FactCondition, Branch } from './facts';

// ——— Answers ———

/** A floor: a minimum share set by one provision (under one reading, where the words admit several). */
export interface Floor {
  provisionId: string;
  policy: string;
  anchor: string;
  layer: 'local' | 'national';
  /** Decimal fraction as in the data ("0.70"). */
  rate: string;
  bound: BoundWord;
  base: ShareValue['base'];
  /** For a yearly share: the years (连续三至五年). */
  years?: ShareValue['years'];
  /** The reading this floor belongs to, where the provision has readings. */
  reading?: string;
}

/**
 * What a floor does in one answer:
 * - `binding`: it binds and sets the minimum;
 * - `beneath`: it binds, but a higher floor sets the minimum (the national floor under a local 70%);
 * - `yields`: a national floor that gives way to the unit's own rule or agreement (第四十四条第二款);
 * - `out-of-scope`: a local rule written for other licensors (or an open list read as not reaching them);
 * - `condition-unmet`: a condition of the local rule is not met (未经技术合同认定登记);
 * - `permissive`: 可: the words permit, they do not bind;
 * - `varies`: its part differs among the cases this answer covers (the answer itself does not).
 */
export type FloorStatus = 'binding' | 'beneath' | 'yields' | 'out-of-scope' | 'condition-unmet' | 'permissive' | 'varies';

export interface FloorCheck extends Floor {
  status: FloorStatus;
  /** The applicability provision that decided a national floor's status (binds for / no unit rule / unit may set). */
  decidedBy?: string;
  /** Keys of the unmet conditions (`technology-contract-registered`). */
  unmet?: string[];
}

/**
 * Why the minimum is what it is:
 * - `local-floor`: a local floor is the minimum (national law beneath it, or yielding);
 * - `national-floor`: the national floor is the minimum (no local floor reaches the licensor, or it is lower);
 * - `same-floor`: local and national floors bind at the same level;
 * - `unit-rule`: no floor binds: the unit's own rule or agreement governs (第四十四条第二款);
 * - `no-floor`: no layer sets a minimum for this mode.
 */
export type ShareReason = 'local-floor' | 'national-floor' | 'same-floor' | 'unit-rule' | 'no-floor';

export interface ShareDecision {
  /** The binding minimum; absent for `unit-rule` and `no-floor`. */
  minimum?: Floor;
  reason: ShareReason;
  /** Every floor considered for this mode, local first, with what it does here. */
  floors: FloorCheck[];
  /** For `unit-rule`: the provision that lets the unit set its own reward (第四十四条第二款). */
  unitRuleBasis?: string;
}

/** When a national floor applies, as its applicability provisions type it (static, for display). */
export interface NationalCondition {
  floor: string;
  /** Classes it binds whatever the unit's rules say, and the provision that says so (第四十五条第二款). */
  bindsFor: { licensors: LicensorClass[]; provisionId: string }[];
  /** The provision making it the default where the unit has no rule or agreement (第四十五条第一款). */
  absentUnitRule?: string;
  /** The provision letting the unit set its own (第四十四条第二款). */
  unitMaySet?: string;
}

export interface ShareResolution {
  question: { policy: string; mode: ConversionMode };
  facts: LawFacts;
  /** One or more answers, each with the conditions it holds under (empty `when`: it always holds). */
  branches: Branch<ShareDecision>[];
  /** When each national floor for this mode applies. */
  national: NationalCondition[];
  /** Every provision the answers rest on (floors and applicability rules), for citations. */
  provisionIds: string[];
  /** The facts given contradict each other (a `non-state` state enterprise): no answer. */
  inconsistent: boolean;
}

// ——— Helpers ———

const INVENTOR_BASES: ReadonlySet<ShareValue['base']> = new Set(['net-income', 'equity', 'equity-or-net-income', 'ownership', 'operating-profit']);

function isInventorFloor(v: ProvisionValue, mode: ConversionMode): v is ShareValue {
  return (
    v.type === 'share' &&
    v.beneficiary === 'inventors' &&
    INVENTOR_BASES.has(v.base) &&
    v.modes.includes(mode) &&
    boundKind(v.bound).side === 'lower'
  );
}

/** The share values a provision can have: its own, or one per reading that gives a value. */
function variants(p: LawProvision): { value: ProvisionValue; reading?: string }[] {
  const withValue = p.readings.filter((r) => r.value !== undefined);
  if (withValue.length === 0) return [{ value: p.value }];
  return p.readings.map((r) => ({ value: r.value ?? p.value, reading: r.key }));
}

/**
 * Lookups over one dataset, built once per `LawData` object (treated as read-only): the comparison
 * asks the resolver for every cell, and scanning every provision of every document per question
 * made a 400-document build quadratic (hours) — per question only the document's own provisions
 * and the law's are read.
 */
interface LawIndex {
  laws: Set<string>;
  byPolicy: Map<string, LawProvision[]>;
  /** Applicability rules by the national floor they govern. */
  rules: Map<string, { p: LawProvision; v: ApplicabilityValue }[]>;
  /** Provisions of the laws (legalForce: law). */
  lawProvisions: LawProvision[];
}
const indexes = new WeakMap<LawData, { provisions: LawData['provisions']; documents: LawData['documents']; index: LawIndex }>();

function indexOf(data: LawData): LawIndex {
  const hit = indexes.get(data);
  if (hit && hit.provisions === data.provisions && hit.documents === data.documents) return hit.index;
  const lawIds = new Set(data.documents.filter((d) => d.legalForce === 'law').map((d) => d.id));
  const byPolicy = new Map<string, LawProvision[]>();
  const rules = new Map<string, { p: LawProvision; v: ApplicabilityValue }[]>();
  for (const p of data.provisions) {
    byPolicy.set(p.policy, [...(byPolicy.get(p.policy) ?? []), p]);
    if (p.value.type === 'applicability') for (const id of p.value.governs) rules.set(id, [...(rules.get(id) ?? []), { p, v: p.value }]);
  }
  const index = { laws: lawIds, byPolicy, rules, lawProvisions: data.provisions.filter((p) => lawIds.has(p.policy)) };
  indexes.set(data, { provisions: data.provisions, documents: data.documents, index });
  return index;
}

/** `a` is stricter than `b` (a higher minimum; at the same figure, an exclusive bound 超过). */
function stricter(a: Floor, b: Floor): boolean {
  const c = new Money(a.rate).comparedTo(new Money(b.rate));
  if (c !== 0) return c > 0;
  return !boundKind(a.bound).inclusive && boundKind(b.bound).inclusive;
}

function floorOf(p: LawProvision, v: ShareValue, layer: Floor['layer'], reading: string | undefined): Floor {
  return {
    provisionId: p.id,
    policy: p.policy,
    anchor: p.anchor,
    layer,
    rate: v.rate,
    bound: v.bound,
    base: v.base,
    ...(v.years ? { years: v.years } : {}),
    ...(reading ? { reading } : {}),
  };
}

/** The applicability rules governing a national floor. */
function rulesFor(data: LawData, floorId: string): { p: LawProvision; v: ApplicabilityValue }[] {
  return indexOf(data).rules.get(floorId) ?? [];
}

// ——— Inventor share ———

type Complete = {
  licensor: LicensorClass;
  kind: LicensorKind;
  level: HolderLevel;
  ownRule: boolean;
  contractRegistered: boolean;
  scope: Record<string, boolean>;
  reading: Record<string, string>;
};

interface Candidates {
  local: { p: LawProvision; variants: { value: ShareValue; reading?: string }[] }[];
  national: LawProvision[];
}

function candidates(data: LawData, policy: string, mode: ConversionMode): Candidates {
  const { laws: lawIds, byPolicy, lawProvisions } = indexOf(data);
  const local = lawIds.has(policy)
    ? []
    : (byPolicy.get(policy) ?? [])
        .map((p) => ({
          p,
          variants: variants(p).flatMap((x) => (isInventorFloor(x.value, mode) ? [{ value: x.value, ...(x.reading ? { reading: x.reading } : {}) }] : [])),
        }))
        .filter((c) => c.variants.length > 0);
  const national = lawProvisions.filter((p) => isInventorFloor(p.value, mode));
  return { local, national };
}

/** The answer for one complete set of facts. */
function decideShare(data: LawData, c: Candidates, f: Complete): ShareDecision {
  const floors: FloorCheck[] = [];
  for (const { p, variants: vs } of c.local) {
    const chosen = vs.length === 1 ? vs[0]! : vs.find((x) => x.reading === f.reading[p.id]);
    if (!chosen) continue; // this reading gives no floor for the mode
    const v = chosen.value;
    const floor = floorOf(p, v, 'local', chosen.reading);
    const named = !v.licensors || scopeNames(v.licensors, { class: f.licensor, kind: f.kind, level: f.level }) || (v.licensors.open && f.scope[p.id] === true);
    const unmet = v.conditions.filter((cond) => cond.key === 'technology-contract-registered' && !f.contractRegistered).map((cond) => cond.key);
    if (v.modality === 'may') floors.push({ ...floor, status: 'permissive' });
    else if (!named) floors.push({ ...floor, status: 'out-of-scope' });
    else if (unmet.length > 0) floors.push({ ...floor, status: 'condition-unmet', unmet });
    else floors.push({ ...floor, status: 'binding' });
  }
  for (const p of c.national) {
    const v = p.value as ShareValue;
    const floor = floorOf(p, v, 'national', undefined);
    const rules = rulesFor(data, p.id);
    const bindsFor = rules.find((r) => r.v.rule === 'binding-for' && r.v.licensors.includes(f.licensor));
    const absent = rules.find((r) => r.v.rule === 'absent-unit-rule');
    const maySet = rules.find((r) => r.v.rule === 'unit-may-set');
    if (bindsFor) floors.push({ ...floor, status: 'binding', decidedBy: bindsFor.p.id });
    else if (absent && !f.ownRule) floors.push({ ...floor, status: 'binding', decidedBy: absent.p.id });
    else if (rules.length === 0) floors.push({ ...floor, status: 'binding' });
    else floors.push({ ...floor, status: 'yields', decidedBy: (maySet ?? absent ?? rules[0]!).p.id });
  }
  const binding = floors.filter((x) => x.status === 'binding');
  const top = binding.reduce<FloorCheck | undefined>((best, x) => (!best || stricter(x, best) ? x : best), undefined);
  for (const x of binding) if (x !== top) x.status = 'beneath';
  if (!top) {
    const yielding = floors.find((x) => x.status === 'yields');
    return yielding
      ? { reason: 'unit-rule', floors, ...(yielding.decidedBy ? { unitRuleBasis: yielding.decidedBy } : {}) }
      : { reason: 'no-floor', floors };
  }
  const { status: _s, decidedBy: _d, unmet: _u, ...minimum } = top;
  const sameNational = top.layer === 'local' && floors.some((x) => x.layer === 'national' && x.status === 'beneath' && !stricter(top, x));
  return { minimum, reason: sameNational ? 'same-floor' : top.layer === 'local' ? 'local-floor' : 'national-floor', floors };
}

function shareId(d: ShareDecision): string {
  const m = d.minimum;
  return JSON.stringify([d.reason, m ? [m.provisionId, m.reading ?? ''] : null, d.unitRuleBasis ?? '']);
}

/** Floors merged over the cases one branch covers: a floor whose part differs among them is `varies`. */
function mergeFloors(decisions: ShareDecision[]): FloorCheck[] {
  const first = decisions[0]!.floors;
  return first.map((fl, i) => {
    const all = decisions.map((d) => d.floors[i]);
    const same = all.every((x) => x && x.status === fl.status && x.provisionId === fl.provisionId && x.reading === fl.reading);
    if (same) return fl;
    const { decidedBy: _d, unmet: _u, ...rest } = fl;
    return { ...rest, status: 'varies' as const };
  });
}

/**
 * The minimum inventor share for `question.mode` under `question.policy`, from the local layer and
 * national law, with the conditions on every fact left unknown. See the module comment for the
 * rule. Never throws for a known policy; contradictory facts give `inconsistent: true` and no
 * branches.
 *
 * @param data every document and provision (local and national)
 * @param question the document (a local policy id; a law id asks national law alone) and the conversion mode
 * @param facts what is known (see {@link LawFacts})
 */
export function resolveInventorShare(
  data: LawData,
  question: { policy: string; mode: ConversionMode },
  facts: LawFacts = {},
): ShareResolution {
  const c = candidates(data, question.policy, question.mode);
  const open = c.local.filter((x) => x.variants.some((v) => v.value.licensors?.open));
  const read = c.local.filter((x) => x.variants.length > 1 || x.variants[0]?.reading !== undefined);
  const conditional = c.local.some((x) => x.variants.some((v) => v.value.conditions.length > 0));
  const given = <T>(v: T | undefined, all: readonly T[]): readonly T[] => (v === undefined ? all : all.filter((x) => x === v));

  // Local-text facts first (who the text reaches, how it reads), then its conditions, then the
  // unit's own rule (national law): answers read “if the text reaches you …; otherwise …”.
  const defs: FactDef[] = [
    { key: 'licensor', values: given(facts.licensor, LICENSOR_CLASSES) },
    { key: 'kind', values: given(facts.kind, LICENSOR_KINDS) },
    { key: 'level', values: given(facts.level, HOLDER_LEVELS) },
    ...open.map((x) => ({ key: `scope:${x.p.id}`, values: [true, false] })),
    ...read.map((x) => {
      const keys = x.variants.map((v) => v.reading!);
      const chosen = facts.readings?.[x.p.id];
      return { key: `reading:${x.p.id}`, values: chosen && keys.includes(chosen) ? [chosen] : keys };
    }),
    ...(conditional ? [{ key: 'contractRegistered', values: given(facts.contractRegistered, [true, false]) }] : []),
    { key: 'ownRule', values: given(facts.ownRule, [true, false]) },
  ];
  const combos = enumerate(defs, (key, before) => {
    const d = defs.find((x) => x.key === key)!;
    if (key === 'kind') return d.values.filter((k) => KINDS_OF_CLASS[before.licensor as LicensorClass].includes(k as LicensorKind));
    if (key === 'level') return d.values.filter((l) => levelsOfClass(before.licensor as LicensorClass).includes(l as HolderLevel));
    return d.values;
  }).filter((f) => consistent(f.licensor as LicensorClass, f.kind as LicensorKind, f.level as HolderLevel));

  const decided = combos.map((f) => {
    const complete: Complete = {
      licensor: f.licensor as LicensorClass,
      kind: f.kind as LicensorKind,
      level: f.level as HolderLevel,
      ownRule: f.ownRule as boolean,
      contractRegistered: (f.contractRegistered ?? true) as boolean,
      scope: Object.fromEntries(open.map((x) => [x.p.id, f[`scope:${x.p.id}`] as boolean])),
      reading: Object.fromEntries(read.map((x) => [x.p.id, f[`reading:${x.p.id}`] as string])),
    };
    return { facts: f, decision: decideShare(data, c, complete) };
  });

  const grouped = branches(defs, decided, shareId).map((b) => {
    const covered = decided.filter((row) => b.when.every((cond) => cond.values.includes(row.facts[cond.key]!)));
    return { when: b.when, decision: { ...b.decision, floors: mergeFloors(covered.map((r) => r.decision)) } };
  });

  const national: NationalCondition[] = c.national.map((p) => {
    const rules = rulesFor(data, p.id);
    const absent = rules.find((r) => r.v.rule === 'absent-unit-rule');
    const maySet = rules.find((r) => r.v.rule === 'unit-may-set');
    return {
      floor: p.id,
      bindsFor: rules.filter((r) => r.v.rule === 'binding-for').map((r) => ({ licensors: [...r.v.licensors], provisionId: r.p.id })),
      ...(absent ? { absentUnitRule: absent.p.id } : {}),
      ...(maySet ? { unitMaySet: maySet.p.id } : {}),
    };
  });
  const ids = new Set<string>([...c.local.map((x) => x.p.id), ...c.national.map((p) => p.id)]);
  for (const n of national) {
    for (const b of n.bindsFor) ids.add(b.provisionId);
    if (n.absentUnitRule) ids.add(n.absentUnitRule);
    if (n.unitMaySet) ids.add(n.unitMaySet);
  }
  return {
    question,
    facts,
    branches: grouped,
    national,
    provisionIds: [...ids],
    inconsistent: combos.length === 0,
  };
}

/** The decision when the facts settle it (one branch, no condition); otherwise undefined. */
export function settled(r: ShareResolution): ShareDecision | undefined {
  return r.branches.length === 1 && r.branches[0]!.when.length === 0 ? r.branches[0]!.decision : undefined;
}

// ——— Payroll ———

export interface PayrollDecision {
  /** National payroll provisions that apply to this licensor (第四十五条第三款 for 国有企业、事业单位). */
  applies: string[];
}

export interface PayrollResolution {
  branches: Branch<PayrollDecision>[];
  provisionIds: string[];
}

/**
 * How reward spending counts against the unit's pay totals, for a licensor whose class may be
 * unknown: the national `payroll` provisions naming the class. (Local texts' 绩效工资 rules are
 * shown as text beside it; they name no class.)
 */
export function resolvePayroll(data: LawData, facts: Pick<LawFacts, 'licensor'> = {}): PayrollResolution {
  const rules = indexOf(data).lawProvisions.filter((p) => p.value.type === 'payroll');
  const defs: FactDef[] = [{ key: 'licensor', values: facts.licensor ? [facts.licensor] : LICENSOR_CLASSES }];
  const decided = enumerate(defs).map((f) => ({
    facts: f,
    decision: {
      applies: rules.filter((p) => p.value.type === 'payroll' && p.value.licensors.includes(f.licensor as LicensorClass)).map((p) => p.id),
    },
  }));
  return { branches: branches(defs, decided, (d) => d.applies.join()), provisionIds: rules.map((p) => p.id) };
}
