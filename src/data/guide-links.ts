/**
 * Links the guide and the eligibility check share: calculators (by key) and guide pages.
 */
import type { GuideCalculator } from '../schemas/guide';

/** Calculator pages, by the key guide steps use. */
export const CALCULATOR_HREF: Record<GuideCalculator, string> = {
  payment: '/calculators/payment/',
  reward: '/calculators/reward/',
  subsidy: '/calculators/subsidy/',
  contract: '/calculators/contract/',
};

/** The guide page of a jurisdiction, optionally at one document's section or step. */
export function guideHref(jurisdictionCode: string, policyId?: string, stepId?: string): string {
  const frag = policyId ? `#${stepId ? `${policyId}-${stepId}` : policyId}` : '';
  return `/guide/${jurisdictionCode}/${frag}`;
}
