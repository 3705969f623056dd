import { describe, expect, test } from 'vitest';
import { flattenTree, foldTree, lineage, regionTree, type PlaceRef } from '../../../../src/lib/regions/tree';

const names = new Map([['530000', '云南省'], ['440000', '广东省'], ['430000', '湖南省']]);
const km: PlaceRef = { code: '530100', name: '昆明市', level: 'city', parent: '530000' };
const yn: PlaceRef = { code: '530000', name: '云南省', level: 'province' };
const sz: PlaceRef = { code: '440300', name: '深圳市', level: 'city', parent: '440000' };
const hn: PlaceRef = { code: '430000', name: '湖南省', level: 'province' };

describe('regionTree', () => {
  test('cities hang under their province; counts are own and total (the real five: 昆明 ×2, 云南, 湖南, 广东)', () => {
    const gd: PlaceRef = { code: '440000', name: '广东省', level: 'province' };
    const tree = regionTree([km, km, yn, hn, gd], names);
    expect(tree.map((n) => [n.code, n.own, n.total])).toEqual([['430000', 1, 1], ['440000', 1, 1], ['530000', 1, 3]]);
    expect(tree[2]!.children.map((c) => [c.name, c.own, c.total])).toEqual([['昆明市', 2, 2]]);
  });
  test('a province without documents of its own still appears, named from the table', () => {
    const tree = regionTree([sz], names);
    expect(tree).toEqual([expect.objectContaining({ code: '440000', name: '广东省', own: 0, total: 1, hasOwn: false })]);
  });
  test('national documents become the root above the provinces', () => {
    const cn: PlaceRef = { code: '100000', name: '全国', level: 'national' };
    const tree = regionTree([cn, cn, km, hn], names);
    expect(tree.map((n) => [n.name, n.own, n.total])).toEqual([['全国', 2, 4]]);
    expect(tree[0]!.children.map((c) => c.code)).toEqual(['430000', '530000']);
    expect(lineage('530100', tree)).toEqual(['530100', '530000', '100000']);
    expect(flattenTree(tree).map((n) => n.code)).toEqual(['100000', '430000', '530000', '530100']);
  });
  test('lineage of an unknown code is empty', () => {
    expect(lineage('999999', regionTree([km], names))).toEqual([]);
  });
});

describe('foldTree', () => {
  const gz: PlaceRef = { code: '440100', name: '广州市', level: 'city', parent: '440000' };
  const cs: PlaceRef = { code: '430100', name: '长沙市', level: 'city', parent: '430000' };
  const tree = regionTree([km, yn, sz, gz, hn, cs], names);
  test('a city page lists every province, its own province\'s cities, and no other cities', () => {
    const folded = foldTree(tree, lineage('530100', tree));
    expect(flattenTree(folded).map((n) => n.code)).toEqual(['430000', '440000', '530000', '530100']);
    // 湖南 (own 1 + 长沙 1) and 广东 (深圳, 广州: no own document) keep their totals and say they are folded.
    expect(folded.map((n) => [n.code, n.total, n.folded ?? false])).toEqual([['430000', 2, true], ['440000', 2, true], ['530000', 2, false]]);
  });
  test('a province page lists its cities; a place without cities is never marked folded', () => {
    const folded = foldTree(tree, lineage('440000', tree));
    expect(flattenTree(folded).map((n) => n.code)).toEqual(['430000', '440000', '440100', '440300', '530000']);
    expect(flattenTree(folded).find((n) => n.code === '440100')?.folded).toBeUndefined();
  });
  test('the tree itself is left unchanged', () => {
    foldTree(tree, []);
    expect(flattenTree(tree)).toHaveLength(7); // 3 provinces + 4 cities
  });
});

