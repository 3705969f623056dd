/**
 * The rule sets the payment planner offers, read from the provisions dataset: one per
 * `payment-timing` provision, with the same policy's licence publicity period, late-payment rate
 * and listed payment modes. Pure over the provisions so unit tests can feed fixtures.
 */
import type { PaymentRuleSet } from '../lib/calculators/payment-plan';
import type { PaymentTimingValue } from '../lib/calculators/payment-timing';
import type { PeriodValue } from '../lib/calculators/publicity';
import type { DatasetProvision } from './dataset';

export interface PaymentRuleData {
  rules: PaymentRuleSet[];
  /** The model contract's default daily rate, suggested where the chosen policy has none. */
  fallbackLateRate: { provisionId: string; rate: string } | null;
  /** Every provision the planner cites, by id. */
  used: DatasetProvision[];
}

/**
 * A publicity provision applies to licences only when the quoted words are about a licence (许可).
 * The Kunming draft's 15-day publicity, for instance, is for 赋权 approvals, not licences, and must
 * not yield an "earliest signing date". Judged on the quote (the policy's own words), not on our
 * summary, which may mention 许可 to say the opposite. (A schema field would be sturdier.)
 */
function isLicencePublicity(p: DatasetProvision): boolean {
  return /许可/.test(p.quote);
}

export function paymentRuleSets(provisions: readonly DatasetProvision[]): PaymentRuleData {
  const used = new Map<string, DatasetProvision>();
  const rules: PaymentRuleSet[] = [];
  for (const p of provisions) {
    if (p.value.type !== 'payment-timing') continue;
    const same = provisions.filter((x) => x.policy === p.policy);
    const pub = same.find((x) => x.dimension === 'publicity-period' && x.value.type === 'period' && isLicencePublicity(x));
    const late = same.find((x) => x.dimension === 'late-payment' && x.value.type === 'rate' && x.value.per === 'day');
    const modes = same.filter((x) => x.dimension === 'payment-modes' && x.value.type === 'list');
    used.set(p.id, p);
    if (pub) used.set(pub.id, pub);
    if (late) used.set(late.id, late);
    for (const m of modes) used.set(m.id, m);
    rules.push({
      id: p.id,
      policyId: p.policy,
      timing: { provisionId: p.id, value: p.value as PaymentTimingValue },
      publicity: pub ? { provisionId: pub.id, value: pub.value as PeriodValue } : null,
      lateRate:
        late && late.value.type === 'rate'
          ? { provisionId: late.id, rate: late.value.rate, contractDefault: late.value.contractDefault }
          : null,
      modeKeys: modes.flatMap((m) => (m.value.type === 'list' ? (m.value.keys ?? []) : [])),
    });
  }
  const anyLate = provisions.find((x) => x.dimension === 'late-payment' && x.value.type === 'rate' && x.value.per === 'day');
  if (anyLate) used.set(anyLate.id, anyLate);
  return {
    rules,
    fallbackLateRate: anyLate && anyLate.value.type === 'rate' ? { provisionId: anyLate.id, rate: anyLate.value.rate } : null,
    used: [...used.values()],
  };
}
