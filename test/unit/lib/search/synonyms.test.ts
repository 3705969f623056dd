import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { conceptWordsOf, synonymsOf, termVariants } from '../../../../src/lib/search/synonyms';

const groups = [['先用后付', '先使用后付费', '先用后转'], ['里程碑', '里程碑节点']];

test('a term finds the other members of its group, not itself', () => {
  expect(synonymsOf('先用后付', groups)).toEqual(['先使用后付费', '先用后转']);
  expect(synonymsOf('先用后转', groups)).toEqual(['先用后付', '先使用后付费']);
  expect(synonymsOf('公示期', groups)).toEqual([]);
});

test('variants substitute one term at a time, the typed terms first', () => {
  expect(termVariants(['湖南', '里程碑'], groups)).toEqual([['湖南', '里程碑'], ['湖南', '里程碑节点']]);
});

test('the shipped table has the 先用后付 family in one group', () => {
  const shipped = (parse(readFileSync('content/search/synonyms.yaml', 'utf8')) as { groups: string[][] }).groups;
  expect(synonymsOf('先用后付', shipped)).toEqual(expect.arrayContaining(['先使用后付费', '先用后转']));
});

describe('concepts', () => {
  const concepts = [
    { key: 'integrity', label: '诚信与信用', asked: ['守信'], words: ['诚信', '信用', '失信', '履约'] },
    { key: 'open-licence', label: '开放许可', asked: ['当然许可'], words: ['开放许可'] },
  ];
  const syn = [['诚信', '诚实信用']];
  test.each([
    // a text word finds the concept's other text words
    ['诚信', ['信用', '失信', '履约']],
    // an asked word (not in the texts) finds every text word
    ['守信', ['诚信', '信用', '失信', '履约']],
    ['当然许可', ['开放许可']],
    // not in any concept
    ['担保', []],
  ])('conceptWordsOf(%s) = %j', (term, want) => {
    expect(conceptWordsOf(term, concepts)).toEqual(want);
  });
  test('a synonym of the term is left to synonym matching', () => {
    expect(conceptWordsOf('诚实信用', concepts, syn)).toEqual([]);
    expect(conceptWordsOf('信用', concepts, syn)).toEqual(['诚信', '失信', '履约']);
  });
  test('termVariants: as typed, synonyms, then concept words', () => {
    expect(termVariants(['湖南', '当然许可'], [], concepts)).toEqual([['湖南', '当然许可'], ['湖南', '开放许可']]);
  });
});
