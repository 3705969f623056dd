import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { MAX_QUERY_CHARS, normalizeForMatch, prepareQuery, queryPieces, relaxationLevels } from '../../../../src/lib/search/query';

describe('prepareQuery', () => {
  test('empty and whitespace-only queries are "empty"', () => {
    expect(prepareQuery('').status).toBe('empty');
    expect(prepareQuery('   \u3000 ').status).toBe('empty');
    expect(prepareQuery(null).status).toBe('empty');
  });
  test('punctuation-only queries are reported as such', () => {
    expect(prepareQuery('。。。').status).toBe('punctuation-only');
    expect(prepareQuery('“”！？ ,.%').status).toBe('punctuation-only');
  });
  test('splits terms on spaces and list punctuation, strips quotes, dedupes', () => {
    expect(prepareQuery('  昆明 公示期、“里程碑” 昆明 ').terms).toEqual(['昆明', '公示期', '里程碑']);
  });
  test('full-width digits and percent signs are normalised', () => {
    expect(prepareQuery('７０％').terms).toEqual(['70%']);
  });
  test('a 1,000-character query is cut and says so', () => {
    const q = prepareQuery('公'.repeat(1000));
    expect(q.status).toBe('ok');
    expect(q.truncated).toBe(true);
    expect([...q.text]).toHaveLength(MAX_QUERY_CHARS);
  });
  test('never throws and always returns a known status', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const q = prepareQuery(s);
        expect(['ok', 'empty', 'punctuation-only']).toContain(q.status);
        expect(q.status === 'ok').toBe(q.terms.length > 0);
      }),
    );
  });
});

describe('normalizeForMatch', () => {
  test('drops spaces and zero-width spaces so "1000 万元" matches "1000万元"', () => {
    expect(normalizeForMatch('1000 万元')).toBe(normalizeForMatch('1000万元'));
    expect(normalizeForMatch('先\u200b使用')).toBe('先使用');
  });
});

describe('relaxationLevels', () => {
  test('starts with every piece and drops trailing pieces down to one per term', () => {
    const pieces = queryPieces('先使用后付费');
    expect(pieces.length).toBeGreaterThan(1);
    const levels = relaxationLevels(['先使用后付费']);
    expect(levels[0]).toBe(pieces.join(' '));
    expect(levels[levels.length - 1]).toBe(pieces[0]);
    expect(levels).toHaveLength(pieces.length);
  });
  test('relaxes the longest term first and keeps every term', () => {
    const levels = relaxationLevels(['昆明', '公示期']);
    for (const l of levels) expect(l.startsWith('昆明')).toBe(true);
    expect(levels[levels.length - 1]!.split(' ')).toHaveLength(2);
  });
});
