/**
 * Jurisdiction levels and the national marker.
 *
 * GB/T 2260 (the administrative division codes) numbers provinces, cities and counties but has no
 * code for the country as a whole. National law still needs a place in the same six-digit field
 * (the library groups by it, the jurisdiction pages are keyed by it, search filters on it), so we
 * use `100000`: the value several public data systems already use for “中华人民共和国” (it is the
 * root of the widely used administrative-boundary datasets), it cannot collide with a GB/T 2260
 * code (provinces start at 110000 北京市), and it sorts before every province, which puts 全国
 * above the provinces wherever jurisdictions are listed by code. It is used nowhere else.
 */

/** The jurisdiction code of national law (see the module comment for why 100000). */
export const NATIONAL_CODE = '100000';

/** The levels a document's jurisdiction can have, from the top. */
export const JURISDICTION_LEVELS = ['national', 'province', 'city'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

/** The parent of a jurisdiction: a city's province as given, a province's is the nation. */
export function parentCode(j: { code: string; level: JurisdictionLevel; parent?: string | undefined }): string | undefined {
  if (j.level === 'national') return undefined;
  if (j.level === 'province') return j.parent ?? NATIONAL_CODE;
  return j.parent;
}
