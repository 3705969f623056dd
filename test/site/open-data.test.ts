// The open data (/data/) as published: every JSON file there validates, whole and record by
// record, against /data/schema.json with a standard validator (ajv, JSON Schema 2020-12), and
// the schema is exact (no field it does not describe, none it requires that is missing).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { DIST_DIR } from './support/server.ts';
import { z } from 'astro/zod';
import { provisionSchema } from '../../src/schemas/provision.ts';
import { policySchema } from '../../src/schemas/policy.ts';

const readJson = (p: string) => JSON.parse(readFileSync(path.join(DIST_DIR, p), 'utf8')) as Record<string, unknown>;
const schema = readJson('data/schema.json');
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addSchema(schema);
const id = String(schema.$id);
const validator = (ref: string): ValidateFunction => {
  const v = ajv.getSchema(`${id}${ref}`);
  if (!v) throw new Error(`schema.json has no ${ref}`);
  return v;
};
const errors = (v: ValidateFunction) => ajv.errorsText(v.errors, { separator: '\n' });

/** Every published JSON file under /data/ and the record lists it holds. */
const FILES: Record<string, { def: string; records: string; recordDef: string }> = {
  'provisions.json': { def: '#/$defs/provisionsFile', records: 'provisions', recordDef: '#/$defs/provision' },
  'policies.json': { def: '#/$defs/policiesFile', records: 'policies', recordDef: '#/$defs/policy' },
};

describe('/data/schema.json', () => {
  test('is a JSON Schema 2020-12 document for the files of /data/, with its own $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(id).toMatch(/^https?:\/\/[^/]+\/data\/schema\.json$/);
  });

  test('every JSON file published under /data/ is described by it', () => {
    const published = readdirSync(path.join(DIST_DIR, 'data')).filter((f) => f.endsWith('.json') && f !== 'schema.json').sort();
    expect(published).toEqual(Object.keys(FILES).sort());
  });

  for (const [file, f] of Object.entries(FILES)) {
    test(`${file} validates as a whole (the schema's root accepts it) and as its own file type`, () => {
      const data = readJson(`data/${file}`);
      const root = ajv.getSchema(id)!;
      expect(root(data), errors(root)).toBe(true);
      const v = validator(f.def);
      expect(v(data), errors(v)).toBe(true);
    });

    test(`every record of ${file} validates on its own`, () => {
      const records = readJson(`data/${file}`)[f.records] as unknown[];
      expect(records.length).toBeGreaterThan(4);
      const v = validator(f.recordDef);
      const bad = records.flatMap((r, i) => (v(r) ? [] : [`#${i} ${(r as { id?: string }).id}: ${errors(v)}`]));
      expect(bad).toEqual([]);
    });
  }

  test('it is exact: an unknown field, a missing field or a wrong shape fails', () => {
    const provision = (readJson('data/provisions.json').provisions as Record<string, unknown>[])[0]!;
    const policy = (readJson('data/policies.json').policies as Record<string, unknown>[])[0]!;
    const p = validator('#/$defs/provision');
    const q = validator('#/$defs/policy');
    expect(p(provision)).toBe(true);
    expect(p({ ...provision, extra: 1 })).toBe(false);
    expect(p({ ...provision, notes: 'joined；notes' })).toBe(false);
    const { url: _url, ...noUrl } = provision;
    expect(p(noUrl)).toBe(false);
    expect(p({ ...provision, value: { type: 'share', rate: 0.7 } })).toBe(false);
    expect(q(policy)).toBe(true);
    expect(q({ ...policy, extra: 1 })).toBe(false);
    const { status: _status, ...noStatus } = policy;
    expect(q(noStatus)).toBe(false);
  });

  // Fields added to the dataset's zod schemas (readings, new value types, policy metadata) reach
  // the records and the schema without anyone editing the export.
  test('records carry every field of the dataset schemas, and the schema describes each', () => {
    const defs = schema.$defs as Record<string, { properties: Record<string, unknown>; required: string[] }>;
    for (const [k, field] of Object.entries(provisionSchema.shape)) {
      expect(defs.provision!.properties, `provision.${k}`).toHaveProperty(k);
      // Present once parsed unless the dataset schema makes it optional (`duty`: only where a
      // provision sets one); defaults (`notes`, `readings`) are always present.
      if (field instanceof z.ZodOptional) expect(defs.provision!.required, `provision.${k} (optional)`).not.toContain(k);
      else expect(defs.provision!.required, `provision.${k} (always present once parsed)`).toContain(k);
    }
    for (const k of Object.keys(policySchema.shape)) expect(defs.policy!.properties, `policy.${k}`).toHaveProperty(k);
    const provisions = readJson('data/provisions.json').provisions as Record<string, unknown>[];
    for (const k of ['readings', 'notes', 'value', 'anchor', 'quote']) expect(provisions.every((r) => k in r), k).toBe(true);
    expect(provisions.some((r) => 'duty' in r), 'duty (the dated duties of the conversion periods)').toBe(true);
  });
});
