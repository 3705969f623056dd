/**
 * The reward-split form in a link: `doc`, `mode`, `net` or `ug=1&gross` with numbered cost rows
 * (`k0l` label, `k0a` amount), `inv`, `ts`, and the facts the law layer asks: `lic` (licensor class),
 * `own` and `reg` (`yes`/`no`). Every row the form can hold (up to `MAX_COSTS`) is
 * carried; whatever a link carries that the page cannot keep is named in a notice. Never throws.
 */
import type { ConversionMode } from '../../schemas/provision';
import { LICENSOR_CLASSES } from '../law/licensors';
import { boundedReader, Query, shortValue } from '../url-query';
import { MAX_COSTS, type CostRow, type RewardForm } from './reward';

export type RewardUrlNotice =
  | { code: 'unknown-doc'; value: string }
  | { code: 'unknown-mode'; value: string }
  | { code: 'too-many-costs'; count: number; max: number }
  | { code: 'bad-values'; names: string }
  | { code: 'too-long'; names: string }
  | { code: 'unknown-params'; names: string }
  | { code: 'repeated-params'; names: string };

const COST_KEY = /^k(\d{1,4})([la])$/;
const TEXT = { net: 'net', gross: 'gross', inventorPct: 'inv', transferPct: 'ts' } as const;
/** Choices: the form field, its parameter, the values it can hold. */
const CHOICES = [
  ['licensor', 'lic', LICENSOR_CLASSES],
  ['ownRule', 'own', ['yes', 'no']],
  ['registered', 'reg', ['yes', 'no']],
] as const;

export function serializeRewardForm(f: RewardForm): string {
  const q = new Query();
  if (f.doc) q.append('doc', f.doc);
  if (f.mode) q.append('mode', f.mode);
  // Written whenever gross or costs are present, so a link never has to guess which figure counts.
  if (f.useGross || f.gross !== '' || f.costs.length > 0) q.append('ug', f.useGross ? '1' : '0');
  for (const [field, key] of Object.entries(TEXT) as [keyof typeof TEXT, string][]) if (f[field]) q.append(key, f[field]);
  for (const [field, key] of CHOICES) if (f[field]) q.append(key, f[field]);
  f.costs.slice(0, MAX_COSTS).forEach((c, i) => {
    q.append(`k${i}l`, c.label);
    q.append(`k${i}a`, c.amount);
  });
  return q.toString();
}

const list = (names: string[]) => {
  const shown = names.slice(0, 5).map((n) => shortValue(n, 24));
  return names.length > 5 ? `${shown.join('、')} 等 ${names.length} 个` : shown.join('、');
};

export function parseRewardForm(
  search: string,
  empty: RewardForm,
  docs: readonly string[],
  modes: readonly ConversionMode[],
): { form: RewardForm; notices: RewardUrlNotice[]; fromUrl: boolean } {
  const q = new Query(search);
  const notices: RewardUrlNotice[] = [];
  const single = ['doc', 'mode', 'ug', ...Object.values(TEXT), ...CHOICES.map((c) => c[1])];
  const costNames = q.names().filter((n) => COST_KEY.test(n));
  const fromUrl = single.some((k) => q.has(k)) || costNames.length > 0;
  const form: RewardForm = { ...empty, costs: [] };
  if (!fromUrl) return { form, notices, fromUrl };

  const repeated = q.repeated([...single, ...costNames]);
  if (repeated.length) notices.push({ code: 'repeated-params', names: list(repeated) });
  const { read, tooLong } = boundedReader(q);
  const bad: string[] = [];
  const doc = read('doc');
  if (doc) {
    if (docs.includes(doc)) form.doc = doc;
    else notices.push({ code: 'unknown-doc', value: shortValue(doc) });
  }
  const mode = read('mode');
  if (mode) {
    if ((modes as readonly string[]).includes(mode)) form.mode = mode;
    else notices.push({ code: 'unknown-mode', value: shortValue(mode) });
  }
  const ug = read('ug');
  if (ug === '1') form.useGross = true;
  else if (ug !== '' && ug !== '0') bad.push('ug');
  for (const [field, key] of Object.entries(TEXT) as [keyof typeof TEXT, string][]) form[field] = read(key);
  for (const [field, key, values] of CHOICES) {
    const v = read(key);
    if ((values as readonly string[]).includes(v)) form[field] = v;
    else if (v !== '') bad.push(key);
  }
  const indices = [...new Set(costNames.map((n) => Number(COST_KEY.exec(n)![1])))].sort((a, b) => a - b);
  if (indices.length > MAX_COSTS) notices.push({ code: 'too-many-costs', count: indices.length, max: MAX_COSTS });
  indices.forEach((i, position) => {
    if (position >= MAX_COSTS) {
      q.get(`k${i}l`);
      q.get(`k${i}a`);
      return;
    }
    const row: CostRow = { label: read(`k${i}l`), amount: read(`k${i}a`) };
    form.costs.push(row);
  });
  // A link written by the old page (gross and cost rows without ug) still means "gross minus costs".
  if (!q.has('ug') && (form.gross !== '' || form.costs.length > 0)) form.useGross = true;
  if (bad.length) notices.push({ code: 'bad-values', names: list(bad) });
  if (tooLong.length) notices.push({ code: 'too-long', names: list(tooLong) });
  const unknown = q.unread();
  if (unknown.length) notices.push({ code: 'unknown-params', names: list(unknown) });
  return { form, notices, fromUrl };
}
