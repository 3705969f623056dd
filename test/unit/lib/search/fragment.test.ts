import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { FRAGMENT_SIGNATURE, isGzip, parseFragment, withLocations } from '../../../../src/lib/search/fragment';

// SYNTHETIC fragment file, in Pagefind 1.x's format: the signature, then the record as JSON.
const record = {
  url: '/policies/p/#art-3',
  content: '湖南\u200B省 \u200B净收入\u200B的\u200B70\u200B%\u200B<\u200B5年',
  word_count: 8,
  meta: { title: '第三条', anchor: 'art-3' },
  filters: { 地区: ['湖南省'] },
  anchors: [{ element: 'section', id: 'art-3', text: '', location: 2 }],
};
const bytes = new TextEncoder().encode(FRAGMENT_SIGNATURE + JSON.stringify(record));

describe('isGzip', () => {
  test.each([
    ['a gzipped file', gzipSync(bytes), true],
    ['a file a server already decompressed', bytes, false],
    ['an empty body', new Uint8Array(), false],
  ])('%s → %s', (_, b, want) => expect(isGzip(new Uint8Array(b))).toBe(want));
});

describe('parseFragment', () => {
  test('reads the record after the signature', () => {
    const f = parseFragment(bytes);
    expect(f).toMatchObject({ url: record.url, meta: record.meta, filters: record.filters, anchors: record.anchors });
  });
  test.each([
    ['still compressed', new Uint8Array(gzipSync(bytes))],
    ['no signature', new TextEncoder().encode(JSON.stringify(record))],
    ['no content', new TextEncoder().encode(FRAGMENT_SIGNATURE + JSON.stringify({ url: '/x/' }))],
  ])('fails when %s', (_, b) => expect(() => parseFragment(b)).toThrow(/Pagefind fragment/));
});

describe('withLocations (as Pagefind’s data() leaves a record)', () => {
  const f = parseFragment(bytes);
  test('raw_content keeps the word breaks with < and > escaped; content drops the breaks', () => {
    const d = withLocations(f, [2, 4]);
    expect(d.raw_content).toBe('湖南\u200B省 \u200B净收入\u200B的\u200B70\u200B%\u200B&lt;\u200B5年');
    expect(d.content).toBe('湖南省 净收入的70%<5年');
    expect(d.locations).toEqual([2, 4]);
    expect(d.meta).toEqual(record.meta);
    expect(d.anchors).toEqual(record.anchors);
  });
  test.each([
    ['/policies/p/#art-3', '/policies/p/#art-3'],
    ['policies/p/', '/policies/p/'],
    ['//cdn.example/x/', '//cdn.example/x/'],
    ['https://example.org/a//b/', 'https://example.org/a//b/'],
    ['/a//b/', '/a/b/'],
  ])('url %s → %s', (url, want) => {
    const file = new TextEncoder().encode(FRAGMENT_SIGNATURE + JSON.stringify({ ...record, url }));
    expect(withLocations(parseFragment(file), []).url).toBe(want);
  });
  test('each call is a new object: one query’s locations never overwrite another’s', () => {
    const a = withLocations(f, [2]);
    const b = withLocations(f, [5]);
    expect(a.locations).toEqual([2]);
    expect(b.locations).toEqual([5]);
  });
});
