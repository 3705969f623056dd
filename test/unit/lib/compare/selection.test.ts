import { describe, expect, test } from 'vitest';
import {
  DEFAULT_COLUMNS, SHOW_ALL_MAX, defaultSelection, filterDocs, groupByProvince, initialSelection, nextSelection, regionSelection,
  type CompareSelection, type SelectableDoc, type SelectionAction, type SelectionContext,
} from '../../../../src/lib/compare/selection';

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

// The reducer (synthetic column ids: the rule does not depend on the dataset). Table order a…e;
// the page was rendered with a–d (e is a document the island would load on demand).
const ctx: SelectionContext = { known: ['a', 'b', 'c', 'd', 'e'], defaults: ['a', 'b', 'c', 'd'] };
const sel = (columns: string[], refused: CompareSelection['refused'] = null, onlyDifferences = false): CompareSelection => ({ columns, onlyDifferences, refused });

describe('nextSelection', () => {
  test.each<[string, CompareSelection, SelectionAction, CompareSelection]>([
    ['uncheck one of four', sel(['a', 'b', 'c', 'd']), { type: 'toggle', id: 'c', on: false }, sel(['a', 'b', 'd'])],
    ['check keeps table order, not click order', sel(['a', 'd']), { type: 'toggle', id: 'b', on: true }, sel(['a', 'b', 'd'])],
    ['checking a document not on the page yet chooses it at once (its column follows)', sel(['a', 'd']), { type: 'toggle', id: 'e', on: true }, sel(['a', 'd', 'e'])],
    ['uncheck at two is refused', sel(['a', 'd']), { type: 'toggle', id: 'a', on: false }, sel(['a', 'd'], 'too-few')],
    ['a second refusal is refused again', sel(['a', 'd'], 'too-few'), { type: 'toggle', id: 'd', on: false }, sel(['a', 'd'], 'too-few')],
    ['unchecking an unchosen column at two changes nothing, refuses nothing', sel(['a', 'd']), { type: 'toggle', id: 'b', on: false }, sel(['a', 'd'])],
    ['an accepted check clears the refusal', sel(['a', 'd'], 'too-few'), { type: 'toggle', id: 'c', on: true }, sel(['a', 'c', 'd'])],
    ['an unknown id is ignored', sel(['a', 'b']), { type: 'toggle', id: 'zz', on: true }, sel(['a', 'b'])],
    ['only differences on, refusal cleared', sel(['a', 'b'], 'too-few'), { type: 'only-differences', on: true }, sel(['a', 'b'], null, true)],
    ['reset returns to the page’s columns (not every known document)', sel(['b', 'e'], 'too-few', true), { type: 'reset' }, sel(['a', 'b', 'c', 'd'], null, true)],
    ['choose (a region): exactly those known, table order', sel(['a', 'b']), { type: 'choose', columns: ['e', 'zz', 'c'] }, sel(['c', 'e'])],
    ['choose fewer than two known is refused', sel(['a', 'b']), { type: 'choose', columns: ['e'] }, sel(['a', 'b'], 'too-few')],
    ['load: filtered to known, table order', sel(['a', 'b']), { type: 'load', columns: ['e', 'zz', 'b'], onlyDifferences: true }, sel(['b', 'e'], null, true)],
    ['load: fewer than two known → the defaults', sel(['a', 'b']), { type: 'load', columns: ['c'], onlyDifferences: false }, sel(['a', 'b', 'c', 'd'])],
    ['unavailable: a column that failed to load is unchosen', sel(['a', 'b', 'e']), { type: 'unavailable', ids: ['e'] }, sel(['a', 'b'])],
    ['unavailable leaving one → the defaults', sel(['a', 'e']), { type: 'unavailable', ids: ['e'] }, sel(['a', 'b', 'c', 'd'])],
  ])('%s', (_, state, action, want) => {
    expect(nextSelection(ctx, state, action)).toEqual(want);
  });

  test('returns a new object for every action, a refusal included (so the controls always re-render)', () => {
    const actions: SelectionAction[] = [
      { type: 'toggle', id: 'a', on: false },
      { type: 'toggle', id: 'zz', on: false },
      { type: 'only-differences', on: false },
      { type: 'reset' },
      { type: 'choose', columns: [] },
      { type: 'unavailable', ids: [] },
    ];
    for (const state of [sel(['a', 'b'], 'too-few'), initialSelection(ctx.defaults)]) {
      for (const a of actions) expect(nextSelection(ctx, state, a)).not.toBe(state);
    }
  });

  test('starts with the page’s columns and differences off', () => {
    expect(initialSelection(ctx.defaults)).toEqual(sel(['a', 'b', 'c', 'd']));
  });
});
