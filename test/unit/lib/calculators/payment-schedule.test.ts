import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSchedule, dueAfter, MAX_SCHEDULE_ROWS } from '../../../../src/lib/calculators/payment-schedule';
import { yuan } from '../../../../src/lib/money';
import { addDays, type PlainDate } from '../../../../src/lib/plain-date';
import { calendar } from '../holidays-data';

describe('dueAfter', () => {
  it('“30日内” after 2026-09-01 is 2026-10-01, a holiday → 2026-10-08', () => {
    const d = dueAfter('2026-09-01', 30, calendar);
    expect(d.plain).toBe('2026-10-01');
    expect(d.moved).toBe('2026-10-08');
  });
  it('term 0 = on the day, still moved off a weekend', () => {
    expect(dueAfter('2026-03-07', 0, calendar).moved).toBe('2026-03-09');
  });
});

describe('buildSchedule', () => {
  it('milestones: due dates, amounts and cumulative totals (hand-checked)', () => {
    const s = buildSchedule(
      {
        mode: 'milestone',
        milestones: [
          { name: '技术验证通过', date: '2026-03-02', amount: yuan('100000'), termDays: 30 }, // → 04-01 (Wed)
          { name: '样品试制成功', date: '2026-06-01', amount: yuan('200000.50'), termDays: 15 }, // → 06-16 (Tue)
        ],
      },
      calendar,
    );
    expect(s.rows.map((r) => r.due)).toEqual(['2026-04-01', '2026-06-16']);
    expect(s.rows.map((r) => r.cumulative.toFixed(2))).toEqual(['100000.00', '300000.50']);
    expect(s.total.toFixed(2)).toBe('300000.50');
    expect(s.holidayDataKnown).toBe(true);
  });
  it('royalty: half-year settlements counted from the anchor, month ends do not drift (Art. 202)', () => {
    const s = buildSchedule(
      {
        mode: 'royalty',
        royalty: { rate: yuan('0.05'), period: 'half-year', revenuePerPeriod: yuan('1000000'), periods: 3, termDays: 0, from: '2025-08-31' },
      },
      calendar,
    );
    // 2026-02-28 (Sat, month end) is a make-up working day: stays; 2026-08-31 Mon; 2027-02-28 (unknown year, Sunday) → 03-01.
    expect(s.rows.map((r) => r.plainDue)).toEqual(['2026-02-28', '2026-08-31', '2027-02-28']);
    expect(s.rows.map((r) => r.due)).toEqual(['2026-02-28', '2026-08-31', '2027-03-01']);
    expect(s.rows.every((r) => r.amount.toFixed(2) === '50000.00')).toBe(true);
    expect(s.holidayDataKnown).toBe(false);
    expect(s.unknownYears).toEqual([2027]);
  });
  it('deferred instalments: first at the start, then every interval months', () => {
    const s = buildSchedule(
      { mode: 'deferred', deferred: { start: '2026-01-31', kind: 'instalments', count: 3, perInstalment: yuan('10000'), intervalMonths: 1, termDays: 0 } },
      calendar,
    );
    // 01-31 Sat → 02-02; 02-28 is a make-up working day (stays); 03-31 Tue.
    expect(s.rows.map((r) => r.due)).toEqual(['2026-02-02', '2026-02-28', '2026-03-31']);
    expect(s.total.toFixed(2)).toBe('30000.00');
  });
  it('caps at 120 rows and says so', () => {
    const s = buildSchedule(
      { mode: 'deferred', deferred: { start: '2026-01-05', kind: 'instalments', count: 500, perInstalment: yuan('1'), intervalMonths: 1, termDays: 0 } },
      calendar,
    );
    expect(s.rows).toHaveLength(MAX_SCHEDULE_ROWS);
    expect(s.truncated).toBe(true);
  });
});

const dateArb = fc.integer({ min: 0, max: 700 }).map((n) => addDays('2025-01-01', n) as PlainDate);
const amountArb = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 99 }))
  .map(([a, c]) => yuan(`${a}.${String(c).padStart(2, '0')}`));

describe('buildSchedule — properties', () => {
  it('the total equals the sum of the rows; cumulative is the running sum; nothing is NaN', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ date: dateArb, amount: amountArb, termDays: fc.integer({ min: 0, max: 60 }) }), { minLength: 1, maxLength: 10 }),
        (ms) => {
          const s = buildSchedule({ mode: 'milestone', milestones: ms.map((m, i) => ({ ...m, name: `n${i}` })) }, calendar);
          let run = yuan(0);
          for (const r of s.rows) {
            run = run.plus(r.amount);
            if (!r.cumulative.equals(run) || r.amount.isNaN()) return false;
          }
          const sum = ms.reduce((a, m) => a.plus(m.amount), yuan(0));
          return s.total.equals(sum) && s.total.equals(run) && !s.total.isNaN();
        },
      ),
    );
  });
  it('rows are in due-date order and never due before their event', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 30 }), (start, count, interval, term) => {
        const s = buildSchedule(
          { mode: 'deferred', deferred: { start, kind: 'instalments', count, perInstalment: yuan('1'), intervalMonths: interval, termDays: term } },
          calendar,
        );
        return s.rows.every((r, i) => (i === 0 || s.rows[i - 1]!.due <= r.due) && r.due >= start && !calendar.isRestDay(r.due));
      }),
    );
  });
});
