import { expect, test } from 'vitest';
import { parseDateInput, parseIntegerInput, parsePercentInput, parseYuanInput } from '../../../src/lib/parse-input';

test.each([
  ['1000000', '1000000'],
  ['1,000,000', '1000000'],
  ['100万', '1000000'],
  ['12.5万', '125000'],
  ['0.01', '0.01'],
  ['500000元', '500000'],
])('parseYuanInput(%s) = %s', (raw, want) => {
  const r = parseYuanInput(raw);
  expect(r.ok && r.value.toString()).toBe(want);
});

test.each([
  ['', '请填写金额。'],
  ['-5', '金额不能为负数。'],
  ['abc', '金额须为数字，例如 500000 或 50万。'],
  ['1.005', '金额最多精确到分（两位小数）。'],
  ['0', '金额须大于0。'],
  ['2000000000000000', '金额超出合理范围（不超过10¹⁵元）。'],
  ['NaN', '金额须为数字，例如 500000 或 50万。'],
  ['1e9', '金额须为数字，例如 500000 或 50万。'],
])('parseYuanInput(%j) fails with a Chinese message', (raw, msg) => {
  expect(parseYuanInput(raw)).toEqual({ ok: false, message: msg });
});

test('percent', () => {
  const r = parsePercentInput('70%');
  expect(r.ok && r.value.toString()).toBe('0.7');
  expect(parsePercentInput('120')).toEqual({ ok: false, message: '比例不能超过100%。' });
  expect(parsePercentInput('-1')).toEqual({ ok: false, message: '比例不能为负数。' });
});

test('dates', () => {
  expect(parseDateInput('2026-02-30')).toEqual({ ok: false, message: '日期不存在（例如 2 月没有 30 日），请检查。' });
  expect(parseDateInput('2026/03/01').ok).toBe(false);
  expect(parseDateInput('2026-03-01')).toEqual({ ok: true, value: '2026-03-01' });
});

test('integers', () => {
  expect(parseIntegerInput('3', 1, 120)).toEqual({ ok: true, value: 3 });
  expect(parseIntegerInput('0', 1, 120).ok).toBe(false);
  expect(parseIntegerInput('2.5', 1, 120).ok).toBe(false);
});

test.each([
  ['１２３', '123'], // full-width digits, as a Chinese keyboard types them
  ['１２．５万', '125000'],
  ['１，０００，０００元', '1000000'],
])('parseYuanInput reads full-width %s as %s', (raw, want) => {
  const r = parseYuanInput(raw);
  expect(r.ok && r.value.toString()).toBe(want);
});

test('full-width dates, percentages and integers are read', () => {
  expect(parseDateInput('２０２６－０３－０１')).toEqual({ ok: true, value: '2026-03-01' });
  const p = parsePercentInput('７０％');
  expect(p.ok && p.value.toString()).toBe('0.7');
  expect(parseIntegerInput('１２', 1, 120)).toEqual({ ok: true, value: 12 });
});

test('a percentage message quotes the example of its own field (a daily rate is not 70)', () => {
  expect(parsePercentInput('abc', { label: '日违约金比例', example: '0.05' })).toEqual({
    ok: false,
    message: '日违约金比例须为数字（百分数），例如 0.05。',
  });
  expect(parsePercentInput('abc')).toEqual({ ok: false, message: '比例须为数字（百分数），例如 70。' });
});
