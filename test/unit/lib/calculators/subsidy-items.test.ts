// The subsidy widget limited to a host's chosen articles (`items`), on the real dataset: the
// options the generator offers, and the form the widget starts from.
import { describe, expect, it } from 'vitest';
import { party } from '../../../../src/schemas/provision';
import { computeSubsidy, subsidyContext } from '../../../../src/lib/calculators/subsidy-plan';
import { subsidyItemOptions, subsidyItemsForm } from '../../../../src/lib/calculators/subsidy-items';
import { calendar } from '../holidays-data';
import { calcData } from './calc-data';

const data = calcData(['subsidy']);
const ctx = subsidyContext(data, party.options, calendar);
const Y = (slug: string) => `yunnan-2024-15-measures-${slug}`;
const E7 = Y('art-7-enterprise-purchase');
const INVEST = Y('art-13-investment-risk');
const KUNMING_AGENCY = 'kunming-2025-measures-draft-m-9-agency-award';
const YUNNAN = '530000';
const KUNMING = '530100';

describe('subsidyItemOptions', () => {
  const options = subsidyItemOptions(data);
  it('offers every subsidy article and nothing else (a threshold or a rate is not a claim)', () => {
    expect(options.map((o) => o.value).sort()).toEqual(ctx.subsidies.map((p) => p.id).sort());
    expect(options.length).toBeGreaterThan(10);
  });
  it('names each by place, document and what it grants: an official picks by name, not by id', () => {
    const e7 = options.find((o) => o.value === E7)!;
    expect(e7.label).toMatch(/^云南省 · 云南十五条 · 企业购买成果/);
    for (const o of options) {
      expect(o.label).not.toContain(o.value);
      expect(o.label.split(' · ')).toHaveLength(3);
    }
  });
});

describe('subsidyItemsForm', () => {
  it.each([
    // [items, host location, expected location, expected claims]
    ['one provincial article: the province', [E7], '', YUNNAN, [E7]],
    ['host location kept (Kunming reaches the provincial article)', [E7], KUNMING, KUNMING, [E7]],
    ['province + city articles: the city, which both reach', [E7, KUNMING_AGENCY], '', KUNMING, [E7, KUNMING_AGENCY]],
    ['city article first, same answer', [KUNMING_AGENCY, E7], '', KUNMING, [KUNMING_AGENCY, E7]],
    ['unknown ids are skipped, never replaced by a guess', ['no-such-article', INVEST], '', YUNNAN, [INVEST]],
    ['nothing known: the empty form at the host location', ['no-such-article'], KUNMING, KUNMING, []],
  ] as const)('%s', (_name, items, loc, wantLoc, wantClaims) => {
    const f = subsidyItemsForm(items, loc, data);
    expect(f.loc).toBe(wantLoc);
    expect(f.claims.map((c) => c.provisionId)).toEqual(wantClaims);
    expect(f.thresholds).toEqual({});
  });

  it('each claim starts empty, with one unanswered slot per condition of its article', () => {
    const f = subsidyItemsForm([INVEST], '', data);
    const c = f.claims[0]!;
    expect(c).toMatchObject({ year: '', base: '', claimant: '', target: '', prior: false, awarded: '' });
    expect(c.conds).toHaveLength(ctx.subsidies.find((p) => p.id === INVEST)!.value.conditions.length);
    expect(c.conds.every((k) => k.answer === '' && k.amount === '')).toBe(true);
  });

  it('computes like a claim added by hand: 200万 × 20% = 40万 if both conditions of 第七条 hold', () => {
    const f = subsidyItemsForm([E7], '', data);
    const r = computeSubsidy({ ...f, claims: [{ ...f.claims[0]!, year: '2026', base: '2000000' }] }, ctx);
    expect(r.claims[0]!.outside).toBe(false);
    expect(r.claims[0]!.potential?.toString()).toBe('400000');
  });
});
