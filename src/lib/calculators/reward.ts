/**
 * The reward-split calculator as one pure function, shaped like `computePlan`: the form's strings
 * in; values, field errors, the state of each legal minimum and a trace out. The island renders
 * this and nothing else; the page renders its worked example with the same function at build time.
 *
 * What it decides: the net income (typed, or gross minus the listed costs); which of the chosen
 * document's share rules apply to the chosen conversion mode (`reward-split.ts`); the split; and,
 * per beneficiary, whether the intended share meets the document's minimum — `meets`, `below`,
 * `no-rule` (the document sets none for this mode) or `not-computed` (a number it needs is
 * missing). The overall status never says "meets" when nothing was computed.
 *
 * The inventors' minimum is the law layer's (`resolveInventorShare`, src/lib/law): the local rule
 * with national law beneath it, and where the local text is silent the law answers (促进科技成果
 * 转化法 第四十五条). Facts the user has not given (the licensor's class, the unit's own rule,
 * registration) come back as answers under conditions, each with its consequence for the amounts;
 * the split is checked against every one of them and is `depends` when they disagree.
 */
import type { ConversionMode } from '../../schemas/provision';
import { LICENSOR_CLASSES, resolveInventorShare, type FactCondition, type LawData, type LawFacts, type LicensorClass, type ShareDecision } from '../law';
import { formatPercent, Money, type Yuan } from '../money';
import { withBound } from '../provision-format';
import { satisfiesBound } from '../bounds';
import { parsePercentInput, parseYuanInput } from '../parse-input';
import { ceilFen, type Step } from './common';
import type { CalcData, CalcPolicy, CalcProvision } from './props';
import {
  compareAcrossDocuments,
  inventorRule,
  netFromGross,
  rewardRulesFor,
  splitReward,
  transferStaffRule,
  type RewardBasis,
  type RewardRules,
  type RewardSplitResult,
  type ShareProvision,
} from './reward-split';
import type { JurisdictionRef } from './subsidy';

/** Most cost rows one form holds (and one link carries). */
export const MAX_COSTS = 50;

export interface CostRow {
  label: string;
  amount: string;
}

export interface RewardForm {
  /** Policy id; '' = not chosen. */
  doc: string;
  /** Conversion mode; '' = not chosen. */
  mode: string;
  /** Net income as typed; ignored when `useGross`. */
  net: string;
  /** Work out the net income as gross minus listed costs. */
  useGross: boolean;
  gross: string;
  costs: CostRow[];
  /** Intended shares, percent as typed ('' = the minimum). */
  inventorPct: string;
  transferPct: string;
  /** The licensor's class as national law draws it (`LICENSOR_CLASSES`); '' = not said. */
  licensor: string;
  /** The unit has its own reward rule or an agreement with its staff: 'yes' | 'no' | '' (not said). */
  ownRule: string;
  /** The contract is registered (技术合同认定登记): 'yes' | 'no' | ''. */
  registered: string;
}

export const EMPTY_REWARD_FORM: RewardForm = {
  doc: '',
  mode: '',
  net: '',
  useGross: false,
  gross: '',
  costs: [],
  inventorPct: '',
  transferPct: '',
  licensor: '',
  ownRule: '',
  registered: '',
};

/** Facts the law layer may ask of the user, in the order the form asks them. */
export const LAW_ASKS = ['licensor', 'ownRule', 'registered'] as const;
export type LawAsk = (typeof LAW_ASKS)[number];
const ASK_OF_FACT: Record<string, LawAsk> = { licensor: 'licensor', ownRule: 'ownRule', contractRegistered: 'registered' };

/** What the calculator needs from the dataset, derived once from the island's props. */
export interface RewardContext {
  policies: CalcPolicy[];
  provisions: CalcProvision[];
  modes: readonly ConversionMode[];
  /** Share rules and reward notes per policy id. */
  rules: Map<string, RewardRules>;
  /** Local and national provisions by id (for citations of the law layer's answers). */
  byId: Map<string, CalcProvision>;
  /** The law layer's input; absent when the page passes no national law (then local rules only). */
  law: LawData | undefined;
}

export function rewardContext(data: Pick<CalcData, 'policies' | 'provisions' | 'law'>, modes: readonly ConversionMode[]): RewardContext {
  const national = data.law?.provisions ?? [];
  return {
    policies: data.policies,
    provisions: data.provisions,
    modes,
    rules: new Map(data.policies.map((p) => [p.id, rewardRulesFor(p.id, data.provisions)])),
    byId: new Map([...data.provisions, ...national].map((p) => [p.id, p])),
    law: data.law ? { documents: data.law.documents, provisions: [...data.provisions, ...national] } : undefined,
  };
}

/**
 * The state of one legal minimum for the split as entered; `depends`: it meets the minimum under
 * some of the law layer's answers and not under others (or, with no intended share, the amount
 * differs between them) — the answers say on what.
 */
export type MinimumState = 'meets' | 'below' | 'no-rule' | 'not-computed' | 'depends';

export interface LineView {
  /** The rule setting the minimum, with its citation. */
  rule: (CalcProvision & ShareProvision) | undefined;
  state: MinimumState;
  /** Rate used: intended if typed, else the minimum. */
  rate: Yuan | undefined;
  /** Payable amount (rounded up to the fen). */
  amount: Yuan | undefined;
  /** The share of the whole income this line is, for the chart (transfer staff: rate × retained ÷ net). */
  shareOfWhole: Yuan | undefined;
  /** The minimum as a share of the whole, for the chart. */
  minimumOfWhole: Yuan | undefined;
}

export type RewardStatus = 'incomplete' | 'meets' | 'below' | 'no-rule' | 'depends';

/** One answer of the law layer for the inventors' minimum, and what it means for this split. */
export interface LawAnswer {
  /** Conditions on facts the user left open (empty: it holds as given). */
  when: FactCondition[];
  decision: ShareDecision;
  /** The provision setting the minimum (local or national), cited; absent without a minimum. */
  rule: CalcProvision | undefined;
  /** The inventors' minimum amount on this income (rounded up to the fen), where it is a share of it. */
  minAmount: Yuan | undefined;
  /** The split as entered against this minimum (`no-rule` without one; `not-computed` without the numbers). */
  state: MinimumState;
}

/** The law layer's answer for the chosen document, mode and facts. */
export interface LawView {
  answers: LawAnswer[];
  /** Facts that change the answer (or were given), for the form to ask. */
  asks: LawAsk[];
  /** The facts given contradict each other. */
  inconsistent: boolean;
}

export interface RewardResult {
  /** Messages for content that cannot be used (never for a blank field). */
  errors: Record<string, string>;
  /** Blank fields a result still needs, in form order. */
  missing: string[];
  policy: CalcPolicy | null;
  mode: ConversionMode | null;
  basis: RewardBasis;
  /** Net income used, when it could be worked out. */
  net: Yuan | undefined;
  split: RewardSplitResult | undefined;
  inventor: LineView;
  transfer: LineView;
  unit: { amount: Yuan | undefined; shareOfWhole: Yuan | undefined };
  /** `meets` only when every minimum the document sets was checked and met. */
  status: RewardStatus;
  /** The document sets no inventor share for this mode: an intended share is needed for the rest. */
  inventorRateNeeded: boolean;
  /** The transfer-staff rule only permits (可): it is not a minimum the unit must pay. */
  transferPermissive: boolean;
  /** Every step, in order: net from gross, then the split. Empty only when nothing was computed. */
  trace: Step[];
  /** Reward-management rules of the document (计入绩效工资总量 …). */
  notes: CalcProvision[];
  /** Caveats on the rules used. */
  ruleNotes: string[];
  /** The law layer's answers for the inventors' minimum (absent before a document and mode are chosen). */
  law: LawView | undefined;
  /**
   * The same income and mode under every document: the split at the minimum where the law layer
   * settles it for the facts given, else `answers` (the split is then left at the local rule).
   */
  compare: { policy: CalcPolicy; result: RewardSplitResult; texts: CalcProvision[]; answers: LawAnswer[] }[];
}

const emptyLine = (rule?: CalcProvision & ShareProvision): LineView => ({
  rule,
  state: rule ? 'not-computed' : 'no-rule',
  rate: undefined,
  amount: undefined,
  shareOfWhole: undefined,
  minimumOfWhole: undefined,
});

/** Compute the split from the form. Never throws on user input. */
export function computeReward(form: RewardForm, ctx: RewardContext): RewardResult {
  const errors: Record<string, string> = {};
  const missing: string[] = [];
  const policy = ctx.policies.find((p) => p.id === form.doc) ?? null;
  const mode = (ctx.modes as readonly string[]).includes(form.mode) ? (form.mode as ConversionMode) : null;
  if (form.doc !== '' && !policy) errors['doc'] = '请选择政策文件。';
  if (form.mode !== '' && !mode) errors['mode'] = '请选择转化方式。';
  const facts = lawFacts(form, errors);
  const localRules = policy ? ctx.rules.get(policy.id) : undefined;
  const resolution = ctx.law && policy && mode ? resolveInventorShare(ctx.law, { policy: policy.id, mode }, facts) : undefined;
  // With the law layer, the inventors' rule is the minimum it settles (none while it depends on an
  // open fact); without it, the local rule alone.
  const rules = localRules && mode && resolution ? withLawMinimum(localRules, mode, resolution.branches, ctx) : localRules;
  const cited = (r: ShareProvision | undefined) => (r ? (ctx.byId.get(r.id) as (CalcProvision & ShareProvision) | undefined) : undefined);
  const invRule = rules && mode ? asCited(inventorRule(rules, mode), ctx) : undefined;
  const tsRule = rules && mode ? cited(transferStaffRule(rules, mode)) : undefined;

  // Net income.
  const trace: Step[] = [];
  let net: Yuan | undefined;
  if (form.useGross) {
    const g = parseYuanInput(form.gross, { allowZero: true, label: '转化收入' });
    const costs: { label: string; amount: Yuan }[] = [];
    form.costs.slice(0, MAX_COSTS).forEach((c, i) => {
      if (!c.label.trim()) missing.push(`cost-label-${i}`);
      if (!c.amount.trim()) {
        missing.push(`cost-${i}`);
        return;
      }
      const a = parseYuanInput(c.amount, { allowZero: true, label: '成本金额' });
      if (!a.ok) errors[`cost-${i}`] = a.message;
      else costs.push({ label: c.label, amount: a.value });
    });
    if (form.costs.length > MAX_COSTS) errors['costs'] = `成本项最多 ${MAX_COSTS} 项。`;
    if (form.gross.trim() === '') missing.push('gross');
    else if (!g.ok) errors['gross'] = g.message;
    else if (costs.length === Math.min(form.costs.length, MAX_COSTS)) {
      const n = netFromGross(g.value, costs);
      if (n.ok) {
        net = n.net;
        trace.push(...n.steps);
      } else errors['gross'] = `所列成本合计 ${n.totalCosts.toFixed()} 元超过转化收入，净收入不能为负。`;
    }
  } else if (form.net.trim() !== '') {
    const n = parseYuanInput(form.net, { allowZero: true, label: '净收入' });
    if (n.ok) net = n.value;
    else errors['net'] = n.message;
  } else missing.push('net');
  missing.unshift(...[form.doc === '' ? 'doc' : '', form.mode === '' ? 'mode' : ''].filter(Boolean));
  const pct = (raw: string, key: string, label: string): Yuan | undefined => {
    if (!raw.trim()) return undefined;
    const r = parsePercentInput(raw, { allowZero: true, label, example: '70' });
    if (r.ok) return r.value;
    errors[key] = r.message;
    return undefined;
  };
  const intendedInventor = pct(form.inventorPct, 'inventor', '成果完成人比例');
  const intendedTransfer = pct(form.transferPct, 'transfer', '技术转移人员比例');

  const inventor = emptyLine(invRule);
  const transfer = emptyLine(tsRule);
  const unit: RewardResult['unit'] = { amount: undefined, shareOfWhole: undefined };
  let split: RewardSplitResult | undefined;
  const ready = rules && mode && net !== undefined && !errors['inventor'] && !errors['transfer'];
  if (ready) {
    split = splitReward({ netIncome: net!, mode: mode!, intendedInventorShare: intendedInventor, intendedTransferShare: intendedTransfer }, rules!);
    trace.push(...split.steps);
    const whole = (v: Yuan | undefined) => (v && !net!.isZero() ? v.dividedBy(net!) : undefined);
    inventor.rate = split.inventor.rate;
    inventor.amount = split.inventor.amount;
    inventor.shareOfWhole = split.inventor.rate;
    inventor.minimumOfWhole = split.inventor.minRate;
    inventor.state = !invRule ? 'no-rule' : split.inventor.compliant === undefined ? 'not-computed' : split.inventor.compliant ? 'meets' : 'below';
    transfer.rate = split.transferStaff.rate;
    transfer.amount = split.transferStaff.amount;
    transfer.shareOfWhole = whole(split.transferStaff.amount);
    // The transfer-staff minimum is a share of what the unit retains: in terms of the whole, it is
    // minimum × (1 − inventor rate).
    transfer.minimumOfWhole = split.transferStaff.minRate && split.inventor.rate ? split.transferStaff.minRate.times(new Money(1).minus(split.inventor.rate)) : undefined;
    transfer.state = !tsRule ? 'no-rule' : split.transferStaff.amount === undefined ? 'not-computed' : split.transferStaff.compliant ? 'meets' : 'below';
    unit.amount = split.unitAmount;
    unit.shareOfWhole = whole(split.unitAmount);
  }
  // The law layer's answers, each checked against the split.
  let law: LawView | undefined;
  if (resolution) {
    const answers = resolution.branches.map((b) => lawAnswer(b, ctx, net, split?.inventor.rate, intendedInventor !== undefined));
    const asked = new Set<LawAsk>();
    for (const a of answers) for (const c of a.when) if (ASK_OF_FACT[c.key]) asked.add(ASK_OF_FACT[c.key]!);
    if (form.licensor) asked.add('licensor');
    if (form.ownRule) asked.add('ownRule');
    if (form.registered) asked.add('registered');
    law = { answers, asks: LAW_ASKS.filter((k) => asked.has(k)), inconsistent: resolution.inconsistent };
    if (answers.length > 1 && split) {
      const states = new Set(answers.map((a) => a.state));
      inventor.state = states.size === 1 ? answers[0]!.state : [...states].every((x) => x === 'meets' || x === 'no-rule') ? 'meets' : states.has('not-computed') ? 'not-computed' : 'depends';
      if (inventor.state === 'meets' && [...states].every((x) => x === 'no-rule')) inventor.state = 'no-rule';
      if (intendedInventor === undefined && answers.some((a) => a.decision.minimum)) inventor.state = 'depends';
    }
  }
  if (inventor.state === 'below' && invRule) errors['inventor'] ??= belowMessage(invRule);
  if (inventor.state === 'below' && !invRule && law) errors['inventor'] ??= '低于下列各种情形下的最低比例。';
  if (transfer.state === 'below' && tsRule) errors['transfer'] ??= belowMessage(tsRule);

  const states = [inventor.state, transfer.state];
  const status: RewardStatus = !split
    ? 'incomplete'
    : states.includes('below')
      ? 'below'
      : states.includes('depends')
        ? 'depends'
        : states.includes('not-computed')
          ? 'incomplete'
          : states.every((s) => s === 'no-rule')
            ? 'no-rule'
            : 'meets';

  const texts = (pid: string) =>
    ctx.provisions.filter((p) => p.policy === pid && p.value.type === 'text' && (p.dimension === 'inventor-share' || p.dimension === 'transfer-staff-share'));
  const compare =
    mode && net !== undefined
      ? ctx.policies.map((p) => {
          const local = ctx.rules.get(p.id)!;
          const branches = ctx.law ? resolveInventorShare(ctx.law, { policy: p.id, mode }, facts).branches : undefined;
          const docRules = branches ? withLawMinimum(local, mode, branches, ctx) : local;
          const [result] = compareAcrossDocuments({ netIncome: net, mode }, [docRules]).map((x) => x.result);
          const answers = branches && branches.length > 1 ? branches.map((b) => lawAnswer(b, ctx, net, undefined, false)) : [];
          return { policy: p, result: result!, texts: texts(p.id), answers };
        })
      : [];

  return {
    errors,
    missing,
    policy,
    mode,
    basis: split?.basis ?? 'cash',
    net,
    split,
    inventor,
    transfer,
    unit,
    status,
    inventorRateNeeded: !!ready && !split?.inventor.rate && !!tsRule && !(law && law.answers.length > 1),
    transferPermissive: tsRule?.duty?.modality === 'may',
    trace,
    notes: rules ? rules.notes.map((n) => ctx.byId.get(n.id)).filter((p): p is CalcProvision => !!p) : [],
    ruleNotes: [...new Set([invRule, tsRule].flatMap((r) => r?.notes ?? []))],
    law,
    compare,
  };
}

/** The facts the form gives the law layer; a value the form cannot hold is an error at its field. */
function lawFacts(form: RewardForm, errors: Record<string, string>): LawFacts {
  const facts: LawFacts = {};
  if (form.licensor !== '') {
    if ((LICENSOR_CLASSES as readonly string[]).includes(form.licensor)) facts.licensor = form.licensor as LicensorClass;
    else errors['licensor'] = '请选择单位类别。';
  }
  const yesNo = (raw: string, key: string): boolean | undefined => {
    if (raw === 'yes') return true;
    if (raw === 'no') return false;
    if (raw !== '') errors[key] = '请选择“是”或“否”。';
    return undefined;
  };
  const own = yesNo(form.ownRule, 'ownRule');
  if (own !== undefined) facts.ownRule = own;
  const reg = yesNo(form.registered, 'registered');
  if (reg !== undefined) facts.contractRegistered = reg;
  return facts;
}

const SPLIT_BASES = new Set(['net-income', 'equity', 'equity-or-net-income', 'ownership']);

/** The share rule the law layer's minimum amounts to, as the split reads it (its words and citation are the provision's). */
function minimumRule(d: ShareDecision, mode: ConversionMode, ctx: RewardContext): (CalcProvision & ShareProvision) | undefined {
  const m = d.minimum;
  const p = m ? ctx.byId.get(m.provisionId) : undefined;
  if (!m || !p || p.value.type !== 'share' || !SPLIT_BASES.has(m.base)) return undefined;
  return { ...p, value: { ...p.value, rate: m.rate, bound: m.bound, base: m.base, modes: [mode] } } as CalcProvision & ShareProvision;
}

/**
 * A document's rules with the inventors' share replaced by the law layer's: the settled minimum,
 * or none while the answer depends on an open fact (each answer is then checked on its own).
 */
function withLawMinimum(rules: RewardRules, mode: ConversionMode, branches: { decision: ShareDecision }[], ctx: RewardContext): RewardRules {
  const others = rules.shares.filter((s) => !(s.value.beneficiary === 'inventors' && s.value.modes.includes(mode)));
  const settled = branches.length === 1 ? minimumRule(branches[0]!.decision, mode, ctx) : undefined;
  return { ...rules, shares: settled ? [settled, ...others] : others };
}

function asCited(r: ShareProvision | undefined, ctx: RewardContext): (CalcProvision & ShareProvision) | undefined {
  if (!r) return undefined;
  if ('cite' in r) return r as CalcProvision & ShareProvision;
  return ctx.byId.get(r.id) as (CalcProvision & ShareProvision) | undefined;
}

function lawAnswer(
  b: { when: FactCondition[]; decision: ShareDecision },
  ctx: RewardContext,
  net: Yuan | undefined,
  rate: Yuan | undefined,
  intended: boolean,
): LawAnswer {
  const m = b.decision.minimum;
  const rule = m ? ctx.byId.get(m.provisionId) : undefined;
  const asShare = m && SPLIT_BASES.has(m.base);
  const minAmount = asShare && net !== undefined ? ceilFen(new Money(m.rate).times(net)) : undefined;
  const state: MinimumState = !m
    ? 'no-rule'
    : !asShare || net === undefined || (intended && rate === undefined)
      ? 'not-computed'
      : !intended
        ? 'meets'
        : satisfiesBound(rate!, m.bound, new Money(m.rate))
          ? 'meets'
          : 'below';
  return { when: b.when, decision: b.decision, rule, minAmount, state };
}

function belowMessage(rule: CalcProvision & ShareProvision): string {
  return `低于${rule.cite}规定的最低比例（${withBound(formatPercent(rule.value.rate), rule.value.bound)}）。`;
}
