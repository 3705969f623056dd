import { describe, expect, it } from 'vitest';
import { HUNAN_DEFAULT, KUNMING, ruleData, rule } from '../lib/calculators/payment-fixtures';

describe('paymentRuleSets', () => {
  it('one rule set per payment-timing provision (text-only entries excluded)', () => {
    expect(ruleData.rules.map((r) => r.id)).not.toContain('kunming-2025-guideline-art-1-no-income-no-payment');
    expect(ruleData.rules.length).toBe(7);
  });
  it('Kunming guideline gets its licence publicity period; the draft’s 赋权 publicity is not a licence rule', () => {
    expect(rule(KUNMING).publicity?.value.period.amount).toBe(15);
    expect(rule('kunming-2025-measures-draft-m-3-payment-timing').publicity).toBeNull();
  });
  it('Hunan model contract: late rate 0.0005/day, a contract default; it is also the fallback', () => {
    expect(rule(HUNAN_DEFAULT).lateRate).toEqual({ provisionId: 'hunan-2025-plan-annex-art-6-1-late-payment', rate: '0.0005', contractDefault: true });
    expect(ruleData.fallbackLateRate?.rate).toBe('0.0005');
    expect(rule(KUNMING).lateRate).toBeNull();
  });
  it('collects the policy’s listed payment-mode keys', () => {
    expect(rule(KUNMING).modeKeys).toEqual(['zero-entry-fee-royalty', 'staged', 'deferred']);
  });
});
