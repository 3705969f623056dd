/**
 * The provisions dataset (`content/provisions/*.yaml`): schema, ids, dimensions, key vocabulary,
 * cap groups. Quotes are checked against the published MDX by `test/content/citations.test.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { dimensionsFileSchema, provisionFileSchema, type Provision } from '../../src/schemas/provision';
import { levelKeys, listKeyVocabulary } from '../../src/schemas/provision-keys';
import { loadPolicyBodies } from '../../src/data/policy-bodies';

const root = join(import.meta.dirname, '..', '..');
const provisionsDir = join(root, 'content', 'provisions');
const policies = readdirSync(join(root, 'content', 'policies')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort();

const dimensions = dimensionsFileSchema.parse(
  parse(readFileSync(join(root, 'content', 'dimensions.yaml'), 'utf8')),
).dimensions;
const dimensionKeys = new Set(dimensions.map((d) => d.key));

const files = readdirSync(provisionsDir).filter((f) => f.endsWith('.yaml')).sort();
const loaded = files.map((file) => {
  const raw = parse(readFileSync(join(provisionsDir, file), 'utf8'));
  return { file, raw, parsed: provisionFileSchema.safeParse(raw) };
});

describe('provision files', () => {
  test('there is one file per policy, and nothing else', () => {
    expect(files).toEqual(policies.map((p) => `${p}.yaml`).sort());
  });

  test.each(loaded.map((l) => [l.file, l] as const))('%s validates against provisionFileSchema', (_f, l) => {
    if (!l.parsed.success) throw new Error(JSON.stringify(l.parsed.error.issues, null, 2));
    expect(`${l.parsed.data.policy}.yaml`).toBe(l.file);
    expect(l.parsed.data.provisions.length).toBeGreaterThan(0);
  });
});

const all = loaded.flatMap((l) =>
  l.parsed.success ? l.parsed.data.provisions.map((p) => ({ policy: l.parsed.data!.policy, p })) : [],
);

describe('provisions', () => {
  test('ids are unique across files and read <policy>-<anchor>-<slug>', () => {
    const seen = new Set<string>();
    const bad: string[] = [];
    for (const { policy, p } of all) {
      if (seen.has(p.id)) bad.push(`duplicate id ${p.id}`);
      seen.add(p.id);
      const prefix = `${policy}-${p.anchor}-`;
      if (!p.id.startsWith(prefix) || p.id.length === prefix.length) bad.push(`${p.id}: should start with ${prefix} and add a slug`);
    }
    expect(bad).toEqual([]);
  });

  test('every dimension exists in content/dimensions.yaml', () => {
    expect(all.filter(({ p }) => !dimensionKeys.has(p.dimension)).map(({ p }) => `${p.id}: ${p.dimension}`)).toEqual([]);
  });

  test('provisions sharing a capGroup belong to the same claimant', () => {
    const groups = new Map<string, Set<string>>();
    for (const { policy, p } of all) {
      if (p.value.type !== 'subsidy' || !p.value.capGroup) continue;
      const key = `${policy}/${p.value.capGroup}`;
      groups.set(key, (groups.get(key) ?? new Set()).add(p.value.claimant));
    }
    const bad = [...groups].filter(([, claimants]) => claimants.size !== 1).map(([g, c]) => `${g}: ${[...c].join(', ')}`);
    expect(bad).toEqual([]);
  });

  test('list keys come from the closed vocabulary of their dimension', () => {
    const bad: string[] = [];
    for (const { p } of all) {
      if (p.value.type !== 'list' || !p.value.keys) continue;
      const vocab = listKeyVocabulary[p.dimension];
      if (!vocab) {
        bad.push(`${p.id}: dimension ${p.dimension} has no key vocabulary`);
        continue;
      }
      for (const k of p.value.keys) if (!vocab.includes(k)) bad.push(`${p.id}: unknown key ${k}`);
      const entityKeys = p.value.keys.filter((k) => !levelKeys.includes(k));
      if (new Set(p.value.keys).size !== p.value.keys.length) bad.push(`${p.id}: repeated key`);
      if (entityKeys.length === 0) bad.push(`${p.id}: only level keys`);
      const firstLevel = p.value.keys.findIndex((k) => levelKeys.includes(k));
      if (firstLevel >= 0 && p.value.keys.slice(firstLevel).some((k) => !levelKeys.includes(k)))
        bad.push(`${p.id}: level keys must follow the entity keys`);
    }
    expect(bad).toEqual([]);
  });

  test('shares are fractions no greater than 1', () => {
    const bad = all.filter(({ p }) => p.value.type === 'share' && Number(p.value.rate) > 1);
    expect(bad.map(({ p }) => p.id)).toEqual([]);
  });

  // An excerpt of a law does not contain its 施行 words (they stand in the law's final articles,
  // which we do not publish): its dates come from the frontmatter (enactment, effectiveFrom),
  // shown in the page metadata. Every other text states its validity in exactly one provision.
  test('every policy states its validity in exactly one provision (an excerpt: in its metadata)', () => {
    const bodies = loadPolicyBodies();
    for (const policy of policies) {
      const fm = bodies.get(policy)!.frontmatter;
      const n = all.filter((a) => a.policy === policy && a.p.dimension === 'validity').length;
      if (fm.excerpt) {
        expect(n, policy).toBe(0);
        expect(fm.effectiveFrom, policy).toBeDefined();
      } else expect(n, policy).toBe(1);
    }
  });

  test('every draft provision says it is a 征求意见稿; every summary provision says it is a 解读', () => {
    const bad = all.filter(
      ({ policy, p }) =>
        (policy === 'kunming-2025-measures-draft' && !p.notes.some((n) => n.includes('征求意见稿'))) ||
        (policy === 'guangdong-2026-measures-summary' && !p.notes.some((n) => n.includes('解读'))),
    );
    expect(bad.map(({ p }) => p.id)).toEqual([]);
  });

  // #13 §4: a scope decision the data made silently is a reading with its consequence, never a
  // note. These phrases are how such decisions were written before; none may come back.
  test('no note decides a scope silently (such decisions are readings)', () => {
    const SILENT = ['属判断', '按通常读法', '按语境理解', '本数据的归类', '本数据记为', '本数据不归入', '本数据按', '未作取舍'];
    // Being turned into readings under #20 §2 (Yunnan 八: the 1000万元 cap's scope); remove the id
    // when that lands — the second assertion fails once the note is gone, so the list cannot go stale.
    const PENDING = ['yunnan-2024-15-measures-art-8-rd-industrialisation'];
    const flagged = all.filter(({ p }) => p.notes.some((n) => SILENT.some((w) => n.includes(w))));
    expect(flagged.filter(({ p }) => !PENDING.includes(p.id)).map(({ p }) => p.id)).toEqual([]);
    expect(PENDING.filter((id) => !flagged.some(({ p }) => p.id === id))).toEqual([]);
  });

  test('payment-timing readings have unique keys', () => {
    for (const { p } of all) {
      if (p.value.type !== 'payment-timing') continue;
      const keys = p.value.readings.map((r) => r.key);
      expect(new Set(keys).size, p.id).toBe(keys.length);
    }
  });
});
