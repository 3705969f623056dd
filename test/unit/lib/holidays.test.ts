import { describe, expect, it } from 'vitest';
import { makeHolidayCalendar } from '../../../src/lib/holidays';
import { calendar } from './holidays-data';

describe('holiday calendar (holidays-cn.json)', () => {
  it('knows 2025 and 2026 only', () => {
    expect(calendar.knownYears).toEqual([2025, 2026]);
    expect(calendar.isKnownYear(2027)).toBe(false);
  });
  it('festival days are rest days, with the festival named', () => {
    expect(calendar.dayInfo('2026-10-01').kind).toEqual({ rest: true, reason: 'festival', festival: '国庆节' });
    expect(calendar.isRestDay('2026-10-07')).toBe(true);
    expect(calendar.isRestDay('2026-02-23')).toBe(true); // 春节 runs 02-15 … 02-23 (a Monday)
    expect(calendar.isRestDay('2026-10-08')).toBe(false);
  });
  it('a make-up working day (调休上班) on a weekend is a working day', () => {
    // 2026-10-10 is a Saturday listed in workdays.
    expect(calendar.dayInfo('2026-10-10').kind).toEqual({ rest: false, reason: 'makeup-workday' });
    expect(calendar.isRestDay('2026-02-28')).toBe(false); // Saturday, make-up day
  });
  it('ordinary weekends are rest days; weekdays are not', () => {
    expect(calendar.dayInfo('2026-03-07').kind).toEqual({ rest: true, reason: 'weekend' }); // Saturday
    expect(calendar.isRestDay('2026-03-09')).toBe(false); // Monday
  });
  it('in a year with no published arrangement only weekends are known, and it says so', () => {
    const fri = calendar.dayInfo('2027-10-01'); // a Friday; the 2027 arrangement is not in the data
    expect(fri.known).toBe(false);
    expect(fri.kind.rest).toBe(false);
    expect(calendar.dayInfo('2027-10-02').kind).toEqual({ rest: true, reason: 'weekend' });
  });
  it('rejects malformed data instead of silently shifting deadlines', () => {
    expect(() =>
      makeHolidayCalendar({ years: { '2026': { source: 'x', festivals: [{ name: 'a', from: '2026-02-30', to: '2026-03-01' }], workdays: [] } } }),
    ).toThrow(/bad span/);
  });
});
