/**
 * The contract builder's form: every field as typed (strings, and the choices as closed values),
 * so a draft, a share link and the page all hold the same thing; and its validation, which turns
 * strings into values or a Chinese message at the field — never a silent guess. Dates, amounts,
 * rates and counts go through `../parse-input.ts` like every calculator.
 *
 * 第四条 is not held here as contract text: it is a payment plan (`PaymentForm`), computed by the
 * payment planner's own `computePlan()`, so the planner and the contract can never disagree.
 */
import type { PaymentForm } from '../calculators/payment-plan';
import { parseDateInput, parseIntegerInput, parsePercentInput, type Parsed } from '../parse-input';
import type { PlainDate } from '../plain-date';
import type { Yuan } from '../money';

export const PARTY_FIELDS = ['name', 'address', 'legalRep', 'contact', 'phone', 'email'] as const;
export type PartyField = (typeof PARTY_FIELDS)[number];
export type PartyForm = Record<PartyField, string>;
/** The two parties, as the form names them: `a` 甲方 (持有方), `b` 乙方 (承接方). */
export const PARTY_KEYS = ['a', 'b'] as const;
export type PartyKey = (typeof PARTY_KEYS)[number];

export const RESULT_TYPES = ['patent', 'software-copyright', 'ic-layout', 'plant-variety', 'biomedical-variety', 'technical-secret'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

export const CHOICES = {
  conversion: ['transfer', 'licence'],
  licenceKind: ['exclusive', 'sole', 'open'],
  improvementsOwner: ['a', 'b', 'joint'],
  jointKind: ['shares', 'common'],
  infringementCost: ['agreed', 'infringer'],
  dispute: ['arbitration', 'court'],
} as const;
export type ChoiceField = keyof typeof CHOICES;
/** A closed choice, or '' while none is made. */
export type Choice<K extends ChoiceField> = (typeof CHOICES)[K][number] | '';

/** Free-text and parsed fields of the form other than the parties and the plan. */
export const TEXT_FIELDS = [
  'contractNo', 'place', 'signDate',
  'resultName', 'regNo', 'holder', 'techField', 'trl', 'summary',
  'territory', 'licenceFrom', 'licenceTo', 'fieldOfUse',
  'shares', 'lateRate', 'court',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export type ContractForm = Record<TextField, string> & { [K in ChoiceField]: Choice<K> } & {
  a: PartyForm;
  b: PartyForm;
  resultTypes: ResultType[];
  /** 第四条: the payment plan; null until a payment mode is chosen. Its `effective` is `signDate`. */
  plan: PaymentForm | null;
  /** 支付条件 of each milestone of the plan, by position (kept as long as `plan.milestones`). */
  conditions: string[];
};

/** Longest text any field takes (a 10,000-character 简要说明 fits with room to spare). */
export const MAX_TEXT = 20_000;

export function emptyParty(): PartyForm {
  return { name: '', address: '', legalRep: '', contact: '', phone: '', email: '' };
}

/** The form as the page first shows it: nothing filled, nothing chosen. */
export function emptyContractForm(): ContractForm {
  return {
    contractNo: '', place: '', signDate: '',
    a: emptyParty(), b: emptyParty(),
    resultName: '', resultTypes: [], regNo: '', holder: '', techField: '', trl: '', summary: '',
    conversion: '', licenceKind: '', territory: '', licenceFrom: '', licenceTo: '', fieldOfUse: '',
    plan: null, conditions: [],
    improvementsOwner: '', jointKind: '', shares: '', infringementCost: '',
    lateRate: '',
    dispute: '', court: '',
  };
}

/** A deep copy, so a stored draft or a link never shares arrays with the live form. */
export function cloneContractForm(f: ContractForm): ContractForm {
  return {
    ...f,
    a: { ...f.a },
    b: { ...f.b },
    resultTypes: [...f.resultTypes],
    plan: f.plan ? { ...f.plan, milestones: f.plan.milestones.map((m) => ({ ...m })) } : null,
    conditions: [...f.conditions],
  };
}

/** Field keys for errors and element ids: `contractNo`, `a.phone`, `plan.ms-0-date` … */
export type FieldErrors = Record<string, string>;

/** What validation makes of the form: the values that may go into the contract. */
export interface ParsedContract {
  /** Trimmed text of every text field that is filled and valid (a field with an error is absent). */
  text: Partial<Record<TextField, string>>;
  parties: Record<PartyKey, Partial<PartyForm>>;
  signDate: PlainDate | null;
  licenceFrom: PlainDate | null;
  licenceTo: PlainDate | null;
  trl: number | null;
  /** Daily late-payment rate as a fraction (0.0005 for 0.05%). */
  lateRate: Yuan | null;
  /** Conditions of the plan's milestones, trimmed; '' where not given or invalid. */
  conditions: string[];
}

// XML 1.0 cannot carry C0 controls (other than tab, line feed, carriage return), U+FFFE/U+FFFF or
// unpaired surrogates: a .docx holding one does not open. They come in with text pasted from PDFs.
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Any text the contract may hold: not too long, nothing a document file cannot carry. */
export function checkText(raw: string, label: string): Parsed<string> {
  if (raw.length > MAX_TEXT) return { ok: false, message: `${label}过长（最多 ${MAX_TEXT} 字，现有 ${raw.length} 字）。` };
  if (NOT_IN_XML.test(raw)) {
    return { ok: false, message: `${label}含有无法写入合同文件的控制字符（常见于从其他软件复制的文字），请删除后重新输入。` };
  }
  return { ok: true, value: raw.trim() };
}

const PHONE_MESSAGE =
  '请填写11位手机号（如 13812345678）或带区号的固定电话（如 0731-88888888，分机用“-”连接，如 0731-88888888-123）；多个号码用“、”分隔。';

/** One phone number: a mobile, a landline with area code (and extension), or a 400/800 line. */
function isPhone(s: string): boolean {
  const n = s.replace(/[\s\u3000]/g, '').replace(/^[（(](0\d{2,3})[）)]/, '$1-').replace(/^\+?86-?/, '');
  return /^1[3-9]\d{9}$/.test(n) || /^0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$/.test(n) || /^[48]00-?\d{3}-?\d{4}$/.test(n);
}

/** 联系电话: one or more numbers separated by 、/，; says what is expected when malformed. */
export function parsePhone(raw: string, label = '联系电话'): Parsed<string> {
  const t = checkText(raw, label);
  if (!t.ok) return t;
  const parts = t.value.split(/[、，,;；/]/).map((p) => p.trim());
  if (parts.some((p) => p === '')) return { ok: false, message: `${label}格式不正确：${PHONE_MESSAGE}` };
  const bad = parts.find((p) => !isPhone(p));
  if (bad !== undefined) return { ok: false, message: `${label}“${bad.length > 30 ? `${bad.slice(0, 30)}…` : bad}”格式不正确：${PHONE_MESSAGE}` };
  return { ok: true, value: t.value };
}

/** 电子邮箱: `name@domain.tld`; a full-width ＠ or a missing dot is named. */
export function parseEmail(raw: string, label = '电子邮箱'): Parsed<string> {
  const t = checkText(raw, label);
  if (!t.ok) return t;
  const v = t.value;
  if (/[＠．]/.test(v)) return { ok: false, message: `${label}格式不正确：“＠”“．”应为半角“@”“.”，例如 tto@example.edu.cn。` };
  if (!/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(v)) {
    return { ok: false, message: `${label}格式不正确：应为“用户名@域名”，例如 tto@example.edu.cn。` };
  }
  return { ok: true, value: v };
}

/** Labels for messages, from the UI strings (so the lib holds no field names of its own). */
export type FieldLabels = Record<TextField | `party.${PartyField}` | 'condition', string>;

/**
 * Validate every field. Empty fields are not errors (an unfilled blank stays a blank); malformed
 * ones are, and their blank is left unfilled.
 */
export function validateContract(form: ContractForm, labels: FieldLabels): { errors: FieldErrors; parsed: ParsedContract } {
  const errors: FieldErrors = {};
  const text: ParsedContract['text'] = {};
  const take = <T>(key: string, r: Parsed<T>): T | null => {
    if (r.ok) return r.value;
    errors[key] = r.message;
    return null;
  };
  const filled = (s: string) => s.trim() !== '';

  for (const f of TEXT_FIELDS) {
    const raw = form[f];
    if (!filled(raw)) continue;
    const v = take(f, checkText(raw, labels[f]));
    if (v !== null) text[f] = v;
  }
  const date = (f: 'signDate' | 'licenceFrom' | 'licenceTo') =>
    text[f] !== undefined ? take(f, parseDateInput(form[f], { label: labels[f] })) : null;
  const signDate = date('signDate');
  const licenceFrom = date('licenceFrom');
  let licenceTo = date('licenceTo');
  if (licenceFrom && licenceTo && licenceTo < licenceFrom) {
    errors['licenceTo'] = `${labels.licenceTo}早于${labels.licenceFrom}，请检查。`;
    licenceTo = null;
  }
  const trl = text.trl !== undefined ? take('trl', parseIntegerInput(form.trl, 1, 9, { label: labels.trl })) : null;
  const lateRate = text.lateRate !== undefined ? take('lateRate', parsePercentInput(form.lateRate, { label: labels.lateRate })) : null;
  for (const f of ['signDate', 'licenceFrom', 'licenceTo', 'trl', 'lateRate'] as const) if (errors[f]) delete text[f];

  const parties = { a: {}, b: {} } as ParsedContract['parties'];
  for (const p of PARTY_KEYS) {
    for (const f of PARTY_FIELDS) {
      const raw = form[p][f];
      if (!filled(raw)) continue;
      const label = labels[`party.${f}`];
      const r = f === 'phone' ? parsePhone(raw, label) : f === 'email' ? parseEmail(raw, label) : checkText(raw, label);
      const v = take(`${p}.${f}`, r);
      if (v !== null) parties[p][f] = v;
    }
  }
  const conditions = (form.plan?.milestones ?? []).map((_, i) => {
    const raw = form.conditions[i] ?? '';
    if (!filled(raw)) return '';
    return take(`plan.ms-${i}-condition`, checkText(raw, labels.condition)) ?? '';
  });
  return { errors, parsed: { text, parties, signDate, licenceFrom, licenceTo, trl, lateRate, conditions } };
}
