import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { party } from '../../../../src/schemas/provision';
import type { ConditionForm } from '../../../../src/lib/calculators/conditions';
import { claimConditions, MAX_CLAIMS, subsidyContext, type ClaimForm, type SubsidyForm } from '../../../../src/lib/calculators/subsidy-plan';
import { emptyConds, parseSubsidyForm, serializeSubsidyForm, type SubsidyUrlSpec } from '../../../../src/lib/calculators/subsidy-url-state';
import { linkBytes, MAX_LINK_BYTES, MAX_PARAM_LENGTH } from '../../../../src/lib/url-query';
import { calendar } from '../holidays-data';
import { calcData } from './calc-data';

const ctx = subsidyContext(calcData(['subsidy']), party.options, calendar);
const spec: SubsidyUrlSpec = {
  locations: ctx.jurisdictions.map((j) => j.code),
  conditionCounts: Object.fromEntries(ctx.subsidies.map((p) => [p.id, claimConditions(p).length])),
  thresholds: ctx.thresholds.map((t) => t.id),
};
const EMPTY: SubsidyForm = { loc: '', claims: [], thresholds: {} };
const parse = (s: string) => parseSubsidyForm(s, EMPTY, spec);

const text = fc.string({ unit: 'grapheme', maxLength: 16 }).filter((s) => s.length <= MAX_PARAM_LENGTH);
const condArb: fc.Arbitrary<ConditionForm> = fc.record({ answer: fc.constantFrom('', 'yes', 'no') as fc.Arbitrary<ConditionForm['answer']>, from: text, on: text, amount: text });
const claimArb: fc.Arbitrary<ClaimForm> = fc.constantFrom(...ctx.subsidies).chain((p) =>
  fc.record({
    provisionId: fc.constant(p.id),
    year: text, base: text, claimant: text, target: text, subject: text, prior: fc.boolean(), awarded: text,
    conds: fc.array(condArb, { minLength: claimConditions(p).length, maxLength: claimConditions(p).length }),
  }),
);
const formArb: fc.Arbitrary<SubsidyForm> = fc.record({
  loc: fc.constantFrom('', ...spec.locations),
  claims: fc.array(claimArb, { maxLength: 12 }),
  thresholds: fc.dictionary(fc.constantFrom(...spec.thresholds), text.filter((s) => s !== '')),
});

describe('subsidy URL state', () => {
  it('round trip: any form the page can hold → link → fresh page → the same form, no notices', () => {
    fc.assert(
      fc.property(formArb, (form) => {
        const back = parse(serializeSubsidyForm(form));
        expect(back.form).toEqual(form);
        expect(back.notices).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('#12 §4: threshold amounts, condition answers and a ~ in a name survive the link', () => {
    const id = 'yunnan-2024-15-measures-art-7-enterprise-purchase';
    const conds = emptyConds(2);
    conds[0]!.answer = 'yes';
    conds[1]!.answer = 'no';
    const form: SubsidyForm = {
      loc: '530100',
      claims: [{ provisionId: id, year: '2026', base: '600万', claimant: '甲~乙 公司&子公司', target: '', subject: '成果~一', prior: false, awarded: '', conds }],
      thresholds: { 'guangdong-2026-measures-summary-sec-5-threshold-pay-later': '520000' },
    };
    expect(parse(serializeSubsidyForm(form)).form).toEqual(form);
  });

  it('a realistic plan (12 claims, every condition answered, 20-character names) stays under 8 KB', () => {
    const claims = ctx.subsidies.slice(0, 12).map((p) => ({
      provisionId: p.id, year: '2026', base: '12,345,678.90', claimant: '云南某某科技成果转化服务有限公司（昆明）', target: '某某新材料科技股份有限公司', subject: '某某高性能材料产业化项目', prior: false, awarded: '',
      conds: p.value.conditions.map(() => ({ answer: 'yes' as const, from: '2024-03-01', on: '2026-03-02', amount: '' })),
    }));
    const url = `https://xyhf.example.cn/calculators/subsidy/?${serializeSubsidyForm({ loc: '530100', claims, thresholds: {} })}`;
    expect(linkBytes(url)).toBeLessThan(MAX_LINK_BYTES);
  });

  it(`${MAX_CLAIMS + 1} claims: ${MAX_CLAIMS} kept, one notice saying how many and from which on`, () => {
    const id = ctx.subsidies[0]!.id;
    const q = Array.from({ length: MAX_CLAIMS + 1 }, (_, i) => `c${i}p=${id}`).join('&');
    const r = parse(q);
    expect(r.form.claims).toHaveLength(MAX_CLAIMS);
    expect(r.notices).toEqual([{ code: 'too-many-claims', count: MAX_CLAIMS + 1, max: MAX_CLAIMS }]);
  });

  it('300 duplicate claim parameters and 300 unknown provisions: one notice each, not hundreds', () => {
    const dup = Array.from({ length: 300 }, () => `c0p=${ctx.subsidies[0]!.id}`).join('&');
    const unknown = Array.from({ length: 300 }, (_, i) => `c${i + 1}p=nope${i}`).join('&');
    const r = parse(`${dup}&${unknown}`);
    expect(r.notices.map((n) => n.code)).toEqual(['repeated-params', 'too-many-claims', 'unknown-provisions']);
    const u = r.notices.find((n) => n.code === 'unknown-provisions');
    expect(u && 'claims' in u && u.claims).toBe('c1p=nope0、c2p=nope1、c3p=nope2、c4p=nope3、c5p=nope4 等 59 个');
  });

  it('a gap in claim numbering (c0, c5) keeps both; a bad answer and an unknown threshold are named', () => {
    const a = ctx.subsidies[0]!.id;
    const r = parse(`loc=530100&c0p=${a}&c5p=${a}&c5q0=maybe&th-nope=1`);
    expect(r.form.claims).toHaveLength(2);
    expect(r.notices).toEqual([
      { code: 'unknown-thresholds', names: 'nope' },
      { code: 'bad-values', names: 'c5q0' },
    ]);
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => parse(s).form.claims.length <= MAX_CLAIMS));
  });
});
