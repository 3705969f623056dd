import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computePlan, type PaymentForm, type PlanContext } from '../../../../src/lib/calculators/payment-plan';
import { calendar } from '../holidays-data';
import { HUNAN_DEFAULT, KUNMING, YUNNAN, ruleData } from './payment-fixtures';

const ctx: PlanContext = { rules: ruleData.rules, calendar, fallbackLateRate: ruleData.fallbackLateRate };

const example: PaymentForm = {
  rule: KUNMING,
  effective: '2026-10-09',
  revenue: '2028-09-01',
  publicity: '2026-09-16',
  mode: 'milestone',
  agreedMonths: '',
  milestones: [
    { name: '技术验证通过', date: '2027-10-15', amount: '100000', term: '30' },
    { name: '样品试制成功', date: '2028-03-01', amount: '200000', term: '30' },
  ],
  withRoyalty: false,
  royaltyRate: '3',
  royaltyPeriod: 'half-year',
  royaltyRevenue: '1000000',
  royaltyPeriods: '4',
  royaltyTerm: '30',
  royaltyFrom: 'revenue',
  deferredStart: 'period',
  deferredKind: 'lump',
  lumpAmount: '300000',
  deferredTerm: '30',
  instCount: '4',
  instAmount: '75000',
  instInterval: '6',
  lateUnpaid: '100000',
  lateDue: '2027-11-15',
  latePaid: '2027-12-15',
  lateRate: '0.05',
};

describe('computePlan — the worked example (Kunming, milestones)', () => {
  const r = computePlan(example, ctx);
  it('has no errors and cites the Kunming provision', () => {
    expect(r.errors).toEqual({});
    expect(r.timing?.provisionIds).toEqual([KUNMING]);
  });
  it('publicity from 2026-09-16 ends 2026-10-01 → moved to 10-08; signing from 10-09', () => {
    expect(r.publicity?.period.plainEnd).toBe('2026-10-01');
    expect(r.publicity?.period.end).toBe('2026-10-08');
    expect(r.publicity?.earliestSigning).toBe('2026-10-09');
    expect(r.publicity?.signedTooEarly).toBe(false);
  });
  it('earliest payment 2027-10-09 is a Saturday → 2027-10-11 (weekends only: 2027 unknown)', () => {
    expect(r.timing?.triggers[0]?.period?.plainEnd).toBe('2027-10-09');
    expect(r.timing?.earliest).toBe('2027-10-11');
    expect(r.timing?.holidayDataKnown).toBe(false);
  });
  it('schedule: 2027-10-15 + 30 days = 2027-11-14 (Sunday) → 11-15; total 300,000', () => {
    expect(r.schedule?.rows.map((x) => x.due)).toEqual(['2027-11-15', '2028-03-31']);
    expect(r.schedule?.total.toFixed(2)).toBe('300000.00');
  });
  it('complies under reading 1 only: before revenue, so the revenue window is not met', () => {
    // Reading 3 (一年（含）a floor, 收入后一年内 a window): first due 2027-11-15 is after the floor 2027-10-11, no revenue yet.
    expect(r.check?.perReading).toEqual(['ok', 'ok', 'ok']);
    expect(r.check?.perTrigger).toEqual(['ok', 'before-opens']);
    expect(r.check?.status).toBe('complies');
  });
  it('penalty: 100,000 × 0.05% × 30 days = 1,500', () => {
    expect(r.penalty?.daysOverdue).toBe(30);
    expect(r.penalty?.penalty.toFixed(2)).toBe('1500.00');
    expect(r.lateRateSource?.otherPolicy).toBe(true); // Kunming has no rate: the Hunan default is suggested
  });
  it('fills the clause terms of 模式一 with the milestones as entered', () => {
    expect(r.clauseTerms?.mode).toBe('milestone');
    if (r.clauseTerms?.mode !== 'milestone') return;
    expect(r.clauseTerms.rows.map((x) => [x.node, x.expected, x.amount.toString(), x.termDays])).toEqual([
      [example.milestones[0]!.name, '2027-10-15', '100000', 30],
      [example.milestones[1]!.name, '2028-03-01', '200000', 30],
    ]);
    expect(r.clauseTerms.total.toString()).toBe('300000');
  });
});

describe('computePlan — bad input gets a message next to the field, the rest keeps working', () => {
  const cases: [Partial<PaymentForm>, string, RegExp][] = [
    [{ effective: '2026-02-30' }, 'effective', /不存在/],
    [{ effective: '' }, 'effective', /请填写/],
    [{ revenue: '2026-01-01' }, 'revenue', /早于合同生效日/],
    [{ lateUnpaid: '-5' }, 'lateUnpaid', /负数/],
    [{ lateUnpaid: 'abc' }, 'lateUnpaid', /数字/],
    [{ lateUnpaid: '2000000000000000' }, 'lateUnpaid', /超出合理范围/],
    [{ lateRate: '150' }, 'lateRate', /超过100%/],
    [{ agreedMonths: '1.5' }, 'agreedMonths', /整数/],
  ];
  it.each(cases)('%o → error on %s', (patch, field, msg) => {
    const r = computePlan({ ...example, ...patch }, ctx);
    expect(r.errors[field]).toMatch(msg);
  });
  it('milestones out of order: error on the later one, and schedule blocked but timing shown', () => {
    const ms = [example.milestones[1]!, example.milestones[0]!];
    const r = computePlan({ ...example, milestones: ms }, ctx);
    expect(r.errors['ms-1-date']).toMatch(/顺序/);
    expect(r.schedule).toBeNull();
    expect(r.scheduleBlocked).toBe('errors');
    expect(r.timing?.earliest).toBe('2027-10-11');
    expect(r.penalty?.daysOverdue).toBe(30);
  });
  it('a bad milestone amount blocks the schedule only', () => {
    const ms = [{ ...example.milestones[0]!, amount: '' }];
    const r = computePlan({ ...example, milestones: ms }, ctx);
    expect(r.errors['ms-0-amount']).toMatch(/请填写/);
    expect(r.publicity?.earliestSigning).toBe('2026-10-09');
  });
  it('royalty rate over 100% is refused', () => {
    const r = computePlan({ ...example, mode: 'royalty', royaltyRate: '120' }, ctx);
    expect(r.errors['royaltyRate']).toMatch(/超过100%/);
  });
});

describe('computePlan — other rules and modes', () => {
  it('Hunan model contract, deferred start after the default [3] months, lump sum', () => {
    const r = computePlan({ ...example, rule: HUNAN_DEFAULT, mode: 'deferred', effective: '2026-01-31', revenue: '', publicity: '' }, ctx);
    expect(r.deferredStart?.date).toBe('2026-04-30');
    expect(r.deferredStart?.lengthSource).toBe('contract-default');
    // 2026-04-30 + 30 days = 2026-05-30, a Saturday → Monday 06-01 (Art. 203).
    expect(r.schedule?.rows.map((x) => x.plainDue)).toEqual(['2026-05-30']);
    expect(r.schedule?.rows.map((x) => x.due)).toEqual(['2026-06-01']);
    expect(r.publicity).toBeNull();
    expect(r.lateRateSource?.otherPolicy).toBe(false);
  });
  it('Yunnan: 支付时间由双方商定', () => {
    const r = computePlan({ ...example, rule: YUNNAN }, ctx);
    expect(r.check?.status).toBe('agreed');
    expect(r.timing?.earliest).toBeNull();
  });
  it('an unknown rule id is an error, not a crash', () => {
    const r = computePlan({ ...example, rule: 'nope' }, ctx);
    expect(r.errors['rule']).toBeTruthy();
    expect(r.timing).toBeNull();
  });
});

describe('computePlan — property: never NaN, never throws on arbitrary strings', () => {
  it('holds for random field contents', () => {
    const junk = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '0', '-1', '1e9', '2026-02-30', '9'.repeat(20), '50万', '100%', 'NaN'));
    fc.assert(
      fc.property(junk, junk, junk, junk, junk, fc.constantFrom('royalty', 'milestone', 'deferred') as fc.Arbitrary<PaymentForm['mode']>, (a, b, c, d, e, mode) => {
        const r = computePlan(
          { ...example, mode, effective: a, lateUnpaid: b, royaltyRate: c, milestones: [{ name: 'x', date: d, amount: e, term: b }], instAmount: e, agreedMonths: c },
          ctx,
        );
        const text = JSON.stringify(r, (_k, v) => (v && typeof v === 'object' && 'toFixed' in v ? String(v) : v));
        return !/NaN|Infinity/.test(text);
      }),
      { numRuns: 300 },
    );
  });
});
