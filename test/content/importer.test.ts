/**
 * The policy importer (src/lib/import/) proved on the five real sources: run on each
 * content/sources/<id>.txt, its draft must reproduce at least 95% of the hand-made anchor ids
 * (test/content/__snapshots__/anchors.json), publish exactly the text of the hand-made
 * publication (fidelity), cover every recorded fix (content/fixes/<id>.yaml), and carry a
 * frontmatter skeleton the schema accepts. The per-document agreement is printed.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { applyFixes, collapseWhitespace, compareNormalized } from '../../src/lib/fidelity';
import { parsePolicyBody } from '../../src/lib/policy-text';
import { importPolicy } from '../../src/lib/import/import-policy';
import { fixCoverage, idAgreement } from '../../src/lib/import/agreement';
import { IMPORT_DRAFT_MARK, type RegionTable } from '../../src/lib/import/frontmatter';
import { splitFrontmatter } from '../../src/data/policy-bodies';
import { policySchema } from '../../src/schemas/policy';
import { loadDocs } from './helpers';

// The importer drafts local policy texts; the national-law excerpts are published by hand from
// the reference (条/款/项 anchors, no title line in their sources), so they are not its proof set.
const docs = loadDocs().filter((d) => d.policy.frontmatter.legalForce !== 'law');
const snapshot = JSON.parse(readFileSync(new URL('./__snapshots__/anchors.json', import.meta.url), 'utf8')) as Record<string, string[]>;
const regions = JSON.parse(readFileSync('content/reference/regions.json', 'utf8')) as RegionTable;
/** At least this share of the hand-made ids of every document. */
const ID_FLOOR = 0.95;
const report: string[] = [];

afterAll(() => {
  console.log(`importer agreement with the hand-made publications:\n${report.join('\n')}`);
});

describe.each(docs)('$id', ({ id, source, fixes, policy }) => {
  const draft = importPolicy(source, id, regions);
  const ids = draft.clauses.map((c) => c.id);
  const agreement = idAgreement(snapshot[id] ?? [], ids);
  const coverage = fixCoverage(source, fixes, draft.fixes);
  const { data, body } = splitFrontmatter(draft.mdx);
  const parsed = parsePolicyBody(body);
  report.push(
    `  ${id.padEnd(34)} ids ${agreement.reproduced}/${agreement.total} (${(agreement.ratio * 100).toFixed(1)}%)` +
      `${agreement.missing.length ? ` missing ${agreement.missing.join(' ')} → drafted ${agreement.extra.join(' ')}` : ''}` +
      ` · recorded fixes covered ${coverage.covered}/${coverage.total} · drafted fixes ${draft.fixes.length}`,
  );

  test(`reproduces at least ${ID_FLOOR * 100}% of the hand-made anchor ids`, () => {
    expect(agreement.ratio, `missing: ${agreement.missing.join(', ')}`).toBeGreaterThanOrEqual(ID_FLOOR);
  });

  test('ids are unique and well-formed; cites start with the title', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((x) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(x))).toEqual([]);
    for (const c of draft.clauses) expect(c.cite.startsWith(`《${policy.frontmatter.title}》`), c.cite).toBe(true);
  });

  test('its text equals the source with its own fixes (fidelity), block by block within one line', () => {
    const fixed = applyFixes(source, draft.fixes);
    expect(compareNormalized(fixed, parsed.text)).toEqual({ ok: true });
    const lines = fixed.split('\n').map(collapseWhitespace).join('\n');
    expect(parsed.text.split('\n').filter((b) => !lines.includes(b))).toEqual([]);
  });

  test('its text equals the hand-made publication (100% of the text)', () => {
    expect(compareNormalized(policy.body.text, parsed.text)).toEqual({ ok: true });
    expect(compareNormalized(applyFixes(source, fixes), parsed.text)).toEqual({ ok: true });
  });

  test('its fixes cover every recorded fix', () => {
    expect(coverage.uncovered).toEqual([]);
  });

  test('the frontmatter skeleton validates, and is marked as a draft', () => {
    expect(() => policySchema.parse(data)).not.toThrow();
    expect(draft.mdx.split('\n')[1]).toBe(IMPORT_DRAFT_MARK);
    expect((data as { title: string }).title).toBe(policy.frontmatter.title);
  });
});

test('the agreement measure can fail: a renamed id and a dropped fix are seen', () => {
  const doc = docs.find((d) => d.id === 'kunming-2025-measures-draft')!;
  const draft = importPolicy(doc.source, doc.id, regions);
  const renamed = draft.clauses.map((c) => (c.id === 'm-9' ? 'm-ix' : c.id));
  expect(idAgreement(snapshot[doc.id]!, renamed).missing).toEqual(['m-9']);
  expect(fixCoverage(doc.source, doc.fixes, []).uncovered.map((u) => u.index)).toEqual([0]);
});
