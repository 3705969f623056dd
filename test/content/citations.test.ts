/**
 * Every provision's quote stands in the article it cites, in the published text — the same check
 * the build runs (src/integrations/citation-check.ts).
 */
import { describe, expect, test } from 'vitest';
import { checkCitations, citingsOf } from '../../src/data/citation-check';
import { loadProvisions } from '../../src/data/dataset';
import { datedDuty } from '../../src/lib/duties';

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

  test('the words a typed qualifier rests on are checked like quotes', () => {
    const p = loadProvisions().find((x) => x.id === 'hunan-2025-plan-part-3-1-unconverted-5-years')!;
    const items = citingsOf(p);
    expect(items.map((i) => i.quote)).toContain('（涉密成果除外）');
    // A qualifier whose words are not in the article is caught.
    const wrong = citingsOf({ ...p, scope: [{ kind: 'not-classified', words: '涉密成果不得纳入' }] });
    expect(checkCitations(wrong).map((x) => x.provisionId)).toEqual(['hunan-2025-plan-part-3-1-unconverted-5-years#scope-1']);
  });

  test('a quote in a nested item counts for its parent article, and whitespace is ignored', () => {
    expect(checkCitations([{ id: 'ok', policy: 'kunming-2025-guideline', anchor: 'art-6', quote: '公示期不少于 15日' }])).toEqual([]);
  });

  test('a dated duty\'s conditions are its scope, checked like quotes in the provision\'s article', () => {
    const dated = loadProvisions().filter((p) => datedDuty(p));
    // Six dated duties: Hunan 5 years, Kunming draft 5 years + conversion term + 汇交, Yunnan 2 years, Guangdong 3 years.
    expect(dated.map((p) => p.id).sort()).toEqual([
      'guangdong-2026-measures-summary-sec-8-unconverted-3-years',
      'hunan-2025-plan-part-3-1-unconverted-5-years',
      'kunming-2025-measures-draft-m-4-conversion-term',
      'kunming-2025-measures-draft-m-4-unconverted-5-years',
      'kunming-2025-measures-draft-m-8-submission-deadline',
      'yunnan-2024-15-measures-art-4-unconverted-2-years',
    ].sort());
    const hunan = dated.find((p) => p.id === 'hunan-2025-plan-part-3-1-unconverted-5-years')!;
    expect(datedDuty(hunan)!.excludes).toEqual([{ key: 'classified', quote: '（涉密成果除外）' }]);
    // The exclusion the portfolio reads is the scope word the build checks: quoted from outside its article, it is caught.
    const bad = { ...hunan, scope: [{ kind: 'not-classified' as const, words: '涉密成果不除外' }] };
    expect(datedDuty(bad)!.excludes).toEqual([{ key: 'classified', quote: '涉密成果不除外' }]);
    expect(checkCitations(citingsOf(bad)).map((p) => p.provisionId)).toEqual([`${hunan.id}#scope-1`]);
  });
});
