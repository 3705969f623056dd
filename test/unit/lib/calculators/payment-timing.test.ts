import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPlan, earliestPayment } from '../../../../src/lib/calculators/payment-timing';
import { addDays, type PlainDate } from '../../../../src/lib/plain-date';
import { calendar } from '../holidays-data';
import { HUNAN_DEFAULT, HUNAN_DEFERRED, KUNMING, YUNNAN, rule } from './payment-fixtures';

describe('earliestPayment — Kunming 操作指引 第一条', () => {
  const k = rule(KUNMING).timing;
  it('合同生效一年（含）: contract effective 2026-03-01 → first payment from 2027-03-01', () => {
    const r = earliestPayment(k, { effective: '2026-03-01' }, calendar);
    expect(r.triggers[0]!.opens).toBe('2027-03-01');
    expect(r.triggers[0]!.period!.articles).toEqual([201, 202]);
    expect(r.earliest).toBe('2027-03-01');
    expect(r.earliestReading).toBe('earliest-start');
    // Revenue date not given: the revenue trigger is undated, so the date is provisional.
    expect(r.triggers[1]!.status).toBe('needs-revenue-date');
    expect(r.earliestProvisional).toBe(true);
    // 2027 arrangement unknown.
    expect(r.holidayDataKnown).toBe(false);
    expect(r.unknownYears).toEqual([2027]);
  });
  it('an anniversary on a weekend moves to Monday (Art. 203)', () => {
    const r = earliestPayment(k, { effective: '2026-03-06' }, calendar); // 2027-03-06 is a Saturday
    expect(r.triggers[0]!.period!.plainEnd).toBe('2027-03-06');
    expect(r.triggers[0]!.opens).toBe('2027-03-08');
  });
  it('形成市场化收入之后一年内 is a window: opens the day after revenue, closes a year on', () => {
    const r = earliestPayment(k, { effective: '2025-03-01', revenue: '2025-06-10' }, calendar);
    const rev = r.triggers[1]!;
    expect(rev.opens).toBe('2025-06-11');
    expect(rev.closes).toBe('2026-06-10');
    // Reading 1 (alternatives): the earlier opening wins.
    expect(r.readings[0]!.key).toBe('earliest-start');
    expect(r.readings[0]!.earliest).toBe('2025-06-11');
    // Reading 2 (deadlines): from the effective date, start by the later deadline.
    expect(r.readings[1]!.key).toBe('latest-start');
    expect(r.readings[1]!.earliest).toBe('2025-03-01');
    expect(r.readings[1]!.deadline).toBe('2026-06-10');
  });
  it('checkPlan: before the anniversary with no revenue date → pending; after → complies under reading 1', () => {
    const r = earliestPayment(k, { effective: '2025-03-01' }, calendar);
    expect(checkPlan(r, ['2025-09-01']).status).toBe('complies-some'); // ok under latest-start only
    // Reading 3 (floor-and-window): 2025-09-01 is before the floor 2026-03-02 (2026-03-01 is a Sunday) → too early.
    expect(checkPlan(r, ['2025-09-01']).perReading).toEqual(['pending', 'ok', 'too-early']);
    expect(checkPlan(r, ['2026-03-02']).perReading[0]).toBe('ok');
    expect(checkPlan(r, ['2026-03-02']).rowsBeforeEarliest).toEqual([]);
    expect(checkPlan(r, ['2025-09-01', '2026-04-01']).rowsBeforeEarliest).toEqual([0]);
  });
});

describe('earliestPayment — Hunan', () => {
  it('model contract default 满[3]个月: effective 2026-01-31 → 2026-04-30, overridable by the agreed period', () => {
    const h = rule(HUNAN_DEFAULT).timing;
    const r = earliestPayment(h, { effective: '2026-01-31' }, calendar);
    expect(r.contractDefault).toBe(true);
    expect(r.triggers[0]!.periodSource).toBe('contract-default');
    expect(r.triggers[0]!.opens).toBe('2026-04-30');
    const agreed = earliestPayment(h, { effective: '2026-01-31', agreedPeriod: { amount: 6, unit: 'month' } }, calendar);
    expect(agreed.triggers[0]!.periodSource).toBe('agreed');
    expect(agreed.triggers[0]!.opens).toBe('2026-07-31');
  });
  it('readings earlier-of / later-of / contract-chooses are each evaluated', () => {
    const h = rule(HUNAN_DEFERRED).timing;
    const r = earliestPayment(h, { effective: '2026-01-05', revenue: '2026-03-02', agreedPeriod: { amount: 6, unit: 'month' } }, calendar);
    expect(r.readings.map((x) => x.key)).toEqual(['earlier-of', 'later-of', 'contract-chooses']);
    expect(r.readings[0]!.earliest).toBe('2026-03-03'); // day after revenue
    expect(r.readings[1]!.earliest).toBe('2026-07-06'); // 2026-07-05 is a Sunday → Monday
    const c = checkPlan(r, ['2026-04-01']);
    expect(c.perReading).toEqual(['ok', 'too-early', 'ok']);
    expect(c.status).toBe('complies-some');
  });
  it('一定期限 left open and no agreed period: opens on the effective date, flagged', () => {
    const h = rule(HUNAN_DEFERRED).timing;
    const r = earliestPayment(h, { effective: '2026-01-05' }, calendar);
    expect(r.triggers[0]!.periodLeftOpen).toBe(true);
    expect(r.triggers[0]!.opens).toBe('2026-01-05');
  });
});

describe('earliestPayment — 支付时间由双方商定 (Yunnan)', () => {
  it('sets no earliest day and any plan is "agreed"', () => {
    const r = earliestPayment(rule(YUNNAN).timing, { effective: '2026-01-05' }, calendar);
    expect(r.agreedByParties).toBe(true);
    expect(r.earliest).toBeNull();
    expect(r.readings).toEqual([]);
    expect(checkPlan(r, ['2026-01-06']).status).toBe('agreed');
  });
});

describe('checkPlan — properties', () => {
  const dateArb = fc.integer({ min: 0, max: 900 }).map((n) => addDays('2025-01-01', n) as PlainDate);
  it('when the plan complies, no due date precedes the earliest permitted date', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(KUNMING, HUNAN_DEFAULT, HUNAN_DEFERRED),
        dateArb,
        fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
        fc.array(fc.integer({ min: 0, max: 900 }), { minLength: 1, maxLength: 8 }),
        (id, effective, revOffset, offsets) => {
          const revenue = revOffset === undefined ? null : addDays(effective, revOffset);
          const t = earliestPayment(rule(id).timing, { effective, revenue }, calendar);
          const dues = offsets.map((o) => addDays(effective, o));
          const c = checkPlan(t, dues);
          if (c.status !== 'complies') return true;
          return t.earliest !== null && dues.every((d) => d >= (t.earliest as PlainDate)) && c.rowsBeforeEarliest.length === 0;
        },
      ),
    );
  });
});
