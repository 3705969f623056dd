import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Money, yuan } from '../../../../src/lib/money';
import {
  checkThreshold,
  computeSubsidies,
  isThreshold,
  jurisdictionChain,
  provisionsForLocation,
  totalsByJurisdiction,
  type ClaimInput,
  type SubsidyProvision,
} from '../../../../src/lib/calculators/subsidy';
import { loadProvisions } from '../../../../src/data/dataset';
import { loadPolicyBodies } from '../../../../src/data/policy-bodies';

// The real dataset (content/provisions), as the calculator reads it.
const provisions = loadProvisions();
const SUBSIDIES = provisions.filter((p): p is typeof p & SubsidyProvision => p.value.type === 'subsidy');
const policies = [...loadPolicyBodies().values()];
const JURISDICTIONS = [...new Map(policies.map((b) => [b.frontmatter.jurisdiction.code, b.frontmatter.jurisdiction])).values()];
const POLICY_JURISDICTION = Object.fromEntries(policies.map((b) => [b.id, b.frontmatter.jurisdiction.code]));
const Y = (slug: string) => `yunnan-2024-15-measures-${slug}`;
const E7 = Y('art-7-enterprise-purchase');
const I7 = Y('art-7-local-conversion');
const A9 = Y('art-9-matchmaking');
const V13 = Y('art-13-investment-risk');
const P13 = Y('art-13-premium');
const N9 = Y('art-9-national-agency');
const F7 = Y('art-7-researcher-startup');
const D7 = Y('art-7-disruptive-team');
const claim = (provisionId: string, base: string, more: Partial<ClaimInput> = {}): ClaimInput => ({
  provisionId, year: 2026, base: yuan(base), ...more,
});
const amounts = (cs: ClaimInput[]) => computeSubsidies(cs, SUBSIDIES).claims.map((c) => c.amount?.toString());

describe('Yunnan 七 enterprise: 20%, 单个项目 ≤ 100万, 每家企业每年 ≤ 300万', () => {
  it('below the per-project cap', () => {
    // 200万 × 20% = 40万, under both caps
    const r = computeSubsidies([claim(E7, '2000000')], SUBSIDIES);
    expect(r.claims[0]!.amount?.toString()).toBe('400000');
    expect(r.claims[0]!.caps.map((c) => c.bit)).toEqual([false, false]);
    expect(r.claims[0]!.upperBound).toBe(false); // 按20% exactly, no cap bit
    expect(r.total.toString()).toBe('400000');
  });
  it('exactly at the per-project cap', () => {
    // 500万 × 20% = 100万 = cap; 不超过 admits 100万 itself, the cap does not reduce it
    const r = computeSubsidies([claim(E7, '5000000')], SUBSIDIES);
    expect(r.claims[0]!.amount?.toString()).toBe('1000000');
    expect(r.claims[0]!.caps[0]!.bit).toBe(false);
  });
  it('above the per-project cap', () => {
    // 500.01万 × 20% = 100.002万 → capped at 100万
    const r = computeSubsidies([claim(E7, '5000100')], SUBSIDIES);
    expect(r.claims[0]!.raw?.toString()).toBe('1000020');
    expect(r.claims[0]!.amount?.toString()).toBe('1000000');
    expect(r.claims[0]!.caps[0]).toMatchObject({ scope: 'per-project', bit: true });
    expect(r.claims[0]!.upperBound).toBe(true);
    expect(r.claims[0]!.steps.map((s) => s.key)).toEqual(['rate', 'cap.per-project']);
  });
  it('four claims in one year hit the annual cap together', () => {
    // each 600万 × 20% = 120万 → 100万 (per project); running: 100, 200, 300 → 4th gets 0
    expect(amounts([1, 2, 3, 4].map(() => claim(E7, '6000000')))).toEqual(['1000000', '1000000', '1000000', '0']);
  });
  it('the annual cap cuts a claim part-way, and the next year starts afresh', () => {
    // 100万 + 100万 + 80万 = 280万; 4th: 40万 → only 20万 room left; 2027 claim: full 40万
    const r = computeSubsidies(
      [claim(E7, '5000000'), claim(E7, '5000000'), claim(E7, '4000000'),
        claim(E7, '2000000'), claim(E7, '2000000', { year: 2027 })],
      SUBSIDIES,
    );
    expect(r.claims.map((c) => c.amount?.toString())).toEqual(['1000000', '1000000', '800000', '200000', '400000']);
    expect(r.claims[3]!.caps[1]).toMatchObject({ scope: 'per-claimant-year', bit: true });
    expect(r.claims[3]!.caps[1]!.usedBefore.toString()).toBe('2800000');
    expect(r.claims[3]!.steps.map((s) => s.key)).toEqual(['rate', 'cap-shared.per-claimant-year']);
    expect(r.total.toString()).toBe('3400000');
  });
  it('annual caps are per claimant', () => {
    // A: 3 × 100万 = 300万 (at cap); B: its own 100万
    const cs = [1, 2, 3].map(() => claim(E7, '5000000', { claimant: 'A' }));
    expect(amounts([...cs, claim(E7, '5000000', { claimant: 'B' })])).toEqual(['1000000', '1000000', '1000000', '1000000']);
  });
  it('claims already received count first, wherever they are listed', () => {
    // new 100万 listed first; prior 250万 received → room 50万
    const r = computeSubsidies(
      [claim(E7, '5000000'), { provisionId: E7, year: 2026, awarded: yuan('2500000') }],
      SUBSIDIES,
    );
    expect(r.claims.map((c) => [c.kind, c.amount?.toString()])).toEqual([['rate', '500000'], ['prior', '2500000']]);
    expect(r.total.toString()).toBe('500000'); // prior claims are not part of the new total
  });
  it('the enterprise cap group does not spill into the institution group', () => {
    // enterprise at 300万; institution: 300万 × 20% = 60万 → 50万 per project
    const r = amounts([...[1, 2, 3].map(() => claim(E7, '5000000')), claim(I7, '3000000')]);
    expect(r[3]).toBe('500000');
  });
});

describe('Yunnan 九 service agency: 3%, ≤ 100万 a year', () => {
  it('below, at and above the annual cap', () => {
    // 1000万 × 3% = 30万
    expect(amounts([claim(A9, '10000000')])).toEqual(['300000']);
    // 3333.3333万 ... use 2 × 1666.6667万 × 3% = 50.000001万 each → 50.0001万 + 49.9999万
    expect(amounts([claim(A9, '16666667'), claim(A9, '16666667')])).toEqual(['500000.01', '499999.99']);
    // 4000万 × 3% = 120万 → 100万
    expect(amounts([claim(A9, '40000000')])).toEqual(['1000000']);
  });
});

describe('Yunnan 十三 venture: 10%以内, 单笔 ≤ 100万, 同一企业累计 ≤ 200万', () => {
  it('is an upper bound (以内) even below the caps', () => {
    // 500万 × 10% = 50万, 最高可获
    const r = computeSubsidies([claim(V13, '5000000', { target: '甲公司' })], SUBSIDIES);
    expect(r.claims[0]!.amount?.toString()).toBe('500000');
    expect(r.claims[0]!.upperBound).toBe(true);
    expect(r.totalUpperBound).toBe(true);
  });
  it('cumulative per target across years; another target has its own cap', () => {
    // 甲: 2000万 × 10% = 200万 → 100万 (单笔); again in 2027 → 100万 (累计 200万); third → 0; 乙: 100万
    const cs = [
      claim(V13, '20000000', { target: '甲公司' }),
      claim(V13, '20000000', { target: '甲公司', year: 2027 }),
      claim(V13, '5000000', { target: '甲公司', year: 2028 }),
      claim(V13, '20000000', { target: '乙公司' }),
    ];
    expect(amounts(cs)).toEqual(['1000000', '1000000', '0', '1000000']);
  });
});

describe('Yunnan 十三 premium: 50%以内, ≤ 20万 a year', () => {
  it('below, at, above', () => {
    // 30万 × 50% = 15万; 40万 × 50% = 20万 (at cap); 40.0002万 × 50% = 20.0001万 → 20万
    expect(amounts([claim(P13, '300000')])).toEqual(['150000']);
    expect(amounts([claim(P13, '400000')])).toEqual(['200000']);
    expect(amounts([claim(P13, '400002')])).toEqual(['200000']);
    // two policies in one year: 15万 + (15万 → 5万 room)
    expect(amounts([claim(P13, '300000'), claim(P13, '300000')])).toEqual(['150000', '50000']);
  });
});

describe('fixed awards, 一事一议, missing input', () => {
  it('a fixed figure counts with its bound; 一事一议 and missing bases are kinds, never summed', () => {
    const r = computeSubsidies(
      [
        { provisionId: N9, year: 2026 },
        { provisionId: F7, year: 2026 },
        { provisionId: D7, year: 2026 },
        { provisionId: E7, year: 2026 },
        { provisionId: 'no-such', year: 2026, base: yuan('1') },
      ],
      SUBSIDIES,
    );
    expect(r.claims.map((c) => c.kind)).toEqual(['fixed', 'fixed', 'case-by-case', 'missing-base', 'unknown-provision']);
    expect(r.claims[0]!.upperBound).toBe(false); // 给予50万元 (exactly)
    expect(r.claims[1]!.upperBound).toBe(true); // 不超过50万元: an upper limit, not a fixed award
    expect(r.claims.map((c) => c.amount?.toString())).toEqual(['500000', '500000', undefined, undefined, undefined]);
    // 50万 + 最高50万 = 最高100万
    expect(r.total.toString()).toBe('1000000');
    expect(r.totalUpperBound).toBe(true);
  });
});

describe('thresholds (民法典第1259条: 以上 includes the number)', () => {
  const gd = provisions.find((p) => p.id === 'guangdong-2026-measures-summary-sec-5-threshold-pay-later')!;
  it('50万元以上: 499,999.99 fails, 500,000 and above meet it', () => {
    expect(isThreshold(gd)).toBe(true);
    if (!isThreshold(gd)) return;
    expect(checkThreshold(yuan('499999.99'), gd).met).toBe(false);
    expect(checkThreshold(yuan('500000'), gd).met).toBe(true);
    expect(checkThreshold(yuan('500000.01'), gd).met).toBe(true);
  });
});

describe('overlapping jurisdictions', () => {
  it('Kunming claimants are under Kunming and Yunnan rules, nearest first', () => {
    expect(jurisdictionChain('530100', JURISDICTIONS).map((j) => j.code)).toEqual(['530100', '530000']);
    expect(jurisdictionChain('530000', JURISDICTIONS).map((j) => j.code)).toEqual(['530000']);
    expect(jurisdictionChain('999999', JURISDICTIONS)).toEqual([]);
    const groups = provisionsForLocation('530100', JURISDICTIONS, POLICY_JURISDICTION, SUBSIDIES);
    expect(groups.map((g) => [g.jurisdiction.code, g.provisions.map((p) => p.id)])).toEqual([
      ['530100', ['kunming-2025-measures-draft-m-9-agency-award']],
      ['530000', SUBSIDIES.filter((p) => p.policy === 'yunnan-2024-15-measures').map((p) => p.id)],
    ]);
  });
  it('totals are kept per jurisdiction', () => {
    const r = computeSubsidies([claim(E7, '1000000')], SUBSIDIES);
    expect([...totalsByJurisdiction(r, POLICY_JURISDICTION)].map(([k, v]) => [k, v.toString()])).toEqual([['530000', '200000']]);
  });
});

describe('properties', () => {
  const base = fc.bigInt({ min: 1n, max: 10n ** 12n }).map((n) => new Money(n.toString()).dividedBy(100));
  const rateIds = SUBSIDIES.filter((p) => p.value.rate).map((p) => p.id);
  const claimArb = fc.record({
    provisionId: fc.constantFrom(...rateIds),
    year: fc.integer({ min: 2025, max: 2027 }),
    base,
    target: fc.constantFrom('甲', '乙'),
    claimant: fc.constantFrom('A', 'B'),
  });

  it('no claim exceeds any of its caps, and shared caps hold across claims', () => {
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 12 }), (cs) => {
        const r = computeSubsidies(cs, SUBSIDIES);
        for (const c of r.claims) {
          expect(c.amount!.lessThanOrEqualTo(c.raw!)).toBe(true);
          expect(c.amount!.isNegative()).toBe(false);
          for (const cap of c.provision!.value.caps) expect(c.amount!.lessThanOrEqualTo(cap.yuan)).toBe(true);
        }
        for (const u of r.shared) expect(u.used.lessThanOrEqualTo(u.cap)).toBe(true);
      }),
    );
  });

  it('monotone in the base up to the cap, then flat', () => {
    fc.assert(
      fc.property(fc.constantFrom(...rateIds), base, base, (id, a, b) => {
        const [lo, hi] = a.lessThanOrEqualTo(b) ? [a, b] : [b, a];
        const x = computeSubsidies([claim(id, lo.toString())], SUBSIDIES).claims[0]!.amount!;
        const y = computeSubsidies([claim(id, hi.toString())], SUBSIDIES).claims[0]!.amount!;
        expect(x.lessThanOrEqualTo(y)).toBe(true);
      }),
    );
  });
});
