import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { latePenalty } from '../../../../src/lib/calculators/late-penalty';
import { yuan } from '../../../../src/lib/money';
import { addDays } from '../../../../src/lib/plain-date';
import { calendar } from '../holidays-data';

const rate = yuan('0.0005'); // 示范文本默认 [0.05]% per day

describe('latePenalty', () => {
  it('100,000元 paid 30 days late at 0.05%/day = 1,500元', () => {
    const r = latePenalty({ unpaid: yuan('100000'), due: '2026-03-02', paid: '2026-04-01', dailyRate: rate }, calendar, 'p');
    expect(r.daysOverdue).toBe(30);
    expect(r.penalty.toFixed(2)).toBe('1500.00');
    expect(r.provisionIds).toEqual(['p']);
  });
  it('paid on the due day or earlier: 0 days, 0元', () => {
    expect(latePenalty({ unpaid: yuan('1'), due: '2026-03-02', paid: '2026-03-02', dailyRate: rate }, calendar).daysOverdue).toBe(0);
    const early = latePenalty({ unpaid: yuan('1'), due: '2026-03-02', paid: '2026-02-01', dailyRate: rate }, calendar);
    expect(early.onTime).toBe(true);
    expect(early.penalty.isZero()).toBe(true);
  });
  it('a due day on a holiday moves (Art. 203): paying on 2026-10-08 for 10-01 is on time', () => {
    const r = latePenalty({ unpaid: yuan('1000'), due: '2026-10-01', paid: '2026-10-08', dailyRate: rate }, calendar);
    expect(r.dueMove.moved).toBe('2026-10-08');
    expect(r.daysOverdue).toBe(0);
    expect(latePenalty({ unpaid: yuan('1000'), due: '2026-10-01', paid: '2026-10-09', dailyRate: rate }, calendar).daysOverdue).toBe(1);
  });
  it('exact for sub-fen results (rounded only at display)', () => {
    const r = latePenalty({ unpaid: yuan('0.01'), due: '2026-03-02', paid: '2026-03-03', dailyRate: rate }, calendar);
    expect(r.penalty.toString()).toBe('0.000005');
  });
});

describe('latePenalty — properties', () => {
  const due = '2026-03-02'; // a Monday: no move
  it('is linear in days and in amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), fc.bigInt({ min: 1n, max: 10n ** 15n }), (d1, d2, a) => {
        const amt = yuan(a.toString());
        const p = (days: number, v = amt) => latePenalty({ unpaid: v, due, paid: addDays(due, days), dailyRate: rate }, calendar).penalty;
        const additiveInDays = p(d1 + d2).equals(p(d1).plus(p(d2)));
        const scalesWithAmount = p(d1, amt.times(3)).equals(p(d1).times(3));
        const formula = p(d1).equals(amt.times(rate).times(d1));
        return additiveInDays && scalesWithAmount && formula && !p(d1).isNaN();
      }),
    );
  });
});
