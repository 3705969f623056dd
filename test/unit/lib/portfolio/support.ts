/** The live dataset for the portfolio tests: policies, the provisions the checker reads, places, holidays. */
import { loadProvisions } from '../../../../src/data/dataset';
import { loadPolicyBodies } from '../../../../src/data/policy-bodies';
import type { EligibilityPolicy } from '../../../../src/lib/eligibility';
import type { PlaceOption } from '../../../../src/lib/eligibility-profile';
import type { PortfolioContext } from '../../../../src/lib/portfolio/check';
import type { PlainDate } from '../../../../src/lib/plain-date';
import { calendar } from '../holidays-data';

export const provisions = loadProvisions();
// The local texts, as the page passes them (national law is the layer beneath, not a policy to check against).
export const policies: EligibilityPolicy[] = [...loadPolicyBodies().values()]
  .filter((b) => b.frontmatter.legalForce !== 'law')
  .map((b) => ({ id: b.id, data: b.frontmatter }));
const placeMap = new Map<string, PlaceOption>();
for (const p of policies) {
  const j = p.data.jurisdiction;
  placeMap.set(j.code, { code: j.code, name: j.name, level: j.level, parent: j.parent });
}
export const places = [...placeMap.values()].sort((a, b) => a.code.localeCompare(b.code));
export { calendar };

// National law's open-licence terms, as /portfolio/ passes them (src/data/portfolio-props.ts).
const laws = new Set([...loadPolicyBodies().values()].filter((b) => b.frontmatter.legalForce === 'law').map((b) => b.id));
export const lawOpenLicence = provisions.filter((p) => laws.has(p.policy) && p.dimension === 'open-licence').map((p) => p.id);

export const ctx = (asOf: PlainDate, extra: Partial<PortfolioContext> = {}): PortfolioContext => ({ policies, provisions, calendar, asOf, lawOpenLicence, ...extra });
