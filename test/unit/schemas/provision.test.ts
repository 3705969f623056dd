import { expect, test } from 'vitest';
import { provisionSchema } from '../../../src/schemas/provision';

const valid = {
  id: 'yunnan-2024-15-measures-art-8-cap', anchor: 'art-8', quote: '最高不超过1000万元', topic: 'subsidy', dimension: 'x',
  summary: '最高1000万元', value: { type: 'amount', yuan: '10000000', bound: '不超过', of: '奖补' },
};
const reading = (key: string, value?: unknown) => ({
  key, label: `读法${key}`, explanation: '原文未写明上限的适用范围。', consequence: '同一单位多个项目合计受此上限约束。', ...(value ? { value } : {}),
});

test('a provision without readings parses with an empty list', () => {
  expect(provisionSchema.parse(valid).readings).toEqual([]);
});

test('two readings, one with its own value of the same type, parse', () => {
  const r = provisionSchema.parse({ ...valid, readings: [reading('a'), reading('b', { type: 'amount', yuan: '5000000', bound: '不超过', of: '奖补' })] });
  expect(r.readings.map((x) => x.key)).toEqual(['a', 'b']);
});

test.each([
  [[reading('a')], 'readings 须列出至少两种读法（只有一种读法就不是歧义，请写进 summary/notes）'],
  [[reading('a'), reading('a')], 'readings 的 key 不得重复'],
  [[reading('a'), reading('b', { type: 'text' })], '读法 b 的 value 类型须与条文 value 相同（amount）'],
])('readings %# are refused with a message', (readings, message) => {
  const r = provisionSchema.safeParse({ ...valid, readings });
  expect(r.success).toBe(false);
  expect(r.error?.issues.map((i) => i.message)).toContain(message);
});
