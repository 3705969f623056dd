/**
 * The planner's form state in the URL query, so a plan can be shared as a link. Pure: a query
 * string in, the form and notices out (and back).
 *
 * Values are kept as typed — a malformed date in a link shows up as an error next to its field,
 * like one typed by hand. Structural problems (an unknown rule or mode, too many milestones,
 * over-long values, unknown or repeated parameters) leave the field empty and produce a notice;
 * parsing never throws. `serializePaymentForm` ∘ `parsePaymentForm` is the identity on every form
 * the page can hold (`test/unit/lib/calculators/payment-url-state.test.ts`).
 */
import { MAX_PARAM_LENGTH, Query, queryString, shortValue } from '../url-query';
import {
  MAX_MILESTONES,
  SCHEDULE_MODES,
  SETTLEMENT_PERIODS,
  type MilestoneForm,
  type PaymentForm,
} from './payment-plan';

type StringKey = {
  [K in keyof PaymentForm]: PaymentForm[K] extends string ? (string extends PaymentForm[K] ? K : never) : never;
}[keyof PaymentForm];

/** Short query keys for the free-text fields. */
const TEXT_KEYS: Record<StringKey, string> = {
  rule: 'rule',
  effective: 'eff',
  revenue: 'rev',
  publicity: 'pub',
  agreedMonths: 'agm',
  royaltyRate: 'rr',
  royaltyRevenue: 'rv',
  royaltyPeriods: 'rn',
  royaltyTerm: 'rt',
  lumpAmount: 'la',
  deferredTerm: 'dt',
  instCount: 'ic',
  instAmount: 'ia',
  instInterval: 'ii',
  lateUnpaid: 'lu',
  lateDue: 'ld',
  latePaid: 'lp',
  lateRate: 'lr',
};

/** Fields with a closed set of values: query key and allowed values. */
const ENUMS = {
  mode: { key: 'mode', values: SCHEDULE_MODES },
  royaltyPeriod: { key: 'rp', values: SETTLEMENT_PERIODS },
  royaltyFrom: { key: 'rf', values: ['effective', 'revenue'] },
  deferredStart: { key: 'ds', values: ['period', 'revenue'] },
  deferredKind: { key: 'dk', values: ['lump', 'instalments'] },
} as const;

/** What a URL notice is about, for the UI to word (codes, not prose). `param` is the name in the link. */
export type UrlNotice =
  | { code: 'unknown-rule'; value: string }
  | { code: 'bad-enum'; param: string; value: string }
  | { code: 'too-long'; param: string }
  | { code: 'too-many-milestones'; count: number; max: number }
  | { code: 'bad-flag'; param: string; value: string }
  | { code: 'unknown-params'; names: string }
  | { code: 'repeated-params'; names: string };

/** Milestone fields: m0n (name), m0d (date), m0a (amount), m0t (term days). */
const MS_FIELDS: Record<keyof MilestoneForm, string> = { name: 'n', date: 'd', amount: 'a', term: 't' };
const MS_KEY = /^m(\d{1,4})([ndat])$/;

/** The form as a query string (without `?`): every field, milestones as m<i><field>, flags as 1/0. */
export function serializePaymentForm(form: PaymentForm): string {
  const q: [string, string][] = [];
  for (const [field, key] of Object.entries(TEXT_KEYS) as [StringKey, string][]) {
    const v = form[field];
    if (v !== '') q.push([key, v]);
  }
  for (const [field, spec] of Object.entries(ENUMS) as [keyof typeof ENUMS, (typeof ENUMS)[keyof typeof ENUMS]][]) {
    q.push([spec.key, form[field]]);
  }
  q.push(['roy', form.withRoyalty ? '1' : '0']);
  form.milestones.slice(0, MAX_MILESTONES).forEach((m, i) => {
    for (const [f, k] of Object.entries(MS_FIELDS) as [keyof MilestoneForm, string][]) q.push([`m${i}${k}`, m[f]]);
  });
  return queryString(q);
}

/** A list of parameter names for a notice: the first few, and how many more. */
function nameList(names: string[]): string {
  const shown = names.slice(0, 5).map((n) => shortValue(n, 20));
  return names.length > 5 ? `${shown.join('、')} 等 ${names.length} 个` : shown.join('、');
}

/**
 * Read a form from a query string, starting from `empty` (the empty form) for anything absent.
 * Every parameter the link carries is accounted for: kept, or named in a notice (unknown,
 * repeated, over-long, invalid). Milestones are read by their index in order, gaps closed up.
 * @param ruleIds the rule ids that exist, to reject unknown ones.
 */
export function parsePaymentForm(
  search: string,
  empty: PaymentForm,
  ruleIds: readonly string[],
): { form: PaymentForm; notices: UrlNotice[]; fromUrl: boolean } {
  const q = new Query(search);
  const notices: UrlNotice[] = [];
  const form = cloneForm(empty);
  const singleKeys = [...Object.values(TEXT_KEYS), ...Object.values(ENUMS).map((e) => e.key), 'roy'];
  const msNames = q.names().filter((n) => MS_KEY.test(n));
  const fromUrl = singleKeys.some((k) => q.has(k)) || msNames.length > 0;
  if (!fromUrl) return { form, notices, fromUrl };

  const repeated = q.repeated([...singleKeys, ...msNames]);
  if (repeated.length) notices.push({ code: 'repeated-params', names: nameList(repeated) });
  const read = (key: string): string | null => {
    const v = q.get(key);
    if (v === null) return null;
    if (v.length > MAX_PARAM_LENGTH) {
      notices.push({ code: 'too-long', param: key });
      return null;
    }
    return v;
  };
  for (const [field, key] of Object.entries(TEXT_KEYS) as [StringKey, string][]) {
    // An absent text field in a shared link means it was left empty.
    form[field] = read(key) ?? '';
  }
  if (form.rule !== '' && !ruleIds.includes(form.rule)) {
    notices.push({ code: 'unknown-rule', value: shortValue(form.rule) });
    form.rule = empty.rule;
  }
  for (const [field, spec] of Object.entries(ENUMS) as [keyof typeof ENUMS, (typeof ENUMS)[keyof typeof ENUMS]][]) {
    const v = read(spec.key);
    if (v === null) continue;
    if ((spec.values as readonly string[]).includes(v)) (form as unknown as Record<string, string>)[field] = v;
    else notices.push({ code: 'bad-enum', param: spec.key, value: shortValue(v) });
  }
  const roy = read('roy');
  if (roy !== null) {
    if (roy === '1' || roy === '0') form.withRoyalty = roy === '1';
    else notices.push({ code: 'bad-flag', param: 'roy', value: shortValue(roy) });
  }
  // Milestones by index, in index order: a gap (m0, m5) closes up, nothing is dropped silently.
  const indices = [...new Set(msNames.map((n) => Number(MS_KEY.exec(n)![1])))].sort((a, b) => a - b);
  if (indices.length > MAX_MILESTONES) notices.push({ code: 'too-many-milestones', count: indices.length, max: MAX_MILESTONES });
  form.milestones = indices.slice(0, MAX_MILESTONES).map((i) => {
    const m: MilestoneForm = { name: '', date: '', amount: '', term: '' };
    for (const [f, k] of Object.entries(MS_FIELDS) as [keyof MilestoneForm, string][]) m[f] = read(`m${i}${k}`) ?? '';
    return m;
  });
  for (const i of indices.slice(MAX_MILESTONES)) for (const k of Object.values(MS_FIELDS)) q.get(`m${i}${k}`);
  const unknown = q.unread();
  if (unknown.length) notices.push({ code: 'unknown-params', names: nameList(unknown) });
  return { form, notices, fromUrl };
}

function cloneForm(f: PaymentForm): PaymentForm {
  return { ...f, milestones: f.milestones.map((m) => ({ ...m })) };
}
