/**
 * Every provision's quote stands in the article it cites, in the published text — the same check
 * the build runs (src/integrations/citation-check.ts).
 */
import { describe, expect, test } from 'vitest';
import { checkCitations, citingOf } from '../../src/data/citation-check';
import { loadProvisions } from '../../src/data/dataset';

describe('citations', () => {
  test('every provision quote is found in its cited article', () => {
    expect(loadProvisions().length).toBeGreaterThan(100);
    expect(checkCitations().map((p) => p.message)).toEqual([]);
  });

  test.each([
    // A wrong number is caught.
    [{ id: 'x-1', policy: 'kunming-2025-guideline', anchor: 'art-6-3', quote: '公示期不少于30日' }, 'not-in-article'],
    // Words from another article of the same document are caught.
    [{ id: 'x-2', policy: 'kunming-2025-guideline', anchor: 'art-2', quote: '公示期不少于15日' }, 'not-in-article'],
    // Half-width punctuation where the text has full-width is caught.
    [{ id: 'x-3', policy: 'yunnan-2024-15-measures', anchor: 'art-7', quote: '按成交实际到账额的20%给予单个项目不超过100万元,每家企业' }, 'not-in-article'],
    [{ id: 'x-4', policy: 'kunming-2025-guideline', anchor: 'art-99', quote: '公示期不少于15日' }, 'no-anchor'],
    [{ id: 'x-5', policy: 'no-such-policy', anchor: 'art-1', quote: '公示期不少于15日' }, 'no-policy'],
  ] as const)('a bad citation is reported: %j', (item, kind) => {
    expect(checkCitations([item]).map((p) => p.kind)).toEqual([kind]);
  });

  test('a quote in a nested item counts for its parent article, and whitespace is ignored', () => {
    expect(checkCitations([{ id: 'ok', policy: 'kunming-2025-guideline', anchor: 'art-6', quote: '公示期不少于 15日' }])).toEqual([]);
  });

  test('the words of each duty condition are checked too, in the provision\'s article', () => {
    const withDuty = loadProvisions().filter((p) => p.duty);
    // Six dated duties: Hunan 5 years, Kunming draft 5 years + conversion term + 汇交, Yunnan 2 years, Guangdong 3 years.
    expect(withDuty.length).toBe(6);
    const items = citingOf(withDuty);
    expect(items.some((i) => i.id === 'hunan-2025-plan-part-3-1-unconverted-5-years#excludes-classified')).toBe(true);
    // A condition quoted from outside its article is caught and named.
    const bad = { ...withDuty[0]!, duty: { ...withDuty[0]!.duty!, excludes: [{ key: 'classified' as const, quote: '涉密成果不除外' }] } };
    expect(checkCitations(citingOf([bad])).map((p) => p.provisionId)).toEqual([`${bad.id}#excludes-classified`]);
  });
});
