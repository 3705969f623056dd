import { describe, expect, test } from 'vitest';
import { DEFAULT_COLUMNS, SHOW_ALL_MAX, defaultSelection, filterDocs, groupByProvince, regionSelection, type SelectableDoc } from '../../../../src/lib/compare/selection';

const doc = (id: string, code: string, level: SelectableDoc['level'], extra: Partial<SelectableDoc> = {}): SelectableDoc => ({
  id, label: id, code, place: id, level, parent: level === 'city' ? `${code.slice(0, 2)}0000` : undefined,
  kind: '措施', status: 'in-force', statusLabel: '现行有效', date: '2025', ...extra,
});
// The real five (by jurisdiction): 湖南 430000, 广东 440000, 云南 530000, 昆明 530100 ×2.
const five = [
  doc('hunan', '430000', 'province'), doc('guangdong', '440000', 'province', { status: 'not-yet' }),
  doc('yunnan', '530000', 'province'), doc('km-guide', '530100', 'city'), doc('km-draft', '530100', 'city', { status: 'draft', kind: '若干措施' }),
];
const law = doc('law', '100000', 'national', { kind: '法律' });

describe('defaultSelection', () => {
  test(`up to ${SHOW_ALL_MAX} documents: all of them`, () => {
    expect(defaultSelection(five)).toEqual(five.map((d) => d.id));
  });
  test('a region: its documents, its province’s and the national ones', () => {
    expect(defaultSelection([law, ...five], '530100')).toEqual(['law', 'yunnan', 'km-guide', 'km-draft']);
    expect(defaultSelection([law, ...five], '430000')).toEqual(['law', 'hunan']);
  });
  test('a city without documents of its own still gets its province (code → province)', () => {
    expect(regionSelection(five, '530300')).toEqual(['yunnan']);
  });
  test(`many documents, no region: national ones and the newest in force, ${DEFAULT_COLUMNS} in all`, () => {
    const many = Array.from({ length: 20 }, (_, i) => doc(`d${i}`, `${11 + i}0000`, 'province', { date: `20${10 + i}` }));
    expect(defaultSelection([law, ...many])).toEqual(['law', 'd17', 'd18', 'd19']);
    expect(defaultSelection(many)).toHaveLength(DEFAULT_COLUMNS);
  });
  test('an unknown region falls back to the default', () => {
    expect(defaultSelection(five, '110000')).toEqual(five.map((d) => d.id));
  });
});

describe('filterDocs', () => {
  test.each([
    [{ places: ['530000'] }, ['yunnan', 'km-guide', 'km-draft']],
    [{ places: ['530100'] }, ['km-guide', 'km-draft']],
    [{ kinds: ['若干措施'] }, ['km-draft']],
    [{ statuses: ['in-force'] }, ['hunan', 'yunnan', 'km-guide']],
    [{ text: 'km' }, ['km-guide', 'km-draft']],
    [{ places: ['530000'], statuses: ['in-force'] }, ['yunnan', 'km-guide']],
    [{}, five.map((d) => d.id)],
  ])('%j → %j', (f, want) => {
    expect(filterDocs(five, f).map((d) => d.id)).toEqual(want);
  });
});

test('groupByProvince: national first, then provinces by code, a province before its cities', () => {
  expect(groupByProvince([five[3]!, law, ...five]).map((g) => [g.province, g.docs.map((d) => d.id)])).toEqual([
    ['', ['law']],
    ['430000', ['hunan']],
    ['440000', ['guangdong']],
    ['530000', ['yunnan', 'km-guide', 'km-guide', 'km-draft']],
  ]);
});
