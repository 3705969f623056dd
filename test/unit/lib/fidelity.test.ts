import { describe, expect, test } from 'vitest';
import {
  applyFixes,
  collapseWhitespace,
  compareNormalized,
  countOccurrences,
  normalizeForComparison,
  type FixLike,
} from '../../../src/lib/fidelity';
import { fixesFileSchema } from '../../../src/schemas/fix';

describe('normalizeForComparison', () => {
  test.each([
    ['ASCII spaces and tabs', 'a b\tc', 'abc'],
    ['line breaks of every kind', '第一\n第二\r\n第三', '第一第二第三'],
    ['ideographic space U+3000', '\u3000本政策', '本政策'],
    ['no-break space and BOM', '\uFEFF甲\u00A0乙', '甲乙'],
    ['zero-width characters', '甲\u200B乙\u2060丙', '甲乙丙'],
    ['keeps half-width punctuation', '(三)担保方:', '(三)担保方:'],
    ['keeps full-width punctuation distinct', '（三）', '（三）'],
    ['keeps markup: it must be a recorded fix', '## **第二条**', '##**第二条**'],
    ['keeps digits and %', '不低于 70%', '不低于70%'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeForComparison(input)).toBe(expected);
  });
});

describe('collapseWhitespace', () => {
  test.each([
    ['  a \n\n b  ', 'a b'],
    ['签订日期：  年  月  日', '签订日期： 年 月 日'],
    ['\u3000本政策', '本政策'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(collapseWhitespace(input)).toBe(expected);
  });
});

describe('countOccurrences', () => {
  test.each([
    ['**a**', '**', 2],
    ['aaaa', 'aa', 2], // non-overlapping, like the replacement
    ['abc', 'x', 0],
  ])('%j has %j ×%i', (hay, needle, n) => {
    expect(countOccurrences(hay, needle)).toBe(n);
  });
});

describe('applyFixes', () => {
  const cases: { name: string; source: string; fixes: FixLike[]; expected: string }[] = [
    { name: 'no fixes', source: 'abc', fixes: [], expected: 'abc' },
    { name: 'join a page break', source: '科技成\n\n果', fixes: [{ find: '成\n\n果', replace: '成果' }], expected: '科技成果' },
    { name: 'count replaces all', source: '**一** **二**', fixes: [{ find: '**', replace: '', count: 4 }], expected: '一 二' },
    {
      name: 'applied in order',
      source: 'ab',
      fixes: [{ find: 'a', replace: 'c' }, { find: 'cb', replace: 'd' }],
      expected: 'd',
    },
    { name: 'insert a lost number', source: '\n培优', fixes: [{ find: '培优', replace: '（九）培优' }], expected: '\n（九）培优' },
  ];
  test.each(cases)('$name', ({ source, fixes, expected }) => {
    expect(applyFixes(source, fixes)).toBe(expected);
  });

  test.each([
    { name: 'find missing', fixes: [{ find: 'x', replace: '' }], message: /fix #1 "x": expected 1 occurrence\(s\), found 0/ },
    { name: 'found more often than stated', fixes: [{ find: 'a', replace: '' }], message: /expected 1 occurrence\(s\), found 2/ },
    { name: 'found less often than stated', fixes: [{ find: 'a', replace: '', count: 3 }], message: /expected 3 occurrence\(s\), found 2/ },
    { name: 'empty find', fixes: [{ find: '', replace: 'x' }], message: /fix #1/ },
    {
      name: 'a later fix names its position',
      fixes: [{ find: 'b', replace: '' }, { find: 'z', replace: '' }],
      message: /fix #2 "z"/,
    },
  ])('throws: $name', ({ fixes, message }) => {
    expect(() => applyFixes('aba', fixes)).toThrow(message);
  });
});

describe('compareNormalized', () => {
  test('equal after normalisation', () => {
    expect(compareNormalized('第一条\n 适用', '第一条适用')).toEqual({ ok: true });
  });
  test('reports the first difference with context', () => {
    expect(compareNormalized('公示期不少于15日', '公示期不少于16日', 3)).toEqual({
      ok: false,
      index: 7,
      expected: '少于15日',
      actual: '少于16日',
    });
  });
  test('a missing tail is a difference', () => {
    expect(compareNormalized('甲乙', '甲').ok).toBe(false);
  });
});

describe('fixesFileSchema', () => {
  const good = { find: 'a', replace: '', reason: '原因', kind: 'markup' };
  test.each([
    ['a valid record', [good], true],
    ['with a count', [{ ...good, count: 3 }], true],
    ['an empty file', [], true],
    ['a blank reason', [{ ...good, reason: '  ' }], false],
    ['an empty find', [{ ...good, find: '' }], false],
    ['an unknown kind', [{ ...good, kind: 'typo' }], false],
    ['an unknown key', [{ ...good, note: 'x' }], false],
    ['a zero count', [{ ...good, count: 0 }], false],
    ['not a list', good, false],
  ])('%s', (_name, data, ok) => {
    expect(fixesFileSchema.safeParse(data).success).toBe(ok);
  });
});
