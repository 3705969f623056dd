/**
 * What the 第四条 转化费用支付方式 of the Hunan model contract says for a plan, as plain values:
 * `computePlan()` fills this in; `contractClause()` (./contract-clause.ts) turns the amounts into
 * the printed form with 大写. Kept apart from the printing so the planner core (and the widget,
 * which leaves the clause to the full page) does not carry the 大写 converter.
 */
import type { PeriodLength } from '../civil-code-period';
import type { SettlementPeriod } from '../calculators/payment-schedule';
import type { Yuan } from '../money';
import type { PlainDate } from '../plain-date';

export interface ClauseRoyalty {
  /** "5" for 5% — the rate as printed in the blank, without the % sign. */
  percent: string;
  period: SettlementPeriod;
  termDays: number;
}

/** The clause's blanks; `A` is how an amount is held (`Yuan` in the plan, printed text on paper). */
export type ClauseTerms<A = Yuan> =
  | {
      mode: 'milestone';
      rows: { node: string; expected: PlainDate; amount: A; termDays: number }[];
      royalty: ClauseRoyalty | null;
      total: A;
    }
  | { mode: 'royalty'; royalty: ClauseRoyalty }
  | {
      mode: 'deferred';
      trigger: { kind: 'period'; period: PeriodLength } | { kind: 'revenue' };
      lump: { amount: A; termDays: number } | null;
      instalments: { count: number; each: A; dates: PlainDate[]; total: A } | null;
    };

/** The royalty part of the clause from a fraction rate (0.05 → "5"). */
export function clauseRoyalty(rate: Yuan, period: SettlementPeriod, termDays: number): ClauseRoyalty {
  return { percent: rate.times(100).toFixed(6).replace(/\.?0+$/, ''), period, termDays };
}
