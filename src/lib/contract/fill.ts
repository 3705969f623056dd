/**
 * What goes into each blank and box of the model, from the validated form and the computed plan.
 * Only values that passed validation are filled; a field left empty or in error leaves its blank
 * as printed. Parts of the model that the choices make irrelevant (许可期限 under 转让, the court under
 * arbitration, the mode not chosen in 第四条) are left as printed too.
 *
 * 第四条 comes from the plan's `clauseTerms` through `contractClause()`, the same function that
 * prints the planner's clause, so amounts carry the same figures and 大写.
 */
import type { PaymentForm } from '../calculators/payment-plan';
import type { ClauseTerms } from '../export/clause-terms';
import type { Translate } from '../calculators/payment-text';
import { contractClause, type ClauseAmount } from '../export/contract-clause';
import { formatChineseDate } from '../plain-date';
import type { Yuan } from '../money';
import { PARTY_FIELDS, PARTY_KEYS, type ContractForm, type ParsedContract, type TextField } from './form';
import { milestoneRows, tableBlankId, type ContractBinding } from './binding';
import { modelBlanks, type ContractModel } from './model';
import type { Filling } from './render';

/** Circled numbers for several entries in one cell (a plan has at most 20 milestones). */
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** "5" for 0.05 — a fraction as the percent a blank before `%` takes. */
export function percentFigure(fraction: Yuan): string {
  return fraction.times(100).toFixed(6).replace(/\.?0+$/, '');
}

/** A value for a blank that is followed by the word it would end with (向[  ]法院): the word once. */
function withoutTrailing(value: string, word: string): string {
  return value.endsWith(word) && value.length > word.length ? value.slice(0, -word.length) : value;
}

function amountInCell(a: ClauseAmount, t: Translate): string {
  return t('calc.payment.clause.amount', { figures: a.figures, upper: a.upper });
}

/** An amount for a blank the text follows with 元 (`[金额]元`): figures without their 元, then 大写. */
function amountBeforeYuan(a: ClauseAmount, t: Translate): string {
  return t('contract.fill.amountBeforeYuan', { figures: a.figures.replace(/元$/, ''), upper: a.upper });
}

function termText(days: number, t: Translate): string {
  return days === 0 ? t('calc.payment.clause.termSameDay') : t('calc.payment.clause.termDays', { days: String(days) });
}

/**
 * A placeholder that spells its own form (`[条件达成后X日内]`) is filled in that form with the number
 * for X; a term of 0 days is “条件达成当日”.
 */
function termInPlaceholder(placeholder: string, days: number, t: Translate): string {
  if (days === 0) return t('calc.payment.clause.termSameDay');
  return /X/.test(placeholder) ? placeholder.replace('X', String(days)) : termText(days, t);
}

export interface FillInput {
  form: ContractForm;
  parsed: ParsedContract;
  /** 第四条's terms from the plan (`contractTerms()`), null while the plan cannot give them. */
  terms: ClauseTerms | null;
  planForm: PaymentForm | null;
  /** The plan's `agreedMonths` was typed by the user (not the model's printed default). */
  monthsAgreed: boolean;
}

/** The filling of the model from the form and the plan. */
export function fillContract(model: ContractModel, b: ContractBinding, input: FillInput, t: Translate): Filling {
  const { form, parsed } = input;
  const blanks: Record<string, string> = {};
  const boxes: Record<string, boolean> = {};
  const put = (id: string, v: string | null | undefined) => {
    if (v !== null && v !== undefined && v !== '') blanks[id] = v;
  };
  const licence = form.conversion === 'licence';

  // Plain text fields, where their part of the contract applies.
  const plain: TextField[] = ['contractNo', 'place', 'resultName', 'regNo', 'holder', 'techField', 'summary', 'territory'];
  for (const f of plain) put(b.blanks[f], parsed.text[f]);
  if (licence) put(b.blanks.fieldOfUse, parsed.text.fieldOfUse);
  if (form.improvementsOwner === 'joint' && form.jointKind === 'shares') put(b.blanks.shares, parsed.text.shares);
  if (form.dispute === 'court' && parsed.text.court) put(b.blanks.court, withoutTrailing(parsed.text.court, '法院'));
  if (parsed.signDate) put(b.blanks.signDate, formatChineseDate(parsed.signDate));
  if (licence && parsed.licenceFrom) put(b.blanks.licenceFrom, formatChineseDate(parsed.licenceFrom));
  if (licence && parsed.licenceTo) put(b.blanks.licenceTo, formatChineseDate(parsed.licenceTo));
  if (parsed.trl !== null) put(b.blanks.trl, String(parsed.trl));
  if (parsed.lateRate) put(b.blanks.lateRate, percentFigure(parsed.lateRate));

  for (const p of PARTY_KEYS) {
    for (const f of PARTY_FIELDS) put(b.blanks[`${p}.${f}`], parsed.parties[p][f]);
    put(b.blanks[`${p}.seal`], parsed.parties[p].name);
  }
  if (form.infringementCost) put(b.blanks.infringementCost, b.choices.infringementCost[form.infringementCost]);
  if (form.dispute) put(b.blanks.dispute, t('contract.fill.disputeItem', { item: b.disputeItems[form.dispute] }));

  // Boxes: each group all unchecked, then the choices.
  for (const group of Object.values(b.boxes)) for (const id of Object.values(group as Record<string, string>)) boxes[id] = false;
  for (const k of form.resultTypes) boxes[b.boxes.resultTypes[k]] = true;
  if (form.conversion) boxes[b.boxes.conversion[form.conversion]] = true;
  if (licence && form.licenceKind) boxes[b.boxes.licenceKind[form.licenceKind]] = true;
  if (form.improvementsOwner) boxes[b.boxes.improvementsOwner[form.improvementsOwner]] = true;
  if (form.improvementsOwner === 'joint' && form.jointKind) boxes[b.boxes.jointKind[form.jointKind]] = true;

  fillPayment(model, b, input, t, put, boxes);
  return { blanks, boxes };
}

function fillPayment(
  model: ContractModel,
  b: ContractBinding,
  { parsed, terms, planForm, monthsAgreed }: FillInput,
  t: Translate,
  put: (id: string, v: string | null | undefined) => void,
  boxes: Record<string, boolean>,
) {
  if (!terms || !planForm) return;
  const c = contractClause(terms);
  const royalty = c.mode === 'royalty' ? c.royalty : c.mode === 'milestone' ? c.royalty : null;
  if (royalty) {
    put(b.blanks.royaltyPercent, royalty.percent);
    put(b.blanks.royaltyPeriod, b.choices.royaltyPeriod[royalty.period]);
  }
  if (c.mode === 'milestone') {
    const rows = milestoneRows(model, b);
    const named = new Set(rows.filter((r) => r !== b.milestoneTable.otherRow));
    const byRow = new Map<string, { condition: string; amount: string; term: string }[]>();
    c.rows.forEach((r, i) => {
      const own = named.has(r.node);
      const row = own ? r.node : b.milestoneTable.otherRow;
      const given = parsed.conditions[i] ?? '';
      const pending = t('contract.fill.conditionPending', { date: formatChineseDate(r.expected) });
      const condition = own ? given || pending : t('contract.fill.otherCondition', { name: r.node, condition: given || pending });
      const list = byRow.get(row) ?? [];
      list.push({ condition, amount: amountInCell(r.amount, t), term: termText(r.termDays, t) });
      byRow.set(row, list);
    });
    for (const [row, entries] of byRow) {
      const cell = (k: 'condition' | 'amount' | 'term') =>
        entries.length === 1 ? (entries[0]?.[k] ?? '') : entries.map((e, i) => `${CIRCLED[i] ?? `(${i + 1})`}${e[k]}`).join('\n');
      put(tableBlankId(b, row, 'condition'), cell('condition'));
      put(tableBlankId(b, row, 'amount'), cell('amount'));
      put(tableBlankId(b, row, 'term'), cell('term'));
    }
  }
  if (c.mode === 'deferred') {
    if (monthsAgreed && planForm.agreedMonths.trim() !== '') put(b.blanks.deferredMonths, planForm.agreedMonths.trim());
    const placeholder = modelBlanks(model).find((x) => x.id === b.blanks.lumpTerm)?.bracket?.content ?? '';
    if (c.lump) {
      boxes[b.boxes.deferredKind.lump] = true;
      put(b.blanks.lumpAmount, amountBeforeYuan(c.lump.amount, t));
      put(b.blanks.lumpTerm, termInPlaceholder(placeholder, c.lump.termDays, t));
    }
    if (c.instalments) {
      boxes[b.boxes.deferredKind.instalments] = true;
      put(b.blanks.instCount, String(c.instalments.count));
      put(b.blanks.instAmount, amountBeforeYuan(c.instalments.each, t));
      put(b.blanks.instDates, c.instalments.dates.map(formatChineseDate).join('、'));
    }
  }
}
