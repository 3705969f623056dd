/**
 * The provisions dataset (`content/provisions/*.yaml`): schema, ids, dimensions, key vocabulary,
 * cap groups, and — until the MDX policy pages land — that every quote lies inside its anchor's
 * text in the raw source `content/sources/<policy>.txt`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { dimensionsFileSchema, provisionFileSchema, type Provision } from '../../src/schemas/provision';
import { levelKeys, listKeyVocabulary } from '../../src/schemas/provision-keys';
import { anchorSpans, checkQuote, normalizeText, type AnchorMarker } from '../../src/lib/quote-check';

const root = join(import.meta.dirname, '..', '..');
const provisionsDir = join(root, 'content', 'provisions');
const anchorsExpected = JSON.parse(
  readFileSync(join(root, 'test', 'fixtures', 'anchors-expected.json'), 'utf8'),
) as Record<string, AnchorMarker[] | string>;
const policies = Object.keys(anchorsExpected).filter((k) => !k.startsWith('$'));
const markersOf = (policy: string) => anchorsExpected[policy] as AnchorMarker[];
const sourceOf = (policy: string) => readFileSync(join(root, 'content', 'sources', `${policy}.txt`), 'utf8');

const dimensions = dimensionsFileSchema.parse(
  parse(readFileSync(join(root, 'content', 'dimensions.yaml'), 'utf8')),
).dimensions;
const dimensionKeys = new Set(dimensions.map((d) => d.key));

/** Every quote error of a policy's provisions against a source text and its anchor markers. */
function quoteErrors(provisions: Provision[], source: string, markers: AnchorMarker[]): string[] {
  const spans = anchorSpans(source, markers);
  return provisions.flatMap((p) => {
    const err = checkQuote(source, spans, p.anchor, p.quote);
    return err ? [`${p.id}: ${err}`] : [];
  });
}

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

  test('every anchor is one of the expected anchor ids of its policy', () => {
    const bad = all.filter(({ policy, p }) => !markersOf(policy).some((m) => m.id === p.anchor));
    expect(bad.map(({ p }) => `${p.id}: ${p.anchor}`)).toEqual([]);
  });

  test('every quote lies inside its anchor’s text in the normalized source', () => {
    const errors = policies.flatMap((policy) =>
      quoteErrors(all.filter((a) => a.policy === policy).map((a) => a.p), sourceOf(policy), markersOf(policy)),
    );
    expect(errors).toEqual([]);
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

  test('every policy states its validity in exactly one provision', () => {
    for (const policy of policies) {
      expect(all.filter((a) => a.policy === policy && a.p.dimension === 'validity').length, policy).toBe(1);
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

  test('payment-timing readings have unique keys', () => {
    for (const { p } of all) {
      if (p.value.type !== 'payment-timing') continue;
      const keys = p.value.readings.map((r) => r.key);
      expect(new Set(keys).size, p.id).toBe(keys.length);
    }
  });
});

describe('quote check (self-test against a small fixture)', () => {
  const source = '# 第一条 范围\n\n许可方：市级高等院校、\n科研院所。\n\n## **第二条 公示**\n\n公示期不少于15日。\n（一）细则　甲\n';
  const markers: AnchorMarker[] = [
    { id: 'art-1', start: '第一条' },
    { id: 'art-2', start: '第二条' },
    { id: 'art-2-1', start: '（一）细则', parent: 'art-2' },
  ];
  const provision = (anchor: string, quote: string): Provision => ({
    id: `x-${anchor}-t`, anchor, quote, topic: 'scope', dimension: 'licensors', summary: '测试', notes: [],
    value: { type: 'text' },
  });

  test('normalization drops whitespace (incl. U+3000 and line breaks) and ** only', () => {
    expect(normalizeText('a **b**\u3000c\n d')).toBe('abcd');
    expect(normalizeText('（一）')).not.toBe(normalizeText('(一)'));
  });

  test('a correct quote across a line break passes', () => {
    expect(quoteErrors([provision('art-1', '市级高等院校、科研院所')], source, markers)).toEqual([]);
  });

  test('a nested item’s text is inside its parent article', () => {
    expect(quoteErrors([provision('art-2', '细则甲')], source, markers)).toEqual([]);
    expect(quoteErrors([provision('art-2-1', '细则　甲')], source, markers)).toEqual([]);
  });

  test('a deliberately wrong quote fails', () => {
    expect(quoteErrors([provision('art-2', '公示期不少于30日')], source, markers)).toHaveLength(1);
  });

  test('half-width punctuation where the source has full-width fails', () => {
    expect(quoteErrors([provision('art-1', '许可方:市级高等院校')], source, markers)).toHaveLength(1);
  });

  test('a quote from another anchor fails', () => {
    const errors = quoteErrors([provision('art-1', '公示期不少于15日')], source, markers);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/not inside anchor “art-1”.*art-2/);
  });

  test('an unknown anchor fails', () => {
    expect(quoteErrors([provision('art-9', '公示期不少于15日')], source, markers)).toHaveLength(1);
  });

  test('every expected anchor marker is found in its source, in order', () => {
    for (const policy of policies) expect(() => anchorSpans(sourceOf(policy), markersOf(policy)), policy).not.toThrow();
  });
});
