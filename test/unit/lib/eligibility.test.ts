// The eligibility check on the real dataset (the five texts and their provisions). Each legal
// reviewer profile (issue #20 §1) is a case named for it, with the words of the text it rests on.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateEligibility, evaluatePolicy, orderForDisplay, verdictOf, type DocumentResult, type Verdict } from '../../../src/lib/eligibility';
import {
  FUNDING_LEVELS,
  LICENSEE_SIZES,
  LICENSOR_LEVELS,
  LICENSOR_TYPES,
  RESULT_CLASSES,
  RESULT_TYPES,
  ROLES,
  SENSITIVITIES,
  TRI,
  validateProfile,
  type EligibilityProfile,
  type ProfileField,
} from '../../../src/lib/eligibility-profile';
import { formatMessage } from '../../../src/i18n/format';
import { licenseeKeys, levelKeys } from '../../../src/schemas/provision-keys';
import { places, policies, provisions } from './eligibility-data';

const ON = '2026-06-01';
const run = (p: EligibilityProfile, on = ON) => evaluateEligibility(p, policies, provisions, on);
const doc = (rs: DocumentResult[], id: string) => {
  const r = rs.find((x) => x.policyId === id);
  if (!r) throw new Error(id);
  return r;
};
const codes = (r: DocumentResult) => r.reasons.map((x) => x.code);
const reason = (r: DocumentResult, code: string) => {
  const x = r.reasons.find((y) => y.code === code);
  if (!x) throw new Error(`${r.policyId}: no reason ${code} in ${codes(r).join(', ')}`);
  return x;
};
const text = (r: { message: Parameters<typeof formatMessage>[0] }) => formatMessage(r.message);

const KM = 'kunming-2025-guideline';
const KMD = 'kunming-2025-measures-draft';
const YN = 'yunnan-2024-15-measures';
const HN = 'hunan-2025-plan';
const GD = 'guangdong-2026-measures-summary';

/** A Kunming city-level university licensing a granted patent to a tech SME in an incubator. */
const kunmingUniversity: EligibilityProfile = {
  licensorType: 'university', licensorLevel: 'city-level', province: '530000', city: '530100',
  licenseeSize: 'sme', techSme: true, incubator: true, resultType: 'patent', granted: 'yes', trl: 5,
  resultClass: 'applied', sensitivity: 'none', publicFunding: 'yes', yearsSinceRight: 3,
};

/** A provincial research institute in Hunan licensing to an SME. */
const hunanInstitute: EligibilityProfile = {
  licensorType: 'research-institute', licensorLevel: 'provincial', province: '430000', city: 'other',
  licenseeSize: 'sme', sensitivity: 'none',
};

describe('the legal reviewer\'s profiles (issue #20 §1)', () => {
  it('Hunan 省属院所, a 涉密 patent, publicly funded, 6 years after 验收: no 成果库 duty (三（一）涉密成果除外); the unit may not decide 先用后付 itself (三（二）)', () => {
    const hn = doc(run({ ...hunanInstitute, resultType: 'patent', granted: 'yes', sensitivity: 'classified', publicFunding: 'yes', yearsSinceAcceptance: 6 }), HN);
    expect(hn.verdict).toBe('unclear');
    const r = reason(hn, 'sensitivity-excluded');
    expect(r.provisionId).toBe('hunan-2025-plan-part-3-2-internal-decision');
    expect(text(r)).toContain('不涉及国家秘密、国家安全和重大社会公共利益');
    expect(hn.obligations.map((o) => [o.provisionId, o.state])).toEqual([['hunan-2025-plan-part-3-1-unconverted-5-years', 'not-applicable']]);
    expect(text(hn.obligations[0]!)).toContain('涉密成果除外');
  });

  it('a Kunming 技术秘密: 第二条 ends in 等, so an unlisted type is unclear, not excluded', () => {
    const km = doc(run({ ...kunmingUniversity, resultType: 'technical-secret', granted: undefined }), KM);
    expect(km.verdict).toBe('unclear');
    expect(reason(km, 'result-open').provisionId).toBe('kunming-2025-guideline-art-2-result-types');
    expect(text(reason(km, 'result-open'))).toContain('药品上市许可等');
  });

  it('a Hunan 药品上市许可: 二 ends in “等具有明确实用价值和市场前景的科技成果”, so it is unclear, not excluded', () => {
    const hn = doc(run({ ...hunanInstitute, resultType: 'drug-marketing-authorisation' }), HN);
    expect(hn.verdict).toBe('unclear');
    expect(reason(hn, 'result-open').provisionId).toBe('hunan-2025-plan-part-2-scope-result-types');
  });

  it('a Hunan software copyright answered 否 to 已授权且有效: the condition reads on patents, so it applies', () => {
    const p: EligibilityProfile = { ...hunanInstitute, resultType: 'software-copyright', granted: 'no' };
    expect(validateProfile(p, places)).toEqual({});
    const hn = doc(run(p), HN);
    expect(hn.verdict).toBe('applies');
    expect(codes(hn)).not.toContain('grantedNo');
    expect(reason(hn, 'granted-not-read').effect).toBe('note');
    // A patent answered 否 still fails the same words.
    expect(reason(doc(run({ ...p, resultType: 'patent' }), HN), 'grantedNo').effect).toBe('fails');
  });

  it('a university outside Guangdong: 八 invites 省外高校院所 to the platform', () => {
    const gd = doc(run({ licensorType: 'university', province: 'other', licenseeSize: 'sme', resultType: 'patent', granted: 'yes', sensitivity: 'none' }), GD);
    expect(gd.verdict).toBe('applies');
    expect(reason(gd, 'place-out-of-province').effect).toBe('meets');
    const ok = reason(gd, 'licensor-ok');
    expect(ok.provisionId).toBe('guangdong-2026-measures-summary-sec-8-other-sources');
    expect(text(ok)).toContain('省外高校院所');
    // Its duties bind Guangdong's own units (省级财政科技资金): none are listed for an outsider.
    expect(gd.obligations).toEqual([]);
    // An enterprise outside Guangdong: 八 writes 省外 only before 高校院所 → unclear.
    const firm = doc(run({ licensorType: 'enterprise', province: 'other', licenseeSize: 'sme', resultType: 'patent', granted: 'yes' }), GD);
    expect(firm.verdict).toBe('unclear');
    expect(codes(firm)).toContain('licensor-out-of-province-open');
  });

  it('a Kunming 市属高校 under the Kunming draft: the final 昆政办〔2025〕18号 exists but is not on the site → 待确认，以正式文本为准', () => {
    const kmd = doc(run(kunmingUniversity), KMD);
    expect(kmd.verdict).toBe('unclear');
    const r = reason(kmd, 'status-draft-final-elsewhere');
    expect(r.effect).toBe('unknown');
    expect(text(r)).toContain('以正式文本为准');
    expect(text(r)).toContain('昆政办〔2025〕18号');
    expect(codes(kmd)).toContain('draft-words');
  });

  it('any university in Yunnan: 三 “鼓励和引导部分高等院校、科研院所” — unclear unless the unit is selected', () => {
    const base: EligibilityProfile = { licensorType: 'university', licensorLevel: 'provincial', province: '530000', city: 'other', licenseeSize: 'sme' };
    const yn = doc(run(base), YN);
    expect(yn.verdict).toBe('unclear');
    expect(reason(yn, 'selected-missing').asks).toBe('selected');
    expect(text(reason(yn, 'selected-missing'))).toContain('部分');
    expect(doc(run({ ...base, selected: 'no' }), YN).verdict).toBe('unclear');
    expect(doc(run({ ...base, selected: 'yes' }), YN).verdict).toBe('applies');
  });

  it('a Kunming patent application (not granted): 取得知识产权之日 has not come, so Yunnan 四\'s duty is not triggered', () => {
    const p: EligibilityProfile = { ...kunmingUniversity, granted: 'no', yearsSinceRight: undefined, resultClass: undefined };
    expect(validateProfile(p, places)).toEqual({});
    const yn = doc(run(p), YN);
    expect(yn.obligations.map((o) => [o.provisionId, o.state])).toEqual([['yunnan-2024-15-measures-art-4-unconverted-2-years', 'not-started']]);
    expect(yn.obligations[0]!.asks).toBeUndefined();
    // The guideline needs 授权且有效: an application is outside it.
    expect(reason(doc(run(p), KM), 'grantedNo').provisionId).toBe('kunming-2025-guideline-art-2-result-types');
  });
});

describe('Kunming (city) and Yunnan (province)', () => {
  it('a Kunming city-level university with a tech SME: the guideline applies; Yunnan waits on 部分; Guangdong takes it as 省外高校院所', () => {
    const rs = run(kunmingUniversity);
    expect(Object.fromEntries(rs.map((r) => [r.policyId, r.verdict]))).toEqual({
      [GD]: 'applies', [HN]: 'does-not-apply', [KM]: 'applies', [KMD]: 'unclear', [YN]: 'unclear',
    });
    expect(codes(doc(rs, GD))).toContain('place-out-of-province');
    const km = doc(rs, KM);
    expect(codes(km)).toEqual(expect.arrayContaining(['status-in-force', 'place-ok', 'licensor-ok', 'licensee-ok', 'result-ok', 'grantedOk']));
    const licensee = reason(km, 'licensee-ok');
    expect(licensee.provisionId).toBe('kunming-2025-guideline-art-3-2-licensees');
    expect(text(licensee)).toContain('重点支持');
    expect(km.paymentModes[0]).toMatchObject({ items: ['零门槛费+收入提成', '阶段性支付许可费', '延期支付许可费'], open: true });
    expect(codes(doc(rs, HN))).toContain('place-outside');
  });

  it('a provincial state enterprise is outside a guideline written for 市级 units, and outside Yunnan 第三条', () => {
    const rs = run({ ...kunmingUniversity, licensorType: 'state-enterprise', licensorLevel: 'provincial' });
    const km = doc(rs, KM);
    expect(km.verdict).toBe('does-not-apply');
    const r = reason(km, 'licensor-level-outside');
    expect(r.provisionId).toBe('kunming-2025-guideline-art-3-1-licensors');
    expect(text(r)).toContain('省属单位');
    expect(text(r)).toContain('市属（市级）单位');
    expect(reason(doc(rs, YN), 'licensor-type-outside').provisionId).toBe('yunnan-2024-15-measures-art-3-licensors');
  });

  it('an SME that is not a 科技型中小企业: Kunming 第一条 and 第三条 disagree → unclear, both cited', () => {
    const km = doc(run({ ...kunmingUniversity, techSme: false, incubator: false }), KM);
    expect(km.verdict).toBe('unclear');
    const conflict = km.reasons.filter((r) => r.code.endsWith('-conflict'));
    expect(conflict.map((r) => r.provisionId).sort()).toEqual(['kunming-2025-guideline-art-1-licensees-sme', 'kunming-2025-guideline-art-3-2-licensees']);
    expect(conflict.every((r) => r.effect === 'unknown' && text(r).includes('不一致'))).toBe(true);
  });

  it('a large enterprise founded by researchers is not rescued by the 尤其是 emphasis', () => {
    const km = doc(run({ ...kunmingUniversity, licenseeSize: 'large', techSme: false, incubator: false, researcherFounded: true }), KM);
    expect(km.verdict).toBe('does-not-apply');
    expect(codes(km)).toContain('licensee-outside');
  });

  it('a declassified defence patent is unclear under a list that names 专利技术', () => {
    const d = doc(run({ ...kunmingUniversity, resultType: 'defence-patent-declassified' }), KM);
    expect(d.verdict).toBe('unclear');
    expect(codes(d)).toContain('result-defence-unclear');
  });

  it('a city of Yunnan other than Kunming is outside the city documents; city unknown → unclear', () => {
    expect(doc(run({ ...kunmingUniversity, city: 'other' }), KM).verdict).toBe('does-not-apply');
    const { city: _c, ...noCity } = kunmingUniversity;
    expect(reason(doc(run(noCity), KM), 'place-city-missing').asks).toBe('city');
  });

  it('the guideline has expired after 2028-11-14 (its own last day still counts)', () => {
    expect(doc(run(kunmingUniversity, '2028-11-14'), KM).verdict).toBe('applies');
    const after = doc(run(kunmingUniversity, '2028-11-15'), KM);
    expect(after.verdict).toBe('does-not-apply');
    expect(after.status).toBe('expired');
    expect(after.reasons[0]!.provisionId).toBe('kunming-2025-guideline-art-9-validity');
  });

  it('Yunnan 四: 取得知识产权之日起满2年 → triggered at 2 full years, not at 1; 应用技术类 only; funding no → not applicable', () => {
    const state = (p: EligibilityProfile) => doc(run({ ...kunmingUniversity, ...p }), YN).obligations[0]!;
    expect(state({ yearsSinceRight: 2 }).state).toBe('triggered');
    expect(state({ yearsSinceRight: 1 }).state).toBe('not-yet');
    expect(state({ publicFunding: 'no', yearsSinceRight: 9 }).state).toBe('not-applicable');
    expect(state({ resultClass: 'basic', yearsSinceRight: 9 }).state).toBe('not-applicable');
    expect(state({ resultClass: undefined }).asks).toBe('resultClass');
    expect(state({ yearsSinceRight: undefined }).asks).toBe('yearsSinceRight');
  });

  it('no duty is reported for a document that is not in force (the draft) or not for this place', () => {
    const rs = run(kunmingUniversity);
    expect(doc(rs, KMD).obligations).toEqual([]);
    expect(doc(rs, HN).obligations).toEqual([]);
  });
});

describe('Hunan', () => {
  const hospital: EligibilityProfile = {
    ...hunanInstitute, licensorType: 'medical-institution', resultType: 'technical-secret', assessed: 'yes', trl: 4, publicFunding: 'yes', yearsSinceAcceptance: 4,
  };

  it('a provincial hospital with an assessed technical secret applies; TRL 4 meets the 成果库 focus', () => {
    const hn = doc(run(hospital), HN);
    expect(hn.verdict).toBe('applies');
    expect(codes(hn)).toEqual(expect.arrayContaining(['licensor-open', 'licensee-ok', 'result-ok', 'assessedOk', 'trl-ok', 'sensitivity-ok']));
  });

  it('TRL 3 is a note, not a disqualification (成果库 重点筛选)', () => {
    const r = reason(doc(run({ ...hospital, trl: 3 }), HN), 'trl-below');
    expect(r.effect).toBe('note');
    expect(r.provisionId).toBe('hunan-2025-plan-part-3-1-trl');
  });

  it('a technical secret not assessed by a third party does not apply; unknown → unclear', () => {
    expect(reason(doc(run({ ...hospital, assessed: 'no' }), HN), 'assessedNo').effect).toBe('fails');
    expect(doc(run({ ...hospital, assessed: 'unknown' }), HN).verdict).toBe('unclear');
  });

  it('a city-level or private holder is a 持有单位 (二、实施模式): no level is required', () => {
    expect(doc(run({ ...hospital, licensorLevel: 'city-level' }), HN).verdict).toBe('applies');
    expect(doc(run({ ...hospital, licensorType: 'enterprise', licensorLevel: 'non-state' }), HN).verdict).toBe('applies');
  });

  it('验收后5年内未转化: at 4 full years not yet, at 5 triggered (unless there is a good reason)', () => {
    const four = doc(run(hospital), HN).obligations[0]!;
    expect(four.state).toBe('not-yet');
    expect(text(four)).toContain('还有约 1 年');
    const five = doc(run({ ...hospital, yearsSinceAcceptance: 5 }), HN).obligations[0]!;
    expect(five.state).toBe('triggered');
    expect(text(five)).toContain('无正当理由');
  });

  it('expired after 2028-12-31', () => {
    expect(doc(run(hospital, '2028-12-31'), HN).verdict).toBe('applies');
    expect(doc(run(hospital, '2029-01-01'), HN).verdict).toBe('does-not-apply');
  });
});

describe('Guangdong (official summary only)', () => {
  const gdUniversity: EligibilityProfile = {
    licensorType: 'university', licensorLevel: 'provincial', province: '440000', licenseeSize: 'large',
    resultType: 'software-copyright', sensitivity: 'none', resultClass: 'research-tackling', publicFunding: 'yes', fundingLevel: 'provincial', yearsSinceAcceptance: 3,
  };

  it('a large enterprise is inside 企业，特别是中小微企业; the summary-only caveat is shown; 八 is triggered at 3 years', () => {
    const gd = doc(run(gdUniversity), GD);
    expect(gd.verdict).toBe('applies');
    expect(codes(gd)).toEqual(expect.arrayContaining(['summary-only', 'licensor-ok', 'licensee-ok', 'result-unstated']));
    expect(gd.obligations).toMatchObject([{ state: 'triggered', provisionId: 'guangdong-2026-measures-summary-sec-8-unconverted-3-years' }]);
  });

  it('八 reaches only 省级财政科技资金 and 科研攻关类 results, and not those touching national security', () => {
    const duty = (p: EligibilityProfile) => doc(run({ ...gdUniversity, ...p }), GD).obligations[0]!;
    expect(duty({ fundingLevel: 'central' }).state).toBe('not-applicable');
    expect(duty({ fundingLevel: undefined }).asks).toBe('fundingLevel');
    expect(duty({ resultClass: 'applied' }).state).toBe('not-applicable');
    expect(duty({ sensitivity: 'security' }).state).toBe('not-applicable');
  });

  it('a state enterprise is inside 企业 (八); an in-province university is not read as 省外', () => {
    expect(doc(run({ ...gdUniversity, licensorType: 'state-enterprise', licensorLevel: 'provincial' }), GD).verdict).toBe('applies');
    const gd = doc(run(gdUniversity), GD);
    expect(reason(gd, 'licensor-ok').provisionId).toBe('guangdong-2026-measures-summary-sec-1-licensors');
  });

  it('not yet in force before 2026-02-01', () => {
    const gd = doc(run(gdUniversity, '2026-01-31'), GD);
    expect(gd.verdict).toBe('does-not-apply');
    expect(gd.obligations).toEqual([]);
  });
});

describe('the dataset the check reads', () => {
  it('every key the scope lists use is one the form can answer', () => {
    const answerable = new Set<string>([...LICENSOR_TYPES, ...LICENSOR_LEVELS, ...levelKeys, ...licenseeKeys, ...RESULT_TYPES]);
    const used = provisions
      .filter((p) => ['licensors', 'licensees', 'result-types'].includes(p.dimension) && p.value.type === 'list')
      .flatMap((p) => (p.value.type === 'list' ? [...(p.value.keys ?? []), ...(p.value.qualified ?? []).flatMap((q) => [...q.keys, ...q.levels])] : []));
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((k) => !answerable.has(k))).toEqual([]);
  });

  it('every duty the check counts has a clock it can read', () => {
    const duties = provisions.filter((p) => p.dimension === 'unconverted-deadline' && p.duty?.actor === 'unit');
    expect(duties.map((p) => p.id).sort()).toEqual([
      'guangdong-2026-measures-summary-sec-8-unconverted-3-years',
      'hunan-2025-plan-part-3-1-unconverted-5-years',
      'kunming-2025-measures-draft-m-4-unconverted-5-years',
      'yunnan-2024-15-measures-art-4-unconverted-2-years',
    ]);
    for (const p of duties) expect(p.value.type === 'period' && p.value.period.event, p.id).toBeTruthy();
  });

  it('an empty profile makes every in-force document unclear, never applies', () => {
    const rs = run({});
    expect(doc(rs, GD).verdict).toBe('unclear');
    expect(doc(rs, KM).verdict).toBe('unclear');
    expect(doc(rs, KMD).verdict).toBe('unclear');
  });
});

describe('duties where the user\'s role meets them (issue #20 §4)', () => {
  const ids = (r: DocumentResult) => r.duties.flatMap((g) => g.items.map((i) => `${g.actor}:${i.provisionId}`));

  it('a Yunnan university as licensor meets the unit\'s duties and its leaders\' 尽职免责, not the licensee\'s', () => {
    const yn = doc(run({ role: 'licensor', licensorType: 'university', licensorLevel: 'provincial', province: '530000', city: 'other', selected: 'yes' }), YN);
    expect(ids(yn)).toEqual(expect.arrayContaining([
      'unit:yunnan-2024-15-measures-art-9-disclosure-rules',
      'unit:yunnan-2024-15-measures-art-4-conversion-list',
      'unit:yunnan-2024-15-measures-art-1-negative-list',
      'unit-leaders:yunnan-2024-15-measures-art-15-due-diligence',
    ]));
    expect(yn.duties.map((g) => g.actor)).not.toContain('licensee');
    // Duties come before options within the unit's group.
    const unit = yn.duties.find((g) => g.actor === 'unit')!.items.map((i) => i.modality);
    expect(unit.indexOf('may')).toBeGreaterThan(unit.lastIndexOf('must'));
  });

  it('a duty scoped to 高等院校和科研院所 is not listed for a hospital', () => {
    const yn = doc(run({ role: 'licensor', licensorType: 'medical-institution', province: '530000', city: 'other', selected: 'yes' }), YN);
    expect(ids(yn)).not.toContain('unit:yunnan-2024-15-measures-art-9-disclosure-rules');
  });

  it('a Hunan licensee meets the model contract\'s 保密期限 (a clause binding once adopted) and the parties\' 争议解决', () => {
    const hn = doc(run({ ...hunanInstitute, role: 'licensee', resultType: 'patent', granted: 'yes' }), HN);
    const licensee = hn.duties.find((g) => g.actor === 'licensee')!.items;
    expect(licensee).toContainEqual(expect.objectContaining({ provisionId: 'hunan-2025-plan-annex-art-5-1-confidentiality', contractTerm: true, modality: 'must' }));
    expect(ids(hn)).toContain('both-parties:hunan-2025-plan-annex-art-8-dispute');
    expect(ids(hn).some((x) => x.startsWith('unit:'))).toBe(false);
  });

  it('an inventor under the Kunming draft meets the 赋权 application and the written agreement with the unit', () => {
    const kmd = doc(run({ ...kunmingUniversity, role: 'inventor' }), KMD);
    expect(ids(kmd)).toEqual(['inventors:kunming-2025-measures-draft-m-1-application', 'unit-and-inventors:kunming-2025-measures-draft-m-1-written-agreement']);
  });

  it('without a role every user-facing actor is listed; authorities never are', () => {
    const kmd = doc(run(kunmingUniversity), KMD);
    expect(kmd.duties.map((g) => g.actor)).toEqual(['unit', 'unit-leaders', 'inventors', 'unit-and-inventors']);
    expect(ids(kmd)).toContain('unit:kunming-2025-measures-draft-m-13-report');
    expect(ids(kmd)).not.toContain('authority:kunming-2025-measures-draft-m-7-invest-then-equity');
  });
});

describe('verdictOf', () => {
  it('fails beat unknowns beat meets; notes never count', () => {
    const r = (effect: 'meets' | 'fails' | 'unknown' | 'note') => ({ effect });
    expect(verdictOf([r('meets'), r('note')])).toBe('applies');
    expect(verdictOf([r('meets'), r('unknown')])).toBe('unclear');
    expect(verdictOf([r('unknown'), r('fails')])).toBe('does-not-apply');
  });
});

// ---------------------------------------------------------------- properties (real dataset)
const opt = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const profileArb: fc.Arbitrary<EligibilityProfile> = fc
  .record({
    role: opt(fc.constantFrom(...ROLES)),
    licensorType: opt(fc.constantFrom(...LICENSOR_TYPES)),
    licensorLevel: opt(fc.constantFrom(...LICENSOR_LEVELS)),
    selected: opt(fc.constantFrom(...TRI)),
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
    resultClass: opt(fc.constantFrom(...RESULT_CLASSES)),
    sensitivity: opt(fc.constantFrom(...SENSITIVITIES)),
    publicFunding: opt(fc.constantFrom(...TRI)),
    fundingLevel: opt(fc.constantFrom(...FUNDING_LEVELS)),
    yearsSinceAcceptance: opt(fc.integer({ min: 0, max: 20 })),
    yearsSinceRight: opt(fc.integer({ min: 0, max: 20 })),
  })
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as EligibilityProfile);
const dateArb = fc.constantFrom('2025-06-01', '2026-01-15', '2026-06-01', '2028-12-01', '2030-01-01');
const RANK: Record<Verdict, number> = { 'does-not-apply': 0, unclear: 1, applies: 2 };

/**
 * Changes that can only take conditions away: rights lost, no enterprise, classified … (Not "a
 * province without documents": 广东 八 takes in 省外高校院所.)
 */
const disqualify: ((p: EligibilityProfile) => EligibilityProfile)[] = [
  (p) => ({ ...p, granted: 'no' }),
  (p) => ({ ...p, assessed: 'no' }),
  (p) => ({ ...p, licenseeSize: 'not-enterprise', techSme: false, incubator: false, researcherFounded: false }),
  (p) => ({ ...p, techSme: false, incubator: false }),
  (p) => ({ ...p, licensorLevel: 'non-state' }),
  (p) => ({ ...p, sensitivity: 'classified' }),
  (p) => ({ ...p, selected: 'no' }),
];

/** One valid answer per field, to try on a question a result says it waits on. */
const ANSWERS: { [F in ProfileField]: EligibilityProfile[F][] } = {
  role: [...ROLES], licensorType: [...LICENSOR_TYPES], licensorLevel: [...LICENSOR_LEVELS], selected: [...TRI], province: ['430000', '440000', '530000', 'other'],
  city: ['530100', 'other'], licenseeSize: [...LICENSEE_SIZES], techSme: [true], incubator: [true], researcherFounded: [true],
  resultType: [...RESULT_TYPES], granted: [...TRI], assessed: [...TRI], trl: [1, 9], resultClass: [...RESULT_CLASSES],
  sensitivity: [...SENSITIVITIES], publicFunding: [...TRI], fundingLevel: [...FUNDING_LEVELS], yearsSinceAcceptance: [0, 5], yearsSinceRight: [0, 5],
};

describe('properties', () => {
  it('adding a disqualifying fact never improves a verdict (so "does not apply" never becomes "applies")', () => {
    fc.assert(
      fc.property(profileArb, dateArb, fc.integer({ min: 0, max: disqualify.length - 1 }), (p, on, i) => {
        const before = run(p, on);
        const after = run(disqualify[i]!(p), on);
        for (const b of before) expect(RANK[doc(after, b.policyId).verdict]).toBeLessThanOrEqual(RANK[b.verdict]);
      }),
      { numRuns: 300 },
    );
  });

  it('answering an unanswered question never rescues a document that does not apply', () => {
    fc.assert(
      fc.property(profileArb, profileArb, dateArb, fc.constantFrom(...(Object.keys(ANSWERS) as ProfileField[])), (p, donor, on, field) => {
        if (p[field] !== undefined || donor[field] === undefined) return;
        const filled = { ...p, [field]: donor[field] };
        for (const b of run(p, on)) {
          if (b.verdict !== 'does-not-apply') continue;
          expect(evaluatePolicy(filled, policies.find((x) => x.id === b.policyId)!, provisions, on).verdict).toBe('does-not-apply');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a result that waits on a question names one the form accepts, given the other answers', () => {
    fc.assert(
      fc.property(profileArb, dateArb, (p, on) => {
        if (Object.keys(validateProfile(p, places)).length > 0) return;
        for (const r of run(p, on)) {
          for (const x of [...r.reasons, ...r.obligations]) {
            const f = x.asks;
            if (!f) continue;
            // The question is unanswered (or answered 不确定), and some answer to it is accepted.
            expect(p[f] === undefined || p[f] === 'unknown', `${r.policyId} ${f}`).toBe(true);
            const accepted = ANSWERS[f].filter((v) => v !== 'unknown' && validateProfile({ ...p, [f]: v }, places)[f] === undefined);
            expect(accepted.length, `${r.policyId}: ${f} cannot be answered given ${JSON.stringify(p)}`).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every "does not apply" carries a failing reason and every "unclear" an open one; every message formats', () => {
    fc.assert(
      fc.property(profileArb, dateArb, (p, on) => {
        for (const r of run(p, on)) {
          expect(r.reasons.every((x) => text(x).length > 0 && !text(x).includes('{'))).toBe(true);
          expect(r.obligations.every((x) => text(x).length > 0 && !text(x).includes('{'))).toBe(true);
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
    const rs = orderForDisplay(run({ ...kunmingUniversity, selected: 'yes' }));
    expect(rs.map((r) => r.verdict)).toEqual(['applies', 'applies', 'applies', 'unclear', 'does-not-apply']);
    expect(rs.map((r) => r.policyId)).toEqual([GD, KM, YN, KMD, HN]);
    const hn = rs.find((r) => r.policyId === HN)!;
    expect(hn.reasons[0]!.effect).toBe('fails');
    expect(hn.reasons.at(-1)!.effect).toBe('note');
  });
});
