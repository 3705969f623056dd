/**
 * The subsidy calculator's form in a link. One parameter per field, numbered per claim (`c0p` the
 * provision, `c0b` the base, `c0q1` the answer to its second condition …), so no typed character
 * needs escaping beyond percent-encoding: a `~` in a claimant's name comes back as `~`.
 *
 * A link reproduces exactly what its author saw, or the page says precisely what it could not
 * keep: every parameter is either read or named in a notice (unknown, repeated, over-long,
 * invalid), notices are aggregated (300 bad claims give one notice, not 300), and the claim a
 * notice is about is named by its number in the link. Never throws.
 */
import { boundedReader, Query, shortValue } from '../url-query';
import { EMPTY_CONDITION, type ConditionForm } from './conditions';
import { MAX_CLAIMS, type ClaimForm, type SubsidyForm } from './subsidy-plan';

export type SubsidyUrlNotice =
  | { code: 'unknown-location'; value: string }
  | { code: 'unknown-provisions'; claims: string }
  | { code: 'too-many-claims'; count: number; max: number }
  | { code: 'unknown-thresholds'; names: string }
  | { code: 'bad-values'; names: string }
  | { code: 'too-long'; names: string }
  | { code: 'unknown-params'; names: string }
  | { code: 'repeated-params'; names: string };

/** What the parser needs to know of the dataset: locations, provisions and their condition counts. */
export interface SubsidyUrlSpec {
  locations: readonly string[];
  /** Provision id → number of conditions. */
  conditionCounts: Readonly<Record<string, number>>;
  thresholds: readonly string[];
}

const CLAIM_KEY = /^c(\d{1,4})([pybntsra]|[qfom]\d{1,2})$/;
const TEXT: Record<'y' | 'b' | 'n' | 't' | 's' | 'a', keyof ClaimForm> = { y: 'year', b: 'base', n: 'claimant', t: 'target', s: 'subject', a: 'awarded' };
const COND: Record<'f' | 'o' | 'm', 'from' | 'on' | 'amount'> = { f: 'from', o: 'on', m: 'amount' };

/** The form as a query string (without `?`); empty fields are left out. */
export function serializeSubsidyForm(f: SubsidyForm): string {
  const q = new Query();
  if (f.loc) q.append('loc', f.loc);
  f.claims.slice(0, MAX_CLAIMS).forEach((c, i) => {
    q.append(`c${i}p`, c.provisionId);
    for (const [k, field] of Object.entries(TEXT)) if (c[field]) q.append(`c${i}${k}`, String(c[field]));
    if (c.prior) q.append(`c${i}r`, '1');
    c.conds.forEach((a, k) => {
      if (a.answer) q.append(`c${i}q${k}`, a.answer === 'yes' ? 'y' : 'n');
      for (const [key, field] of Object.entries(COND)) if (a[field]) q.append(`c${i}${key}${k}`, a[field]);
    });
  });
  for (const [id, v] of Object.entries(f.thresholds)) if (v) q.append(`th-${id}`, v);
  return q.toString();
}

const list = (names: string[]) => {
  const shown = names.slice(0, 5).map((n) => shortValue(n, 24));
  return names.length > 5 ? `${shown.join('、')} 等 ${names.length} 个` : shown.join('、');
};

/** A claim's condition answers, one per condition of its provision. */
export function emptyConds(n: number): ConditionForm[] {
  return Array.from({ length: n }, () => ({ ...EMPTY_CONDITION }));
}

/** Read the form from a query string; `empty` is the empty form. */
export function parseSubsidyForm(
  search: string,
  empty: SubsidyForm,
  spec: SubsidyUrlSpec,
): { form: SubsidyForm; notices: SubsidyUrlNotice[]; fromUrl: boolean } {
  const q = new Query(search);
  const notices: SubsidyUrlNotice[] = [];
  const form: SubsidyForm = { loc: empty.loc, claims: [], thresholds: {} };
  const claimNames = q.names().filter((n) => CLAIM_KEY.test(n));
  const thNames = q.names().filter((n) => n.startsWith('th-'));
  const fromUrl = q.has('loc') || claimNames.length > 0 || thNames.length > 0;
  if (!fromUrl) return { form: { ...empty, claims: [], thresholds: {} }, notices, fromUrl };

  const repeated = q.repeated(['loc', ...claimNames, ...thNames]);
  if (repeated.length) notices.push({ code: 'repeated-params', names: list(repeated) });
  const { read, tooLong } = boundedReader(q);
  const bad: string[] = [];

  const loc = read('loc');
  if (loc) {
    if (spec.locations.includes(loc)) form.loc = loc;
    else notices.push({ code: 'unknown-location', value: shortValue(loc) });
  }

  const indices = [...new Set(claimNames.map((n) => Number(CLAIM_KEY.exec(n)![1])))].sort((a, b) => a - b);
  if (indices.length > MAX_CLAIMS) notices.push({ code: 'too-many-claims', count: indices.length, max: MAX_CLAIMS });
  const unknownClaims: string[] = [];
  indices.forEach((i, position) => {
    const keys = claimNames.filter((n) => CLAIM_KEY.exec(n)![1] === String(i));
    if (position >= MAX_CLAIMS) {
      for (const k of keys) q.get(k);
      return;
    }
    const id = read(`c${i}p`);
    const count = spec.conditionCounts[id];
    if (count === undefined) {
      for (const k of keys) q.get(k);
      unknownClaims.push(`c${i}p=${id ? shortValue(id, 30) : '（空）'}`);
      return;
    }
    const claim: ClaimForm = { provisionId: id, year: '', base: '', claimant: '', target: '', subject: '', prior: false, awarded: '', conds: emptyConds(count) };
    for (const [k, field] of Object.entries(TEXT)) (claim[field] as string) = read(`c${i}${k}`);
    const prior = read(`c${i}r`);
    if (prior === '1') claim.prior = true;
    else if (prior !== '' && prior !== '0') bad.push(`c${i}r`);
    for (const name of keys) {
      const m = /^c\d+([qfom])(\d+)$/.exec(name);
      if (!m) continue;
      const k = Number(m[2]);
      if (k >= count) continue; // left unread: reported as unknown below
      const v = read(name);
      if (m[1] === 'q') {
        if (v === 'y' || v === 'n') claim.conds[k]!.answer = v === 'y' ? 'yes' : 'no';
        else if (v !== '') bad.push(name);
      } else claim.conds[k]![COND[m[1] as 'f' | 'o' | 'm']] = v;
    }
    form.claims.push(claim);
  });
  if (unknownClaims.length) notices.push({ code: 'unknown-provisions', claims: list(unknownClaims) });

  const unknownTh: string[] = [];
  for (const name of thNames) {
    const id = name.slice(3);
    const v = read(name);
    if (!spec.thresholds.includes(id)) unknownTh.push(id);
    else if (v) form.thresholds[id] = v;
  }
  if (unknownTh.length) notices.push({ code: 'unknown-thresholds', names: list(unknownTh) });
  if (bad.length) notices.push({ code: 'bad-values', names: list(bad) });
  if (tooLong.length) notices.push({ code: 'too-long', names: list(tooLong) });
  const unknown = q.unread();
  if (unknown.length) notices.push({ code: 'unknown-params', names: list(unknown) });
  return { form, notices, fromUrl };
}
