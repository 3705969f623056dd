/**
 * The planner's form state in the URL query, so a plan can be shared as a link. Pure: takes and
 * returns key/value pairs (the island wraps them in URLSearchParams).
 *
 * Values are kept as typed — a malformed date in a link shows up as an error next to its field,
 * like one typed by hand. Structural problems (an unknown rule or mode, too many milestones,
 * over-long values) fall back to the default and produce a notice; parsing never throws.
 */
import {
  MAX_MILESTONES,
  SCHEDULE_MODES,
  SETTLEMENT_PERIODS,
  type MilestoneForm,
  type PaymentForm,
} from './payment-plan';

/** Longest value accepted from a link; longer ones are dropped with a notice. */
export const MAX_PARAM_LENGTH = 200;

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

/** What a URL notice is about, for the UI to word (codes, not prose). */
export type UrlNotice =
  | { code: 'unknown-rule'; value: string }
  | { code: 'bad-enum'; field: string; value: string }
  | { code: 'too-long'; field: string }
  | { code: 'too-many-milestones'; max: number }
  | { code: 'bad-flag'; field: string; value: string };

/** Minimal read interface; URLSearchParams satisfies it. */
export interface QueryLike {
  get(name: string): string | null;
  has(name: string): boolean;
}

/** Milestone fields: m0n (name), m0d (date), m0a (amount), m0t (term days). */
const MS_FIELDS: Record<keyof MilestoneForm, string> = { name: 'n', date: 'd', amount: 'a', term: 't' };

/** The form as query pairs: every field, milestones as m<i><field>, flags as 1/0. */
export function serializePaymentForm(form: PaymentForm): [string, string][] {
  const out: [string, string][] = [];
  for (const [field, key] of Object.entries(TEXT_KEYS) as [StringKey, string][]) {
    const v = form[field];
    if (v !== '') out.push([key, v]);
  }
  for (const [field, spec] of Object.entries(ENUMS) as [keyof typeof ENUMS, (typeof ENUMS)[keyof typeof ENUMS]][]) {
    out.push([spec.key, form[field]]);
  }
  out.push(['roy', form.withRoyalty ? '1' : '0']);
  form.milestones.slice(0, MAX_MILESTONES).forEach((m, i) => {
    for (const [f, k] of Object.entries(MS_FIELDS) as [keyof MilestoneForm, string][]) out.push([`m${i}${k}`, m[f]]);
  });
  return out;
}

/**
 * Read a form from the query, starting from `defaults` (used for anything absent or invalid).
 * If the query carries no planner keys at all, the defaults (the worked example) are returned.
 * @param ruleIds the rule ids that exist, to reject unknown ones.
 */
export function parsePaymentForm(
  q: QueryLike,
  defaults: PaymentForm,
  ruleIds: readonly string[],
): { form: PaymentForm; notices: UrlNotice[]; fromUrl: boolean } {
  const notices: UrlNotice[] = [];
  const keys = [...Object.values(TEXT_KEYS), ...Object.values(ENUMS).map((e) => e.key), 'roy', 'm0n', 'm0d'];
  const fromUrl = keys.some((k) => q.has(k));
  if (!fromUrl) return { form: structuredCloneForm(defaults), notices, fromUrl };

  const form = structuredCloneForm(defaults);
  const read = (field: string, key: string): string | null => {
    const v = q.get(key);
    if (v === null) return null;
    if (v.length > MAX_PARAM_LENGTH) {
      notices.push({ code: 'too-long', field });
      return null;
    }
    return v;
  };
  for (const [field, key] of Object.entries(TEXT_KEYS) as [StringKey, string][]) {
    const v = read(field, key);
    // An absent text field in a shared link means it was left empty.
    form[field] = v ?? '';
  }
  if (!ruleIds.includes(form.rule)) {
    if (form.rule !== '') notices.push({ code: 'unknown-rule', value: form.rule });
    form.rule = defaults.rule;
  }
  for (const [field, spec] of Object.entries(ENUMS) as [keyof typeof ENUMS, (typeof ENUMS)[keyof typeof ENUMS]][]) {
    const v = read(field, spec.key);
    if (v === null) continue;
    if ((spec.values as readonly string[]).includes(v)) (form as unknown as Record<string, string>)[field] = v;
    else notices.push({ code: 'bad-enum', field, value: v });
  }
  const roy = read('withRoyalty', 'roy');
  if (roy !== null) {
    if (roy === '1' || roy === '0') form.withRoyalty = roy === '1';
    else notices.push({ code: 'bad-flag', field: 'withRoyalty', value: roy });
  }
  const ms: MilestoneForm[] = [];
  for (let i = 0; ; i++) {
    const present = Object.values(MS_FIELDS).some((k) => q.has(`m${i}${k}`));
    if (!present) break;
    if (i >= MAX_MILESTONES) {
      notices.push({ code: 'too-many-milestones', max: MAX_MILESTONES });
      break;
    }
    const m: MilestoneForm = { name: '', date: '', amount: '', term: '' };
    for (const [f, k] of Object.entries(MS_FIELDS) as [keyof MilestoneForm, string][]) m[f] = read(`milestone-${i}-${f}`, `m${i}${k}`) ?? '';
    ms.push(m);
  }
  form.milestones = ms;
  return { form, notices, fromUrl };
}

function structuredCloneForm(f: PaymentForm): PaymentForm {
  return { ...f, milestones: f.milestones.map((m) => ({ ...m })) };
}
