import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moveOffRestDays, periodEnd, plainPeriodEnd, type PeriodLength } from '../../../src/lib/civil-code-period';
import { addDays, type PlainDate } from '../../../src/lib/plain-date';
import { calendar } from './holidays-data';

const year1: PeriodLength = { amount: 1, unit: 'year' };

describe('periodEnd — worked examples of content/reference/legal-periods.md', () => {
  it('one year from 2026-03-01 ends 2027-03-01 (Arts. 201, 202)', () => {
    const r = periodEnd('2026-03-01', year1, calendar);
    expect(r.firstDay).toBe('2026-03-02');
    expect(r.plainEnd).toBe('2027-03-01');
    expect(r.articles).toEqual([201, 202]);
    expect(r.monthEndUsed).toBe(false);
  });
  it('one year from 2024-02-29 ends 2025-02-28 (Art. 202, month end)', () => {
    const r = periodEnd('2024-02-29', year1, calendar);
    expect(r.plainEnd).toBe('2025-02-28');
    expect(r.monthEndUsed).toBe(true);
    expect(r.end).toBe('2025-02-28'); // a Friday, not moved
  });
  it('three months from 2026-01-31 end 2026-04-30 (Art. 202)', () => {
    const r = periodEnd('2026-01-31', { amount: 3, unit: 'month' }, calendar);
    expect(r.plainEnd).toBe('2026-04-30');
    expect(r.monthEndUsed).toBe(true);
    expect(r.end).toBe('2026-04-30');
    expect(r.articles).toEqual([201, 202]);
  });
  it('15 days from 2026-09-15 end on 2026-09-30 (Art. 201)', () => {
    const r = periodEnd('2026-09-15', { amount: 15, unit: 'day' }, calendar);
    expect(r.plainEnd).toBe('2026-09-30');
    expect(r.end).toBe('2026-09-30');
    expect(r.didMove).toBe(false);
    expect(r.articles).toEqual([201]);
  });
  it('15 days from 2026-09-16 end 2026-10-01, a holiday, moved to 2026-10-08 (Art. 203)', () => {
    const r = periodEnd('2026-09-16', { amount: 15, unit: 'day' }, calendar);
    expect(r.plainEnd).toBe('2026-10-01');
    expect(r.end).toBe('2026-10-08');
    expect(r.didMove).toBe(true);
    expect(r.skipped.map((s) => s.date)).toEqual([
      '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
    ]);
    expect(r.articles).toEqual([201, 203]);
    expect(r.holidayDataKnown).toBe(true);
  });
  it('a last day on an ordinary weekend moves to Monday', () => {
    // 2026-03-07 is a Saturday: 6 days from 2026-03-01.
    const r = periodEnd('2026-03-01', { amount: 6, unit: 'day' }, calendar);
    expect(r.plainEnd).toBe('2026-03-07');
    expect(r.end).toBe('2026-03-09');
    expect(r.skipped.map((s) => s.kind.rest && s.kind.reason)).toEqual(['weekend', 'weekend']);
  });
  it('a make-up working day is not a rest day: no move', () => {
    // 2026-10-10 (Saturday) is 调休上班: 9 days from 2026-10-01.
    const r = periodEnd('2026-10-01', { amount: 9, unit: 'day' }, calendar);
    expect(r.plainEnd).toBe('2026-10-10');
    expect(r.end).toBe('2026-10-10');
    expect(r.didMove).toBe(false);
  });
  it('a last day in 2027 is flagged: the 2027 arrangement is unknown', () => {
    const r = periodEnd('2026-03-01', year1, calendar);
    expect(r.holidayDataKnown).toBe(false);
    expect(r.unknownYears).toEqual([2027]);
    // 2027-03-01 is a Monday: weekends alone do not move it, but the flag says festivals were not checked.
    expect(r.end).toBe('2027-03-01');
  });
  it('a weekend in an unknown year still moves, still flagged', () => {
    const r = periodEnd('2026-03-06', year1, calendar); // 2027-03-06 is a Saturday
    expect(r.plainEnd).toBe('2027-03-06');
    expect(r.end).toBe('2027-03-08');
    expect(r.holidayDataKnown).toBe(false);
  });
  it('does not guess a festival in an unknown year: 2027-01-01 stays, flagged', () => {
    const r = moveOffRestDays('2027-01-01', calendar); // a Friday; 元旦 2027 is not yet in the data
    expect(r.moved).toBe('2027-01-01');
    expect(r.holidayDataKnown).toBe(false);
    expect(r.unknownYears).toEqual([2027]);
    expect(moveOffRestDays('2026-12-31', calendar).holidayDataKnown).toBe(true);
  });
  it('moveOffRestDay: false keeps the plain end (Art. 204 exceptions)', () => {
    const r = periodEnd('2026-09-16', { amount: 15, unit: 'day' }, calendar, { moveOffRestDay: false });
    expect(r.end).toBe('2026-10-01');
    expect(r.articles).toEqual([201]);
  });
  it('rejects non-integer or non-positive lengths', () => {
    expect(() => plainPeriodEnd('2026-01-01', { amount: 0, unit: 'day' })).toThrow(RangeError);
    expect(() => plainPeriodEnd('2026-01-01', { amount: 1.5, unit: 'month' })).toThrow(RangeError);
  });
});

const dateArb = fc
  .integer({ min: 0, max: 365 * 4 })
  .map((n) => addDays('2024-01-01', n) as PlainDate);
const lengthArb = fc.record({
  amount: fc.integer({ min: 1, max: 40 }),
  unit: fc.constantFrom('day', 'month', 'year') as fc.Arbitrary<PeriodLength['unit']>,
});

describe('periodEnd — properties', () => {
  it('is monotone in the start date (plain and moved end)', () => {
    fc.assert(
      fc.property(dateArb, dateArb, lengthArb, (a, b, len) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        const rx = periodEnd(x, len, calendar);
        const ry = periodEnd(y, len, calendar);
        return rx.plainEnd <= ry.plainEnd && rx.end <= ry.end;
      }),
    );
  });
  it('the end is never a rest day, never before the plain end, and ends after the start', () => {
    fc.assert(
      fc.property(dateArb, lengthArb, (d, len) => {
        const r = periodEnd(d, len, calendar);
        return !calendar.isRestDay(r.end) && r.end >= r.plainEnd && r.plainEnd > d;
      }),
    );
  });
});
