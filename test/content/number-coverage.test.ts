/**
 * Every number in the published texts is accounted for (issue #13 §3): captured by a provision
 * (inside its quote, in its article, with the same figure typed) or listed in
 * content/number-review.yaml with the reason it is not. The build prints these figures.
 */
import { describe, expect, test } from 'vitest';
import { numberCoverage, loadNumberReviews, coverageLine } from '../../src/data/number-coverage';
import { documentCoverage } from '../../src/lib/number-coverage';
import { loadPolicyBodies } from '../../src/data/policy-bodies';
import { loadProvisions } from '../../src/data/dataset';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const coverage = numberCoverage();

describe('number coverage of the published texts', () => {
  test('every policy text is scanned', () => {
    expect(coverage.map((c) => c.policy)).toEqual([...loadPolicyBodies().keys()].sort());
    // Every text prints numbers but the Patent Law excerpt (第十五条、第五十条至第五十二条: no figure
    // with a unit in them), so an empty scan elsewhere would be a broken scanner.
    expect(coverage.filter((c) => c.counts.total === 0).map((c) => c.policy)).toEqual(['prc-2020-patent-law']);
  });

  test.each(coverage.map((c) => [c.policy, c] as const))('%s: no number is neither captured nor reviewed', (_id, c) => {
    const open = c.occurrences.filter((o) => o.status === 'unaccounted').map((o) => `${o.anchor} ${o.key}: …${o.context}…`);
    expect(open, coverageLine(c)).toEqual([]);
  });

  test('every reviewed entry still matches a number no provision captures', () => {
    expect(coverage.flatMap((c) => c.unusedReviews).map((r) => `${r.policy} ${r.anchor} ${r.key}`)).toEqual([]);
    expect(loadNumberReviews().length).toBeGreaterThan(0);
  });

  test('the figures the reviewer looked for are captured: 10年 (云南 一, 长期使用权), 双倍 (湖南 三（四）)', () => {
    const yn = coverage.find((c) => c.policy === 'yunnan-2024-15-measures')!.occurrences.find((o) => o.key === '10年')!;
    expect(yn.provisionIds).toEqual(['yunnan-2024-15-measures-art-1-long-term-use']);
    const hn = coverage.find((c) => c.policy === 'hunan-2025-plan')!.occurrences.find((o) => o.key === '双倍')!;
    expect(hn.provisionIds).toEqual(['hunan-2025-plan-part-3-4-double-credit']);
  });
});

describe('the dimensions the scan found missing (#13 §3): the 赋权 reforms, with their cells', () => {
  const provisions = loadProvisions();
  const dims = new Set((parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'dimensions.yaml'), 'utf8')) as { dimensions: { key: string }[] }).dimensions.map((d) => d.key));
  const cells = (dimension: string) => provisions.filter((p) => p.dimension === dimension).map((p) => p.policy).sort();
  test.each([
    // 云南 一: 共同所有权人 / 所有权份额…让渡 / 不低于10年的长期使用权; 昆明稿 （一）: 所有权或长期使用权, 可进一步延长.
    ['empowerment-units', ['kunming-2025-measures-draft', 'yunnan-2024-15-measures']],
    ['empowerment-ownership', ['kunming-2025-measures-draft', 'yunnan-2024-15-measures']],
    ['empowerment-share-transfer', ['yunnan-2024-15-measures']],
    ['empowerment-long-term-use', ['kunming-2025-measures-draft', 'yunnan-2024-15-measures']],
    ['empowerment-negative-list', ['kunming-2025-measures-draft', 'yunnan-2024-15-measures']],
  ])('%s: a dimension with cells from %j', (dimension, policies) => {
    expect(dims.has(dimension)).toBe(true);
    expect([...new Set(cells(dimension))]).toEqual(policies);
  });
  test('the long-term use right\'s duration is typed where a text gives one (云南 一: 不低于10年) and said to be missing where not (昆明稿)', () => {
    const yn = provisions.find((p) => p.id === 'yunnan-2024-15-measures-art-1-long-term-use')!;
    expect(yn.value).toEqual({ type: 'period', period: { amount: 10, unit: 'year', bound: '不低于' } });
    const km = provisions.find((p) => p.id === 'kunming-2025-measures-draft-m-1-long-term-use')!;
    expect(km.value.type).toBe('text');
    expect(km.summary).toContain('未规定年限');
  });
});

describe('documentCoverage (synthetic edge cases)', () => {
  const base = {
    policy: 'x',
    blocks: [{ text: '第一条 公示期不少于15日，补助不超过 100 万元。', clause: 'art-1' }, { text: '到2030年完成。', clause: 'art-2' }],
    parents: new Map<string, string | undefined>([['art-1', undefined], ['art-2', undefined]]),
    typedDates: [],
    reviews: [],
  };
  const provision = (quote: string, days: number) => ({
    id: 'x-art-1-p', anchor: 'art-1', quote, dimension: 'publicity-period', readings: [],
    value: { type: 'period' as const, period: { amount: days, unit: 'day' as const, bound: '不少于' as const } },
  });

  test('a number inside a quote whose value types it is captured; the rest are unaccounted', () => {
    const c = documentCoverage({ ...base, provisions: [provision('公示期不少于15日', 15)] });
    expect(c.occurrences.map((o) => [o.key, o.status])).toEqual([['15日', 'provision'], ['100万元', 'unaccounted'], ['2030年', 'unaccounted']]);
  });

  test('a quote that holds the number but types another figure does not capture it', () => {
    const c = documentCoverage({ ...base, provisions: [provision('公示期不少于15日', 30)] });
    expect(c.occurrences[0]!.status).toBe('unaccounted');
  });

  test('a quote in another article does not capture it; a reviewed entry names anchor and key', () => {
    const c = documentCoverage({
      ...base,
      provisions: [{ ...provision('公示期不少于15日', 15), anchor: 'art-2' }],
      reviews: [{ policy: 'x', anchor: 'art-2', key: '2030年', kind: 'goal', reason: '工作目标的年份。' }],
    });
    expect(c.occurrences.map((o) => o.status)).toEqual(['unaccounted', 'unaccounted', 'reviewed']);
    expect(c.counts).toEqual({ total: 3, provision: 0, reviewed: 1, unaccounted: 2 });
  });
});
