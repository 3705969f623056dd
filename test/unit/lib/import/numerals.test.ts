import { describe, expect, test } from 'vitest';
import { markerOf, parseChineseNumeral, toChineseNumeral } from '../../../../src/lib/import/numerals';

describe('Chinese numerals', () => {
  test.each([
    ['一', 1], ['十', 10], ['十五', 15], ['二十', 20], ['二十三', 23], ['九十九', 99], ['一百', 100], ['一百零五', 105], ['两', 2],
  ])('%s = %i (and back)', (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
    if (s !== '两') expect(toChineseNumeral(n)).toBe(s);
  });
  test.each(['', '第一', 'x', '十a'])('%j is not a numeral', (s) => expect(parseChineseNumeral(s)).toBeNull());
  test('toChineseNumeral refuses 0 and 1000', () => {
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
    expect(() => toChineseNumeral(1000)).toThrow(RangeError);
  });
});

describe('markerOf', () => {
  test.each([
    ['第三章 附则', 'chapter', 3],
    ['第十二条 本办法…', 'article', 12],
    ['十五、完善机制', 'part', 15],
    ['（九）培优', 'item', 9],
    ['(五) 完善', 'item', 5],
    ['1. 科技成果名称：', 'num', 1],
    ['12．其他', 'num', 12],
    ['（2）向法院提起诉讼', 'paren-num', 2],
    ['模式二：延期启动支付', 'mode', 2],
  ])('%s → %s %i', (block, kind, n) => {
    expect(markerOf(block)).toMatchObject({ kind, n });
  });
  test.each(['1.5倍', '（征求意见稿）', '2025年', '第一', '一是', '（以下简称“改革单位”）'])('%s opens nothing', (b) => {
    expect(markerOf(b)).toBeNull();
  });
  test('bracket width is recorded', () => {
    expect(markerOf('（一）a')?.fullWidth).toBe(true);
    expect(markerOf('(一)a')?.fullWidth).toBe(false);
  });
});
