import { describe, expect, it } from 'vitest';
import { cellText, readChoice, readDate, readPlace, readText, readTrl } from '../../../../src/lib/portfolio/cells';
import { columnLetter, columnOf } from '../../../../src/lib/portfolio/columns';
import { places } from './support';

describe('headers', () => {
  it.each([
    ['成果名称', 'name'], ['专利名称', 'name'], [' 专利号 ', 'number'], ['技术成熟度（TRL）', 'trl'],
    // Half-width brackets and case do not matter (NFKC fold).
    ['技术成熟度(trl)', 'trl'], ['授权公告日', 'rightDate'], ['是否涉密', 'classified'], ['关键词/摘要', 'keywords'],
    ['备注', undefined], ['', undefined],
  ] as const)('%s → %s', (h, key) => expect(columnOf(h)).toBe(key));

  it.each([[0, 'A'], [25, 'Z'], [26, 'AA'], [27, 'AB'], [701, 'ZZ'], [702, 'AAA']] as const)('column %i is %s', (i, l) =>
    expect(columnLetter(i)).toBe(l));
});

describe('dates', () => {
  it.each([
    ['2023-05-12', '2023-05-12'], ['2023/5/2', '2023-05-02'], ['2023.05.12', '2023-05-12'], ['2023年5月12日', '2023-05-12'],
    ['20230512', '2023-05-12'], ['２０２３－０５－１２', '2023-05-12'],
    // Spreadsheet serial 45058 = 45058 − 25569 = 19489 days after 1970-01-01 = 2023-05-12.
    [45058, '2023-05-12'], ['45058', '2023-05-12'],
    [new Date(Date.UTC(2024, 1, 29)), '2024-02-29'],
  ] as const)('%s → %s', (v, d) => expect(readDate(v)).toEqual({ value: d }));

  it.each(['2023-02-30', '2023-13-01', '明年', '12/05/2023', 3.5, '2023-5'])('%s is refused with a message', (v) => {
    const r = readDate(v);
    expect(r.value).toBeUndefined();
    expect(r.error).toMatch(/不是有效日期/);
  });
  it('a blank cell is no value and no message', () => expect(readDate('  ')).toEqual({}));
});

describe('closed lists', () => {
  it.each([
    ['发明专利', 'type', 'patent'], ['实用新型', 'type', 'patent'], ['软件著作权', 'type', 'software-copyright'],
    ['植物新品种权', 'type', 'plant-variety'], ['技术秘密', 'type', 'technical-secret'],
    ['授权且有效', 'status', 'granted'], ['申请中', 'status', 'pending'], ['已失效', 'status', 'lapsed'],
    ['是', 'tri', 'yes'], ['Y', 'tri', 'yes'], ['否', 'tri', 'no'], ['不详', 'tri', 'unknown'],
    ['高校', 'unitType', 'university'], ['市属', 'unitLevel', 'city-level'], ['中央在湘', 'unitLevel', 'central-in-province'],
  ] as const)('%s (%s) → %s', (v, kind, key) => expect(readChoice(v, kind)).toEqual({ value: key }));

  it('an unknown word names what is accepted', () => {
    const r = readChoice('发名专利', 'type');
    expect(r.value).toBeUndefined();
    expect(r.error).toContain('“发名专利”无法识别');
    expect(r.error).toContain('专利、计算机软件著作权');
  });
});

describe('TRL', () => {
  it.each([['5', 5], [7, 7], ['TRL 4', 4], ['6级', 6]] as const)('%s → %i', (v, n) => expect(readTrl(v)).toEqual({ value: n }));
  it.each(['0', '10', '4.5', '十', '-1'])('%s is refused', (v) => expect(readTrl(v).error).toMatch(/1 至 9/));
});

describe('places (against the dataset places)', () => {
  it.each([
    ['云南省昆明市', { province: '530000', city: '530100' }],
    ['昆明', { province: '530000', city: '530100' }],
    ['湖南省', { province: '430000' }],
    // A province we hold with a city we do not: that province, the city is "other".
    ['湖南省长沙市', { province: '430000', city: 'other' }],
    ['530100', { province: '530000', city: '530100' }],
    ['四川省成都市', { province: 'other' }],
  ] as const)('%s', (v, want) => expect(readPlace(v, places).value).toMatchObject(want));
});

describe('text cells', () => {
  it('are kept as typed, formulas included (they are never run)', () => expect(readText('=HYPERLINK("x")')).toEqual({ value: '=HYPERLINK("x")' }));
  it('too long a cell is refused', () => expect(readText('字'.repeat(5001)).error).toMatch(/5000/));
  it('booleans and dates read as words', () => {
    expect(cellText(true)).toBe('是');
    expect(cellText(new Date(Date.UTC(2020, 0, 2)))).toBe('2020-01-02');
  });
});
