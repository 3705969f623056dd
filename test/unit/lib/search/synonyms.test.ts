import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { synonymsOf, termVariants } from '../../../../src/lib/search/synonyms';

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
