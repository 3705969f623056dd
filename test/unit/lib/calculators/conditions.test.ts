// evaluateCondition on synthetic edge cases: kinds and bound words the dataset does not (yet) use
// in a subsidy's conditions. The real conditions are covered by subsidy-plan.test.ts.
import { describe, expect, it } from 'vitest';
import type { SubsidyCondition } from '../../../../src/schemas/provision';
import { claimStatus, EMPTY_CONDITION, evaluateCondition } from '../../../../src/lib/calculators/conditions';
import { calendar } from '../holidays-data';

const at = (c: SubsidyCondition, patch: Partial<typeof EMPTY_CONDITION>) => evaluateCondition(0, c, { ...EMPTY_CONDITION, ...patch }, calendar);

describe('synthetic threshold condition: 累计达到50万元以上 (以上 includes the number, 第一千二百五十九条)', () => {
  const synthetic: SubsidyCondition = { kind: 'threshold', text: '累计达到50万元以上', yuan: '500000', bound: '以上', of: '合同到账金额' };
  it.each([
    ['499999.99', 'not-met'],
    ['500000', 'met'], // the number itself
    ['50万', 'met'],
    ['', 'unanswered'],
  ])('%s → %s', (amount, want) => expect(at(synthetic, { amount }).state).toBe(want));
  it('a malformed amount is a field message and leaves the condition open', () => {
    const r = at(synthetic, { amount: 'abc' });
    expect(r.state).toBe('unanswered');
    expect(r.errors.amount).toBe('合同到账金额须为数字，例如 500000 或 50万。');
  });
  it('超过 excludes the number', () => {
    const over: SubsidyCondition = { ...synthetic, bound: '超过' };
    expect([at(over, { amount: '500000' }).state, at(over, { amount: '500000.01' }).state]).toEqual(['not-met', 'met']);
  });
});

describe('synthetic duration condition with 超过 (the day after the last day)', () => {
  const synthetic: SubsidyCondition = { kind: 'duration', text: '投资超过1年', period: { amount: 1, unit: 'year', bound: '超过', from: '投资' } };
  it('2026-03-02 + 1 year ends on 2027-03-02 (Tuesday); 超过 → claims from 03-03', () => {
    const r = at(synthetic, { from: '2026-03-02', on: '2027-03-02' });
    expect([r.earliest, r.state]).toEqual(['2027-03-03', 'not-met']);
    expect(at(synthetic, { from: '2026-03-02', on: '2027-03-03' }).state).toBe('met');
  });
});

describe('claimStatus', () => {
  const r = (state: 'met' | 'not-met' | 'unanswered') => ({ index: 0, condition: { kind: 'fact', text: 'xx' } as const, asked: true, state, errors: {} });
  it('not met beats unanswered beats met', () => {
    expect(claimStatus([r('met'), r('unanswered')])).toBe('conditional');
    expect(claimStatus([r('unanswered'), r('not-met')])).toBe('not-eligible');
    expect(claimStatus([r('met')])).toBe('eligible');
    expect(claimStatus([])).toBe('eligible');
  });
});
