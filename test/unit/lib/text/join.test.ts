import { describe, expect, it } from 'vitest';
import { BAD_PUNCTUATION, joinSentences } from '../../../../src/lib/text/join';

describe('joinSentences', () => {
  it.each<[string, string[], string]>([
    ['clauses without end punctuation get the separator', ['甲', '乙'], '甲；乙'],
    ['a sentence end needs no separator (was 。；)', ['甲。', '乙。'], '甲。乙。'],
    ['mixed', ['甲。', '乙', '丙。'], '甲。乙；丙。'],
    ['a closing quote after the end counts as the end', ['称“先用后付。”', '乙'], '称“先用后付。”乙'],
    ['a clause already ending in ； is not doubled', ['甲；', '乙'], '甲；乙'],
    ['blank and padded parts', [' 甲 ', '', '  ', '乙'], '甲；乙'],
    ['nothing', [], ''],
    ['one part', ['甲。'], '甲。'],
  ])('%s', (_, parts, want) => {
    expect(joinSentences(parts)).toBe(want);
    expect(BAD_PUNCTUATION.test(joinSentences(parts))).toBe(false);
  });

  it('takes another separator', () => {
    expect(joinSentences(['甲', '乙'], '，')).toBe('甲，乙');
  });

  it.each(['。；', '；。', '。。', '，。', '、。', '；；', '：。'])('BAD_PUNCTUATION flags %s', (s) => {
    expect(BAD_PUNCTUATION.test(`甲${s}乙`)).toBe(true);
  });

  it.each(['甲。乙', '甲；乙', '“甲。”乙', '甲：“乙”'])('BAD_PUNCTUATION leaves %s alone', (s) => {
    expect(BAD_PUNCTUATION.test(s)).toBe(false);
  });
});
