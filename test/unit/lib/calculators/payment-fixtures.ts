/** Rule sets built from the real provisions dataset (content/provisions), as the page builds them. */
import { loadProvisions } from '../../../../src/data/dataset';
import { paymentRuleSets } from '../../../../src/data/payment-rules';
import type { PaymentRuleSet } from '../../../../src/lib/calculators/payment-plan';

export const ruleData = paymentRuleSets(loadProvisions());

export function rule(id: string): PaymentRuleSet {
  const r = ruleData.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}
export const KUNMING = 'kunming-2025-guideline-art-1-payment-timing';
export const HUNAN_DEFAULT = 'hunan-2025-plan-annex-art-4-default-timing';
export const HUNAN_DEFERRED = 'hunan-2025-plan-part-2-deferred-timing';
export const YUNNAN = 'yunnan-2024-15-measures-art-3-payment-timing';
