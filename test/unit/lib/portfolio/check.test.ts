import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from '../../../../src/lib/eligibility';
import { checkPortfolio, makeChecker } from '../../../../src/lib/portfolio/check';
import { exampleTable } from '../../../../src/lib/portfolio/example';
import { itemProfile } from '../../../../src/lib/portfolio/profile';
import { readTable, type PortfolioItem } from '../../../../src/lib/portfolio/rows';
import { pageOf, queryTable, summarise, timeline } from '../../../../src/lib/portfolio/summary';
import { ctx, places, policies, provisions } from './support';

const ON = '2026-06-01';
const item = (over: Partial<PortfolioItem>): PortfolioItem => ({
  id: '0:2', file: 't.csv', row: 2, name: 'x', type: 'patent', status: 'granted', unitType: 'university', unitLevel: 'city-level',
  place: { province: '530000', city: '530100', label: '昆明市' }, ...over,
});

describe('verdicts come from the shared eligibility check', () => {
  it('each document that reaches the unit, with the shared verdict (licensee side set aside)', () => {
    const r = makeChecker(ctx(ON)).check(item({}));
    // A Kunming city-level university: the guideline and the draft measures (Kunming), the Yunnan
    // measures, and the Guangdong measures, whose platform invites “省外高校院所” (#20 §1). The draft
    // waits on its final text (昆政办〔2025〕18号, not on the site); Yunnan 三 reaches “部分” units only.
    expect(r.documents.map((d) => [d.policyId, d.verdict])).toEqual([
      ['guangdong-2026-measures-summary', 'applies'],
      ['kunming-2025-guideline', 'applies'],
      ['kunming-2025-measures-draft', 'unclear'],
      ['yunnan-2024-15-measures', 'unclear'],
    ]);
    expect(r.documents.find((d) => d.policyId === 'guangdong-2026-measures-summary')!.reasons.map((x) => x.code)).toContain('place-out-of-province');
    expect(r.verdict).toBe('applies');
    // The same reasons as the one-result check, bar the licensee ones, which become terms for the firm.
    const shared = evaluatePolicy(itemProfile(item({})), policies.find((p) => p.id === 'kunming-2025-guideline')!, provisions, ON);
    const doc = r.documents.find((d) => d.policyId === 'kunming-2025-guideline')!;
    expect([...doc.reasons, ...doc.licenseeTerms].map((x) => x.code).sort()).toEqual(shared.reasons.map((x) => x.code).sort());
    expect(doc.licenseeTerms.every((x) => x.effect === 'note')).toBe(true);
    expect(shared.verdict).toBe('unclear'); // unclear there only because no licensee was chosen
  });

  it('when the firm is named, its licensee conditions decide too', () => {
    const large = makeChecker(ctx(ON, { firm: { licenseeSize: 'large' } })).check(item({}));
    expect(large.documents.find((d) => d.policyId === 'kunming-2025-guideline')!.verdict).toBe('does-not-apply');
    const sme = makeChecker(ctx(ON, { firm: { licenseeSize: 'sme', techSme: true } })).check(item({}));
    expect(sme.documents.find((d) => d.policyId === 'kunming-2025-guideline')!.verdict).toBe('applies');
  });

  // The Kunming guideline asks for 授权且有效; the Yunnan measures name no result types, so the
  // result's best verdict can still be "applies" there.
  it.each([
    ['a lapsed patent', { status: 'lapsed' as const }, 'does-not-apply', 'applies'],
    ['granted status unknown', { status: undefined }, 'unclear', 'applies'],
    ['no unit type', { unitType: undefined }, 'unclear', 'unclear'],
  ])('%s → guideline %s, best %s', (_, over, guideline, best) => {
    const r = makeChecker(ctx(ON)).check(item(over));
    expect(r.documents.find((d) => d.policyId === 'kunming-2025-guideline')!.verdict).toBe(guideline);
    expect(r.verdict).toBe(best);
  });

  it('a place no document reaches: no document, does not apply', () => {
    // Guangdong invites units from any province, so the place is one no other text reaches.
    const notGuangdong = policies.filter((p) => p.id !== 'guangdong-2026-measures-summary');
    const r = makeChecker(ctx(ON, { policies: notGuangdong })).check(item({ place: { province: 'other', label: '四川省' } }));
    expect(r.documents).toEqual([]);
    expect(r.verdict).toBe('does-not-apply');
  });

  it('a unit outside a province is invited by its text but bears none of its dated duties', () => {
    // 广东 八: “鼓励企业、省外高校院所等成果单位积极推荐…” reaches a Sichuan university; the 3-year
    // duty reaches results of Guangdong's own funds (“利用省级财政科技资金支持形成的”).
    const r = makeChecker(ctx(ON)).check(item({ place: { province: '510000', label: '四川省' }, publicFunding: 'yes', acceptanceDate: '2020-01-10' }));
    expect(r.documents.map((d) => [d.policyId, d.verdict])).toEqual([['guangdong-2026-measures-summary', 'applies']]);
    expect(r.duties).toEqual([]);
  });
});

describe('the views', () => {
  const asOf = '2026-06-01';
  const imp = readTable(exampleTable({ rows: 400, asOf }), { file: 'e.csv', fileIndex: 0 }, places);
  const results = checkPortfolio(imp.items, ctx(asOf));

  it('summary counts add up to the list', () => {
    const s = summarise(results);
    expect(s.total).toBe(400);
    expect(Object.values(s.byVerdict).reduce((a, b) => a + b, 0)).toBe(400);
    expect(Object.values(s.byBucket).reduce((a, b) => a + b, 0)).toBe(400);
    // The next due day is the smallest binding due day not yet past.
    const upcoming = results.flatMap((r) => r.duties.filter((d) => d.binding && d.due && d.due >= asOf).map((d) => d.due!)).sort();
    expect(s.nextDue?.due).toBe(upcoming[0]);
  });

  it('the timeline lists duties in date order, drafts only when asked', () => {
    const tl = timeline(results, { limit: 50, includePast: false, includeDrafts: false });
    const dues = tl.map((e) => e.duty.due!);
    expect(dues).toEqual([...dues].sort());
    expect(tl.every((e) => e.duty.binding && e.duty.due! >= asOf)).toBe(true);
    const withDrafts = timeline(results, { limit: 1000, includePast: true, includeDrafts: true });
    expect(withDrafts.some((e) => !e.duty.binding)).toBe(true);
  });

  it('filter and sort; pages clamp', () => {
    const rows = queryTable(results, { verdict: 'applies', sort: 'next', descending: false });
    expect(rows.every((r) => r.verdict === 'applies')).toBe(true);
    const keys = rows.map((r) => r.next?.due ?? (r.bucket === 'overdue' ? '0000' : '9999'));
    expect(keys).toEqual([...keys].sort());
    const text = queryTable(results, { text: '锂电池', sort: 'row', descending: false });
    expect(text.length).toBeGreaterThan(0);
    expect(text.every((r) => `${r.item.name}${r.item.keywords}`.includes('锂电池'))).toBe(true);
    // 400 rows at 50 a page: 8 pages; page 99 clamps to 8 and holds rows 351–400.
    const p = pageOf(results, 99, 50);
    expect([p.page, p.pages, p.rows.length, p.rows[0]]).toEqual([8, 8, 50, results[350]]);
  });
});

describe('a classified result (涉密)', () => {
  // The shared check asks about 涉密 now (#20 §1), so it decides: Hunan 三（二） lets a unit decide on
  // 先用后付 itself only “对不涉及国家秘密、国家安全和重大社会公共利益的科技成果”.
  const hunanUnit = (over: Partial<PortfolioItem>) => item({ place: { province: '430000', label: '湖南省' }, unitLevel: 'provincial', ...over });
  const hunanDoc = (over: Partial<PortfolioItem>) => makeChecker(ctx(ON)).check(hunanUnit(over)).documents.find((d) => d.policyId === 'hunan-2025-plan')!;
  it('is not "applies" where a text leaves classified results out', () => {
    const d = hunanDoc({ classified: 'yes' });
    expect(d.verdict).toBe('unclear');
    expect(d.reasons.map((x) => x.code)).toContain('sensitivity-excluded');
  });
  it('“否” (not classified) does not settle 国家安全/重大社会公共利益: the check names what to confirm, it does not guess', () => {
    for (const classified of ['no', 'unknown', undefined] as const) {
      const d = hunanDoc({ classified });
      expect(d.verdict).toBe('unclear');
      expect(d.reasons.map((x) => x.code)).toContain('sensitivity-missing');
    }
  });
});
