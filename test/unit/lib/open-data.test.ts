import { describe, expect, test } from 'vitest';
import { provisionRecord, schemaFields, type ExportLookups } from '../../../src/lib/open-data';
import { loadProvisions } from '../../../src/data/dataset';
import { publishedProvisionSchema } from '../../../src/schemas/open-data';

const lookups: ExportLookups = {
  policyTitle: () => '某某办法',
  jurisdiction: () => ({ name: '昆明市', code: '530100', level: 'city', parent: '530000' }),
  textStatus: () => 'official',
  textStatusLabel: () => '正式文本',
  cite: (_p, a) => `《某某办法》${a}`,
  url: (p, a) => `https://example.org/policies/${p}/#${a}`,
  dimensionLabel: (k) => `维度 ${k}`,
};

describe('provisionRecord', () => {
  test('every dataset provision becomes a record its published schema accepts, with its own fields unchanged', () => {
    const all = loadProvisions();
    expect(all.length).toBeGreaterThan(100);
    for (const p of all) {
      const r = provisionRecord(p, lookups);
      expect(publishedProvisionSchema.parse(r)).toEqual(r);
      for (const [k, v] of Object.entries(p)) expect(r[k as keyof typeof r], `${p.id}.${k}`).toEqual(v);
      expect(Array.isArray(r.notes)).toBe(true);
    }
  });

  test('a field the dataset gains is carried into the record (synthetic provision with an extra field)', () => {
    const p = { ...loadProvisions()[0]!, futureField: ['x'] };
    expect(provisionRecord(p, lookups)).toMatchObject({ futureField: ['x'], policyTitle: '某某办法', jurisdiction: { code: '530100' } });
  });
});

describe('schemaFields', () => {
  test('lists fields in order with types in words, required flags and descriptions', () => {
    const def = {
      properties: {
        a: { type: 'string', description: '甲' },
        b: { type: 'array', items: { type: 'string' } },
        c: { enum: ['x', 'y'] },
        d: { anyOf: [{ type: 'string' }, { type: 'null' }] },
        e: { oneOf: [{ type: 'object' }, { type: 'object' }] },
      },
      required: ['a', 'c'],
    };
    expect(schemaFields(def)).toEqual([
      { name: 'a', type: '字符串', required: true, description: '甲' },
      { name: 'b', type: '字符串的数组', required: false, description: '' },
      { name: 'c', type: '"x" | "y"', required: true, description: '' },
      { name: 'd', type: '字符串 或 null', required: false, description: '' },
      { name: 'e', type: '对象', required: false, description: '' },
    ]);
  });
});
