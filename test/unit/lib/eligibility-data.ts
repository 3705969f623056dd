/** The real dataset as the eligibility check reads it: the five policies' frontmatter, every provision, the places. */
import { loadProvisions } from '../../../src/data/dataset';
import { loadPolicyBodies } from '../../../src/data/policy-bodies';
import type { EligibilityPolicy } from '../../../src/lib/eligibility';
import type { PlaceOption } from '../../../src/lib/eligibility-profile';

export const provisions = loadProvisions();
// The local texts, as /guide/check/ passes them: national law is the layer beneath, not a policy one applies for.
export const policies: EligibilityPolicy[] = [...loadPolicyBodies().values()]
  .filter((b) => b.frontmatter.legalForce !== 'law')
  .map((b) => ({ id: b.id, data: b.frontmatter }))
  .sort((a, b) => a.id.localeCompare(b.id));

const placeMap = new Map<string, PlaceOption>();
for (const p of policies) {
  const j = p.data.jurisdiction;
  placeMap.set(j.code, { code: j.code, name: j.name, level: j.level, parent: j.parent });
}
/** Provinces and cities that have a document, as the page offers them. */
export const places: PlaceOption[] = [...placeMap.values()].sort((a, b) => a.code.localeCompare(b.code));
