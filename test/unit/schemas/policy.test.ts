import { expect, test } from 'vitest';
import { policySchema } from '../../../src/schemas/policy';

const valid = {
  title: '昆明市推行职务科技成果先使用后付费操作指引（试行）', shortTitle: '昆明操作指引', issuers: ['昆明市科学技术局'],
  jurisdiction: { name: '昆明市', code: '530100', level: 'city', parent: '530000' },
  docKind: '操作指引', textStatus: 'official', issuedYear: 2025, issued: '2025-09-19',
  sourceFile: 'kunming-2025-guideline.txt', summary: '规定先使用后付费的适用范围和流程。',
};

test('a valid policy parses, with defaults', () => {
  const p = policySchema.parse(valid);
  expect(p.basedOn).toEqual([]);
});

test.each([
  [{ issued: '2026-02-30' }, '日期不存在'],
  [{ issued: '2026/02/01' }, '日期须写作 YYYY-MM-DD'],
  [{ jurisdiction: { ...valid.jurisdiction, code: '5301' } }, 'GB/T 2260 行政区划代码为六位数字'],
])('invalid %j fails with its message', (patch, message) => {
  const r = policySchema.safeParse({ ...valid, ...patch });
  expect(r.success).toBe(false);
  expect(r.error?.issues.map((i) => i.message)).toContain(message);
});

test('unknown fields are refused (strict), so a typo cannot pass silently', () => {
  expect(policySchema.safeParse({ ...valid, stauts: 'in-force' }).success).toBe(false);
});

test('status cannot be typed by hand', () => {
  expect(policySchema.safeParse({ ...valid, status: 'in-force' }).success).toBe(false);
});
