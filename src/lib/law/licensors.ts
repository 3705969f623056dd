/**
 * Who the licensor is, in the two vocabularies the law layer meets:
 *
 * - the **class** national law draws (促进科技成果转化法 第四十五条第二款、第三款): `state-rd-university`
 *   国家设立的研究开发机构、高等院校 · `public-institution` 其他事业单位 · `state-enterprise` 国有企业 ·
 *   `other` (a private firm, a private university or institute);
 * - the **kind** and **level** the local texts name (`licensors` list keys 高等院校 / 医疗卫生机构 /
 *   国有企业 …; level keys 市属 / 省属 / 中央在湘 …), which decide whether a local rule written for
 *   “市属高校、科研院所、医疗卫生机构” reaches this licensor.
 *
 * One reading is adopted here and stated, not hidden: “国家设立的” is read as established by the
 * state at any level (central, provincial, city, county: 公办), as opposed to founded privately
 * (民办). A public university or research institute of any level is therefore
 * `state-rd-university`; the same kinds founded privately are `other`. The note on
 * `prc-2015-sci-tech-transfer-law-art-45-para-2-binding-reach` says so where the rule is shown.
 */
import { licensorClasses, licensorKeys, licensorLevelKeys } from '../../schemas/provision-keys';

export type LicensorClass = (typeof licensorClasses)[number];
export const LICENSOR_CLASSES: readonly LicensorClass[] = licensorClasses;

/** A kind of holder: a key of the `licensors` vocabulary (高等院校 university, 国有企业 state-enterprise …). */
export type LicensorKind = (typeof licensorKeys)[number];
export const LICENSOR_KINDS: readonly LicensorKind[] = licensorKeys;

/**
 * Levels of a holder as the eligibility profile asks them: the public levels (中央在地方, 省属,
 * 市属, 县区属) and `non-state` (民办、非国有). `county-level` and `non-state` are profile-only:
 * no text names them, so they never match a level key of a text.
 */
export const PUBLIC_LEVELS = ['central-in-province', 'provincial', 'city-level', 'county-level'] as const;
export const HOLDER_LEVELS = [...PUBLIC_LEVELS, 'non-state'] as const;
export type HolderLevel = (typeof HOLDER_LEVELS)[number];

/** The kinds a holder of each class can be (a state enterprise may be named 企业 or 科技型企业 in a text). */
export const KINDS_OF_CLASS: Record<LicensorClass, readonly LicensorKind[]> = {
  'state-rd-university': ['university', 'research-institute'],
  'public-institution': ['medical-institution', 'new-rd-institution', 'tech-transfer-agency'],
  'state-enterprise': ['state-enterprise', 'enterprise', 'tech-enterprise', 'new-rd-institution', 'tech-transfer-agency'],
  other: ['university', 'research-institute', 'medical-institution', 'new-rd-institution', 'tech-transfer-agency', 'enterprise', 'tech-enterprise'],
};

/** The levels a holder of each class can have: public for the first three, `non-state` for `other`. */
export function levelsOfClass(c: LicensorClass): readonly HolderLevel[] {
  return c === 'other' ? ['non-state'] : PUBLIC_LEVELS;
}

/** Whether a class, kind and level can describe one holder. */
export function consistent(c: LicensorClass, kind: LicensorKind, level: HolderLevel): boolean {
  return KINDS_OF_CLASS[c].includes(kind) && levelsOfClass(c).includes(level);
}

/**
 * The class of a holder described as the eligibility profile describes it (kind + level), or
 * `undefined` when that does not decide it (the level is unknown, or a 企业 of unknown ownership
 * without a level). See the module comment for the reading of 国家设立的.
 */
export function licensorClassOf(kind: LicensorKind | undefined, level: HolderLevel | undefined): LicensorClass | undefined {
  if (kind === undefined) return undefined;
  if (kind === 'state-enterprise') return level === 'non-state' ? undefined : 'state-enterprise';
  if (level === undefined) return undefined;
  if (level === 'non-state') return 'other';
  const found = LICENSOR_CLASSES.find((c) => c !== 'other' && KINDS_OF_CLASS[c].includes(kind));
  // A public new R&D institution or transfer agency is read as a 事业单位 (the commoner form);
  // one run as a state enterprise should be described by the class directly.
  return found;
}

const LEVEL_KEYS: readonly string[] = licensorLevelKeys;

/**
 * Whether a local rule written for some licensors names this holder. `keys` are licensor keys,
 * level keys last (市属高校、科研院所、医疗卫生机构 → university, research-institute,
 * medical-institution, city-level); `classes` name classes outright (事业单位 → state-rd-university,
 * public-institution). A 国有企业 is an 企业, so `enterprise` names a state enterprise and
 * `state-enterprise` names a state enterprise whatever kind word describes it. Level keys, when
 * present, must include the holder's level. Both lists, when given, must name the holder.
 */
export function scopeNames(
  scope: { keys: readonly string[]; classes: readonly LicensorClass[] },
  holder: { class: LicensorClass; kind: LicensorKind; level: HolderLevel },
): boolean {
  const entities = scope.keys.filter((k) => !LEVEL_KEYS.includes(k));
  const levels = scope.keys.filter((k) => LEVEL_KEYS.includes(k));
  const entityOk =
    entities.length === 0 ||
    entities.includes(holder.kind) ||
    (holder.class === 'state-enterprise' && entities.includes('state-enterprise')) ||
    (holder.kind === 'state-enterprise' && entities.includes('enterprise'));
  const levelOk = levels.length === 0 || levels.includes(holder.level);
  const classOk = scope.classes.length === 0 || scope.classes.includes(holder.class);
  return entityOk && levelOk && classOk;
}
