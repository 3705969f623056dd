/**
 * A printable 第四条 转化费用支付方式 in the form of the Hunan model contract (湖南省科技成果“先用后付”
 * 合同示范文本 第四条: 模式一 里程碑节点支付 with 提成费用约定, 模式二 延期启动支付), filled in
 * from the plan, with every amount also in Chinese uppercase (大写金额).
 *
 * The clause is returned as a structure; the wording lives in the UI strings and is applied by
 * `renderClauseText()` through the `t` function passed in, so this module holds no prose.
 *
 * 大写: `nzh/cn` `toMoney` (checked on 100000 → 壹拾万元整, 100000.5 → 壹拾万元伍角, 0.05 → 伍分,
 * 1000000001 → 壹拾亿零壹元整, 10^15 → 壹仟万亿元整; fed a decimal string, never a float, so amounts
 * up to 10^15 元 stay exact). Amounts are rounded half-up to the fen first, as printed.
 *
 * @see provision hunan-2025-plan (合同示范文本第四条)
 */
import nzhcn from 'nzh/cn';
import { formatYuan, roundFen, type Yuan } from '../money';
import { formatChineseDate } from '../plain-date';
import type { ClauseRoyalty, ClauseTerms } from './clause-terms';
import type { Translate } from '../calculators/payment-text';

/** 大写金额 without the 人民币 prefix: 100000 → 壹拾万元整. Rounds to the fen (half up) first. */
export function upperCaseYuan(v: Yuan): string {
  if (v.isNegative()) throw new RangeError('amount must not be negative');
  // nzh reads "100000.00" as having a fractional part and drops 整 (→ 壹拾万元), so trailing
  // zero fen/jiao are removed first: "100000.00" → "100000", "0.50" → "0.5".
  const s = roundFen(v).toFixed(2).replace(/\.00$/, '').replace(/(\.\d)0$/, '$1');
  return nzhcn.toMoney(s, { outSymbol: false });
}

export interface ClauseAmount {
  /** "100,000.00元" */
  figures: string;
  /** "壹拾万元整" */
  upper: string;
}

export function clauseAmount(v: Yuan): ClauseAmount {
  return { figures: formatYuan(v), upper: upperCaseYuan(v) };
}

/** The clause as printed: every amount in figures and in 大写. */
export type ContractClause = ClauseTerms<ClauseAmount>;

/** The printable clause from the plan's terms. */
export function contractClause(terms: ClauseTerms<Yuan>): ContractClause {
  switch (terms.mode) {
    case 'milestone':
      return {
        ...terms,
        rows: terms.rows.map((r) => ({ ...r, amount: clauseAmount(r.amount) })),
        total: clauseAmount(terms.total),
      };
    case 'royalty':
      return terms;
    case 'deferred':
      return {
        ...terms,
        lump: terms.lump && { ...terms.lump, amount: clauseAmount(terms.lump.amount) },
        instalments: terms.instalments && {
          ...terms.instalments,
          each: clauseAmount(terms.instalments.each),
          total: clauseAmount(terms.instalments.total),
        },
      };
  }
}

function amountText(a: ClauseAmount, t: Translate): string {
  return t('calc.payment.clause.amount', { figures: a.figures, upper: a.upper });
}

function termText(days: number, t: Translate): string {
  return days === 0 ? t('calc.payment.clause.termSameDay') : t('calc.payment.clause.termDays', { days: String(days) });
}

function royaltyText(r: ClauseRoyalty, t: Translate): string {
  return t('calc.payment.clause.royalty', {
    percent: r.percent,
    period: t(r.period === 'half-year' ? 'calc.payment.clause.halfYear' : 'calc.payment.clause.year'),
    term:
      r.termDays === 0
        ? t('calc.payment.clause.royaltyTermSameDay')
        : t('calc.payment.clause.royaltyTermDays', { days: String(r.termDays) }),
  });
}

/** The clause as plain text lines (for copying into a contract and for print). */
export function renderClauseText(c: ContractClause, t: Translate): string[] {
  const out = [t('calc.payment.clause.heading')];
  if (c.mode === 'milestone') {
    out.push(t('calc.payment.clause.mode1'));
    out.push(t('calc.payment.clause.tableHeader'));
    for (const r of c.rows) {
      out.push(
        [r.node, t('calc.payment.clause.condition', { date: formatChineseDate(r.expected) }), amountText(r.amount, t), termText(r.termDays, t)].join(' | '),
      );
    }
    out.push(t('calc.payment.clause.total', { amount: amountText(c.total, t) }));
    if (c.royalty) out.push(royaltyText(c.royalty, t));
  } else if (c.mode === 'royalty') {
    out.push(t('calc.payment.clause.zeroEntry'));
    out.push(royaltyText(c.royalty, t));
  } else {
    out.push(t('calc.payment.clause.mode2'));
    out.push(
      c.trigger.kind === 'period'
        ? t('calc.payment.clause.deferredPeriod', { n: String(c.trigger.period.amount), unit: t(`calc.payment.unit.${c.trigger.period.unit}`) })
        : t('calc.payment.clause.deferredRevenue'),
    );
    const on = t('calc.payment.clause.checked');
    const off = t('calc.payment.clause.unchecked');
    out.push(
      `${c.lump ? on : off}${t('calc.payment.clause.lump', {
        amount: c.lump ? amountText(c.lump.amount, t) : t('calc.payment.clause.blank'),
        term: c.lump ? termText(c.lump.termDays, t) : t('calc.payment.clause.blank'),
      })}`,
    );
    out.push(
      `${c.instalments ? on : off}${t('calc.payment.clause.instalments', {
        count: c.instalments ? String(c.instalments.count) : t('calc.payment.clause.blank'),
        each: c.instalments ? amountText(c.instalments.each, t) : t('calc.payment.clause.blank'),
        dates: c.instalments ? c.instalments.dates.map(formatChineseDate).join('、') : t('calc.payment.clause.blank'),
      })}`,
    );
    if (c.instalments) out.push(t('calc.payment.clause.total', { amount: amountText(c.instalments.total, t) }));
  }
  return out;
}
