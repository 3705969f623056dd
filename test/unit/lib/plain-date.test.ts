import { expect, test } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonthsClamped, daysBetween, formatChineseDate, isoWeekday, parsePlainDate, todayInChina } from '../../../src/lib/plain-date';

test.each([
  ['2026-02-30', null],
  ['2026-13-01', null],
  ['2026-2-1', null],
  ['abc', null],
  ['2024-02-29', '2024-02-29'],
  ['2025-02-29', null],
])('parsePlainDate(%s)', (s, want) => expect(parsePlainDate(s)).toBe(want));

test.each([
  ['2026-01-31', 3, '2026-04-30', true], // 民法典 202: no 31 April → month end
  ['2024-02-29', 12, '2025-02-28', true],
  ['2026-03-01', 12, '2027-03-01', false],
  ['2026-11-30', 3, '2027-02-28', true],
])('addMonthsClamped(%s, %i)', (d, n, want, clamped) => {
  expect(addMonthsClamped(d, n)).toEqual({ date: want, clamped });
});

test('days and weekdays', () => {
  expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
  expect(isoWeekday('2026-11-22')).toBe(7); // a Sunday
  expect(formatChineseDate('2026-03-01')).toBe('2026年3月1日');
  expect(todayInChina(new Date('2026-11-22T17:00:00Z'))).toBe('2026-11-23'); // 01:00 in Beijing
});

test('addDays and daysBetween agree', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 40000 }), fc.integer({ min: -5000, max: 5000 }), (offset, n) => {
      const d = addDays('1950-01-01', offset);
      return daysBetween(d, addDays(d, n)) === n;
    }),
  );
});
