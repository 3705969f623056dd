/**
 * Anchors are a public contract: the provisions dataset and readers' links point at them. They
 * must be unique, well-formed, nested as documented, and may only change together with the
 * reviewed snapshot `__snapshots__/anchors.json` (a plain file: `vitest -u` does not rewrite it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DOC_IDS, loadDocs } from './helpers';

const docs = loadDocs();
const snapshot = JSON.parse(
  readFileSync(new URL('./__snapshots__/anchors.json', import.meta.url), 'utf8'),
) as Record<string, string[]>;

/** Lowercase ASCII words joined by single hyphens. */
const ID_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parents that the id alone does not reveal (art-1 lies in ch-1, m-1 in part-1). */
const EXPECTED_PARENTS: Record<string, Record<string, string[]>> = {
  'kunming-2025-guideline': {
    'ch-1': ['ch-1-preamble', 'art-1', 'art-2', 'art-3', 'art-4', 'art-5'],
    'ch-2': ['art-6', 'art-7'],
    'ch-3': ['art-8', 'art-9'],
  },
  'kunming-2025-measures-draft': {
    'part-1': ['m-1', 'm-2', 'm-3', 'm-4'],
    'part-2': ['m-5', 'm-6', 'm-7'],
    'part-3': ['m-8', 'm-9', 'm-10', 'm-11', 'm-12'],
    'part-4': ['m-13', 'm-14'],
  },
};

/**
 * Printed numbering that opens a chapter, article or numbered item: 第一章, 第二条, 一、,
 * （一） / (一), 1., （1）. Every block that starts with one must start a clause.
 */
const NUMBERED = /^(?:第[一二三四五六七八九十]+[章条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+\.|（\d+）)/u;

test('the snapshot covers exactly the published documents', () => {
  expect(Object.keys(snapshot).sort()).toEqual([...DOC_IDS]);
});

describe.each(docs)('$id', ({ id, policy }) => {
  const { clauses, text } = policy.body;
  const ids = clauses.map((c) => c.id);
  const title = policy.frontmatter.title;

  test('ids equal the reviewed snapshot, in document order', () => {
    expect(ids).toEqual(snapshot[id]);
  });

  test('ids are unique and well-formed', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((x) => !ID_FORMAT.test(x))).toEqual([]);
  });

  test('cites are unique and start with the book-title-marked title', () => {
    expect(new Set(clauses.map((c) => c.cite)).size).toBe(clauses.length);
    const annex = clauses.find((c) => c.id === 'annex');
    for (const c of clauses) {
      // Clauses of an annex cite the annex by its own title after the document's.
      const prefix =
        annex !== undefined && c.id.startsWith('annex')
          ? `《${title}》附件《${annex.heading ?? ''}》`
          : `《${title}》`;
      expect(c.cite.startsWith(prefix), `${c.id}: ${c.cite}`).toBe(true);
    }
  });

  // A reader who copies a citation must see that the text is not the official full text.
  test('cites of a draft or a summary say so', () => {
    const status = policy.frontmatter.textStatus;
    if (status === 'draft-for-comment') expect(title.endsWith('（征求意见稿）')).toBe(true);
    if (status === 'official-summary') {
      for (const c of clauses) expect(c.cite.startsWith(`《${title}》（官方解读摘要）`), c.id).toBe(true);
    }
  });

  test('an id extending another id (art-3-1 → art-3) is nested in it', () => {
    for (const c of clauses) {
      const prefixParent = ids
        .filter((p) => c.id.startsWith(`${p}-`))
        .sort((a, b) => b.length - a.length)[0];
      if (prefixParent !== undefined) expect(c.parentId, c.id).toBe(prefixParent);
    }
  });

  test('documented containers hold their clauses', () => {
    for (const [parent, children] of Object.entries(EXPECTED_PARENTS[id] ?? {})) {
      expect(clauses.filter((c) => c.parentId === parent).map((c) => c.id)).toEqual(children);
    }
  });

  test('depth follows nesting', () => {
    for (const c of clauses) {
      const parent = clauses.find((p) => p.id === c.parentId);
      expect(c.depth, c.id).toBe(parent === undefined ? 1 : parent.depth + 1);
    }
  });

  test('every numbered chapter, article or item starts a clause', () => {
    const starts = clauses.map((c) => c.text);
    const orphans = text
      .split('\n')
      .filter((block) => NUMBERED.test(block))
      .filter((block) => !starts.some((t) => t.startsWith(block)));
    expect(orphans).toEqual([]);
  });
});
