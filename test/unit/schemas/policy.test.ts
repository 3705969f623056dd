import { expect, test } from 'vitest';
import { policySchema } from '../../../src/schemas/policy';

const valid = {
  title: '昆明市推行职务科技成果先使用后付费操作指引（试行）', shortTitle: '昆明操作指引', issuers: ['昆明市科学技术局'],
  jurisdiction: { name: '昆明市', code: '530100', level: 'city', parent: '530000' },
  docKind: '操作指引', legalForce: 'local-normative-document', textStatus: 'official', issuedYear: 2025, issued: '2025-09-19',
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

const law = {
  ...valid,
  title: '中华人民共和国促进科技成果转化法', shortTitle: '促进科技成果转化法', issuers: ['全国人民代表大会常务委员会'],
  jurisdiction: { name: '全国', code: '100000', level: 'national' }, docKind: '法律', legalForce: 'law',
  enactment: { adopted: { date: '1996-05-15', by: '第八届全国人民代表大会常务委员会第十九次会议' } },
};

test('a law with its enactment parses; the national marker is 100000', () => {
  expect(policySchema.parse(law).enactment?.amendments).toEqual([]);
});

test.each([
  ['a law without its enactment', { ...law, enactment: undefined }, '法律须写明 enactment（通过与修正）'],
  ['the national level with a province code', { ...law, jurisdiction: { name: '全国', code: '530000', level: 'national' } }, '全国性文件的地区代码为 100000，且只有全国性文件使用该代码'],
  ['a province using the national code', { ...valid, jurisdiction: { name: '云南省', code: '100000', level: 'province' } }, '全国性文件的地区代码为 100000，且只有全国性文件使用该代码'],
  ['an excerpt article not written 第…条', { ...law, excerpt: { articles: ['45'] } }, '条号写作“第……条”'],
])('%s fails with its message', (_name, doc, message) => {
  const r = policySchema.safeParse(doc);
  expect(r.success).toBe(false);
  expect(r.error?.issues.map((i) => i.message)).toContain(message);
});

test('效力级别 is required: no document is ranked by default', () => {
  const { legalForce: _, ...rest } = valid;
  expect(policySchema.safeParse(rest).success).toBe(false);
});
