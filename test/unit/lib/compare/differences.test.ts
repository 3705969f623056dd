import { describe, expect, it } from 'vitest';
import { agreementClasses, canonicalDecimal, cellKey, normalizeText, rowDiffers, valueKey } from '../../../../src/lib/compare/differences';
import { buildMatrix, matrixRows, type Cell } from '../../../../src/lib/compare/matrix';
import type { ProvisionValue } from '../../../../src/schemas/provision';
import { columns, input, resolver } from '../../../fixtures/compare/dataset';

const m = buildMatrix(input, resolver);
const classes = (key: string) => agreementClasses(matrixRows(m).find((r) => r.dimension.key === key)!.cells);
const idx = (...ids: string[]) => ids.map((id) => columns.findIndex((c) => c.id === id));

const share = (rate: string, bound: ProvisionValue & { type: 'share' } extends { bound: infer B } ? B : never, modes = ['pay-later-licence']): ProvisionValue =>
  ({ type: 'share', rate, bound, base: 'net-income', beneficiary: 'inventors', modes } as ProvisionValue);

describe('valueKey: what counts as the same value', () => {
  it.each<[string, ProvisionValue, ProvisionValue, boolean]>([
    ['0.7 vs 0.70', share('0.7', '不低于'), share('0.70', '不低于'), true],
    ['不低于 = 以上 = 不少于 (all ≥, inclusive)', share('0.7', '不低于'), share('0.7', '以上'), true],
    ['以上 ≠ 超过 (inclusive vs exclusive)', share('0.7', '以上'), share('0.7', '超过'), false],
    ['不低于 ≠ 不超过', share('0.7', '不低于'), share('0.7', '不超过'), false],
    ['different rate', share('0.7', '不低于'), share('0.8', '不低于'), false],
    ['modes are a set', share('0.7', '不低于', ['equity-investment', 'pay-later-licence']), share('0.7', '不低于', ['pay-later-licence', 'equity-investment']), true],
    ['1年 = 12个月', { type: 'period', period: { amount: 1, unit: 'year', bound: '以内' } }, { type: 'period', period: { amount: 12, unit: 'month', bound: '以内' } }, true],
    ['1年 ≠ 365日 (days are not months)', { type: 'period', period: { amount: 1, unit: 'year', bound: '以内' } }, { type: 'period', period: { amount: 365, unit: 'day', bound: '以内' } }, false],
    ['（含） folds into inclusive', { type: 'period', period: { amount: 1, unit: 'year', bound: '超过', inclusiveMark: true } }, { type: 'period', period: { amount: 1, unit: 'year', bound: '以上' } }, true],
    ['period from differs', { type: 'period', period: { amount: 3, unit: 'year', bound: '满', from: '取得知识产权之日' } }, { type: 'period', period: { amount: 3, unit: 'year', bound: '满', from: '合同生效' } }, false],
    ['list items: order and punctuation ignored', { type: 'list', items: ['高校', '院所'] }, { type: 'list', items: ['院所。', ' 高校'] }, true],
    ['list items: wording kept', { type: 'list', items: ['高校'] }, { type: 'list', items: ['高等院校'] }, false],
    ['subsidy caps ¥ canonical', { type: 'subsidy', claimant: 'enterprise', caps: [{ scope: 'per-project', yuan: '1000000.00', bound: '不超过' }], caseByCase: false, conditions: [] }, { type: 'subsidy', claimant: 'enterprise', caps: [{ scope: 'per-project', yuan: '1000000', bound: '以内' }], caseByCase: false, conditions: [] }, true],
    ['subsidy condition wording differs', { type: 'subsidy', claimant: 'enterprise', caps: [], caseByCase: true, conditions: ['在昆明落地'] }, { type: 'subsidy', claimant: 'enterprise', caps: [], caseByCase: true, conditions: ['在云南落地'] }, false],
    ['not-applicable with different reasons', { type: 'not-applicable', why: '甲' }, { type: 'not-applicable', why: '乙' }, false],
  ])('%s → same: %s', (_, a, b, same) => {
    expect(valueKey(a, 's') === valueKey(b, 's')).toBe(same);
  });

  it('keys text values by their normalized summary', () => {
    expect(valueKey({ type: 'text' }, '依托平台。')).toBe(valueKey({ type: 'text' }, '依托 平台'));
    expect(valueKey({ type: 'text' }, '依托平台')).not.toBe(valueKey({ type: 'text' }, '依托省平台'));
  });
});

describe('cellKey', () => {
  const e = (value: ProvisionValue, summary = 's') => ({ provisionId: 'x', anchor: 'a', text: summary, detail: '', quote: '', cite: '', citeShort: '', href: '', notes: [], value, summary, readings: [] });
  it('silence is its own key and differs from not-applicable', () => {
    const silent: Cell = { kind: 'not-specified' };
    const na: Cell = { kind: 'provisions', entries: [e({ type: 'not-applicable', why: '无' })] };
    expect(cellKey(silent)).toBe(cellKey({ kind: 'not-specified' }));
    expect(cellKey(silent)).not.toBe(cellKey(na));
  });
  it('is a set of value keys: duplicates and order do not matter', () => {
    const a = share('0.7', '不低于');
    const b = share('0.9', '不低于');
    expect(cellKey({ kind: 'provisions', entries: [e(a), e(b), e(a)] })).toBe(cellKey({ kind: 'provisions', entries: [e(b), e(a)] }));
    expect(cellKey({ kind: 'provisions', entries: [e(a)] })).not.toBe(cellKey({ kind: 'provisions', entries: [e(a), e(b)] }));
  });
});

describe('agreementClasses + rowDiffers on the fixture', () => {
  it.each<[string, string[], boolean]>([
    ['licensors', ['km-guide', 'km-draft'], false], // same list, other order/punctuation
    ['licensors', ['km-guide', 'yn'], true],
    ['licensors', ['km-guide', 'km-draft', 'yn'], true],
    ['inventor-share', ['km-guide', 'km-draft'], false], // 不低于70% = 70%以上
    ['inventor-share', ['km-guide', 'yn'], true], // Yunnan adds 90% for ownership
    ['inventor-share', ['yn', 'gd'], true],
    ['unconverted-deadline', ['km-guide', 'km-draft'], false], // 满3年 = 36个月以上
    ['unconverted-deadline', ['yn', 'gd'], true], // 超过2年 ≠ 满2年
    ['platform', ['km-guide', 'km-draft'], false], // same words up to punctuation
    ['platform', ['yn', 'gd'], false], // both silent
    ['platform', ['km-guide', 'gd'], true], // said vs silent
    ['purchase-subsidy', ['km-guide', 'yn'], true],
  ])('%s among %j differs: %s', (dim, ids, differs) => {
    expect(rowDiffers(classes(dim), idx(...ids))).toBe(differs);
  });

  it('numbers classes in first-seen order', () => {
    expect(classes('platform')).toEqual([0, 0, 1, 1]);
  });

  it('nothing differs with fewer than two columns', () => {
    expect(rowDiffers([0, 1, 2], [1])).toBe(false);
    expect(rowDiffers([0, 1, 2], [])).toBe(false);
  });
});

describe('normalizers', () => {
  it.each([
    ['0.70', '0.7'], ['1000000.00', '1000000'], ['007', '7'], ['0.0005', '0.0005'], ['0', '0'], ['10', '10'],
  ])('canonicalDecimal(%s) = %s', (a, b) => expect(canonicalDecimal(a)).toBe(b));
  it('normalizeText drops whitespace and punctuation, makes full-width half-width', () => {
    expect(normalizeText('ＡＢ １２，“高校”。')).toBe('ab12高校');
  });
});
