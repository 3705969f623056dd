import { describe, expect, test } from 'vitest';
import { runSearch, toPassage, type PagefindApi, type PagefindFragment } from '../../../../src/lib/search/engine';

/** A fragment as Pagefind's data() returns it: words joined by U+200B, context then clause. */
function frag(anchor: string, words: string[], filters: Record<string, string[]>): PagefindFragment {
  const all = ['湖南', '省 ', ...words];
  return {
    url: `/policies/p/#${anchor}`,
    content: all.join(''),
    raw_content: all.join('\u200B'),
    meta: { title: anchor, anchor, kind: 'clause', short: '方案', date: '2025' },
    filters,
    anchors: [{ element: 'section', id: anchor, text: '', location: 2 }],
    locations: [2],
  };
}

const A = frag('a', ['净收入', '的', '70', '%'], { 地区: ['湖南省'], 主题: ['收益分配'] });
const B = frag('b', ['净', '收入', '分配'], { 地区: ['云南省'], 主题: ['收益分配'] });
const C = frag('c', ['收入', '提成', '，', '净', '利润'], { 地区: ['云南省'], 主题: ['付费方式与时间'] });

/** Fake Pagefind: a query matches a record when every space-separated piece starts one of its words. */
function fakeApi(records: PagefindFragment[], log: string[] = []): PagefindApi {
  return {
    async search(term: string) {
      log.push(term);
      const pieces = term.split(' ');
      const results = records
        .filter((r) => pieces.every((p) => (r.raw_content ?? '').split('\u200B').some((w) => w.trim().startsWith(p))))
        .map((r, i) => ({ id: r.url, score: 10 - i, data: async () => r }));
      return { results };
    },
  };
}

describe('runSearch', () => {
  test('relaxes the query until the differently segmented record is found, and ranks exact ones only', async () => {
    const log: string[] = [];
    const out = await runSearch(fakeApi([A, B, C], log), '净收入', []);
    expect(log.length).toBeGreaterThan(1);
    // A (净收入 as one word) is found only by the relaxed query 净; C matched all pieces apart.
    expect(out.passages.slice(0, 2).map((p) => p.match)).toEqual(['exact', 'exact']);
    expect(out.passages.slice(0, 2).map((p) => p.source.url).sort()).toEqual(['/policies/p/#a', '/policies/p/#b']);
    expect(out.passages.slice(2).map((p) => [p.source.url, p.match])).toEqual([['/policies/p/#c', 'partial']]);
  });
  test('a record only a relaxed query found, without the words, is dropped', async () => {
    const D = frag('d', ['净', '利润'], { 地区: ['云南省'] });
    const log: string[] = [];
    const out = await runSearch(fakeApi([D], log), '净收入', []);
    expect(log).toContain('净');
    expect(out.passages).toEqual([]);
  });
  test('filters narrow the passages; counts per value follow the other filters', async () => {
    const out = await runSearch(fakeApi([A, B]), '净收入', [], { filters: { 地区: ['云南省'] } });
    expect(out.passages.map((p) => p.source.url)).toEqual(['/policies/p/#b']);
    expect(out.counts['地区']).toEqual({ 湖南省: 1, 云南省: 1 });
    expect(out.counts['主题']).toEqual({ 收益分配: 1 });
    expect(out.unfiltered).toBe(2);
  });
  test('a value listed twice on one record counts once', async () => {
    const twice = { ...A, filters: { 主题: ['收益分配', '收益分配'] } };
    const out = await runSearch(fakeApi([twice]), '净收入', []);
    expect(out.counts['主题']).toEqual({ 收益分配: 1 });
  });
  test('empty, punctuation-only and very long queries return no passages and no error', async () => {
    const api = fakeApi([A]);
    expect((await runSearch(api, '', [])).query.status).toBe('empty');
    expect((await runSearch(api, '？！。', [])).query.status).toBe('punctuation-only');
    const long = await runSearch(api, '净收入'.repeat(400), []);
    expect(long.query.truncated).toBe(true);
    expect(long.passages).toEqual([]);
  });
});

test('toPassage reads the clause start from the anchor and the heading from a heading anchor', () => {
  const f = { ...frag('x', ['第一条', ' 适用', '范围', '. ', '正文'], { 地区: ['湖南省'] }), anchors: [{ element: 'section', id: 'x', text: '', location: 2 }, { element: 'h3', id: 'h', text: '第一条 适用范围', location: 2 }] };
  const p = toPassage(f, 'id', 1, 0);
  expect(p.textStart).toBe(2);
  expect(p.heading).toBe('第一条 适用范围');
  expect(p.place).toBe('湖南省');
});
