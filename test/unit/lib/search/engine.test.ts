import { describe, expect, test } from 'vitest';
import { clauseScore, EXHAUSTIVE, FIRST_PASS, LOAD_BATCH, memoizeSearch, runSearch, splitFragment, toPassage, type PagefindApi, type PagefindFragment } from '../../../../src/lib/search/engine';

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

/**
 * A record of several clauses (records.ts, RECORD_MAX_CHARS): context 湖南|省 (0–1), then 第六条 at 2 (heading
 * word 2), its item (一) at 3–5 and item (二) at 6–8.
 */
function grouped(locations: number[]): PagefindFragment {
  const words = ['湖南', '省 ', '第六条', '净收入', '的', '70%', '里程碑', '付款', '。'];
  return {
    url: '/policies/p/#art-6',
    content: words.join(''),
    raw_content: words.join('\u200B'),
    meta: {
      title: '第六条', anchor: 'art-6', kind: 'clause', short: '方案', date: '2025',
      parts: JSON.stringify([['art-6', '第六条', ['程序']], ['art-6-1', '第六条第（一）项', ['程序', '收益分配']], ['art-6-2', '第六条第（二）项', ['程序', '付费方式与时间']]]),
    },
    filters: { 地区: ['湖南省'], 主题: ['程序', '收益分配', '付费方式与时间'] },
    anchors: [
      { element: 'section', id: 'art-6', text: '', location: 2 },
      { element: 'h3', id: 'h6', text: '第六条', location: 2 },
      { element: 'section', id: 'art-6-1', text: '', location: 3 },
      { element: 'section', id: 'art-6-2', text: '', location: 6 },
    ],
    locations,
  };
}

describe('splitFragment', () => {
  test('a grouped record gives one passage per clause with a match, read as that clause alone', () => {
    // 净收入 at 3 is in (一); 里程碑 at 6 in (二); 湖南 at 0 is the context line, kept in both.
    const ps = splitFragment(grouped([0, 3, 6]), 'r', 5, 10);
    expect(ps.map((p) => p.source.url)).toEqual(['/policies/p/#art-6-1', '/policies/p/#art-6-2']);
    const [one, two] = ps;
    expect(one!.source.words).toEqual(['湖南', '省 ', '净收入', '的', '70%']);
    expect(one!.source.textStart).toBe(2);
    // location 3 → 3 - 3 + 2 = 2 in the passage; 0 stays 0.
    expect(one!.source.locations).toEqual([0, 2]);
    expect(two!.source.locations).toEqual([0, 2]);
    expect([one!.source.title, two!.source.title]).toEqual(['第六条第（一）项', '第六条第（二）项']);
    expect(one!.filters['主题']).toEqual(['程序', '收益分配']);
    expect(one!.filters['地区']).toEqual(['湖南省']);
    // Each scored on its own words: one match in 3 words (clauseScore(1, 3)), not the record's 5.
    expect([one!.source.order, two!.source.order, one!.source.score]).toEqual([10, 11, clauseScore(1, 3)]);
    expect(new Set(ps.map((p) => p.source.id)).size).toBe(2);
  });
  test('the article heading is its own passage, with its heading', () => {
    const [p] = splitFragment(grouped([2]), 'r', 1, 0);
    expect(p!.source.url).toBe('/policies/p/#art-6');
    expect(p!.source.words.slice(p!.source.textStart)).toEqual(['第六条']);
  });
  test('when only the context line matched, every clause is a passage (as every clause record would be)', () => {
    expect(splitFragment(grouped([0]), 'r', 1, 0).map((p) => p.source.url)).toHaveLength(3);
  });
  test('a record of one clause, or with unreadable parts, stays one passage', () => {
    // A's clause: 4 words from location 2, one matched (location 2).
    expect(splitFragment(A, 'a', 1, 0)).toEqual([{ source: { ...toPassage(A, 'a', 1, 0), score: clauseScore(1, 4) }, filters: A.filters }]);
    const bad = { ...grouped([3]), meta: { ...grouped([3]).meta, parts: '[not json' } };
    expect(splitFragment(bad, 'r', 1, 0).map((p) => p.source.url)).toEqual(['/policies/p/#art-6']);
  });
});

test('runSearch shows the clauses of a grouped record as separate results with their own 主题', async () => {
  const g = grouped([3]);
  const api: PagefindApi = { async search() { return { results: [{ id: 'g', score: 1, data: async () => g }] }; } };
  const out = await runSearch(api, '净收入', [], { filters: { 主题: ['收益分配'] } });
  expect(out.passages.map((p) => [p.source.url, p.match])).toEqual([['/policies/p/#art-6-1', 'exact']]);
  expect(out.counts['主题']).toEqual({ 程序: 1, 收益分配: 1 });
});

test('terms found in different clauses of one record do not make either clause a result', async () => {
  // Pagefind matched the record for 净收入 (3, in (一)) and 里程碑 (6, in (二)); no clause has both.
  const apart = grouped([3, 6]);
  const api: PagefindApi = { async search() { return { results: [{ id: 'g', score: 1, data: async () => apart }] }; } };
  expect((await runSearch(api, '净收入 里程碑', [])).passages).toEqual([]);
  // The same words in one clause, (一), make it a result.
  const words = ['湖南', '省 ', '第六条', '净收入', '里程碑', '70%', '付款', '。', '。'];
  const together = { ...grouped([3, 4]), raw_content: words.join('\u200B'), content: words.join('') };
  const api2: PagefindApi = { async search() { return { results: [{ id: 'g', score: 1, data: async () => together }] }; } };
  expect((await runSearch(api2, '净收入 里程碑', [])).passages.map((p) => [p.source.url, p.match])).toEqual([['/policies/p/#art-6-1', 'exact']]);
});

test('a later query that matches other clauses of a record already loaded adds them (read from the loaded record)', async () => {
  // 净收入 matches (一) at 3; its synonym (a test group: 净收入 = 里程碑) matches (二) at 6 of the same record.
  const g = grouped([3]);
  let loads = 0;
  const api: PagefindApi = {
    async search(term: string) {
      const words = term.startsWith('里程碑') ? [6] : term.startsWith('净') ? [3] : [];
      return { results: words.length ? [{ id: 'g', score: 1, words, data: async () => (loads++, { ...g, locations: words }) }] : [] };
    },
  };
  const out = await runSearch(api, '净收入', [['净收入', '里程碑']]);
  expect(out.passages.map((p) => [p.source.url, p.match])).toEqual([['/policies/p/#art-6-1', 'exact'], ['/policies/p/#art-6-2', 'synonym']]);
  expect(loads).toBe(1);
});

test('clauseScore: more matched words score higher, a longer clause lower, no match zero', () => {
  expect(clauseScore(0, 10)).toBe(0);
  expect(clauseScore(2, 60)).toBeGreaterThan(clauseScore(1, 60));
  expect(clauseScore(1, 20)).toBeGreaterThan(clauseScore(1, 200));
  // BM25 with Pagefind's k1 = 1.4, b = 0.75, a 60-word clause: 1 × 2.4 / (1 + 1.4) = 1.
  expect(clauseScore(1, 60)).toBeCloseTo(1, 10);
});

test('a cancelled search stops querying and loading', async () => {
  const log: string[] = [];
  let loads = 0;
  const many = Array.from({ length: 60 }, (_, i) => frag(`m${i}`, ['净收入'], { 地区: ['湖南省'] }));
  const api: PagefindApi = {
    async search(term: string) {
      log.push(term);
      return { results: many.map((r, i) => ({ id: r.url, score: 1, data: async () => (loads++, r) })) };
    },
  };
  // Cancelled after the first batch of records: no second batch, no further query.
  const out = await runSearch(api, '净收入', [], { perLevel: 400, maxLoaded: 400, cancelled: () => loads >= LOAD_BATCH });
  expect(loads).toBe(LOAD_BATCH);
  expect(log).toHaveLength(1);
  expect(out.passages).toHaveLength(LOAD_BATCH);
  // Not cancelled: all 60 load.
  loads = 0;
  await runSearch(api, '净收入', [], { perLevel: 400, maxLoaded: 400 });
  expect(loads).toBe(60);
});

test('the first pass runs the typed words\' strictest query only and says there is more; the exhaustive pass runs the rest', async () => {
  const log: string[] = [];
  const api = fakeApi([A, B, C], log);
  // 净收入 has a synonym here (净利润) and relaxes to 净: the first pass asks Pagefind once.
  const first = await runSearch(api, '净收入', [['净收入', '净利润']], FIRST_PASS);
  expect(log).toEqual([log[0]]);
  expect(first.more).toBe(true);
  // C holds 净 … 收入 apart: the strict query finds it (partial); A (净收入 as one word) needs the relaxed one.
  expect(first.passages.map((p) => p.source.url)).not.toContain('/policies/p/#a');
  log.length = 0;
  const full = await runSearch(api, '净收入', [['净收入', '净利润']], EXHAUSTIVE);
  expect(log.length).toBeGreaterThan(2);
  expect(full.passages.map((p) => p.source.url)).toContain('/policies/p/#a');
});

describe('memoizeSearch', () => {
  test('the same query string is answered once; a failed one is asked again', async () => {
    let calls = 0;
    let fail = true;
    const api: PagefindApi = {
      async search(term: string) {
        calls++;
        if (term === 'x' && fail) throw new Error('offline');
        return { results: [] };
      },
    };
    const m = memoizeSearch(api);
    await m.search('净收入');
    await m.search('净收入');
    expect(calls).toBe(1);
    await expect(m.search('x')).rejects.toThrow('offline');
    fail = false;
    await expect(m.search('x')).resolves.toEqual({ results: [] });
    expect(calls).toBe(3);
  });
  test('keeps at most `max` strings, dropping the least recently used', async () => {
    const asked: string[] = [];
    const m = memoizeSearch({ search: async (t: string) => (asked.push(t), { results: [] }) }, 2);
    await m.search('a');
    await m.search('b');
    await m.search('a'); // a is now the most recent
    await m.search('c'); // drops b
    await m.search('a');
    await m.search('b');
    expect(asked).toEqual(['a', 'b', 'c', 'b']);
  });
  test('a memoized search gives runSearch the same passages', async () => {
    const plain = await runSearch(fakeApi([A, B, C]), '净收入', [], EXHAUSTIVE);
    const m = memoizeSearch(fakeApi([A, B, C]));
    await runSearch(m, '净收入', [], FIRST_PASS);
    const memo = await runSearch(m, '净收入', [], EXHAUSTIVE);
    expect(memo.passages.map((p) => [p.source.url, p.match])).toEqual(plain.passages.map((p) => [p.source.url, p.match]));
  });
});
