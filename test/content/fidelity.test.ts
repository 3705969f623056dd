/**
 * Fidelity: the published text of every document is its raw source with the recorded fixes
 * applied — nothing more, nothing less. Whitespace is the only thing ignored.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  applyFixes,
  collapseWhitespace,
  compareNormalized,
  countOccurrences,
} from '../../src/lib/fidelity';
import { parsePolicyBody } from '../../src/lib/policy-text';
import { DOC_IDS, loadDocs } from './helpers';

const docs = loadDocs();

test('exactly the five documents are published', () => {
  expect(docs.map((d) => d.id).sort()).toEqual([...DOC_IDS]);
});

describe.each(docs)('$id', ({ id, source, fixes, policy }) => {
  test('sourceFile names its own source', () => {
    expect(policy.frontmatter.sourceFile).toBe(`${id}.txt`);
  });

  test('published text equals the fixed source (ignoring whitespace)', () => {
    expect(compareNormalized(applyFixes(source, fixes), policy.body.text)).toEqual({ ok: true });
  });

  test.each(fixes.map((fix, i) => ({ i: i + 1, fix })))('fix #$i is exact and explained', ({ fix }) => {
    expect(countOccurrences(source, fix.find)).toBe(fix.count ?? 1);
    expect(fix.reason.trim()).not.toBe('');
    expect(fix.replace).not.toBe(fix.find);
  });

  // Whitespace-blind comparison alone would let us silently join two source lines (or split a
  // word with a space). Each published block must therefore read, with spacing collapsed,
  // inside a single line of the fixed source: every join is a recorded fix.
  test('every published block lies within one line of the fixed source', () => {
    const lines = applyFixes(source, fixes).split('\n').map(collapseWhitespace).join('\n');
    const missing = policy.body.text.split('\n').filter((block) => !lines.includes(block));
    expect(missing).toEqual([]);
  });
});

describe('the fidelity comparison can fail', () => {
  const doc = docs.find((d) => d.id === 'kunming-2025-guideline')!;
  const fixed = applyFixes(doc.source, doc.fixes);
  // Positions of Han characters in the MDX body's text lines (not tags, not attributes).
  const positions: number[] = [];
  let offset = 0;
  for (const line of doc.policy.mdx.split('\n')) {
    if (!line.startsWith('<')) {
      for (const m of line.matchAll(/\p{Script=Han}/gu)) positions.push(offset + m.index);
    }
    offset += line.length + 1;
  }

  test('the unmodified body passes', () => {
    expect(compareNormalized(fixed, parsePolicyBody(doc.policy.mdx).text).ok).toBe(true);
  });

  test('a one-character substitution, deletion or insertion anywhere is detected', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...positions),
        fc.constantFrom('substitute', 'delete', 'insert'),
        (pos, op) => {
          const mdx = doc.policy.mdx;
          const ch = mdx[pos]!;
          const other = ch === '甲' ? '乙' : '甲';
          const mutated =
            op === 'substitute'
              ? mdx.slice(0, pos) + other + mdx.slice(pos + 1)
              : op === 'delete'
                ? mdx.slice(0, pos) + mdx.slice(pos + 1)
                : mdx.slice(0, pos) + other + mdx.slice(pos);
          expect(compareNormalized(fixed, parsePolicyBody(mutated).text).ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('a fix whose find is missing from the source fails loudly', () => {
    expect(() => applyFixes(doc.source, [{ find: '不存在的文字', replace: '' }])).toThrow(/found 0/);
  });
});
