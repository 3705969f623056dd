import { describe, expect, it } from 'vitest';
import { occurrenceToken, parseChineseNumeral, scanNumbers, shiftDecimal } from '../../../src/lib/number-scan';

const keys = (text: string) => scanNumbers(text).map((o) => `${o.key}|${o.kind}|${o.value}`);

describe('scanNumbers', () => {
  it.each([
    // The examples, each a number with its unit or quantity word.
    ['提取百分之五十的比例', ['百分之五十|percent|50']],
    ['不低于70%的比例', ['70%|percent|70']],
    ['不低于 10 年的长期使用权', ['10年|duration|10']], // whitespace inside is allowed, the key drops it
    ['应在3个月内汇交', ['3个月|duration|3']], // 个月 wins over 月
    ['公示期不少于15日', ['15日|duration|15']],
    ['不超过 100 万元', ['100万元|money|100']],
    ['连续三至五年', ['三至五年|duration|3-5']],
    ['超过2500项', ['2500项|count|2500']],
    ['技术成熟度达到TRL 4级', ['TRL4级|level|4']],
    ['TRL 6 以上', ['TRL6|level|6']],
    // Dates are one occurrence, not a year and a day.
    ['自 2025 年 11 月 14 日起施行', ['2025年11月14日|date|2025-11-14']],
    ['有效期至2028年12月31日。到2028年', ['2028年12月31日|date|2028-12-31', '2028年|date|2028']],
    ['自2月1日起', ['2月1日|date|02-01']],
    // A model contract's blanks.
    ['满[3]个月起', ['[3]个月|duration|3']],
    ['未付金额的[0.05]%支付', ['[0.05]%|percent|0.05']],
    // Chinese and financial numerals; 五万元 is 五 + 万元, not 五万 + 元.
    ['给予五万元补助', ['五万元|money|5']],
    ['一式肆份，双方各执贰份', ['肆份|count|4', '贰份|count|2']],
    ['实行双倍积分', ['双倍|count|2']],
    ['每[半年/年]结算一次', ['半年|duration|0.5', '一次|count|1']],
    ['二十五项', ['二十五项|count|25']],
    ['按百分之零点五计', ['百分之零点五|percent|0.5']],
    ['15个工作日内答复，每24小时', ['15个工作日|duration|15', '24小时|duration|24']],
  ])('%s', (text, want) => {
    expect(keys(text)).toEqual(want);
  });

  it.each([
    ['第一条 适用范围；第（三）项'], // ordinals and article numbers
    ['“3815”战略发展目标'], // a number with no unit
    ['（昆政办〔2025〕18号）'], // a document number
    ['可采取一次性总付'], // 一次性 is one word
    ['统一编码、进一步提升'], // set phrases
    ['支持概念验证、小试、中试及二次开发'], // a term
    ['一定期限'], // 一定 is not a quantity
    ['人员、年度、期限、份额'], // units as the first character of a word, with no numeral
  ])('finds nothing in %s', (text) => {
    expect(scanNumbers(text)).toEqual([]);
  });

  it('reports offsets into the text it was given', () => {
    const text = '按前期研发投入 20%给予不超过 1000 万元补助';
    for (const o of scanNumbers(text)) expect(text.slice(o.start, o.end)).toBe(o.text);
    expect(scanNumbers(text).map((o) => o.text)).toEqual(['20%', '1000 万元']);
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['五', 5], ['十', 10], ['十五', 15], ['二十', 20], ['一百二十', 120], ['两千五百', 2500], ['三万', 30000],
    ['一百零五', 105], ['肆', 4], ['贰拾', 20], ['〇', 0], ['五x', null], ['', null],
  ])('%s → %s', (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });
});

describe('tokens: the printed figure and the typed value meet', () => {
  it.each([
    ['0.70', 2, '70'], // a share 0.70 is 70%
    ['0.0005', 2, '0.05'], // a daily rate 0.0005 is 0.05%
    ['50', 4, '500000'], // 50万元 is 500000 元
    ['1000', 4, '10000000'],
    ['1000000', 0, '1000000'],
  ])('shiftDecimal(%s, %i) = %s', (s, places, want) => {
    expect(shiftDecimal(s, places)).toBe(want);
  });

  it.each([
    ['不超过 1000 万元', 'money:10000000'],
    ['不低于70%', 'percent:70'],
    ['满[3]个月', 'duration:3month'],
    ['公示期不少于15日', 'duration:15day'],
    ['超过2500项', 'count:2500'],
    ['2026年2月1日', 'date:2026-02-01'],
    ['三至五年', 'duration:3-5year'], // a range is captured only by a value typing both ends (第四十五条 连续三至五年)
  ])('%s → %s', (text, token) => {
    expect(occurrenceToken(scanNumbers(text)[0]!)).toBe(token);
  });
});
