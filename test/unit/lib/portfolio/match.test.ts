import { describe, expect, it } from 'vitest';
import { buildMatchIndex, segmentWords, terms } from '../../../../src/lib/portfolio/match';

// Node's ICU and Chromium's segment Chinese with the same dictionary (ICU), so these splits hold in both.
describe('words of a need', () => {
  it('drop stop words, single Han characters and punctuation', () => {
    const w = segmentWords('我们想找锂电池回收的湿法冶金技术。');
    expect(w).not.toContain('我们');
    expect(w).not.toContain('的');
    expect(w).not.toContain('技术');
    expect(w.join('')).toContain('回收');
    expect(w.join('')).toContain('湿法');
  });
  it('a Han word of three or more characters also yields its two-character pieces', () => {
    // 锂电池 → 锂电池, 锂电, 电池 (3 characters: 2 pieces).
    expect(terms('锂电池')).toEqual(expect.arrayContaining(['锂电', '电池']));
  });
  it('Latin words fold case and width', () => expect(segmentWords('ＰＬＣ 控制 TRL')).toEqual(expect.arrayContaining(['plc', 'trl'])));
});

describe('ranking', () => {
  const docs = [
    { id: 'a', name: '一种废旧锂电池正极材料湿法回收方法', keywords: '锂电池 回收 湿法冶金 正极材料' },
    { id: 'b', name: '三七皂苷高纯度提取工艺', keywords: '三七 皂苷 提取 纯化 中药' },
    { id: 'c', name: '锂电池管理芯片', keywords: '电池管理 芯片 集成电路' },
    { id: 'd', name: '茶叶品质近红外快速检测方法', keywords: '茶叶 近红外 光谱' },
  ];
  const idx = buildMatchIndex(docs);

  it('ranks the result sharing most need words first, with the words it matched', () => {
    const hits = idx.search('想找锂电池回收的湿法冶金技术');
    expect(hits[0]!.id).toBe('a');
    expect(hits.map((h) => h.id)).toContain('c'); // shares 锂电池 only
    expect(hits.map((h) => h.id)).not.toContain('d');
    expect(hits[0]!.words).toEqual(expect.arrayContaining(['回收']));
    expect(hits[0]!.score).toBeGreaterThan(hits.find((h) => h.id === 'c')!.score);
    // Every shown word is one of the need's own words.
    const need = segmentWords('想找锂电池回收的湿法冶金技术');
    for (const h of hits) for (const w of h.words) expect(need).toContain(w);
  });

  it('pieces meet where the two sides split differently (电池 in the need, 锂电池 in the result)', () => {
    expect(idx.search('电池').map((h) => h.id).sort()).toEqual(['a', 'c']);
  });

  it('an empty need or only stop words finds nothing', () => {
    expect(idx.search('')).toEqual([]);
    expect(idx.search('我们需要技术')).toEqual([]);
  });
});
