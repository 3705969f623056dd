import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_MILESTONES, SCHEDULE_MODES, type PaymentForm } from '../../../../src/lib/calculators/payment-plan';
import { parsePaymentForm, serializePaymentForm } from '../../../../src/lib/calculators/payment-url-state';
import { linkBytes, MAX_LINK_BYTES, MAX_PARAM_LENGTH } from '../../../../src/lib/url-query';

const empty: PaymentForm = {
  rule: '', effective: '', revenue: '', publicity: '', mode: 'milestone', agreedMonths: '',
  milestones: [],
  withRoyalty: false, royaltyRate: '', royaltyPeriod: 'half-year', royaltyRevenue: '', royaltyPeriods: '',
  royaltyTerm: '', royaltyFrom: 'effective', deferredStart: 'period', deferredKind: 'lump', lumpAmount: '',
  deferredTerm: '', instCount: '', instAmount: '', instInterval: '', lateUnpaid: '', lateDue: '', latePaid: '', lateRate: '',
};
const rules = ['r1', 'r2'];
const q = (pairs: [string, string][]) => new URLSearchParams(pairs).toString();

/** Any text a field can hold (the inputs stop at MAX_PARAM_LENGTH characters). */
const fieldText = fc.string({ unit: 'grapheme', maxLength: 24 }).filter((s) => s.length <= MAX_PARAM_LENGTH);
const anyForm: fc.Arbitrary<PaymentForm> = fc.record({
  rule: fc.constantFrom('', ...rules),
  effective: fieldText, revenue: fieldText, publicity: fieldText,
  mode: fc.constantFrom(...SCHEDULE_MODES),
  agreedMonths: fieldText,
  milestones: fc.array(fc.record({ name: fieldText, date: fieldText, amount: fieldText, term: fieldText }), { maxLength: MAX_MILESTONES }),
  withRoyalty: fc.boolean(),
  royaltyRate: fieldText, royaltyPeriod: fc.constantFrom('half-year', 'year'), royaltyRevenue: fieldText, royaltyPeriods: fieldText,
  royaltyTerm: fieldText, royaltyFrom: fc.constantFrom('effective', 'revenue'), deferredStart: fc.constantFrom('period', 'revenue'),
  deferredKind: fc.constantFrom('lump', 'instalments'), lumpAmount: fieldText, deferredTerm: fieldText, instCount: fieldText,
  instAmount: fieldText, instInterval: fieldText, lateUnpaid: fieldText, lateDue: fieldText, latePaid: fieldText, lateRate: fieldText,
});

describe('payment URL state', () => {
  it('round trip: any form the page can hold → link → fresh page → the same form, no notices', () => {
    fc.assert(
      fc.property(anyForm, (form) => {
        const back = parsePaymentForm(`?${serializePaymentForm(form)}`, empty, rules);
        expect(back.form).toEqual(form);
        expect(back.notices).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a realistic plan at the limits (20 milestones with 20-character names, every field) stays under 8 KB', () => {
    const ms = Array.from({ length: MAX_MILESTONES }, (_, i) => ({ name: `第${i + 1}阶段：样品试制成功并通过第三方检测验收`.slice(0, 20), date: '2027-10-15', amount: '1,234,567.89', term: '30' }));
    const form: PaymentForm = { ...empty, rule: 'kunming-2025-guideline-art-1-payment-timing', effective: '2026-10-09', revenue: '2027-01-01',
      publicity: '2026-09-16', agreedMonths: '36', milestones: ms, withRoyalty: true, royaltyRate: '3', royaltyRevenue: '1000000',
      royaltyPeriods: '120', royaltyTerm: '30', lumpAmount: '300000', deferredTerm: '30', instCount: '4', instAmount: '75000',
      instInterval: '6', lateUnpaid: '100000', lateDue: '2027-11-15', latePaid: '2027-12-15', lateRate: '0.05' };
    const url = `https://xyhf.example.cn/calculators/payment/?${serializePaymentForm(form)}`;
    // 20 names × 20 characters × 9 bytes (%E7%AC%AC) ≈ 3.6 KB; the rest is well under 1 KB.
    expect(linkBytes(url)).toBeLessThan(MAX_LINK_BYTES);
  });

  it('no planner keys → the empty form, no notices', () => {
    const r = parsePaymentForm(q([['utm', 'x']]), empty, rules);
    expect(r.form).toEqual(empty);
    expect(r.fromUrl).toBe(false);
    expect(r.notices).toEqual([]);
  });

  it('malformed values: an unknown rule is left unchosen, bad enums fall back, bad dates are kept for the field error', () => {
    const r = parsePaymentForm(q([['rule', 'evil'], ['mode', 'free'], ['eff', '2026-02-30'], ['roy', 'yes']]), empty, rules);
    expect(r.form.rule).toBe('');
    expect(r.form.mode).toBe('milestone');
    expect(r.form.effective).toBe('2026-02-30');
    expect(r.notices).toEqual([
      { code: 'unknown-rule', value: 'evil' },
      { code: 'bad-enum', param: 'mode', value: 'free' },
      { code: 'bad-flag', param: 'roy', value: 'yes' },
    ]);
  });

  it('a gap in milestone numbering (m0, m5) keeps both, in order (#12 §4)', () => {
    const r = parsePaymentForm(q([['m0n', 'A'], ['m0d', '2027-01-01'], ['m5n', 'B'], ['m5a', '10']]), empty, rules);
    expect(r.form.milestones).toEqual([
      { name: 'A', date: '2027-01-01', amount: '', term: '' },
      { name: 'B', date: '', amount: '10', term: '' },
    ]);
    expect(r.notices).toEqual([]);
  });

  it('over-long values, too many milestones, repeated and unknown parameters: one notice each, naming them', () => {
    const pairs: [string, string][] = [['eff', 'x'.repeat(MAX_PARAM_LENGTH + 1)], ['rule', 'r1'], ['rule', 'r2']];
    for (let i = 0; i < 25; i++) pairs.push([`m${i}n`, `n${i}`]);
    for (let i = 0; i < 300; i++) pairs.push(['zz', String(i)]);
    pairs.push(['utm_source', 'mail']);
    const r = parsePaymentForm(q(pairs), empty, rules);
    expect(r.form.effective).toBe('');
    expect(r.form.rule).toBe('r1');
    expect(r.form.milestones).toHaveLength(20);
    expect(r.form.milestones[19]?.name).toBe('n19');
    expect(r.notices).toEqual([
      { code: 'repeated-params', names: 'rule' },
      { code: 'too-long', param: 'eff' },
      { code: 'too-many-milestones', count: 25, max: 20 },
      { code: 'unknown-params', names: 'zz、utm_source' },
    ]);
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = parsePaymentForm(s, empty, rules);
        return ['', ...rules].includes(r.form.rule) && ['royalty', 'milestone', 'deferred'].includes(r.form.mode);
      }),
    );
  });
});
