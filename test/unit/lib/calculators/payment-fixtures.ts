/** Rule sets built from the fixture snapshot of the payment provisions. */
import { readFileSync } from 'node:fs';
import { paymentRuleSets } from '../../../../src/data/payment-rules';
import type { DatasetProvision } from '../../../../src/data/dataset';
import type { PaymentRuleSet } from '../../../../src/lib/calculators/payment-plan';

const raw = JSON.parse(readFileSync(new URL('../../../fixtures/payment-provisions.json', import.meta.url), 'utf8')) as {
  provisions: DatasetProvision[];
};
export const fixtureProvisions = raw.provisions;
export const ruleData = paymentRuleSets(fixtureProvisions);

export function rule(id: string): PaymentRuleSet {
  const r = ruleData.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}
export const KUNMING = 'kunming-2025-guideline-art-1-payment-timing';
export const HUNAN_DEFAULT = 'hunan-2025-plan-annex-art-4-default-timing';
export const HUNAN_DEFERRED = 'hunan-2025-plan-part-2-deferred-timing';
export const YUNNAN = 'yunnan-2024-15-measures-art-3-payment-timing';
