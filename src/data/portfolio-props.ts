/**
 * Build-time props of /portfolio/: the policies, only the provisions the checker reads (scope
 * lists, TRL quantities, validity, duties, open-licence terms), their citations, the places the
 * dataset holds and the holiday data. The island gets nothing else: it never fetches.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPolicies, isLaw, localPolicies, policyHref } from './policies';
import { datasetStamp, loadProvisions } from './dataset';
import { citeFor } from './citations';
import { CONTENT } from './paths';
import type { HolidayData } from '../lib/holidays';
import { ELIGIBILITY_DIMENSIONS, type EligibilityPolicy, type EligibilityProvision } from '../lib/eligibility';
import type { PlaceOption } from '../lib/eligibility-profile';
import { OPEN_LICENCE_DIMENSION } from '../lib/portfolio/duties';

export interface PortfolioProps {
  policies: EligibilityPolicy[];
  provisions: EligibilityProvision[];
  /** Ids (in `provisions`) of national law's open-licence terms, cited once an open-licence duty is overdue. */
  lawOpenLicence: string[];
  places: PlaceOption[];
  citations: Record<string, { cite: string; href: string }>;
  holidays: HolidayData;
  datasetVersion: string;
  uidDomain: string;
}

export async function portfolioProps(): Promise<PortfolioProps> {
  // The local texts a result is checked against; national law reaches rows through the resolver.
  const policies = await localPolicies();
  const ids = new Set(policies.map((p) => p.entry.id));
  const provisions = loadProvisions().filter(
    (p) => ids.has(p.policy) &&
      (ELIGIBILITY_DIMENSIONS.includes(p.dimension) || p.value.type === 'quantity' || p.duty?.dated !== undefined || p.dimension === OPEN_LICENCE_DIMENSION),
  );
  // National law's open-licence terms (专利法 第五十条至第五十二条): what follows an open-licence duty.
  const laws = new Set((await allPolicies()).filter(isLaw).map((p) => p.entry.id));
  const lawOpenLicence = loadProvisions().filter((p) => laws.has(p.policy) && p.dimension === OPEN_LICENCE_DIMENSION);
  provisions.push(...lawOpenLicence);
  const placeMap = new Map<string, PlaceOption>();
  for (const p of policies) {
    const j = p.entry.data.jurisdiction;
    placeMap.set(j.code, { code: j.code, name: j.name, level: j.level, parent: j.parent });
  }
  const holidays = JSON.parse(readFileSync(join(CONTENT, 'reference', 'holidays-cn.json'), 'utf8')) as HolidayData;
  return {
    policies: policies.map((p) => ({ id: p.entry.id, data: p.entry.data })),
    provisions,
    lawOpenLicence: lawOpenLicence.map((p) => p.id),
    places: [...placeMap.values()].sort((a, b) => a.code.localeCompare(b.code)),
    citations: Object.fromEntries(provisions.map((p) => [p.id, { cite: citeFor(p.policy, p.anchor), href: policyHref(p.policy, p.anchor) }])),
    holidays,
    datasetVersion: (await datasetStamp()).version,
    uidDomain: new URL(import.meta.env.SITE).hostname,
  };
}
