import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FUNDING_LEVELS,
  LICENSEE_SIZES,
  LICENSOR_LEVELS,
  LICENSOR_TYPES,
  RESULT_CLASSES,
  RESULT_TYPES,
  SENSITIVITIES,
  TRI,
  isValid,
  parseProfileQuery,
  parseQueryString,
  toQueryString,
  serializeProfile,
  validateProfile,
  type EligibilityProfile,
} from '../../../src/lib/eligibility-profile';
import { formatMessage } from '../../../src/i18n/format';
import { places } from './eligibility-data';

const texts = (e: ReturnType<typeof validateProfile>) =>
  Object.fromEntries(Object.entries(e).map(([k, m]) => [k, formatMessage(m!)])) as Record<string, string>;

describe('parseProfileQuery / serializeProfile', () => {
  it('reads a hand-written link', () => {
    const { profile, errors } = parseProfileQuery(
      '?licensor=university&level=city-level&selected=unknown&province=530000&city=530100&licensee=sme&tech-sme=1&result=patent&granted=yes&trl=5&class=applied&sensitivity=none&funding=yes&funding-level=city&years-right=3',
      places,
    );
    expect(errors).toEqual({});
    expect(profile).toEqual({
      licensorType: 'university', licensorLevel: 'city-level', selected: 'unknown', province: '530000', city: '530100', licenseeSize: 'sme',
      techSme: true, resultType: 'patent', granted: 'yes', trl: 5, resultClass: 'applied', sensitivity: 'none', publicFunding: 'yes',
      fundingLevel: 'city', yearsSinceRight: 3,
    });
  });

  it('writes fields in a fixed order and leaves unanswered ones out', () => {
    expect(serializeProfile({ yearsSinceRight: 2, licensorType: 'university', techSme: false, incubator: true })).toBe(
      'licensor=university&incubator=1&years-right=2',
    );
    expect(serializeProfile({})).toBe('');
  });

  it('empty values are unanswered, not errors', () => {
    expect(parseProfileQuery('licensor=&trl=&years-acceptance=', places)).toEqual({ profile: {}, errors: {} });
  });

  it('negative years, decimals, TRL 10 and unknown keys get Chinese messages per field', () => {
    const errors = texts(parseProfileQuery('years-acceptance=-1&years-right=2.5&trl=10&licensor=bank&province=110000&sensitivity=maybe', places).errors);
    expect(errors.yearsSinceAcceptance).toBe('验收后已满年数不能为负数。');
    expect(errors.yearsSinceRight).toMatch(/须为整数/);
    expect(errors.trl).toBe('技术成熟度（TRL）应在 1 到 9 之间。');
    expect(errors.licensorType).toContain('“bank”无法识别');
    expect(errors.province).toContain('无法识别');
    expect(errors.sensitivity).toBe('链接中的是否涉密或涉及国家安全“maybe”无法识别，请重新选择。');
  });

  it('a ticked box is 1 or on; anything else in a link is reported, never read as "no" (#12 §4)', () => {
    expect(parseProfileQuery('tech-sme=on&incubator=1&researcher-founded=0', places)).toEqual({ profile: { techSme: true, incubator: true }, errors: {} });
    const { profile, errors } = parseProfileQuery('tech-sme=maybe', places);
    expect(profile).toEqual({});
    expect(texts(errors).techSme).toBe('链接中“已入库（评价）为科技型中小企业”的取值“maybe”无法识别，请重新勾选。');
    // A long value is quoted cut, not whole.
    expect(texts(parseProfileQuery(`licensor=${'x'.repeat(60)}`, places).errors).licensorType).toContain(`“${'x'.repeat(40)}…”`);
  });

  it('full-width digits are read (TRL ５, 满 １２ 年)', () => {
    expect(parseProfileQuery('trl=５&years-right=１２', places).profile).toEqual({ trl: 5, yearsSinceRight: 12 });
  });

  it('round-trips every well-formed profile', () => {
    const opt = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({
          licensorType: opt(fc.constantFrom(...LICENSOR_TYPES)),
          licensorLevel: opt(fc.constantFrom(...LICENSOR_LEVELS)),
          selected: opt(fc.constantFrom(...TRI)),
          province: opt(fc.constantFrom('430000', '440000', '530000', 'other')),
          licenseeSize: opt(fc.constantFrom(...LICENSEE_SIZES)),
          techSme: opt(fc.constant(true)),
          incubator: opt(fc.constant(true)),
          researcherFounded: opt(fc.constant(true)),
          resultType: opt(fc.constantFrom(...RESULT_TYPES)),
          granted: opt(fc.constantFrom(...TRI)),
          assessed: opt(fc.constantFrom(...TRI)),
          trl: opt(fc.integer({ min: 1, max: 9 })),
          resultClass: opt(fc.constantFrom(...RESULT_CLASSES)),
          sensitivity: opt(fc.constantFrom(...SENSITIVITIES)),
          publicFunding: opt(fc.constantFrom(...TRI)),
          fundingLevel: opt(fc.constantFrom(...FUNDING_LEVELS)),
          yearsSinceAcceptance: opt(fc.integer({ min: 0, max: 100 })),
          yearsSinceRight: opt(fc.integer({ min: 0, max: 100 })),
        }),
        (r) => {
          const p = Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as EligibilityProfile;
          expect(parseProfileQuery(serializeProfile(p), places).profile).toEqual(p);
        },
      ),
    );
  });
});

describe('validateProfile', () => {
  it('accepts a sparse but consistent profile (rights not granted with TRL missing is fine)', () => {
    expect(isValid(validateProfile({ resultType: 'patent', granted: 'no' }, places))).toBe(true);
  });

  it('a copyright answered 否 to 已授权 still takes its years since the right arose (the clock runs)', () => {
    expect(validateProfile({ resultType: 'software-copyright', granted: 'no', yearsSinceRight: 3 }, places)).toEqual({});
  });

  it.each<[EligibilityProfile, string, RegExp]>([
    [{ licensorType: 'state-enterprise', licensorLevel: 'non-state' }, 'licensorLevel', /国有企业不可能/],
    [{ licensorType: 'enterprise', licensorLevel: 'provincial' }, 'licensorLevel', /请在“许可方类型”中选择“国有企业”/],
    [{ licenseeSize: 'large', techSme: true }, 'techSme', /科技型中小企业必须是中小企业/],
    [{ licenseeSize: 'not-enterprise', incubator: true }, 'licenseeSize', /不是企业/],
    [{ resultType: 'technical-secret', granted: 'yes' }, 'granted', /技术秘密不经授权/],
    [{ resultType: 'patent', assessed: 'yes' }, 'assessed', /只针对技术秘密/],
    [{ granted: 'no', yearsSinceRight: 1 }, 'yearsSinceRight', /尚未授权或已失效/],
    [{ resultType: 'plant-variety', granted: 'no', yearsSinceRight: 1 }, 'yearsSinceRight', /尚未授权或已失效/],
    [{ publicFunding: 'no', yearsSinceAcceptance: 1 }, 'yearsSinceAcceptance', /财政资金/],
    [{ publicFunding: 'no', fundingLevel: 'provincial' }, 'fundingLevel', /层级/],
    [{ province: '430000', city: '530100' }, 'city', /昆明市不在湖南省/],
    [{ city: '530100' }, 'province', /请先选择所在省份/],
  ])('%o → %s', (p, field, msg) => {
    expect(texts(validateProfile(p, places))[field]).toMatch(msg);
  });

  it('a province and one of its cities is fine; "other" city is fine anywhere', () => {
    expect(validateProfile({ province: '530000', city: '530100' }, places)).toEqual({});
    expect(validateProfile({ province: '430000', city: 'other' }, places)).toEqual({});
  });
});

describe('parseQueryString / toQueryString', () => {
  it('decodes + and percent escapes as a GET form writes them; first value wins; bad escapes kept', () => {
    const q = parseQueryString('?a=%E6%98%86+%E6%98%8E&b=1&b=2&c&d=%E0%A4%A');
    expect([...q]).toEqual([['a', '昆 明'], ['b', '1'], ['c', ''], ['d', '%E0%A4%A']]);
  });

  it('round-trips arbitrary strings', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ minLength: 1 }), fc.string())), (pairs) => {
        const firsts = new Map<string, string>();
        for (const [k, v] of pairs) if (!firsts.has(k)) firsts.set(k, v);
        expect(parseQueryString(toQueryString(pairs))).toEqual(firsts);
      }),
    );
  });
});
