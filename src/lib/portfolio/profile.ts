/**
 * A portfolio row in the eligibility check's own terms (`EligibilityProfile`), so every verdict
 * comes from the shared `evaluatePolicy` and no rule is restated here. The licensee side is the
 * firm's, not the row's: it comes from the optional firm profile of the matching panel.
 */
import type { EligibilityProfile, Tri } from '../eligibility-profile';
import type { PortfolioItem } from './rows';

/** What the matching panel may say about the firm (licensee). */
export type FirmProfile = Pick<EligibilityProfile, 'licenseeSize' | 'techSme' | 'incubator' | 'researcherFounded'>;

function grantedOf(item: PortfolioItem): Tri | undefined {
  switch (item.status) {
    case 'granted': return 'yes';
    case 'pending': case 'lapsed': return 'no';
    case 'unknown': return 'unknown';
    default: return undefined;
  }
}

function assessedOf(item: PortfolioItem): Tri | undefined {
  return item.status === 'assessed' ? 'yes' : item.status === 'not-assessed' ? 'no' : item.status === 'unknown' ? 'unknown' : undefined;
}

/** The profile the shared check evaluates for this row (and firm, when given). */
export function itemProfile(item: PortfolioItem, firm: FirmProfile = {}): EligibilityProfile {
  const p: EligibilityProfile = { ...firm };
  if (item.unitType) p.licensorType = item.unitType;
  if (item.unitLevel) p.licensorLevel = item.unitLevel;
  if (item.place) {
    p.province = item.place.province;
    if (item.place.city !== undefined) p.city = item.place.city;
  }
  if (item.type) p.resultType = item.type;
  if (item.type === 'technical-secret') {
    const a = assessedOf(item);
    if (a) p.assessed = a;
  } else {
    const g = grantedOf(item);
    if (g) p.granted = g;
  }
  if (item.trl !== undefined) p.trl = item.trl;
  if (item.publicFunding) p.publicFunding = item.publicFunding;
  // 是否涉密 answers half of the check's sensitivity question: 是 settles it (涉密), 不确定 leaves it
  // open; 否 does not say whether the result touches national security or major public interests
  // (湖南 三（二）, 广东 八), so the check keeps asking rather than guessing "neither".
  if (item.classified === 'yes') p.sensitivity = 'classified';
  else if (item.classified === 'unknown') p.sensitivity = 'unknown';
  return p;
}

/** A stable key of the profile, for memoising verdicts across rows that share it. */
export function profileKey(p: EligibilityProfile): string {
  return JSON.stringify(Object.entries(p).sort(([a], [b]) => a.localeCompare(b)));
}
