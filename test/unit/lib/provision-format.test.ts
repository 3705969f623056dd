import { expect, test } from 'vitest';
import { describeValue, formatPeriod, withBound } from '../../../src/lib/provision-format';

test.each([
  ['70%', '不低于', '不低于70%'],
  ['50万元', '以上', '50万元以上'],
  ['10%', '以内', '10%以内'],
  ['100万元', '不超过', '不超过100万元'],
  ['50万元', 'exactly', '50万元'],
] as const)('withBound(%s, %s)', (fig, b, want) => expect(withBound(fig, b)).toBe(want));

test('periods', () => {
  expect(formatPeriod({ amount: 15, unit: 'day', bound: '不少于' })).toBe('不少于15日');
  expect(formatPeriod({ amount: 1, unit: 'year', bound: '至少', from: '许可合同生效', inclusiveMark: true })).toBe('自许可合同生效起至少1年（含）');
});

test('subsidy: Yunnan 七 enterprise purchase', () => {
  expect(
    describeValue({
      type: 'subsidy', claimant: 'enterprise', base: { kind: 'received-amount', label: '成交实际到账额' },
      rate: '0.20', rateBound: 'exactly', caps: [
        { scope: 'per-project', yuan: '1000000', bound: '不超过' },
        { scope: 'per-claimant-year', yuan: '3000000', bound: '不超过' },
      ], caseByCase: false, conditions: [],
    }),
  ).toBe('按成交实际到账额的20%；单个项目不超过100万元；每家每年不超过300万元');
});

test('case by case is never a number', () => {
  expect(describeValue({ type: 'subsidy', claimant: 'enterprise', caps: [], caseByCase: true, conditions: [] })).toBe('一事一议');
});

test('late-payment rate', () => {
  expect(describeValue({ type: 'rate', rate: '0.0005', per: 'day', contractDefault: true })).toBe('每日0.05%（示范文本默认值，可约定）');
});
