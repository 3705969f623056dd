import { describe, expect, test } from 'vitest';
import { normaliseInput, parseWidgetInputs, toQuery } from '../../../../src/lib/widgets/inputs';
import type { WidgetInput } from '../../../../src/schemas/widget-manifest';

const jur: WidgetInput = {
  name: 'jurisdiction', type: 'enum', label: '地区', default: '530000',
  allowed: [{ value: '530000', label: '云南省' }, { value: '430000', label: '湖南省' }],
};
const list: WidgetInput = { ...jur, name: 'jurisdictions', type: 'enum-list', min: 2, max: 3, default: '530000,430000' };
const amount: WidgetInput = { name: 'amount', type: 'yuan', label: '金额', unit: '元', default: '1000000' };
const pct: WidgetInput = { name: 'percent', type: 'percent', label: '比例', unit: '%', default: null };
const n: WidgetInput = { name: 'n', type: 'integer', label: '期数', min: 1, max: 12, default: '3' };
const date: WidgetInput = { name: 'date', type: 'date', label: '日期', default: null };

describe('normaliseInput', () => {
  test.each([
    [jur, '430000', '430000'],
    [jur, ' 530000 ', '530000'],
    [jur, '110000', null],
    [list, '430000,530000', '430000,530000'],
    [list, '430000，530000,430000', '430000,530000'],
    [list, '430000', null], // fewer than min
    [list, '430000,999999', null],
    [amount, '50万', '500000'],
    [amount, '1,234.5', '1234.5'],
    [amount, '-1', null],
    [amount, 'abc', null],
    [pct, '12.5%', '12.5'],
    [pct, '101', null],
    [n, '12', '12'],
    [n, '13', null],
    [n, '2.5', null],
    [date, '2026-02-28', '2026-02-28'],
    [date, '2026-02-30', null],
  ] as const)('%o %s → %s', (def, raw, want) => expect(normaliseInput(def, raw)).toBe(want));
});

describe('parseWidgetInputs', () => {
  const defs = [jur, amount, pct, n];
  test('valid values are used, invalid and missing ones fall back to the default, or are left out', () => {
    const q = new URLSearchParams('jurisdiction=430000&amount=oops&n=5');
    expect(parseWidgetInputs(defs, (k) => q.get(k))).toEqual({ jurisdiction: '430000', amount: '1000000', n: '5' });
  });
  test('nothing given → defaults only', () => {
    expect(parseWidgetInputs(defs, () => null)).toEqual({ jurisdiction: '530000', amount: '1000000', n: '3' });
  });
  test('each value given but unusable is reported with its label, as given (an empty one is not given)', () => {
    const q = new URLSearchParams('jurisdiction=999999&amount=oops&percent=&n=5');
    const rejected: { label: string; value: string }[] = [];
    expect(parseWidgetInputs(defs, (k) => q.get(k), rejected)).toEqual({ jurisdiction: '530000', amount: '1000000', n: '5' });
    expect(rejected).toEqual([{ label: '地区', value: '999999' }, { label: '金额', value: 'oops' }]);
  });
  test('a list with an unknown id is rejected whole, not trimmed to the known ones', () => {
    const rejected: { label: string; value: string }[] = [];
    expect(parseWidgetInputs([list], () => '530000, 999999', rejected)).toEqual({ jurisdictions: '530000,430000' });
    expect(rejected).toEqual([{ label: '地区', value: '530000, 999999' }]);
  });
});

test('toQuery encodes and drops empty values', () => {
  expect(toQuery({ a: '1 2', b: '', c: null, d: '#0b5cad' })).toBe('?a=1%202&d=%230b5cad');
  expect(toQuery({})).toBe('');
});
