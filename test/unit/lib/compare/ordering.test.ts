import { describe, expect, it } from 'vitest';
import { cellMagnitude, compareGenerosity, extremes, generosityRanks, magnitudesOf, type Magnitude } from '../../../../src/lib/compare/ordering';
import { buildMatrix, matrixRows } from '../../../../src/lib/compare/matrix';
import type { ProvisionValue } from '../../../../src/schemas/provision';
import { input, resolver } from '../../../fixtures/compare/dataset';

const m = buildMatrix(input, resolver);
const ranks = (key: string) => generosityRanks(matrixRows(m).find((r) => r.dimension.key === key)!);
const one = (v: ProvisionValue, order: Parameters<typeof magnitudesOf>[1]): Magnitude => magnitudesOf(v, order)[0]!;
const share = (rate: string, bound: string): ProvisionValue => ({ type: 'share', rate, bound, base: 'net-income', beneficiary: 'inventors', modes: ['pay-later-licence'] } as ProvisionValue);
const period = (amount: number, unit: 'day' | 'month' | 'year', bound: string): ProvisionValue => ({ type: 'period', period: { amount, unit, bound } } as ProvisionValue);
const cmp = (a: ProvisionValue, b: ProvisionValue, order: Parameters<typeof magnitudesOf>[1]) => Math.sign(compareGenerosity(one(a, order), one(b, order), order)) || 0;

describe('compareGenerosity', () => {
  it.each<[string, ProvisionValue, ProvisionValue, Parameters<typeof magnitudesOf>[1], number]>([
    ['80% > 70%', share('0.8', '不低于'), share('0.7', '不低于'), 'higher-share-more-generous', 1],
    ['不低于70% = 70%以上', share('0.7', '不低于'), share('0.70', '以上'), 'higher-share-more-generous', 0],
    ['超过70% > 不低于70%', share('0.7', '超过'), share('0.7', '不低于'), 'higher-share-more-generous', 1],
    ['不满70% < 70%', share('0.7', '不满'), share('0.7', 'exactly'), 'higher-share-more-generous', -1],
    ['超过69% < 70%', share('0.69', '超过'), share('0.7', 'exactly'), 'higher-share-more-generous', -1],
    ['shorter period is more generous: 2年 > 3年', period(2, 'year', '满'), period(3, 'year', '满'), 'shorter-period-more-generous', 1],
    ['12个月 = 1年', period(12, 'month', '满'), period(1, 'year', '满'), 'shorter-period-more-generous', 0],
    ['超过2年 is less generous than 满2年 when shorter wins', period(2, 'year', '超过'), period(2, 'year', '满'), 'shorter-period-more-generous', -1],
    ['longer wins: 365日 < 1年 (365.25日)', period(365, 'day', '以内'), period(1, 'year', '以内'), 'longer-period-more-generous', -1],
    ['6个月 > 180日 in days', period(6, 'month', '以内'), period(180, 'day', '以内'), 'longer-period-more-generous', 1],
  ])('%s', (_, a, b, order, sign) => expect(cmp(a, b, order)).toBe(sign));
});

describe('magnitudesOf', () => {
  it('takes the fixed award and every cap of a subsidy, in 元, exactly', () => {
    const v: ProvisionValue = { type: 'subsidy', claimant: 'enterprise', fixedYuan: '500000', caps: [{ scope: 'per-project', yuan: '1000000.01', bound: '不超过' }], caseByCase: false, conditions: [] };
    expect(magnitudesOf(v, 'higher-amount-more-generous').map((x) => x.value.toFixed(2))).toEqual(['500000.00', '1000000.01']);
  });
  it('does not rank rate-only or case-by-case subsidies, nor values of another kind', () => {
    expect(magnitudesOf({ type: 'subsidy', claimant: 'enterprise', rate: '0.2', caps: [], caseByCase: false, conditions: [] }, 'higher-amount-more-generous')).toEqual([]);
    expect(magnitudesOf({ type: 'subsidy', claimant: 'enterprise', caps: [{ scope: 'one-off', yuan: '1', bound: '最高' }], caseByCase: true, conditions: [] }, 'higher-amount-more-generous')).toEqual([]);
    expect(magnitudesOf({ type: 'text' }, 'higher-share-more-generous')).toEqual([]);
    expect(magnitudesOf(share('0.7', '不低于'), 'none')).toEqual([]);
    expect(magnitudesOf(share('0.7', '不低于'), 'higher-amount-more-generous')).toEqual([]);
  });
  it('normalizes periods to days: 1年 = 365.25日, 1个月 = 30.4375日', () => {
    expect(one(period(1, 'year', '满'), 'shorter-period-more-generous').value.toString()).toBe('365.25');
    expect(one(period(2, 'month', '满'), 'shorter-period-more-generous').value.toString()).toBe('60.875');
  });
});

describe('generosityRanks on the fixture (columns: km-guide, km-draft, yn, gd)', () => {
  it('ranks a cell by its most generous value (Yunnan 90% beats 70%); not-applicable is unranked', () => {
    expect(ranks('inventor-share')).toEqual([0, 0, 1, null]);
    const cell = matrixRows(m).find((r) => r.dimension.key === 'inventor-share')!.cells[2]!;
    expect(cellMagnitude(cell, 'higher-share-more-generous')?.provisionId).toMatch(/art-8/);
  });
  it('ranks subsidies by their largest cap; rate-only and 一事一议 unranked', () => {
    expect(ranks('purchase-subsidy')).toEqual([0, null, 1, null]);
  });
  it('ranks periods with the bound word, for the unit holding the results: 3年 = 36个月 most lenient, 满2年 strictest', () => {
    expect(ranks('unconverted-deadline')).toEqual([2, 2, 1, 0]);
  });
  it('leaves unordered dimensions unranked', () => {
    expect(ranks('licensors')).toEqual([null, null, null, null]);
  });
});

describe('extremes', () => {
  it.each<[(number | null)[], number[], number[], number[]]>([
    [[0, 0, 1, 2], [0, 1, 2, 3], [3], [0, 1]],
    [[0, 0, 1, 2], [0, 1], [], []], // all equal: nothing highlighted
    [[0, null, 1, null], [1, 3], [], []], // nothing comparable
    [[0, null, 1, null], [0, 1, 2], [2], [0]],
    [[2, 1], [0], [], []], // one column
  ])('ranks %j chosen %j → generous %j strictest %j', (r, chosen, generous, strictest) => {
    expect(extremes(r, chosen)).toEqual({ generous, strictest });
  });
});

describe('islandData packing', async () => {
  const { islandData, unpackNumbers } = await import('../../../../src/lib/compare/island-data');
  const d = islandData(m);
  it('packs agreement classes and ranks per row, in column order, and unpacks them', () => {
    const inv = d.rows.find((r) => r.d === 'inventor-share')!;
    expect(inv.a).toBe('0,0,1,2');
    expect(unpackNumbers(inv.r!)).toEqual([0, 0, 1, null]);
    expect(d.rows.find((r) => r.d === 'licensors')!.r).toBeUndefined();
    expect(d.columns.map((c) => c.group)).toEqual(['昆明市', '昆明市', '云南省', '广东省']);
  });
});
