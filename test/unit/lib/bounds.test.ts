import { expect, test } from 'vitest';
import { boundKind, satisfiesBound } from '../../../src/lib/bounds';
import { yuan } from '../../../src/lib/money';

// 民法典 第一千二百五十九条: 以上、以下、以内、届满 include the number; 不满、超过、以外 exclude it.
test.each([
  ['500000', '以上', '500000', true], // 50万元以上 includes 50万
  ['499999.99', '以上', '500000', false],
  ['1000000', '不超过', '1000000', true], // 不超过100万元 allows exactly 100万
  ['1000000.01', '不超过', '1000000', false],
  ['1000000', '超过', '1000000', false], // 超过 excludes the number
  ['1000000.01', '超过', '1000000', true],
  ['100', '不满', '100', false],
  ['99', '不满', '100', true],
  ['0.7', '不低于', '0.7', true],
  ['0.69', '不低于', '0.7', false],
  ['0.1', '以内', '0.1', true],
  ['0.2', 'exactly', '0.2', true],
  ['0.21', 'exactly', '0.2', false],
] as const)('%s %s %s → %s', (v, word, limit, want) => {
  expect(satisfiesBound(yuan(v), word, yuan(limit))).toBe(want);
});

test('sides', () => {
  expect(boundKind('不少于')).toEqual({ side: 'lower', inclusive: true });
  expect(boundKind('最高')).toEqual({ side: 'upper', inclusive: true });
});
