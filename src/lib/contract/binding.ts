/**
 * How the builder's form is bound to one model contract: which field fills which blank, which
 * choice marks which box, which provisions give the model's printed defaults. The binding is data
 * (`content/contracts/<policy-id>.yaml`, schema `src/schemas/contract-binding.ts`); the ids in it are
 * the ones `parseModelContract()` makes from the text, and `bindingProblems()` — run by the build
 * and the unit tests — fails when a blank or box of the text is not bound, or a bound id is not in
 * the text. So a changed model text cannot silently lose a field.
 */
import type { ScheduleMode, SettlementPeriod } from '../calculators/payment-schedule';
import { CHOICES, PARTY_FIELDS, RESULT_TYPES, TEXT_FIELDS, type ResultType } from './form';
import { modelBlanks, modelBoxes, type ContractModel } from './model';

/** Every blank the form fills, by the form's name for it. */
export const BLANK_FIELDS = [
  ...TEXT_FIELDS,
  ...PARTY_FIELDS.map((f) => `a.${f}` as const),
  ...PARTY_FIELDS.map((f) => `b.${f}` as const),
  'a.seal', 'b.seal',
  'royaltyPercent', 'royaltyPeriod', 'deferredMonths', 'lumpAmount', 'lumpTerm', 'instCount', 'instAmount', 'instDates',
  'infringementCost', 'dispute',
] as const;
export type BlankField = (typeof BLANK_FIELDS)[number];

export interface ContractBinding {
  /** The policy whose annex the model is, and the anchor of the annex on its page. */
  policy: string;
  anchor: string;
  blanks: Record<BlankField, string>;
  /** Blanks left for the parties to sign and date by hand. */
  handwritten: string[];
  /** 第四条 模式一's table: its section, the column headers as printed, the catch-all row. */
  milestoneTable: { section: string; columns: { condition: string; amount: string; term: string }; otherRow: string };
  boxes: {
    resultTypes: Record<ResultType, string>;
    conversion: Record<(typeof CHOICES.conversion)[number], string>;
    licenceKind: Record<(typeof CHOICES.licenceKind)[number], string>;
    deferredKind: Record<'lump' | 'instalments', string>;
    improvementsOwner: Record<(typeof CHOICES.improvementsOwner)[number], string>;
    jointKind: Record<(typeof CHOICES.jointKind)[number], string>;
  };
  /** Bracketed choices (`[半年/年]`): the form's value → the option as printed. */
  choices: {
    royaltyPeriod: Record<SettlementPeriod, string>;
    infringementCost: Record<(typeof CHOICES.infringementCost)[number], string>;
  };
  /** 争议解决: the item markers as printed (`（1）`) of the two ways the model offers. */
  disputeItems: Record<(typeof CHOICES.dispute)[number], string>;
  /** Provisions that carry the model's printed defaults and the rules the checks use. */
  provisions: {
    /** 违约金 `[0.05]%`: a `rate` provision with `contractDefault`. */
    lateRate: string;
    /** 满`[3]`个月: a `payment-timing` provision with `contractDefault` and a contract-effective period. */
    deferredDefault: string;
    /** When the contract takes effect (the day 第四条's periods run from). */
    effective: string;
    /** The technology-readiness level the policy's 成果库 looks for (a `quantity`). */
    trl: string;
    /** The result types the policy covers (a `list` with result-type keys). */
    resultTypes: string;
  };
  /** The policy's payment-timing rule for each payment mode, applied unless the user picks another. */
  rules: Record<ScheduleMode, string>;
  /**
   * Articles of national law the checks cite: the document on this site and the anchor, with the
   * citation text for while that document is not (yet) published here.
   */
  law: { openLicence: Record<'declaration' | 'takeUp' | 'noExclusive' | 'disputes', LawRef> };
}

/** An article of a law, as the checks cite it. */
export interface LawRef {
  policy: string;
  anchor: string;
  cite: string;
}

/** Blank ids of the milestone table: `<section>.<row>.<column>`. */
export function tableBlankId(b: ContractBinding, row: string, column: keyof ContractBinding['milestoneTable']['columns']): string {
  return `${b.milestoneTable.section}.${row}.${b.milestoneTable.columns[column]}`;
}

/** The row labels of the milestone table, as printed, in order. */
export function milestoneRows(model: ContractModel, b: ContractBinding): string[] {
  const sec = model.sections.find((s) => s.key === b.milestoneTable.section);
  const table = sec?.blocks.find((x) => x.kind === 'table');
  if (!table || table.kind !== 'table') return [];
  return table.rows.map((r) => r[0]?.map((s) => (s.t === 'text' ? s.text : '')).join('').trim() ?? '');
}

/**
 * What does not match between a binding and its model: blanks or boxes the binding leaves out or
 * names twice, ids it names that the model lacks, choices whose printed options differ. Empty when
 * every blank and every box of the text is bound exactly once.
 */
export function bindingProblems(model: ContractModel, b: ContractBinding): string[] {
  const problems: string[] = [];
  const blanks = new Map(modelBlanks(model).map((x) => [x.id, x]));
  const boxes = new Set(modelBoxes(model).map((x) => x.id));
  const bound = new Map<string, string>();
  const bind = (id: string, by: string) => {
    if (!blanks.has(id)) problems.push(`${by}: 模型中没有空格 ${id}`);
    if (bound.has(id)) problems.push(`${by}: 空格 ${id} 已由 ${bound.get(id)} 填写`);
    bound.set(id, by);
  };
  for (const f of BLANK_FIELDS) bind(b.blanks[f], `blanks.${f}`);
  b.handwritten.forEach((id, i) => bind(id, `handwritten[${i}]`));
  const rows = milestoneRows(model, b);
  if (!rows.includes(b.milestoneTable.otherRow)) problems.push(`milestoneTable.otherRow: 表中没有“${b.milestoneTable.otherRow}”行`);
  for (const row of rows) {
    for (const col of ['condition', 'amount', 'term'] as const) bind(tableBlankId(b, row, col), `milestoneTable.${col}`);
  }
  for (const id of blanks.keys()) if (!bound.has(id)) problems.push(`模型空格 ${id} 没有绑定到任何字段`);

  const boxBound = new Map<string, string>();
  for (const [group, map] of Object.entries(b.boxes)) {
    for (const [value, id] of Object.entries(map as Record<string, string>)) {
      if (!boxes.has(id)) problems.push(`boxes.${group}.${value}: 模型中没有选框 ${id}`);
      if (boxBound.has(id)) problems.push(`boxes.${group}.${value}: 选框 ${id} 已由 ${boxBound.get(id)} 勾选`);
      boxBound.set(id, `boxes.${group}.${value}`);
    }
  }
  for (const id of boxes) if (!boxBound.has(id)) problems.push(`模型选框 ${id} 没有绑定到任何选项`);
  const missingTypes = RESULT_TYPES.filter((k) => !(k in b.boxes.resultTypes));
  if (missingTypes.length) problems.push(`boxes.resultTypes: 缺少 ${missingTypes.join('、')}`);

  for (const o of disputeOptions(model, b)) if (o.text === '') problems.push(`disputeItems.${o.key}: 第${sectionOf(b.blanks.dispute)}节没有以“${o.marker}”开头的项`);

  for (const [field, map] of Object.entries(b.choices) as [keyof ContractBinding['choices'], Record<string, string>][]) {
    const blank = blanks.get(b.blanks[field]);
    const printed = blank?.bracket?.kind === 'choice' ? blank.bracket.options : null;
    if (!printed) {
      problems.push(`choices.${field}: 空格 ${b.blanks[field]} 不是“[甲/乙]”式的选择`);
      continue;
    }
    const given = Object.values(map);
    if ([...given].sort().join('/') !== [...printed].sort().join('/')) {
      problems.push(`choices.${field}: 选项 ${given.join('/')} 与原文 ${printed.join('/')} 不一致`);
    }
  }
  return problems;
}

/** The section key of a blank id (`art8.L1` → `art8`). */
export function sectionOf(id: string): string {
  return id.split(/[.:]/)[0] ?? '';
}

/**
 * The ways of resolving a dispute the model offers, with the item's words as printed (the form's
 * options are labelled with them): `（1）向长沙仲裁委员会提起仲裁；` …
 */
export function disputeOptions(model: ContractModel, b: ContractBinding): { key: (typeof CHOICES.dispute)[number]; marker: string; text: string }[] {
  const sec = model.sections.find((s) => s.key === sectionOf(b.blanks.dispute));
  const lines = (sec?.blocks ?? []).flatMap((x) => (x.kind === 'para' ? [x.segs] : []));
  return CHOICES.dispute.map((key) => {
    const marker = b.disputeItems[key];
    const segs = lines.find((s) => s[0]?.t === 'text' && s[0].text.startsWith(marker));
    return { key, marker, text: segs ? segs.map((s) => (s.t === 'text' ? s.text : s.t === 'blank' ? s.token : '□')).join('') : '' };
  });
}
