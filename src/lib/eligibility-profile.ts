/**
 * The "does this apply to me?" profile: what a user tells us about the licensor, the licensee, the
 * result and where they are, as machine keys. The keys are the provisions dataset's own
 * vocabulary (`licensors`, `licensees`, `result-types` list keys), so the check compares like with
 * like; the few profile-only keys (a licensor's `county-level` / `non-state` level, a licensee's
 * size) are declared here.
 *
 * Also: validation of a profile (contradictions, impossible numbers) with a message per field
 * (keys + variables, formatted at the edge), and the pure URL round trip (`parseProfileQuery` / `serializeProfile`) so answers live in
 * the address bar and a printed or shared link reproduces the result.
 */

import { licensorKeys, resultTypeKeys } from '../schemas/provision-keys';
import type { UiKey } from '../i18n';
import { message, type Message } from './message';
import { ROLES, type Role } from './duties';
import type { JurisdictionLevel } from './jurisdiction';
import { halfWidth } from './parse-input';

export { ROLES, type Role };

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

/**
 * Result types whose right exists only once granted (专利法 第三十九条、第四十条: 授予专利权; 植物新品种
 * 保护条例 第六条: 授权品种): only for these does “已授权且有效” ask anything. A software copyright
 * arises when the work is finished (著作权法 第二条), a layout-design right on registration, a
 * marketing authorisation on approval, a technical secret from being kept secret.
 */
export const GRANTED_RESULT_TYPES: readonly ResultType[] = ['patent', 'defence-patent-declassified', 'plant-variety'];

export const TRI = ['yes', 'no', 'unknown'] as const;
/** A yes/no question the user may not know the answer to. */
export type Tri = (typeof TRI)[number];

/**
 * Whether the result touches what the texts carve out: `none`; `classified` 涉及国家秘密（涉密）;
 * `security` not classified but touching national security, defence or major public interests;
 * `unknown`. Classified results count as security-sensitive too.
 */
export const SENSITIVITIES = ['none', 'classified', 'security', 'unknown'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** Which public purse funded the result, where the texts name one (广东 八: 省级财政科技资金). */
export const FUNDING_LEVELS = ['central', 'provincial', 'city', 'unknown'] as const;
export type FundingLevel = (typeof FUNDING_LEVELS)[number];

/**
 * The class of the result as the texts sort them: `research-tackling` a 科研攻关类 project's result
 * (applied technology), `applied` other 应用技术类, `basic` basic research and other non-applied,
 * `unknown`.
 */
export const RESULT_CLASSES = ['research-tackling', 'applied', 'basic', 'unknown'] as const;
export type ResultClass = (typeof RESULT_CLASSES)[number];

/** Location outside every jurisdiction in the dataset. */
export const OTHER = 'other';

/** Everything optional: an unanswered question makes affected verdicts "unclear", never a guess. */
export interface EligibilityProfile {
  /** Who is asking: the licensor, the licensee or an inventor (selects the duties shown). */
  role?: Role;
  licensorType?: LicensorType;
  licensorLevel?: LicensorLevel;
  /** The unit is among those the authorities selected (云南 三 “部分高等院校、科研院所”). */
  selected?: Tri;
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
  /** 科研攻关类 / 应用技术类 / 基础研究. */
  resultClass?: ResultClass;
  /** 涉密 or touching national security / major public interests. */
  sensitivity?: Sensitivity;
  /** Result formed with public (财政) funding. */
  publicFunding?: Tri;
  /** Which public purse, when funded. */
  fundingLevel?: FundingLevel;
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
  role: 'role',
  licensorType: 'licensor',
  licensorLevel: 'level',
  selected: 'selected',
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
  resultClass: 'class',
  sensitivity: 'sensitivity',
  publicFunding: 'funding',
  fundingLevel: 'funding-level',
  yearsSinceAcceptance: 'years-acceptance',
  yearsSinceRight: 'years-right',
} as const satisfies Record<keyof EligibilityProfile, string>;

export type ProfileField = keyof EligibilityProfile;

/** The form's label of each field (also names it in messages). */
export const FIELD_LABEL = {
  role: 'elig.form.role',
  licensorType: 'elig.form.licensorType',
  licensorLevel: 'elig.form.licensorLevel',
  selected: 'elig.form.selected',
  province: 'elig.form.province',
  city: 'elig.form.city',
  licenseeSize: 'elig.form.licenseeSize',
  techSme: 'elig.form.techSme',
  incubator: 'elig.form.incubator',
  researcherFounded: 'elig.form.researcherFounded',
  resultType: 'elig.form.resultType',
  granted: 'elig.form.granted',
  assessed: 'elig.form.assessed',
  trl: 'elig.form.trlName',
  resultClass: 'elig.form.resultClass',
  sensitivity: 'elig.form.sensitivity',
  publicFunding: 'elig.form.publicFunding',
  fundingLevel: 'elig.form.fundingLevel',
  yearsSinceAcceptance: 'elig.form.yearsAcceptanceName',
  yearsSinceRight: 'elig.form.yearsRightName',
} as const satisfies Record<keyof EligibilityProfile, UiKey>;
/** A message per field (keys + variables); empty when the profile is usable. */
export type ProfileErrors = Partial<Record<ProfileField, Message>>;

const MAX_YEARS = 100;

function oneOf<T extends string>(list: readonly T[], v: string | null): T | undefined {
  return v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined;
}

/** "3" → 3; "" → undefined; anything else → a message naming the field (`label`). Whole numbers only. */
function parseWhole(raw: string | null, min: number, max: number, label: Message): { value?: number; error?: Message } {
  if (raw === null) return {};
  const s = halfWidth(raw).trim();
  if (s === '') return {};
  if (/^-\s*\d/.test(s)) return { error: message('elig.error.negative', { label }) };
  if (!/^\d+$/.test(s)) return { error: message('elig.error.whole', { label, example: String(min === 0 ? 3 : 4) }) };
  const n = Number(s);
  if (n < min || n > max) return { error: message('elig.error.range', { label, min: String(min), max: String(max) }) };
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

/** A value from a link as a message quotes it: long ones cut at 40 characters. */
const shown = (raw: string): string => (raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

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
  const pick = <T extends string>(f: ProfileField, list: readonly T[]): T | undefined => {
    const raw = get(f);
    const v = oneOf(list, raw);
    if (raw !== null && v === undefined) errors[f] = message('elig.error.unrecognised', { what: message(FIELD_LABEL[f]), raw: shown(raw) });
    return v;
  };
  const set = <K extends ProfileField>(k: K, v: EligibilityProfile[K] | undefined): void => {
    if (v !== undefined) profile[k] = v;
  };
  set('role', pick('role', ROLES));
  set('licensorType', pick('licensorType', LICENSOR_TYPES));
  set('licensorLevel', pick('licensorLevel', LICENSOR_LEVELS));
  set('selected', pick('selected', TRI));
  const placeCodes = [...places.map((p) => p.code), OTHER];
  set('province', pick('province', placeCodes));
  set('city', pick('city', placeCodes));
  set('licenseeSize', pick('licenseeSize', LICENSEE_SIZES));
  // A ticked box arrives as 1 (the form's value) or on; anything else in a link is reported, not read as "no".
  const flag = (f: ProfileField): boolean | undefined => {
    const raw = get(f);
    if (raw === null || FALSE_FLAGS.includes(raw.toLowerCase())) return undefined;
    if (TRUE_FLAGS.includes(raw.toLowerCase())) return true;
    errors[f] = message('elig.error.flag', { what: message(FIELD_LABEL[f]), raw: shown(raw) });
    return undefined;
  };
  set('techSme', flag('techSme'));
  set('incubator', flag('incubator'));
  set('researcherFounded', flag('researcherFounded'));
  set('resultType', pick('resultType', RESULT_TYPES));
  set('granted', pick('granted', TRI));
  set('assessed', pick('assessed', TRI));
  set('resultClass', pick('resultClass', RESULT_CLASSES));
  set('sensitivity', pick('sensitivity', SENSITIVITIES));
  set('publicFunding', pick('publicFunding', TRI));
  set('fundingLevel', pick('fundingLevel', FUNDING_LEVELS));
  const trl = parseWhole(get('trl'), 1, 9, message(FIELD_LABEL.trl));
  if (trl.error) errors.trl = trl.error;
  set('trl', trl.value);
  const ya = parseWhole(get('yearsSinceAcceptance'), 0, MAX_YEARS, message(FIELD_LABEL.yearsSinceAcceptance));
  if (ya.error) errors.yearsSinceAcceptance = ya.error;
  set('yearsSinceAcceptance', ya.value);
  const yr = parseWhole(get('yearsSinceRight'), 0, MAX_YEARS, message(FIELD_LABEL.yearsSinceRight));
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
 * Contradictions and impossible combinations, per field, as messages. Missing answers are not
 * errors (they make the verdict "unclear"); answers that cannot all be true are.
 */
export function validateProfile(p: EligibilityProfile, places: readonly PlaceOption[] = []): ProfileErrors {
  const e: ProfileErrors = {};
  if (p.licensorType === 'state-enterprise' && p.licensorLevel === 'non-state') {
    e.licensorLevel = message('elig.error.stateNonState');
  }
  if ((p.licensorType === 'enterprise' || p.licensorType === 'tech-enterprise') && p.licensorLevel !== undefined &&
    p.licensorLevel !== 'non-state') {
    e.licensorLevel = message('elig.error.privateLevel');
  }
  if (p.licenseeSize === 'large' && p.techSme) {
    e.techSme = message('elig.error.largeTechSme');
  }
  if (p.licenseeSize === 'not-enterprise' && (p.techSme || p.incubator || p.researcherFounded)) {
    e.licenseeSize = message('elig.error.notEnterpriseFlags');
  }
  if (p.resultType === 'technical-secret' && p.granted !== undefined && p.granted !== 'unknown') {
    e.granted = message('elig.error.secretGranted');
  }
  if (p.resultType !== undefined && p.resultType !== 'technical-secret' && p.assessed !== undefined) {
    e.assessed = message('elig.error.assessedNotSecret');
  }
  // Only for a right that exists once granted: a copyright's clock runs whatever was answered here.
  if (p.granted === 'no' && p.yearsSinceRight !== undefined && (p.resultType === undefined || GRANTED_RESULT_TYPES.includes(p.resultType))) {
    e.yearsSinceRight = message('elig.error.yearsRightNotGranted');
  }
  if (p.publicFunding === 'no' && p.yearsSinceAcceptance !== undefined) {
    e.yearsSinceAcceptance = message('elig.error.yearsAcceptanceNotFunded');
  }
  if (p.publicFunding === 'no' && p.fundingLevel !== undefined) {
    e.fundingLevel = message('elig.error.levelNotFunded');
  }
  if (p.city !== undefined && p.province === undefined) {
    e.province = message('elig.error.provinceFirst');
  } else if (p.city !== undefined && p.city !== OTHER) {
    const city = places.find((x) => x.code === p.city);
    if (city && city.parent !== p.province) {
      const prov = places.find((x) => x.code === p.province);
      e.city = prov
        ? message('elig.error.cityOutside', { city: city.name, province: prov.name })
        : message('elig.error.cityOutsideAny', { city: city.name });
    }
  }
  return e;
}

/** True when the profile has no errors. */
export function isValid(errors: ProfileErrors): boolean {
  return Object.keys(errors).length === 0;
}
