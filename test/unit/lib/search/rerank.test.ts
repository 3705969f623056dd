import { describe, expect, test } from 'vitest';
import { judgePassage, rerank, type PassageSource } from '../../../../src/lib/search/rerank';

const groups = [['先用后付', '先使用后付费', '先用后转']];

/** A passage whose words are given already segmented, with a 2-word context line. */
function passage(id: string, words: string[], extra: Partial<PassageSource> = {}): PassageSource {
  return {
    id,
    url: `/policies/p/#${id}`,
    kind: 'clause',
    words: ['湖南', '省 ', ...words],
    textStart: 2,
    locations: [],
    score: 1,
    order: 0,
    title: id,
    place: '湖南省',
    short: '湖南实施方案',
    ...extra,
  };
}

const text = (segs: { text: string; hit: boolean }[]) => segs.map((s) => s.text).join('');
const marks = (segs: { text: string; hit: boolean }[]) => segs.filter((s) => s.hit).map((s) => s.text);

describe('judgePassage', () => {
  test('the exact phrase is an exact match and is highlighted', () => {
    const p = judgePassage(passage('a', ['应当', '办理', '技术', '合同', '认定', '登记', '。']), ['技术合同认定登记'], groups);
    expect(p.match).toBe('exact');
    expect(marks(p.excerpt)).toEqual(['技术合同认定登记']);
  });
  test('all the pieces in different places are only a partial match', () => {
    const p = judgePassage(
      passage('b', ['技术', '转移', '机构', '负责', '合同', '签订', '后', '的', '认定', '工作', '，', '登记', '在', '系统']),
      ['技术合同认定登记'],
      groups,
    );
    expect(p.match).toBe('partial');
    expect(p.missing).toEqual(['技术合同认定登记']);
  });
  test('an occurrence inside an indexed word does not count (承担|保密 is not 担保)', () => {
    const p = judgePassage(passage('c', ['承担', '保密', '义务']), ['担保'], groups);
    expect(p.match).toBe('partial');
  });
  test('spaces and full-width forms in the text do not prevent a match', () => {
    const p = judgePassage(passage('d', ['给予', '不', '超过 ', '100 ', '万元', '补助']), ['100万元'], groups);
    expect(p.match).toBe('exact');
    expect(marks(p.excerpt)).toEqual(['100 万元']);
    expect(judgePassage(passage('e', ['净收入', '的', '７０', '％']), ['70%'], groups).match).toBe('exact');
  });
  test('a synonym counts, marked as such', () => {
    const p = judgePassage(passage('f', ['推行', '先', '使用', '后付费']), ['先用后付'], groups);
    expect(p.match).toBe('synonym');
    expect(p.viaSynonym).toEqual(['先使用后付费']);
  });
  test('a term found only in the document context (地区, 简称) completes a query', () => {
    const p = judgePassage(passage('g', ['里程', '碑', '节点']), ['湖南', '里程碑'], groups);
    expect(p.match).toBe('exact');
    expect(p.found).toEqual(['湖南', '里程碑']);
  });
  test('a context-only match is not enough on its own', () => {
    expect(judgePassage(passage('h', ['其他', '内容']), ['湖南'], groups).match).toBe('partial');
  });
  test('the excerpt never shows the context line', () => {
    const p = judgePassage(passage('i', ['公示', '期', '不少于', '15', '日']), ['公示期'], groups);
    expect(text(p.excerpt)).toBe('公示期不少于15日');
  });
});

describe('rerank', () => {
  const partialHigh = passage('partial', ['技术', '和', '合同', '与', '认定', '及', '登记'], { score: 9, order: 0 });
  const exactLow = passage('exact', ['技术', '合同', '认定', '登记'], { score: 1, order: 1 });
  const synonym = passage('syn', ['先', '使用', '后付费', '技术', '合同', '认定', '登记'], { score: 5, order: 2 });

  test('exact matches outrank partial ones whatever Pagefind scored', () => {
    const r = rerank([partialHigh, exactLow], ['技术合同认定登记'], groups);
    expect(r.map((p) => p.source.id)).toEqual(['exact', 'partial']);
  });
  test('exact before synonym before partial', () => {
    const r = rerank([partialHigh, synonym, passage('ex', ['先用后付', '技术合同认定登记'], { score: 0 })], ['先用后付', '技术合同认定登记'], groups);
    expect(r.map((p) => p.match)).toEqual(['exact', 'synonym', 'partial']);
  });
  test('date order: complete matches newest first, partial ones last', () => {
    const old = passage('old', ['技术合同认定登记'], { date: '2024' });
    const neu = passage('new', ['技术合同认定登记'], { date: '2025-09-19' });
    const part = passage('part', ['技术'], { date: '2026-02-01' });
    expect(rerank([old, part, neu], ['技术合同认定登记'], groups, 'date').map((p) => p.source.id)).toEqual(['new', 'old', 'part']);
  });
  test('the same URL is ranked once', () => {
    expect(rerank([exactLow, { ...exactLow, id: 'x' }], ['技术合同认定登记'], groups)).toHaveLength(1);
  });
  test('clauses come before whole pages within a tier', () => {
    const page = passage('page', ['技术合同认定登记'], { kind: 'page', score: 100 });
    expect(rerank([page, exactLow], ['技术合同认定登记'], groups)[0]!.source.id).toBe('exact');
  });
});

describe('concept matches', () => {
  const concepts = [{ key: 'integrity', label: '诚信与信用', asked: ['守信'], words: ['诚信', '信用', '失信', '履约'] }];
  test('a passage with another word of the concept is a concept match, highlighted', () => {
    const p = judgePassage(passage('k', ['纳入', '科研', '失信', '行为', '记录']), ['守信'], groups, concepts);
    expect(p.match).toBe('concept');
    expect(p.viaConcept).toEqual(['失信']);
    expect(marks(p.excerpt)).toEqual(['失信']);
  });
  test('without the concept table the same passage is not a complete match', () => {
    expect(judgePassage(passage('k', ['纳入', '科研', '失信', '行为', '记录']), ['守信'], groups).match).toBe('partial');
  });
  test('exact before synonym before concept before partial, whatever the scores', () => {
    const exact = passage('exact', ['诚信', '履约'], { score: 0.1 });
    const concept = passage('concept', ['信用', '建设'], { score: 9, heading: '信用建设' });
    const partial = passage('partial', ['其他'], { score: 10 });
    expect(rerank([partial, concept, exact], ['诚信'], groups, 'relevance', concepts).map((p) => [p.source.id, p.match])).toEqual([
      ['exact', 'exact'], ['concept', 'concept'], ['partial', 'partial'],
    ]);
  });
  test('by date, concept matches still come after exact ones', () => {
    const old = passage('old', ['诚信'], { date: '2020' });
    const neu = passage('new', ['失信'], { date: '2026' });
    expect(rerank([neu, old], ['诚信'], groups, 'date', concepts).map((p) => p.source.id)).toEqual(['old', 'new']);
  });
});
