import { expect, test } from 'vitest';
import { derivedLastDays, lastDayInForce, policyStatus } from '../../../src/lib/policy-status';
import type { Policy } from '../../../src/schemas/policy';

const base: Policy = {
  title: '测试文件', shortTitle: '测试', issuers: ['某局'],
  jurisdiction: { name: '昆明市', code: '530100', level: 'city' },
  docKind: '操作指引', legalForce: 'local-normative-document', textStatus: 'official', issuedYear: 2025, basedOn: [], repeals: [], relations: [],
  sourceFile: 'x.txt', summary: '用于测试的文件摘要。',
};
// Kunming guideline: 自2025年11月14日起施行，有效期至2028年11月14日.
const kunming: Policy = { ...base, issued: '2025-09-19', effectiveFrom: '2025-11-14', effectiveTo: '2028-11-14' };

test.each([
  ['2025-11-13', 'not-yet-in-force'],
  ['2025-11-14', 'in-force'], // first day in force
  ['2028-11-14', 'in-force'], // 有效期至 includes the day
  ['2028-11-15', 'expired'],
] as const)('Kunming guideline on %s is %s', (on, want) => {
  expect(policyStatus(kunming, on).status).toBe(want);
});

test('a draft is a draft whatever the dates', () => {
  const r = policyStatus({ ...base, textStatus: 'draft-for-comment', validityYears: 3 }, '2026-11-22');
  expect(r.status).toBe('draft');
  expect(r.label).toBe('征求意见稿');
});

test('validity in years from a first day: 自2026年2月1日起，有效期5年 → 民法典 201/202 give 2031-02-01; the other reading 2031-01-31 is shown', () => {
  const gd = { ...base, effectiveFrom: '2026-02-01', validityYears: 5 };
  // Art. 201: 2026-02-01 not counted, counting from 02-02; Art. 202: the corresponding day of 2031 → 2031-02-01.
  expect(lastDayInForce(gd).lastDay).toBe('2031-02-01');
  expect(lastDayInForce(gd).readings?.map((r) => [r.key, r.lastDay])).toEqual([['civil-code', '2031-02-01'], ['first-day-counted', '2031-01-31']]);
  expect(lastDayInForce(gd).note).toContain('第二百零一条、第二百零二条');
  expect(policyStatus(gd, '2031-01-31').status).toBe('in-force');
  // 2031-02-01 is a Saturday: Art. 203 does not move a rule's validity.
  const last = policyStatus(gd, '2031-02-01');
  expect(last.status).toBe('in-force');
  expect(last.reason).toContain('按另一读法已于2031年1月31日届满');
  expect(policyStatus(gd, '2031-02-02').status).toBe('expired');
  expect(policyStatus(gd, '2026-01-31').status).toBe('not-yet-in-force');
});

test.each([
  // The rule agrees with the Kunming guideline's own dates: 2025-11-14 + 3 years = 2028-11-14.
  ['2025-11-14', 3, '2028-11-14'],
  // Art. 202 second clause: no 29 February in the final year → the month's last day.
  ['2024-02-29', 1, '2025-02-28'],
  ['2024-02-29', 4, '2028-02-29'],
])('derivedLastDays(%s, %i) → %s', (from, years, want) => {
  const [rule, other] = derivedLastDays(from, years);
  expect(rule.lastDay).toBe(want);
  expect(other.lastDay < rule.lastDay).toBe(true);
});

test('no stated dates: in force from issue, says the date is not stated', () => {
  const yn = { ...base, issuedYear: 2024, effectiveFromRule: '自印发之日起施行' };
  const r = policyStatus(yn, '2026-11-22');
  expect(r.status).toBe('in-force');
  expect(r.reason).toContain('原文未载明具体日期');
  expect(r.lastDay).toBeUndefined();
});
