import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Money, yuan } from '../../../../src/lib/money';
import {
  compareAcrossDocuments,
  netFromGross,
  rewardRulesFor,
  splitReward,
} from '../../../../src/lib/calculators/reward-split';
import { loadProvisions } from '../../../../src/data/dataset';

// The real dataset (content/provisions), as the calculator reads it.
const rules = (policy: string) => rewardRulesFor(policy, loadProvisions());
const KM = rules('kunming-2025-measures-draft');
const YN = rules('yunnan-2024-15-measures');
const GD = rules('guangdong-2026-measures-summary');

describe('splitReward — minimums', () => {
  it('Kunming draft 五, licence: 70% to inventors, 10% of the rest to transfer staff', () => {
    const r = splitReward({ netIncome: yuan('1000000'), mode: 'transfer-or-licence' }, KM);
    // 100万 × 70% = 70万 to inventors
    expect(r.inventor.amount?.toString()).toBe('700000');
    // retained 100万 − 70万 = 30万; × 10% = 3万 to transfer staff
    expect(r.retained?.toString()).toBe('300000');
    expect(r.transferStaff.amount?.toString()).toBe('30000');
    // unit keeps 30万 − 3万 = 27万
    expect(r.unitAmount?.toString()).toBe('270000');
    expect(r.compliant).toBe(true);
    expect(r.basis).toBe('cash');
    expect(r.provisionIds).toEqual([
      'kunming-2025-measures-draft-m-5-inventor-share',
      'kunming-2025-measures-draft-m-5-transfer-staff-share',
      'kunming-2025-measures-draft-m-5-performance-pay',
    ]);
    expect(r.steps.map((s) => s.key)).toEqual(['inventor', 'retained', 'transfer', 'unit']);
  });

  it('rounds the beneficiaries up to the fen and gives the unit the remainder', () => {
    // 0.01 × 70% = 0.007 → 0.01 (up); retained 0.00; transfer 0; unit 0
    const r = splitReward({ netIncome: yuan('0.01'), mode: 'pay-later-licence' }, KM);
    expect(r.inventor.amountExact?.toString()).toBe('0.007');
    expect(r.inventor.amount?.toString()).toBe('0.01');
    expect(r.transferStaff.amount?.toString()).toBe('0');
    expect(r.unitAmount?.toString()).toBe('0');
    // 333.33 × 70% = 233.331 → 233.34; retained 99.99; × 10% = 9.999 → 10.00; unit 89.99
    const s = splitReward({ netIncome: yuan('333.33'), mode: 'pay-later-licence' }, KM);
    expect(s.inventor.amount?.toString()).toBe('233.34');
    expect(s.transferStaff.amount?.toString()).toBe('10');
    expect(s.unitAmount?.toString()).toBe('89.99');
    expect(s.inventor.amount!.plus(s.transferStaff.amount!).plus(s.unitAmount!).toString()).toBe('333.33');
  });

  it('Yunnan 六 horizontal project: 70% to researchers; its transfer-staff share covers licences only', () => {
    // 50万 × 70% = 35万; no transfer-staff rule for horizontal projects → unit keeps 15万
    const r = splitReward({ netIncome: yuan('500000'), mode: 'horizontal-project' }, YN);
    expect([r.inventor.amount, r.unitAmount].map(String)).toEqual(['350000', '150000']);
    expect(r.transferStaff.rule).toBeUndefined();
    expect(r.notes.map((n) => n.id)).toContain('yunnan-2024-15-measures-art-6-performance-pay');
    expect(r.provisionIds).toContain('yunnan-2024-15-measures-art-6-performance-pay');
  });

  it('Yunnan has no inventor share for licences: 未规定, and transfer staff need the inventor rate', () => {
    const r = splitReward({ netIncome: yuan('1000000'), mode: 'transfer-or-licence' }, YN);
    expect(r.inventor.rule).toBeUndefined();
    expect(r.inventor.amount).toBeUndefined();
    expect(r.transferStaff.minRate?.toString()).toBe('0.1');
    expect(r.transferStaff.amount).toBeUndefined();
    expect(r.issues).toEqual([{ code: 'inventor-rate-needed' }]);
    expect(r.unregulated).toBe(false);
    // With the unit's intended 60%: retained 40万 × 10% = 4万; unit 36万
    const s = splitReward({ netIncome: yuan('1000000'), mode: 'transfer-or-licence', intendedInventorShare: yuan('0.6') }, YN);
    expect([s.inventor.amount, s.transferStaff.amount, s.unitAmount].map(String)).toEqual(['600000', '40000', '360000']);
    expect(s.inventor.compliant).toBeUndefined();
    expect(s.compliant).toBe(true);
  });

  it('a document with no rule for the mode is unregulated (未规定)', () => {
    const r = splitReward({ netIncome: yuan('1000000'), mode: 'equity-investment' }, GD);
    expect(r.unregulated).toBe(true);
    expect(r.compliant).toBeUndefined();
    expect(r.inventor.amount).toBeUndefined();
  });

  it('Guangdong: ownership mode reports an ownership basis; equity-or-net-income is cash for a licence', () => {
    expect(splitReward({ netIncome: yuan('100'), mode: 'use-then-cooperate-ownership' }, GD).basis).toBe('ownership');
    const r = splitReward({ netIncome: yuan('100'), mode: 'pay-later-licence' }, GD);
    expect(r.basis).toBe('cash');
    // 100 × 70% = 70; no transfer-staff rule → unit keeps 30
    expect(r.inventor.amount?.toString()).toBe('70');
    expect(r.transferStaff.rule).toBeUndefined();
    expect(r.unitAmount?.toString()).toBe('30');
  });

  it('Kunming draft 六 equity investment: inventors hold ≥ 70% of the shares', () => {
    const r = splitReward({ netIncome: yuan('2000000'), mode: 'equity-investment' }, KM);
    expect(r.basis).toBe('equity');
    // 200万作价 × 70% = 140万 of equity to inventors; no transfer-staff rule for equity; unit 60万
    expect(r.inventor.amount?.toString()).toBe('1400000');
    expect(r.unitAmount?.toString()).toBe('600000');
  });
});

describe('splitReward — intended shares', () => {
  it('higher shares comply; the minimum itself complies (不低于 is inclusive)', () => {
    const at = splitReward({ netIncome: yuan('100000'), mode: 'transfer-or-licence', intendedInventorShare: yuan('0.7'), intendedTransferShare: yuan('0.1') }, KM);
    expect(at.compliant).toBe(true);
    // 10万 × 80% = 8万; retained 2万 × 20% = 4000; unit 16000
    const hi = splitReward({ netIncome: yuan('100000'), mode: 'transfer-or-licence', intendedInventorShare: yuan('0.8'), intendedTransferShare: yuan('0.2') }, KM);
    expect([hi.inventor.amount, hi.transferStaff.amount, hi.unitAmount].map(String)).toEqual(['80000', '4000', '16000']);
    expect(hi.inventor.minAmountExact?.toString()).toBe('70000');
    expect(hi.compliant).toBe(true);
  });

  it('below the minimum: not compliant, with the rule named', () => {
    const r = splitReward({ netIncome: yuan('100000'), mode: 'transfer-or-licence', intendedInventorShare: yuan('0.6999'), intendedTransferShare: yuan('0.05') }, KM);
    expect(r.compliant).toBe(false);
    expect(r.inventor.compliant).toBe(false);
    expect(r.transferStaff.compliant).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['inventor-below-minimum', 'transfer-below-minimum']);
  });
});

describe('netFromGross', () => {
  it('subtracts the listed costs', () => {
    // 120万 − 15万 − 5万 = 100万
    const r = netFromGross(yuan('1200000'), [{ label: '评估费', amount: yuan('150000') }, { label: '专利维持费', amount: yuan('50000') }]);
    expect(r.ok && r.net.toString()).toBe('1000000');
  });
  it('refuses costs above the income', () => {
    const r = netFromGross(yuan('100'), [{ label: 'x', amount: yuan('100.01') }]);
    expect(r).toMatchObject({ ok: false, code: 'costs-exceed-gross' });
  });
  it('costs equal to the income leave zero', () => {
    const r = netFromGross(yuan('100'), [{ label: 'x', amount: yuan('100') }]);
    expect(r.ok && r.net.isZero()).toBe(true);
  });
});

describe('compareAcrossDocuments', () => {
  it('one row per document, 未规定 where there is no rule', () => {
    const rows = compareAcrossDocuments({ netIncome: yuan('1000000'), mode: 'pay-later-licence' }, [YN, GD, KM]);
    expect(rows.map((r) => [r.policy, r.result.inventor.amount?.toString() ?? '未规定'])).toEqual([
      ['yunnan-2024-15-measures', '未规定'],
      ['guangdong-2026-measures-summary', '700000'],
      ['kunming-2025-measures-draft', '700000'],
    ]);
  });
});

describe('splitReward — properties', () => {
  const fen = fc.bigInt({ min: 0n, max: 10n ** 14n }).map((n) => new Money(n.toString()).dividedBy(100));
  const rate = fc.integer({ min: 0, max: 10000 }).map((n) => new Money(n).dividedBy(10000));

  it('the three parts always add up exactly to the income, each on the fen grid and ≥ the exact share', () => {
    fc.assert(
      fc.property(fen, rate, rate, (net, ri, rt) => {
        const r = splitReward({ netIncome: net, mode: 'transfer-or-licence', intendedInventorShare: ri, intendedTransferShare: rt }, KM);
        const sum = r.inventor.amount!.plus(r.transferStaff.amount!).plus(r.unitAmount!);
        expect(sum.equals(net)).toBe(true);
        for (const v of [r.inventor.amount!, r.transferStaff.amount!, r.unitAmount!]) {
          expect(v.isNegative()).toBe(false);
          expect(v.decimalPlaces()).toBeLessThanOrEqual(2);
        }
        expect(r.inventor.amount!.greaterThanOrEqualTo(r.inventor.amountExact!)).toBe(true);
        expect(r.inventor.amount!.minus(r.inventor.amountExact!).lessThan('0.01')).toBe(true);
      }),
    );
  });

  it('compliance is exactly "intended ≥ minimum"', () => {
    fc.assert(
      fc.property(fen, rate, (net, ri) => {
        const r = splitReward({ netIncome: net, mode: 'pay-later-licence', intendedInventorShare: ri }, KM);
        expect(r.inventor.compliant).toBe(ri.greaterThanOrEqualTo('0.7'));
      }),
    );
  });
});
