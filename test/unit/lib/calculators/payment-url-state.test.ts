import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PaymentForm } from '../../../../src/lib/calculators/payment-plan';
import { MAX_PARAM_LENGTH, parsePaymentForm, serializePaymentForm } from '../../../../src/lib/calculators/payment-url-state';

const defaults: PaymentForm = {
  rule: 'r1', effective: '2026-10-09', revenue: '', publicity: '2026-09-16', mode: 'milestone', agreedMonths: '',
  milestones: [{ name: '技术验证通过', date: '2027-10-15', amount: '100000', term: '30' }],
  withRoyalty: false, royaltyRate: '3', royaltyPeriod: 'half-year', royaltyRevenue: '1000000', royaltyPeriods: '4',
  royaltyTerm: '30', royaltyFrom: 'revenue', deferredStart: 'period', deferredKind: 'lump', lumpAmount: '300000',
  deferredTerm: '30', instCount: '4', instAmount: '75000', instInterval: '6', lateUnpaid: '', lateDue: '', latePaid: '', lateRate: '0.05',
};
const rules = ['r1', 'r2'];
const q = (pairs: [string, string][]) => new URLSearchParams(pairs);

describe('payment URL state', () => {
  it('round-trips the form exactly', () => {
    const form: PaymentForm = { ...defaults, rule: 'r2', mode: 'deferred', deferredKind: 'instalments', withRoyalty: true, revenue: '2027-01-01',
      milestones: [{ name: 'a&b=c', date: '2027-01-01', amount: '1,000', term: '0' }, { name: '其他', date: 'x', amount: '', term: '5' }] };
    const back = parsePaymentForm(q(serializePaymentForm(form)), defaults, rules);
    expect(back.form).toEqual(form);
    expect(back.notices).toEqual([]);
    expect(back.fromUrl).toBe(true);
  });
  it('no planner keys → the defaults (worked example), no notices', () => {
    const r = parsePaymentForm(q([['utm', 'x']]), defaults, rules);
    expect(r.form).toEqual(defaults);
    expect(r.fromUrl).toBe(false);
  });
  it('malformed values: unknown rule and mode fall back with notices, bad dates are kept for the field error', () => {
    const r = parsePaymentForm(q([['rule', 'evil'], ['mode', 'free'], ['eff', '2026-02-30'], ['roy', 'yes']]), defaults, rules);
    expect(r.form.rule).toBe('r1');
    expect(r.form.mode).toBe('milestone');
    expect(r.form.effective).toBe('2026-02-30');
    expect(r.notices).toEqual([
      { code: 'unknown-rule', value: 'evil' },
      { code: 'bad-enum', field: 'mode', value: 'free' },
      { code: 'bad-flag', field: 'withRoyalty', value: 'yes' },
    ]);
  });
  it('over-long values and too many milestones are dropped with notices', () => {
    const pairs: [string, string][] = [['eff', 'x'.repeat(MAX_PARAM_LENGTH + 1)]];
    for (let i = 0; i < 25; i++) pairs.push([`m${i}n`, `n${i}`]);
    const r = parsePaymentForm(q(pairs), defaults, rules);
    expect(r.form.effective).toBe('');
    expect(r.form.milestones).toHaveLength(20);
    expect(r.notices.map((n) => n.code)).toEqual(['too-long', 'too-many-milestones']);
  });
  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = parsePaymentForm(new URLSearchParams(s), defaults, rules);
        return rules.includes(r.form.rule) && ['royalty', 'milestone', 'deferred'].includes(r.form.mode);
      }),
    );
  });
});
