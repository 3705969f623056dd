import { describe, expect, it } from 'vitest';
import { makeChecker } from '../../../../src/lib/portfolio/check';
import { SOON_DAYS, stateOn } from '../../../../src/lib/portfolio/duties';
import type { PortfolioItem } from '../../../../src/lib/portfolio/rows';
import { ctx, provisions } from './support';

const HN = 'hunan-2025-plan-part-3-1-unconverted-5-years';
const KM4 = 'kunming-2025-measures-draft-m-4-unconverted-5-years';
const KM8 = 'kunming-2025-measures-draft-m-8-submission-deadline';
const YN = 'yunnan-2024-15-measures-art-4-unconverted-2-years';
const GD = 'guangdong-2026-measures-summary-sec-8-unconverted-3-years';

const base = (over: Partial<PortfolioItem>): PortfolioItem => ({
  id: '0:2', file: 't.csv', row: 2, name: 'x', type: 'patent', status: 'granted', publicFunding: 'yes', classified: 'no', converted: 'no',
  unitType: 'university', unitLevel: 'provincial', ...over,
});
const hunan = (over: Partial<PortfolioItem> = {}) => base({ place: { province: '430000', label: '湖南省' }, ...over });
const kunming = (over: Partial<PortfolioItem> = {}) => base({ unitLevel: 'city-level', place: { province: '530000', city: '530100', label: '昆明市' }, ...over });
const duty = (item: PortfolioItem, id: string, asOf = '2026-06-01') => makeChecker(ctx(asOf)).check(item).duties.filter((d) => d.provisionId === id);

describe('due dates (民法典 第二百零一条至第二百零三条, holidays data)', () => {
  it.each([
    // Hunan 验收后5年: from 2021-03-15 the corresponding day is 2026-03-15, a Sunday → Monday 2026-03-16 (Art. 203).
    ['Hunan 5 years from acceptance', hunan({ acceptanceDate: '2021-03-15' }), HN, '2026-03-16', '2026-03-15', [201, 202, 203]],
    // Yunnan 满2年 from 取得知识产权 2024-01-31 → 2026-01-31, a Saturday → Monday 2026-02-02.
    ['Yunnan 2 years from the right', base({ unitLevel: undefined, place: { province: '530000', label: '云南省' }, rightDate: '2024-01-31' }), YN, '2026-02-02', '2026-01-31', [201, 202, 203]],
    // Guangdong 验收后三年 from 2023-09-29 → 2026-09-29, a Tuesday: no move.
    ['Guangdong 3 years from acceptance', base({ place: { province: '440000', label: '广东省' }, acceptanceDate: '2023-09-29' }), GD, '2026-09-29', undefined, [201, 202]],
    // Kunming draft 满5年 from 2021-11-28 → 2026-11-28, a Saturday → Monday 2026-11-30.
    ['Kunming draft 5 years from the right', kunming({ rightDate: '2021-11-28' }), KM4, '2026-11-30', '2026-11-28', [201, 202, 203]],
  ] as const)('%s', (_, item, id, due, plain, articles) => {
    const [d] = duty(item, id);
    expect(d).toMatchObject({ due, articles, holidayDataKnown: true });
    expect(d!.plainDue).toBe(plain);
  });

  it('汇交 3 months: the text names no start, so each reading gets its own date', () => {
    // From acceptance 2026-07-31: 2026-10-31 (Saturday) → Monday 2026-11-02. From the right 2026-06-30: 2026-09-30 (Wednesday).
    const ds = duty(kunming({ acceptanceDate: '2026-07-31', rightDate: '2026-06-30' }), KM8, '2026-09-01');
    expect(ds.map((d) => [d.clock, d.due, d.clockStated])).toEqual([['right-obtained', '2026-09-30', false], ['acceptance', '2026-11-02', false]]);
    expect(ds.every((d) => d.conditions.includes('clock-unstated'))).toBe(true);
    // The draft measures are a 征求意见稿: shown, never binding.
    expect(ds.every((d) => !d.binding && d.docStatus === 'draft')).toBe(true);
  });
});

describe('standing on the "as of" day', () => {
  it.each([
    // The last day runs to 24:00: on the due day itself nothing is late.
    ['2026-03-16', '2026-03-16', 'soon', 0],
    ['2026-03-16', '2026-03-17', 'overdue', -1],
    // 90 days before 2026-03-16 is 2025-12-16 (15 + 31 + 31 + 13 = 90): still "soon"; a day earlier, "later".
    ['2026-03-16', '2025-12-16', 'soon', 90],
    ['2026-03-16', '2025-12-15', 'later', 91],
  ] as const)('due %s, as of %s → %s (%i days)', (due, asOf, state, days) => {
    expect(SOON_DAYS).toBe(90);
    expect(stateOn(due, asOf)).toEqual({ state, daysLeft: days });
  });
});

describe('which results a duty covers (typed conditions with their words)', () => {
  it.each([
    ['not publicly funded', hunan({ publicFunding: 'no', acceptanceDate: '2021-03-15' }), HN, 'not-applicable'],
    // Hunan: “（涉密成果除外）”.
    ['classified', hunan({ classified: 'yes', acceptanceDate: '2021-03-15' }), HN, 'excluded'],
    ['already converted', hunan({ converted: 'yes', acceptanceDate: '2021-03-15' }), HN, 'met'],
    ['no acceptance date', hunan({}), HN, 'no-date'],
    // A patent application has no 取得知识产权之日: the Kunming clock has not started (#20 §1).
    ['a patent application', kunming({ status: 'pending' }), KM4, 'not-started'],
  ] as const)('%s → %s', (_, item, id, state) => expect(duty(item, id)[0]?.state).toBe(state));

  it('answers the file leaves blank become conditions to confirm, not guesses', () => {
    const [d] = duty(hunan({ publicFunding: undefined, classified: undefined, converted: undefined, acceptanceDate: '2021-03-15' }), HN);
    expect(d!.state).toBe('overdue');
    expect(d!.conditions).toEqual(['public-funding-unknown', 'no-justification', 'classified-unknown', 'converted-unknown']);
  });

  it('a duty due after the document’s last day in force says so (Hunan: valid to 2028-12-31)', () => {
    expect(duty(hunan({ acceptanceDate: '2025-01-10' }), HN)[0]).toMatchObject({ due: '2030-01-10', beyondValidity: true });
    expect(duty(hunan({ acceptanceDate: '2021-03-15' }), HN)[0]!.beyondValidity).toBe(false);
  });

  it('only documents that reach the unit’s place bring duties', () => {
    const ids = makeChecker(ctx('2026-06-01')).check(hunan({ acceptanceDate: '2021-03-15', rightDate: '2021-03-15' })).duties.map((d) => d.policyId);
    expect([...new Set(ids)]).toEqual(['hunan-2025-plan']);
  });

  // #13 §2 + #18: the open licence an overdue Hunan duty leads to is the Patent Law's (第五十条至
  // 第五十二条), with Hunan's own open-licence provisions first — never another province's.
  it('an overdue open-licence duty cites the document\'s open-licence terms, then 专利法 第五十条至第五十二条', () => {
    const [d] = duty(hunan({ acceptanceDate: '2021-03-15' }), HN);
    expect(d!.state).toBe('overdue');
    const policyOf = new Map(provisions.map((p) => [p.id, p.policy]));
    const anchorOf = new Map(provisions.map((p) => [p.id, p.anchor]));
    expect([...new Set(d!.openLicence.map((id) => policyOf.get(id)))]).toEqual(['hunan-2025-plan', 'prc-2020-patent-law']);
    expect(d!.openLicence.filter((id) => policyOf.get(id) === 'prc-2020-patent-law').map((id) => anchorOf.get(id)!.replace(/-para-\d+$/, ''))).toEqual(
      expect.arrayContaining(['art-50', 'art-51', 'art-52']),
    );
    // Not yet overdue: nothing to cite.
    expect(duty(hunan({ acceptanceDate: '2025-01-10' }), HN)[0]!.openLicence).toEqual([]);
  });
});
