import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateEligibility, evaluatePolicy, orderForDisplay, verdictOf, type DocumentResult, type Verdict } from '../../../src/lib/eligibility';
import {
  LICENSEE_SIZES,
  LICENSOR_LEVELS,
  LICENSOR_TYPES,
  RESULT_TYPES,
  TRI,
  type EligibilityProfile,
} from '../../../src/lib/eligibility-profile';
import { fixturePolicies, fixtureProvisions } from '../../fixtures/eligibility';

const ON = '2026-06-01';
const run = (p: EligibilityProfile, on = ON) => evaluateEligibility(p, fixturePolicies, fixtureProvisions, on);
const doc = (rs: DocumentResult[], id: string) => {
  const r = rs.find((x) => x.policyId === id);
  if (!r) throw new Error(id);
  return r;
};
const codes = (r: DocumentResult) => r.reasons.map((x) => x.code);

const KM = 'kunming-2025-guideline';
const KMD = 'kunming-2025-measures-draft';
const YN = 'yunnan-2024-15-measures';
const HN = 'hunan-2025-plan';
const GD = 'guangdong-2026-measures-summary';

/** A Kunming city-level university licensing a granted patent to a tech SME in an incubator. */
const kunmingUniversity: EligibilityProfile = {
  licensorType: 'university',
  licensorLevel: 'city-level',
  province: '530000',
  city: '530100',
  licenseeSize: 'sme',
  techSme: true,
  incubator: true,
  resultType: 'patent',
  granted: 'yes',
  trl: 5,
  publicFunding: 'yes',
  yearsSinceRight: 3,
};

describe('Kunming (city) and Yunnan (province)', () => {
  it('a Kunming city-level university with a tech SME: the guideline and Yunnan apply, the draft and other provinces do not', () => {
    const rs = run(kunmingUniversity);
    expect(rs.map((r) => [r.policyId, r.verdict])).toEqual([
      [GD, 'does-not-apply'],
      [HN, 'does-not-apply'],
      [KM, 'applies'],
      [KMD, 'does-not-apply'],
      [YN, 'applies'],
    ]);
    const km = doc(rs, KM);
    expect(codes(km)).toEqual(expect.arrayContaining(['status-in-force', 'place-ok', 'licensor-ok', 'licensee-ok', 'result-ok', 'grantedOk']));
    // The incubator is a priority (重点支持), cited to art-3-2, not a condition.
    const licensee = km.reasons.find((r) => r.code === 'licensee-ok')!;
    expect(licensee.provisionId).toBe('kunming-2025-guideline-art-3-2-licensees');
    expect(licensee.text).toContain('重点支持');
    expect(km.paymentModes[0]!.items).toEqual(['零门槛费+收入提成', '阶段性支付许可费', '延期支付许可费']);
    expect(codes(doc(rs, KMD))).toContain('status-draft');
    expect(doc(rs, KMD).reasons.find((r) => r.code === 'status-draft')!.text).toContain('征求意见稿');
    expect(codes(doc(rs, HN))).toContain('place-outside');
  });

  it('a provincial state enterprise is outside a guideline written for 市级 units, and outside Yunnan 第三条', () => {
    const rs = run({ ...kunmingUniversity, licensorType: 'state-enterprise', licensorLevel: 'provincial' });
    const km = doc(rs, KM);
    expect(km.verdict).toBe('does-not-apply');
    const r = km.reasons.find((x) => x.code === 'licensor-level-outside')!;
    expect(r.provisionId).toBe('kunming-2025-guideline-art-3-1-licensors');
    expect(r.text).toContain('省属单位');
    expect(r.text).toContain('市属（市级）单位');
    const yn = doc(rs, YN);
    expect(yn.verdict).toBe('does-not-apply');
    expect(yn.reasons.find((x) => x.code === 'licensor-type-outside')!.provisionId).toBe('yunnan-2024-15-measures-art-3-licensors');
  });

  it('an SME that is not a 科技型中小企业: Kunming 第一条 and 第三条 disagree → unclear, both cited; Yunnan applies', () => {
    const rs = run({ ...kunmingUniversity, techSme: false, incubator: false });
    const km = doc(rs, KM);
    expect(km.verdict).toBe('unclear');
    const conflict = km.reasons.filter((r) => r.code.endsWith('-conflict'));
    expect(conflict.map((r) => r.provisionId).sort()).toEqual([
      'kunming-2025-guideline-art-1-licensees-sme',
      'kunming-2025-guideline-art-3-2-licensees',
    ]);
    expect(conflict.every((r) => r.effect === 'unknown' && r.text.includes('不一致'))).toBe(true);
    expect(doc(rs, YN).verdict).toBe('applies');
  });

  it('a large enterprise founded by researchers is not rescued by the 尤其是 emphasis', () => {
    const rs = run({ ...kunmingUniversity, licenseeSize: 'large', techSme: false, incubator: false, researcherFounded: true });
    expect(doc(rs, KM).verdict).toBe('does-not-apply');
    expect(codes(doc(rs, KM))).toContain('licensee-outside');
  });

  it('rights not granted → does not apply; granted unknown → unclear; TRL missing is fine', () => {
    const { yearsSinceRight: _drop, ...rest } = kunmingUniversity;
    expect(doc(run({ ...rest, granted: 'no' }), KM).verdict).toBe('does-not-apply');
    expect(codes(doc(run({ ...rest, granted: 'no' }), KM))).toContain('grantedNo');
    const unknown = doc(run({ ...kunmingUniversity, granted: 'unknown', trl: undefined }), KM);
    expect(unknown.verdict).toBe('unclear');
    expect(unknown.reasons.find((r) => r.code === 'grantedMissing')!.provisionId).toBe('kunming-2025-guideline-art-2-result-types');
  });

  it('a result type the guideline does not list does not apply; a declassified defence patent is unclear there', () => {
    expect(codes(doc(run({ ...kunmingUniversity, resultType: 'biomedical-variety' }), KM))).toContain('result-outside');
    const d = doc(run({ ...kunmingUniversity, resultType: 'defence-patent-declassified' }), KM);
    expect(d.verdict).toBe('unclear');
    expect(codes(d)).toContain('result-defence-unclear');
  });

  it('a city of Yunnan other than Kunming: Yunnan applies, Kunming does not; city unknown → Kunming unclear', () => {
    const other = run({ ...kunmingUniversity, city: 'other' });
    expect(doc(other, KM).verdict).toBe('does-not-apply');
    expect(doc(other, YN).verdict).toBe('applies');
    const { city: _c, ...noCity } = kunmingUniversity;
    expect(doc(run(noCity), KM).verdict).toBe('unclear');
    expect(codes(doc(run(noCity), KM))).toContain('place-city-missing');
  });

  it('the guideline has expired after 2028-11-14 (its own last day still counts)', () => {
    expect(doc(run(kunmingUniversity, '2028-11-14'), KM).verdict).toBe('applies');
    const after = doc(run(kunmingUniversity, '2028-11-15'), KM);
    expect(after.verdict).toBe('does-not-apply');
    expect(after.status).toBe('expired');
    expect(after.reasons[0]!.provisionId).toBe('kunming-2025-guideline-art-9-validity');
  });

  it('Yunnan 第四条: 取得知识产权满2年 → the duty is triggered at 2 full years, not at 1', () => {
    const two = doc(run({ ...kunmingUniversity, yearsSinceRight: 2 }), YN).obligations[0]!;
    expect(two.state).toBe('triggered');
    expect(two.provisionId).toBe('yunnan-2024-15-measures-art-4-unconverted');
    expect(doc(run({ ...kunmingUniversity, yearsSinceRight: 1 }), YN).obligations[0]!.state).toBe('not-yet');
    expect(doc(run({ ...kunmingUniversity, publicFunding: 'no', yearsSinceRight: 9 }), YN).obligations[0]!.state).toBe('not-applicable');
    expect(doc(run({ ...kunmingUniversity, yearsSinceRight: undefined }), YN).obligations[0]!.state).toBe('unknown');
  });

  it('no duty is reported for a document that is not in force (the draft) or not for this place', () => {
    const rs = run(kunmingUniversity);
    expect(doc(rs, KMD).obligations).toEqual([]);
    expect(doc(rs, HN).obligations).toEqual([]);
  });
});

/** A provincial hospital in Changsha licensing an assessed technical secret to an SME. */
const hunanHospital: EligibilityProfile = {
  licensorType: 'medical-institution',
  licensorLevel: 'provincial',
  province: '430000',
  city: 'other',
  licenseeSize: 'sme',
  resultType: 'technical-secret',
  assessed: 'yes',
  trl: 4,
  publicFunding: 'yes',
  yearsSinceAcceptance: 4,
};

describe('Hunan', () => {
  it('a provincial hospital with an assessed technical secret: applies; TRL 4 meets the 成果库 threshold', () => {
    const hn = doc(run(hunanHospital), HN);
    expect(hn.verdict).toBe('applies');
    expect(codes(hn)).toEqual(expect.arrayContaining(['licensor-ok', 'licensee-ok', 'result-ok', 'assessedOk', 'trl-ok']));
    expect(hn.paymentModes[0]!.items).toEqual(['里程碑节点支付模式', '延期启动支付模式']);
  });

  it('TRL 3 is a note, not a disqualification (成果库 重点筛选)', () => {
    const hn = doc(run({ ...hunanHospital, trl: 3 }), HN);
    expect(hn.verdict).toBe('applies');
    const r = hn.reasons.find((x) => x.code === 'trl-below')!;
    expect(r.effect).toBe('note');
    expect(r.provisionId).toBe('hunan-2025-plan-part-3-1-trl');
  });

  it('a technical secret not assessed by a third party does not apply; unknown → unclear', () => {
    expect(doc(run({ ...hunanHospital, assessed: 'no' }), HN).verdict).toBe('does-not-apply');
    expect(codes(doc(run({ ...hunanHospital, assessed: 'no' }), HN))).toContain('assessedNo');
    expect(doc(run({ ...hunanHospital, assessed: 'unknown' }), HN).verdict).toBe('unclear');
  });

  it('a city-level hospital is a 持有单位 (第二部分): the 中央在湘及省属 list of the 成果库 call does not narrow it', () => {
    const hn = doc(run({ ...hunanHospital, licensorLevel: 'city-level' }), HN);
    expect(hn.verdict).toBe('applies');
    expect(hn.reasons.find((r) => r.code === 'licensor-open')!.provisionId).toBe('hunan-2025-plan-part-2-intro-holders');
  });

  it('验收后5年内未转化: at 4 full years not yet, at 5 triggered', () => {
    const four = doc(run(hunanHospital), HN).obligations[0]!;
    expect(four.state).toBe('not-yet');
    expect(four.text).toContain('还有约 1 年');
    expect(doc(run({ ...hunanHospital, yearsSinceAcceptance: 5 }), HN).obligations[0]!.state).toBe('triggered');
  });

  it('expired after 2028-12-31', () => {
    expect(doc(run(hunanHospital, '2028-12-31'), HN).verdict).toBe('applies');
    expect(doc(run(hunanHospital, '2029-01-01'), HN).verdict).toBe('does-not-apply');
  });

  it('a licensee that is not an enterprise does not apply', () => {
    expect(codes(doc(run({ ...hunanHospital, licenseeSize: 'not-enterprise' }), HN))).toContain('licensee-outside');
  });
});

/** A Guangdong university licensing a software copyright to a large enterprise. */
const guangdongUniversity: EligibilityProfile = {
  licensorType: 'university',
  licensorLevel: 'provincial',
  province: '440000',
  licenseeSize: 'large',
  resultType: 'software-copyright',
  granted: 'yes',
  publicFunding: 'yes',
  yearsSinceAcceptance: 3,
};

describe('Guangdong (official summary only)', () => {
  it('a large enterprise is inside 企业，特别是中小微企业; the summary-only caveat is shown', () => {
    const gd = doc(run(guangdongUniversity), GD);
    expect(gd.verdict).toBe('applies');
    expect(codes(gd)).toEqual(expect.arrayContaining(['summary-only', 'licensor-ok', 'licensee-ok', 'result-unstated']));
    expect(gd.obligations[0]).toMatchObject({ state: 'triggered', provisionId: 'guangdong-2026-measures-summary-sec-8-unconverted' });
  });

  it('not yet in force before 2026-02-01', () => {
    const gd = doc(run(guangdongUniversity, '2026-01-31'), GD);
    expect(gd.verdict).toBe('does-not-apply');
    expect(gd.status).toBe('not-yet-in-force');
    expect(gd.obligations).toEqual([]);
  });

  it('a state enterprise is named by neither list; a private enterprise is named by the platform list (第八部分)', () => {
    const soe = doc(run({ ...guangdongUniversity, licensorType: 'state-enterprise' }), GD);
    expect(soe.verdict).toBe('does-not-apply');
    expect(soe.reasons.filter((r) => r.code === 'licensor-type-outside').map((r) => r.provisionId)).toEqual([
      'guangdong-2026-measures-summary-sec-1-licensors',
      'guangdong-2026-measures-summary-sec-8-other-sources',
    ]);
    const firm = doc(run({ ...guangdongUniversity, licensorType: 'enterprise', licensorLevel: 'non-state' }), GD);
    expect(firm.verdict).toBe('applies');
    expect(firm.reasons.find((r) => r.code === 'licensor-ok')!.provisionId).toBe('guangdong-2026-measures-summary-sec-8-other-sources');
  });

  it('an empty profile makes every in-force document unclear, never applies', () => {
    const rs = run({});
    expect(doc(rs, GD).verdict).toBe('unclear');
    expect(doc(rs, KM).verdict).toBe('unclear');
    expect(doc(rs, KMD).verdict).toBe('does-not-apply');
  });
});

describe('verdictOf', () => {
  it('fails beat unknowns beat meets; notes never count', () => {
    const r = (effect: 'meets' | 'fails' | 'unknown' | 'note') => ({ code: 'x', effect, text: 'x' });
    expect(verdictOf([r('meets'), r('note')])).toBe('applies');
    expect(verdictOf([r('meets'), r('unknown')])).toBe('unclear');
    expect(verdictOf([r('unknown'), r('fails')])).toBe('does-not-apply');
  });
});

// ---------------------------------------------------------------- properties
const opt = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const profileArb: fc.Arbitrary<EligibilityProfile> = fc
  .record({
    licensorType: opt(fc.constantFrom(...LICENSOR_TYPES)),
    licensorLevel: opt(fc.constantFrom(...LICENSOR_LEVELS)),
    province: opt(fc.constantFrom('430000', '440000', '530000', 'other')),
    city: opt(fc.constantFrom('530100', 'other')),
    licenseeSize: opt(fc.constantFrom(...LICENSEE_SIZES)),
    techSme: opt(fc.boolean()),
    incubator: opt(fc.boolean()),
    researcherFounded: opt(fc.boolean()),
    resultType: opt(fc.constantFrom(...RESULT_TYPES)),
    granted: opt(fc.constantFrom(...TRI)),
    assessed: opt(fc.constantFrom(...TRI)),
    trl: opt(fc.integer({ min: 1, max: 9 })),
    publicFunding: opt(fc.constantFrom(...TRI)),
    yearsSinceAcceptance: opt(fc.integer({ min: 0, max: 20 })),
    yearsSinceRight: opt(fc.integer({ min: 0, max: 20 })),
  })
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as EligibilityProfile);
const dateArb = fc.constantFrom('2025-06-01', '2026-01-15', '2026-06-01', '2028-12-01', '2030-01-01');
const RANK: Record<Verdict, number> = { 'does-not-apply': 0, unclear: 1, applies: 2 };

/** Changes that can only take conditions away: a place no policy covers, rights lost, no enterprise … */
const disqualify: ((p: EligibilityProfile) => EligibilityProfile)[] = [
  (p) => ({ ...p, province: 'other' }),
  (p) => ({ ...p, granted: 'no' }),
  (p) => ({ ...p, assessed: 'no' }),
  (p) => ({ ...p, licenseeSize: 'not-enterprise', techSme: false, incubator: false, researcherFounded: false }),
  (p) => ({ ...p, techSme: false, incubator: false }),
  (p) => ({ ...p, licensorLevel: 'non-state' }),
];

describe('properties', () => {
  it('adding a disqualifying fact never improves a verdict (so "does not apply" never becomes "applies")', () => {
    fc.assert(
      fc.property(profileArb, dateArb, fc.integer({ min: 0, max: disqualify.length - 1 }), (p, on, i) => {
        const before = run(p, on);
        const after = run(disqualify[i]!(p), on);
        for (const b of before) {
          const a = after.find((x) => x.policyId === b.policyId)!;
          expect(RANK[a.verdict]).toBeLessThanOrEqual(RANK[b.verdict]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('answering an unanswered question never rescues a document that does not apply', () => {
    fc.assert(
      fc.property(profileArb, profileArb, dateArb, fc.constantFrom(...(Object.keys({
        licensorType: 1, licensorLevel: 1, province: 1, city: 1, licenseeSize: 1, resultType: 1, granted: 1, assessed: 1,
        trl: 1, publicFunding: 1, yearsSinceAcceptance: 1, yearsSinceRight: 1,
      }) as (keyof EligibilityProfile)[])), (p, donor, on, field) => {
        if (p[field] !== undefined || donor[field] === undefined) return;
        const filled = { ...p, [field]: donor[field] };
        for (const b of run(p, on)) {
          if (b.verdict !== 'does-not-apply') continue;
          expect(evaluatePolicy(filled, fixturePolicies.find((x) => x.id === b.policyId)!, fixtureProvisions, on).verdict).toBe('does-not-apply');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('every "does not apply" carries a failing reason and every "unclear" an open one, each with text', () => {
    fc.assert(
      fc.property(profileArb, dateArb, (p, on) => {
        for (const r of run(p, on)) {
          expect(r.reasons.every((x) => x.text.length > 0)).toBe(true);
          if (r.verdict === 'does-not-apply') expect(r.reasons.some((x) => x.effect === 'fails')).toBe(true);
          if (r.verdict === 'unclear') expect(r.reasons.some((x) => x.effect === 'unknown')).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('orderForDisplay', () => {
  it('puts applying documents first and deciding reasons first, keeping the rest stable', () => {
    const rs = orderForDisplay(run(kunmingUniversity));
    expect(rs.map((r) => r.verdict)).toEqual(['applies', 'applies', 'does-not-apply', 'does-not-apply', 'does-not-apply']);
    expect(rs.map((r) => r.policyId).slice(0, 2)).toEqual([KM, YN]);
    const hn = rs.find((r) => r.policyId === HN)!;
    expect(hn.reasons[0]!.effect).toBe('fails');
    expect(hn.reasons.at(-1)!.effect).toBe('note');
  });
});
