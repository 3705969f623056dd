/**
 * The "does this apply to me?" profile: what a user tells us about the licensor, the licensee, the
 * result and where they are, as machine keys. The keys are the provisions dataset's own
 * vocabulary (`licensors`, `licensees`, `result-types` list keys), so the check compares like with
 * like; the few profile-only keys (a licensor's `county-level` / `non-state` level, a licensee's
 * size) are declared here.
 *
 * Also: validation of a profile (contradictions, impossible numbers) with Chinese messages per
 * field, and the pure URL round trip (`parseProfileQuery` / `serializeProfile`) so answers live in
 * the address bar and a printed or shared link reproduces the result.
 */

import { licensorKeys, resultTypeKeys } from '../schemas/provision-keys';
import type { JurisdictionLevel } from './jurisdiction';
import { halfWidth } from './parse-input';

/** Licensor types the form offers: the dataset's `licensors` keys. */
export const LICENSOR_TYPES = licensorKeys;
export type LicensorType = (typeof LICENSOR_TYPES)[number];

/**
 * Licensor levels. The first three are dataset level keys; `county-level` (县区属) and
 * `non-state` (民办、非国有) are profile-only: no policy names them, so they never match a level
 * list. `out-of-province` is not offered: it follows from the location.
 */
export const LICENSOR_LEVELS = ['central-in-province', 'provincial', 'city-level', 'county-level', 'non-state'] as const;
export type LicensorLevel = (typeof LICENSOR_LEVELS)[number];

/** Licensee size: 中小微企业, a larger enterprise, or not an enterprise at all. */
export const LICENSEE_SIZES = ['sme', 'large', 'not-enterprise'] as const;
export type LicenseeSize = (typeof LICENSEE_SIZES)[number];

/** Result types: the dataset's `result-types` keys. */
export const RESULT_TYPES = resultTypeKeys;
export type ResultType = (typeof RESULT_TYPES)[number];

export const TRI = ['yes', 'no', 'unknown'] as const;
/** A yes/no question the user may not know the answer to. */
export type Tri = (typeof TRI)[number];

/** Location outside every jurisdiction in the dataset. */
export const OTHER = 'other';

/** Everything optional: an unanswered question makes affected verdicts "unclear", never a guess. */
export interface EligibilityProfile {
  licensorType?: LicensorType;
  licensorLevel?: LicensorLevel;
  /** GB/T 2260 code of the licensor's province, or `other`. */
  province?: string;
  /** GB/T 2260 code of the licensor's city, or `other` (a city of the province not in the dataset). */
  city?: string;
  licenseeSize?: LicenseeSize;
  /** Registered 科技型中小企业. */
  techSme?: boolean;
  /** Located in a 孵化器. */
  incubator?: boolean;
  /** Founded by researchers of a university, institute or medical institution. */
  researcherFounded?: boolean;
  resultType?: ResultType;
  /** Right granted and still valid (not asked for a technical secret). */
  granted?: Tri;
  /** Technical secret assessed by a qualified third party. */
  assessed?: Tri;
  /** Technology readiness level, 1–9. */
  trl?: number;
  /** Result formed with public (财政) funding. */
  publicFunding?: Tri;
  /** Whole years completed since the funded project's acceptance (验收). */
  yearsSinceAcceptance?: number;
  /** Whole years completed since the right was obtained (取得知识产权之日). */
  yearsSinceRight?: number;
}

/** A place the form offers: provinces and cities that have at least one document. */
export interface PlaceOption {
  code: string;
  name: string;
  /** `national` is never offered (the check is about local texts) but is the type of a document's jurisdiction. */
  level: JurisdictionLevel;
  parent?: string | undefined;
}

/** Field names of the profile, as used in the URL and as form field names. */
export const QUERY_KEYS = {
  licensorType: 'licensor',
  licensorLevel: 'level',
  province: 'province',
  city: 'city',
  licenseeSize: 'licensee',
  techSme: 'tech-sme',
  incubator: 'incubator',
  researcherFounded: 'researcher-founded',
  resultType: 'result',
  granted: 'granted',
  assessed: 'assessed',
  trl: 'trl',
  publicFunding: 'funding',
  yearsSinceAcceptance: 'years-acceptance',
  yearsSinceRight: 'years-right',
} as const satisfies Record<keyof EligibilityProfile, string>;

export type ProfileField = keyof EligibilityProfile;
/** Chinese messages per field; empty when the profile is usable. */
export type ProfileErrors = Partial<Record<ProfileField, string>>;

const MAX_YEARS = 100;

function oneOf<T extends string>(list: readonly T[], v: string | null): T | undefined {
  return v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined;
}

/** "3" → 3; "" → undefined; anything else → a message. Whole numbers only. */
function parseWhole(raw: string | null, min: number, max: number, label: string): { value?: number; error?: string } {
  if (raw === null) return {};
  const s = halfWidth(raw).trim();
  if (s === '') return {};
  if (/^-\s*\d/.test(s)) return { error: `${label}不能为负数。` };
  if (!/^\d+$/.test(s)) return { error: `${label}须为整数，例如 ${min === 0 ? 3 : 4}。` };
  const n = Number(s);
  if (n < min || n > max) return { error: `${label}应在 ${min} 到 ${max} 之间。` };
  return { value: n };
}

/**
 * A query string as name → first value, decoding `+` and percent escapes as a GET form writes
 * them. Written here rather than with `URLSearchParams` so the domain code needs no DOM or Node
 * globals; a malformed escape is kept as typed (and then reported as unrecognised).
 */
export function parseQueryString(query: string): Map<string, string> {
  const out = new Map<string, string>();
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      return s;
    }
  };
  for (const part of query.replace(/^\?/, '').split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const k = decode(eq < 0 ? part : part.slice(0, eq));
    if (!out.has(k)) out.set(k, decode(eq < 0 ? '' : part.slice(eq + 1)));
  }
  return out;
}

/** name=value pairs joined as a query string (without `?`), values percent-encoded. */
export function toQueryString(pairs: Iterable<readonly [string, string]>): string {
  return [...pairs].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

const TRUE_FLAGS = ['1', 'on', 'yes', 'true'];
const FALSE_FLAGS = ['0', 'off', 'no', 'false'];

/**
 * Read a profile from a query string (`?licensor=university&…`) or form data. Unknown values are
 * reported (someone edited the link), never silently dropped; then the profile is checked for
 * contradictions by `validateProfile`.
 */
export function parseProfileQuery(
  query: string,
  places: readonly PlaceOption[] = [],
): { profile: EligibilityProfile; errors: ProfileErrors } {
  const q = parseQueryString(query);
  const profile: EligibilityProfile = {};
  const errors: ProfileErrors = {};
  const get = (f: ProfileField): string | null => {
    const v = q.get(QUERY_KEYS[f]);
    return v === undefined || v.trim() === '' ? null : v.trim();
  };
  const pick = <T extends string>(f: ProfileField, list: readonly T[], what: string): T | undefined => {
    const raw = get(f);
    const v = oneOf(list, raw);
    if (raw !== null && v === undefined) errors[f] = `链接中的${what}“${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}”无法识别，请重新选择。`;
    return v;
  };
  const set = <K extends ProfileField>(k: K, v: EligibilityProfile[K] | undefined): void => {
    if (v !== undefined) profile[k] = v;
  };
  set('licensorType', pick('licensorType', LICENSOR_TYPES, '许可方类型'));
  set('licensorLevel', pick('licensorLevel', LICENSOR_LEVELS, '许可方隶属层级'));
  const placeCodes = [...places.map((p) => p.code), OTHER];
  set('province', pick('province', placeCodes, '所在省份'));
  set('city', pick('city', placeCodes, '所在城市'));
  set('licenseeSize', pick('licenseeSize', LICENSEE_SIZES, '被许可方类型'));
  // A ticked box arrives as 1 (the form's value) or on; anything else in a link is reported, not read as "no".
  const flag = (f: ProfileField, what: string): boolean | undefined => {
    const raw = get(f);
    if (raw === null || FALSE_FLAGS.includes(raw.toLowerCase())) return undefined;
    if (TRUE_FLAGS.includes(raw.toLowerCase())) return true;
    errors[f] = `链接中“${what}”的取值“${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}”无法识别，请重新勾选。`;
    return undefined;
  };
  set('techSme', flag('techSme', '科技型中小企业'));
  set('incubator', flag('incubator', '位于孵化器内'));
  set('researcherFounded', flag('researcherFounded', '科研人员创办的企业'));
  set('resultType', pick('resultType', RESULT_TYPES, '成果类型'));
  set('granted', pick('granted', TRI, '授权状态'));
  set('assessed', pick('assessed', TRI, '评估状态'));
  set('publicFunding', pick('publicFunding', TRI, '资金来源'));
  const trl = parseWhole(get('trl'), 1, 9, '技术成熟度（TRL）');
  if (trl.error) errors.trl = trl.error;
  set('trl', trl.value);
  const ya = parseWhole(get('yearsSinceAcceptance'), 0, MAX_YEARS, '验收后已满年数');
  if (ya.error) errors.yearsSinceAcceptance = ya.error;
  set('yearsSinceAcceptance', ya.value);
  const yr = parseWhole(get('yearsSinceRight'), 0, MAX_YEARS, '取得权利后已满年数');
  if (yr.error) errors.yearsSinceRight = yr.error;
  set('yearsSinceRight', yr.value);
  return { profile, errors: { ...validateProfile(profile, places), ...errors } };
}

/** The query string for a profile, fields in a fixed order, unanswered fields left out. */
export function serializeProfile(p: EligibilityProfile): string {
  const pairs: [string, string][] = [];
  for (const [field, key] of Object.entries(QUERY_KEYS) as [ProfileField, string][]) {
    const v = p[field];
    if (v === undefined || v === false) continue;
    pairs.push([key, v === true ? '1' : String(v)]);
  }
  return toQueryString(pairs);
}

/**
 * Contradictions and impossible combinations, per field, in Chinese. Missing answers are not
 * errors (they make the verdict "unclear"); answers that cannot all be true are.
 */
export function validateProfile(p: EligibilityProfile, places: readonly PlaceOption[] = []): ProfileErrors {
  const e: ProfileErrors = {};
  if (p.licensorType === 'state-enterprise' && p.licensorLevel === 'non-state') {
    e.licensorLevel = '国有企业不可能是“民办或非国有”单位，请改选其隶属层级。';
  }
  if ((p.licensorType === 'enterprise' || p.licensorType === 'tech-enterprise') && p.licensorLevel !== undefined &&
    p.licensorLevel !== 'non-state') {
    e.licensorLevel = '国有企业请在“许可方类型”中选择“国有企业”；“企业”“科技型企业”只适用于民营等非国有企业。';
  }
  if (p.licenseeSize === 'large' && p.techSme) {
    e.techSme = '科技型中小企业必须是中小企业，不能同时选“大型企业”。';
  }
  if (p.licenseeSize === 'not-enterprise' && (p.techSme || p.incubator || p.researcherFounded)) {
    e.licenseeSize = '被许可方不是企业时，不能同时勾选“科技型中小企业”“孵化器内”或“科研人员创办的企业”。';
  }
  if (p.resultType === 'technical-secret' && p.granted !== undefined && p.granted !== 'unknown') {
    e.granted = '技术秘密不经授权取得，“是否已授权且有效”不适用；请改答“评估”一问。';
  }
  if (p.resultType !== undefined && p.resultType !== 'technical-secret' && p.assessed !== undefined) {
    e.assessed = '第三方评估认定只针对技术秘密；其他成果类型请不要填写此项。';
  }
  if (p.granted === 'no' && p.yearsSinceRight !== undefined) {
    e.yearsSinceRight = '权利尚未授权或已失效，不能填写“取得权利后已满年数”。';
  }
  if (p.publicFunding === 'no' && p.yearsSinceAcceptance !== undefined) {
    e.yearsSinceAcceptance = '“验收”指财政资金支持项目的验收；成果并非财政资金支持时请不要填写此项。';
  }
  if (p.city !== undefined && p.province === undefined) {
    e.province = '请先选择所在省份。';
  } else if (p.city !== undefined && p.city !== OTHER) {
    const city = places.find((x) => x.code === p.city);
    if (city && city.parent !== p.province) {
      const prov = places.find((x) => x.code === p.province);
      e.city = `${city.name}不在${prov?.name ?? '所选省份'}，请检查所在地。`;
    }
  }
  return e;
}

/** True when the profile has no errors. */
export function isValid(errors: ProfileErrors): boolean {
  return Object.keys(errors).length === 0;
}
