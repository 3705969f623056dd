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
 */
import type { ConversionMode } from '../../schemas/provision';
import { formatPercent, Money, type Yuan } from '../money';
import { withBound } from '../provision-format';
import { parsePercentInput, parseYuanInput } from '../parse-input';
import type { Step } from './common';
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
}

export const EMPTY_REWARD_FORM: RewardForm = { doc: '', mode: '', net: '', useGross: false, gross: '', costs: [], inventorPct: '', transferPct: '' };

/** What the calculator needs from the dataset, derived once from the island's props. */
export interface RewardContext {
  policies: CalcPolicy[];
  provisions: CalcProvision[];
  modes: readonly ConversionMode[];
  /** Share rules and reward notes per policy id. */
  rules: Map<string, RewardRules>;
  /** Documents grouped by jurisdiction, for the document choice. */
  groups: { jurisdiction: JurisdictionRef; policies: CalcPolicy[] }[];
  byId: Map<string, CalcProvision>;
}

export function rewardContext(data: Pick<CalcData, 'policies' | 'provisions'>, modes: readonly ConversionMode[]): RewardContext {
  const jurisdictions = [...new Map(data.policies.map((p) => [p.jurisdiction.code, p.jurisdiction])).values()];
  return {
    policies: data.policies,
    provisions: data.provisions,
    modes,
    rules: new Map(data.policies.map((p) => [p.id, rewardRulesFor(p.id, data.provisions)])),
    groups: jurisdictions.map((j) => ({ jurisdiction: j, policies: data.policies.filter((p) => p.jurisdiction.code === j.code) })),
    byId: new Map(data.provisions.map((p) => [p.id, p])),
  };
}

/** The state of one legal minimum for the split as entered. */
export type MinimumState = 'meets' | 'below' | 'no-rule' | 'not-computed';

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

export type RewardStatus = 'incomplete' | 'meets' | 'below' | 'no-rule';

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
  /** The same income and mode under every document. */
  compare: { policy: CalcPolicy; result: RewardSplitResult; texts: CalcProvision[] }[];
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
  const rules = policy ? ctx.rules.get(policy.id) : undefined;
  const cited = (r: ShareProvision | undefined) => (r ? (ctx.byId.get(r.id) as (CalcProvision & ShareProvision) | undefined) : undefined);
  const invRule = rules && mode ? cited(inventorRule(rules, mode)) : undefined;
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
  if (inventor.state === 'below' && invRule) errors['inventor'] ??= belowMessage(invRule);
  if (transfer.state === 'below' && tsRule) errors['transfer'] ??= belowMessage(tsRule);

  const states = [inventor.state, transfer.state];
  const status: RewardStatus = !split
    ? 'incomplete'
    : states.includes('below')
      ? 'below'
      : states.includes('not-computed')
        ? 'incomplete'
        : states.every((s) => s === 'no-rule')
          ? 'no-rule'
          : 'meets';

  const texts = (pid: string) =>
    ctx.provisions.filter((p) => p.policy === pid && p.value.type === 'text' && (p.dimension === 'inventor-share' || p.dimension === 'transfer-staff-share'));
  const compare =
    mode && net !== undefined
      ? compareAcrossDocuments({ netIncome: net, mode }, [...ctx.rules.values()]).map(({ policy: pid, result }) => ({
          policy: ctx.policies.find((p) => p.id === pid)!,
          result,
          texts: texts(pid),
        }))
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
    inventorRateNeeded: !!ready && !split?.inventor.rate && !!tsRule,
    transferPermissive: false,
    trace,
    notes: rules ? rules.notes.map((n) => ctx.byId.get(n.id)).filter((p): p is CalcProvision => !!p) : [],
    ruleNotes: [...new Set([invRule, tsRule].flatMap((r) => r?.notes ?? []))],
    compare,
  };
}

function belowMessage(rule: CalcProvision & ShareProvision): string {
  return `低于${rule.cite}规定的最低比例（${withBound(formatPercent(rule.value.rate), rule.value.bound)}）。`;
}
