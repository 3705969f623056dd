import { expect, test } from 'vitest';
import { describeValue, formatPeriod, readingViews, withBound } from '../../../src/lib/provision-format';
import { provisionValue } from '../../../src/schemas/provision';

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

// readingViews: one list for every page that shows a provision (#13 §4). Synthetic provisions,
// named as such: the live dataset is checked on the built pages (test/site/readings.test.ts).
test('readingViews: own readings keep their consequence; a changed value is described, an unchanged one is not', () => {
  const share = provisionValue.parse({ type: 'share', rate: '0.70', bound: '不低于', base: 'net-income', beneficiary: 'inventors', modes: ['pay-later-licence'], modality: 'shall' });
  const views = readingViews({
    value: share,
    readings: [
      { key: 'a', label: '读法一', explanation: '因为甲', consequence: '按70%' },
      { key: 'b', label: '读法二', explanation: '因为乙', consequence: '按50%', value: provisionValue.parse({ ...share, rate: '0.50' }) },
      { key: 'c', label: '读法三', explanation: '因为丙', consequence: '同上', value: share },
    ],
  });
  expect(views.map((v) => [v.key, v.consequence, v.detail])).toEqual([
    ['a', '按70%', ''],
    ['b', '按50%', '不低于50%'],
    ['c', '同上', ''], // same value as the provision's: nothing to add
  ]);
});

test('readingViews: payment-timing readings inside the value are shown, their explanation as the consequence', () => {
  const views = readingViews({
    value: provisionValue.parse({
      type: 'payment-timing', agreedByParties: false,
      triggers: [{ trigger: 'market-revenue', label: '产生收入后' }],
      readings: [{ key: 'earlier-of', label: '读法一：以先到者为准', explanation: '任一先发生即开始付费。' }],
    }),
    readings: [],
  });
  expect(views).toEqual([{ key: 'earlier-of', label: '读法一：以先到者为准', explanation: '', consequence: '任一先发生即开始付费。', detail: '' }]);
});

test('readingViews: an unambiguous provision has none', () => {
  expect(readingViews({ value: { type: 'text' }, readings: [] })).toEqual([]);
});
