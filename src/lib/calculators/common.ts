/**
 * Shared shapes of the reward-split and subsidy calculators: the slice of a provision a
 * calculator needs (passed in as params, never hard-coded), the explanation steps the UI turns
 * into formulas, and rounding up to the fen for amounts a beneficiary must at least receive.
 */
import Decimal from 'decimal.js';
import type { ProvisionValue, Reading } from '../../schemas/provision';
import type { Duty } from '../../schemas/provision-scope';
import { formatPercent, formatYuanWithWan, type Yuan } from '../money';

/** The parts of a dataset provision a calculator reads and cites. */
export interface ProvisionRef {
  id: string;
  /** Policy id the provision belongs to. */
  policy: string;
  /** Article anchor in the policy page. */
  anchor: string;
  summary: string;
  notes: string[];
  /** Whom the words bind and with what force (a “可” share is an option, not a floor the unit must pay). */
  duty?: Duty | undefined;
  /** Every reading of words that admit more than one, each with its own value where it differs. */
  readings?: Reading[] | undefined;
}

export type ValueOf<T extends ProvisionValue['type']> = Extract<ProvisionValue, { type: T }>;

/**
 * One line of "why": an i18n template key (the UI owns the Chinese) with the numbers it names.
 * `amounts` are 元 and `rates` decimal fractions, both exact; the renderer formats them.
 */
export interface Step {
  key: string;
  amounts: Record<string, Yuan>;
  rates: Record<string, Yuan>;
  /** Free text vars (labels typed by the user, policy names). */
  texts?: Record<string, string>;
  provisionIds: string[];
}

export function step(
  key: string,
  amounts: Record<string, Yuan>,
  rates: Record<string, Yuan> = {},
  provisionIds: string[] = [],
  texts?: Record<string, string>,
): Step {
  return texts ? { key, amounts, rates, provisionIds, texts } : { key, amounts, rates, provisionIds };
}

/** Round up to the fen (0.01 元): used for the minimum a beneficiary must receive. */
export function ceilFen(v: Yuan): Yuan {
  return v.toDecimalPlaces(2, Decimal.ROUND_UP);
}

/** Whether an amount lies on the fen grid (at most two decimals). */
export function isFenAmount(v: Yuan): boolean {
  return v.decimalPlaces() <= 2;
}

/** An exact amount for a formula: to the fen when it is on the fen grid, else every digit. */
export function formatExactYuan(v: Yuan): string {
  if (isFenAmount(v)) return formatYuanWithWan(v);
  const [int, frac] = v.toFixed().split('.');
  return `${new Intl.NumberFormat('zh-CN').format(BigInt(int!))}.${frac}元`;
}

/**
 * A step as text: the template (from i18n, `{name}` placeholders) filled with exact amounts,
 * percentages and texts. Missing placeholders stay visible as `{name}` rather than throwing.
 */
export function renderStep(s: Step, template: string): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    if (s.amounts[k]) return formatExactYuan(s.amounts[k]);
    if (s.rates[k]) return formatPercent(s.rates[k]);
    return s.texts?.[k] ?? m;
  });
}

/** Fill `{name}` placeholders of a UI string. */
export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}
