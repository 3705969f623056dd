// The eligibility check against the live provisions and policy texts: the vocabulary it relies on
// is the one the data uses, and a few hand-checked verdicts hold on the real data.
import { describe, expect, it } from 'vitest';
import { loadProvisions } from '../../../src/data/dataset';
import { loadPolicyBodies } from '../../../src/data/policy-bodies';
import { evaluateEligibility, type EligibilityPolicy } from '../../../src/lib/eligibility';
import { LICENSOR_LEVELS, LICENSOR_TYPES, RESULT_TYPES, type EligibilityProfile } from '../../../src/lib/eligibility-profile';
import { licenseeKeys, levelKeys } from '../../../src/schemas/provision-keys';

const provisions = loadProvisions();
// The local texts: national law is the layer beneath them, not a policy one applies for.
const policies: EligibilityPolicy[] = [...loadPolicyBodies().values()]
  .filter((b) => b.frontmatter.legalForce !== 'law')
  .map((b) => ({ id: b.id, data: b.frontmatter }));
const ON = '2026-06-01';
const verdicts = (p: EligibilityProfile) =>
  Object.fromEntries(evaluateEligibility(p, policies, provisions, ON).map((r) => [r.policyId, r.verdict]));

describe('eligibility on the live dataset', () => {
  it('every key the scope lists use is one the form can answer', () => {
    const answerable = new Set<string>([...LICENSOR_TYPES, ...LICENSOR_LEVELS, ...levelKeys, ...licenseeKeys, ...RESULT_TYPES]);
    const used = provisions
      .filter((p) => ['licensors', 'licensees', 'result-types'].includes(p.dimension) && p.value.type === 'list')
      .flatMap((p) => (p.value.type === 'list' ? (p.value.keys ?? []) : []));
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((k) => !answerable.has(k))).toEqual([]);
  });

  it('a Kunming city-level university licensing a granted patent to a tech SME', () => {
    expect(
      verdicts({
        licensorType: 'university', licensorLevel: 'city-level', province: '530000', city: '530100',
        licenseeSize: 'sme', techSme: true, resultType: 'patent', granted: 'yes',
      }),
    ).toEqual({
      'guangdong-2026-measures-summary': 'does-not-apply',
      'hunan-2025-plan': 'does-not-apply',
      'kunming-2025-guideline': 'applies',
      'kunming-2025-measures-draft': 'does-not-apply',
      'yunnan-2024-15-measures': 'applies',
    });
  });

  it('a provincial state enterprise in Kunming is outside both Yunnan documents in force', () => {
    const v = verdicts({
      licensorType: 'state-enterprise', licensorLevel: 'provincial', province: '530000', city: '530100',
      licenseeSize: 'sme', techSme: true, resultType: 'patent', granted: 'yes',
    });
    expect(v['kunming-2025-guideline']).toBe('does-not-apply');
    expect(v['yunnan-2024-15-measures']).toBe('does-not-apply');
  });

  it('Hunan: an assessed technical secret applies, an unassessed one does not', () => {
    const base: EligibilityProfile = {
      licensorType: 'research-institute', licensorLevel: 'provincial', province: '430000', city: 'other',
      licenseeSize: 'sme', resultType: 'technical-secret',
    };
    expect(verdicts({ ...base, assessed: 'yes' })['hunan-2025-plan']).toBe('applies');
    expect(verdicts({ ...base, assessed: 'no' })['hunan-2025-plan']).toBe('does-not-apply');
  });

  it('Guangdong: the 3-year duty after acceptance is found and triggered at 3 years', () => {
    const r = evaluateEligibility(
      { licensorType: 'university', province: '440000', licenseeSize: 'sme', resultType: 'patent', publicFunding: 'yes', yearsSinceAcceptance: 3 },
      policies, provisions, ON,
    ).find((x) => x.policyId === 'guangdong-2026-measures-summary')!;
    expect(r.verdict).toBe('applies');
    expect(r.obligations.map((o) => [o.provisionId, o.state])).toEqual([['guangdong-2026-measures-summary-sec-8-unconverted-3-years', 'triggered']]);
  });
});
