/**
 * 收益分配: how much of a conversion's net income (or equity) must go to the inventors (成果完成人
 * （团队）) and to technology-transfer staff, and what the unit keeps — for one policy document and
 * one conversion mode, reading every share from the provisions dataset (`value.type === 'share'`).
 *
 * Order of the split, as the policies word it: the inventor share is taken from the whole net
 * income (or equity); the transfer-staff share from what the unit retains after that
 * (净收入单位留成部分); the unit keeps the rest.
 *
 * Exact arithmetic throughout (decimal.js via `Money`). The payable amounts are on the fen grid:
 * the inventor and transfer-staff amounts are rounded UP to the fen, so paying the shown amount
 * never falls below the required share, and the unit's amount is the remainder — the three add
 * up exactly to the income. `PAYABLE_ROUNDING` is the rule in the UI's words (via i18n).
 *
 * @see provision share rules in content/provisions/*.yaml (dimensions inventor-share,
 *   transfer-staff-share, equity-share, reward-rules)
 */
import type { BoundWord, ConversionMode } from '../../schemas/provision';
import { satisfiesBound } from '../bounds';
import { Money, ZERO, type Yuan } from '../money';
import { ceilFen, step, type ProvisionRef, type Step, type ValueOf } from './common';

export type ShareProvision = ProvisionRef & { value: ValueOf<'share'> };

/** What the shares are shares of: cash income, equity (股权/出资比例) or ownership of the result. */
export type RewardBasis = 'cash' | 'equity' | 'ownership';

export interface RewardSplitInput {
  /** 元, on the fen grid, ≥ 0: net income (cash) or the value the shares are reckoned on. */
  netIncome: Yuan;
  mode: ConversionMode;
  /** Decimal fraction the unit intends to give the inventors, if it differs from the minimum. */
  intendedInventorShare?: Yuan | undefined;
  /** Decimal fraction of the unit's retained part intended for transfer staff. */
  intendedTransferShare?: Yuan | undefined;
}

/** The rules of one policy document that bear on reward splits. */
export interface RewardRules {
  policy: string;
  shares: ShareProvision[];
  /** Reward-management provisions shown as notes (e.g. 计入绩效工资总量但不受总量限制). */
  notes: ProvisionRef[];
}

export interface ShareLine {
  /** The rule that sets the minimum, if the document has one for this mode. */
  rule: ShareProvision | undefined;
  /** The minimum (or bound) rate the rule sets. */
  minRate: Yuan | undefined;
  /** The rate used for the split: intended if given, else the minimum; undefined if neither. */
  rate: Yuan | undefined;
  /** What the rate is applied to (元). */
  base: Yuan | undefined;
  /** Exact amount at `rate`. */
  amountExact: Yuan | undefined;
  /** Payable amount: `amountExact` rounded up to the fen. */
  amount: Yuan | undefined;
  /** Exact minimum amount at `minRate` on the same base. */
  minAmountExact: Yuan | undefined;
  /** True/false where there is a rule and a rate to check; undefined where nothing to check. */
  compliant: boolean | undefined;
}

export type RewardIssue =
  | { code: 'inventor-below-minimum'; minRate: Yuan; bound: BoundWord; provisionId: string }
  | { code: 'transfer-below-minimum'; minRate: Yuan; bound: BoundWord; provisionId: string }
  | { code: 'inventor-rate-needed' };

export interface RewardSplitResult {
  mode: ConversionMode;
  basis: RewardBasis;
  netIncome: Yuan;
  inventor: ShareLine;
  transferStaff: ShareLine;
  /** What the unit keeps (payable, fen grid); undefined when the inventor rate is unknown. */
  unitAmount: Yuan | undefined;
  /** Unit's retained part before transfer-staff rewards (payable). */
  retained: Yuan | undefined;
  /** All rules found are met; undefined if the document sets no share for this mode. */
  compliant: boolean | undefined;
  issues: RewardIssue[];
  /** True where the document has no share rule for this mode at all (未规定). */
  unregulated: boolean;
  notes: ProvisionRef[];
  provisionIds: string[];
  steps: Step[];
}

/** Share provisions (and reward notes) of one policy, from the dataset slice the page passes. */
export function rewardRulesFor(
  policy: string,
  provisions: (ProvisionRef & { value: { type: string }; dimension: string })[],
): RewardRules {
  const mine = provisions.filter((p) => p.policy === policy);
  return {
    policy,
    shares: mine.filter((p): p is typeof p & ShareProvision => p.value.type === 'share'),
    notes: mine.filter((p) => p.dimension === 'reward-rules'),
  };
}

const INVENTOR_BASES = new Set(['net-income', 'equity', 'equity-or-net-income', 'ownership']);

/** The rule giving the inventors a share under `mode`, if any. */
export function inventorRule(rules: RewardRules, mode: ConversionMode): ShareProvision | undefined {
  return rules.shares.find(
    (s) => s.value.beneficiary === 'inventors' && INVENTOR_BASES.has(s.value.base) && s.value.modes.includes(mode),
  );
}

/** The rule giving transfer staff a share of the unit's retained part under `mode`, if any. */
export function transferStaffRule(rules: RewardRules, mode: ConversionMode): ShareProvision | undefined {
  return rules.shares.find(
    (s) => s.value.beneficiary === 'transfer-staff' && s.value.base === 'unit-retained' && s.value.modes.includes(mode),
  );
}

/** Cash, equity or ownership, from the inventor rule's base and the mode. */
export function basisOf(rule: ShareProvision | undefined, mode: ConversionMode): RewardBasis {
  if (mode === 'equity-investment') return 'equity';
  const base = rule?.value.base;
  if (base === 'equity') return 'equity';
  if (base === 'ownership') return 'ownership';
  return 'cash';
}

function checkRate(rate: Yuan | undefined, rule: ShareProvision | undefined): boolean | undefined {
  if (!rule || !rate) return undefined;
  return satisfiesBound(rate, rule.value.bound, new Money(rule.value.rate));
}

/**
 * The split of `input.netIncome` under one document's rules. Never throws for valid inputs;
 * missing rules come back as `undefined` fields and `unregulated`.
 */
export function splitReward(input: RewardSplitInput, rules: RewardRules): RewardSplitResult {
  const { netIncome: net, mode } = input;
  const invRule = inventorRule(rules, mode);
  const tsRule = transferStaffRule(rules, mode);
  const steps: Step[] = [];
  const issues: RewardIssue[] = [];
  const ids = (r: ShareProvision | undefined) => (r ? [r.id] : []);

  // Inventors: a share of the whole.
  const invMin = invRule ? new Money(invRule.value.rate) : undefined;
  const invRate = input.intendedInventorShare ?? invMin;
  const invExact = invRate?.times(net);
  const invPay = invExact ? ceilFen(invExact) : undefined;
  const invMinExact = invMin?.times(net);
  const invOk = checkRate(invRate, invRule);
  if (invRule && invRate && invExact) {
    steps.push(step('inventor', { net, amount: invExact }, { rate: invRate }, ids(invRule)));
  }
  if (invOk === false && invRule && invMin) {
    issues.push({ code: 'inventor-below-minimum', minRate: invMin, bound: invRule.value.bound, provisionId: invRule.id });
  }

  // Unit's retained part, then transfer staff's share of it.
  const retained = invPay ? net.minus(invPay) : undefined;
  if (retained) steps.push(step('retained', { net, inventor: invPay!, retained }));
  if (!invRate && tsRule) issues.push({ code: 'inventor-rate-needed' });
  const tsMin = tsRule ? new Money(tsRule.value.rate) : undefined;
  const tsRate = input.intendedTransferShare ?? tsMin;
  const tsExact = retained && tsRate ? tsRate.times(retained) : undefined;
  const tsPay = tsExact ? ceilFen(tsExact) : undefined;
  const tsOk = checkRate(tsRate, tsRule);
  if (tsExact && tsRate) steps.push(step('transfer', { retained: retained!, amount: tsExact }, { rate: tsRate }, ids(tsRule)));
  if (tsOk === false && tsRule && tsMin) {
    issues.push({ code: 'transfer-below-minimum', minRate: tsMin, bound: tsRule.value.bound, provisionId: tsRule.id });
  }

  const unitAmount = retained ? retained.minus(tsPay ?? ZERO) : undefined;
  if (unitAmount && retained) steps.push(step('unit', { retained, transfer: tsPay ?? ZERO, unit: unitAmount }));

  const checks = [invOk, tsOk].filter((c): c is boolean => c !== undefined);
  const provisionIds = [...ids(invRule), ...ids(tsRule), ...rules.notes.map((n) => n.id)];
  return {
    mode,
    basis: basisOf(invRule, mode),
    netIncome: net,
    inventor: {
      rule: invRule,
      minRate: invMin,
      rate: invRate,
      base: invRate ? net : undefined,
      amountExact: invExact,
      amount: invPay,
      minAmountExact: invMinExact,
      compliant: invOk,
    },
    transferStaff: {
      rule: tsRule,
      minRate: tsMin,
      rate: tsRate,
      base: retained,
      amountExact: tsExact,
      amount: tsPay,
      minAmountExact: retained && tsMin ? tsMin.times(retained) : undefined,
      compliant: tsOk,
    },
    unitAmount,
    retained,
    compliant: checks.length ? checks.every(Boolean) : undefined,
    issues,
    unregulated: !invRule && !tsRule,
    notes: rules.notes,
    provisionIds,
    steps,
  };
}

/** One labelled cost deducted from gross income (评估、登记、维持费用 …), in 元. */
export interface CostItem {
  label: string;
  amount: Yuan;
}

export type NetFromGross =
  | { ok: true; net: Yuan; totalCosts: Yuan; steps: Step[] }
  | { ok: false; code: 'costs-exceed-gross'; totalCosts: Yuan };

/** 净收入 = 收入 − 所列成本. The policies leave which costs count to the unit's rules; the user lists them. */
export function netFromGross(gross: Yuan, costs: CostItem[]): NetFromGross {
  const totalCosts = costs.reduce((a, c) => a.plus(c.amount), new Money(0));
  if (totalCosts.greaterThan(gross)) return { ok: false, code: 'costs-exceed-gross', totalCosts };
  const net = gross.minus(totalCosts);
  return { ok: true, net, totalCosts, steps: [step('net-from-gross', { gross, costs: totalCosts, net })] };
}

/** The same income and mode under every document: one row each, 未规定 where there is no rule. */
export function compareAcrossDocuments(
  input: Pick<RewardSplitInput, 'netIncome' | 'mode'>,
  allRules: RewardRules[],
): { policy: string; result: RewardSplitResult }[] {
  return allRules.map((rules) => ({ policy: rules.policy, result: splitReward({ netIncome: input.netIncome, mode: input.mode }, rules) }));
}
