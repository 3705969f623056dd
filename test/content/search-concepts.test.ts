/**
 * The search concept list (content/search/concepts.yaml) is grown from the texts' own vocabulary:
 * every `words` entry occurs in a published clause, every `asked` entry is a reader's word the texts
 * do not use (else it belongs in `words`), and no word stands for two concepts or is also a synonym
 * group's member of another meaning.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { normalizeForMatch } from '../../src/lib/search/query';
import type { ConceptGroup } from '../../src/lib/search/synonyms';
import { loadDocs } from './helpers';

const concepts = (parse(readFileSync('content/search/concepts.yaml', 'utf8')) as { concepts: ConceptGroup[] }).concepts;
const clauseTexts = loadDocs().flatMap((d) => d.policy.body.clauses.map((c) => normalizeForMatch(c.text)));
const inTexts = (w: string) => clauseTexts.some((t) => t.includes(normalizeForMatch(w)));

test('there are concepts, each with a key, a label and at least one text word', () => {
  expect(concepts.length).toBeGreaterThanOrEqual(10);
  for (const c of concepts) {
    expect(c.key).toMatch(/^[a-z-]+$/);
    expect(c.label.length).toBeGreaterThan(1);
    expect(c.words.length).toBeGreaterThan(0);
  }
  expect(new Set(concepts.map((c) => c.key)).size).toBe(concepts.length);
});

describe.each(concepts)('$key ($label)', (c) => {
  test.each(c.words)('“%s” occurs in a published clause', (w) => expect(inTexts(w)).toBe(true));
  test.each(c.asked ?? [])('“%s” (asked) is not the texts’ word', (w) => expect(inTexts(w)).toBe(false));
});

test('no word belongs to two concepts', () => {
  const all = concepts.flatMap((c) => [...c.words, ...(c.asked ?? [])].map(normalizeForMatch));
  expect(all.filter((w, i) => all.indexOf(w) !== i)).toEqual([]);
});
