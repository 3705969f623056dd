/**
 * National law as published documents: each source is the articles of the reference copied
 * verbatim, each page is an excerpt that says so, ids and citations name 条/款/项 the same way,
 * and the relations between local clauses and law articles resolve in both documents.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPolicyBodies } from '../../src/data/policy-bodies';
import { loadProvisions } from '../../src/data/dataset';
import { NATIONAL_CODE } from '../../src/lib/jurisdiction';

const bodies = loadPolicyBodies();
const laws = [...bodies.values()].filter((b) => b.frontmatter.legalForce === 'law');
const reference = readFileSync(path.resolve('content/reference/national-law.md'), 'utf8');

/** The article lines of one law's section of the reference: from its first 第…条 to its reading notes. */
function referenceArticles(title: string): string {
  const start = reference.indexOf(`## 《${title}》`);
  if (start < 0) throw new Error(`reference has no section for ${title}`);
  const next = reference.indexOf('\n## ', start + 3);
  const lines = reference.slice(start, next < 0 ? undefined : next).split('\n');
  const first = lines.findIndex((l) => l.startsWith('第'));
  const last = lines.findIndex((l) => l.startsWith('How '));
  return `${lines.slice(first, last).join('\n').trimEnd()}\n`;
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 45 → 四十五, 15 → 十五, 50 → 五十 (enough for the article numbers we publish). */
function chineseNumber(n: number): string {
  if (n < 10) return NUMERALS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[n % 10]}`;
}

/** art-45-para-1-item-1 → 第四十五条第一款第一项: ids and citations say the same place. */
function citeFromId(id: string): string {
  const m = /^art-(\d+)(?:-para-(\d+))?(?:-item-(\d+))?$/.exec(id);
  if (!m) throw new Error(`not a law anchor: ${id}`);
  const [, art, para, item] = m;
  return `第${chineseNumber(Number(art))}条${para ? `第${chineseNumber(Number(para))}款` : ''}${item ? `第${chineseNumber(Number(item))}项` : ''}`;
}

test('both laws are published', () => {
  expect(laws.map((l) => l.id).sort()).toEqual(['prc-2015-sci-tech-transfer-law', 'prc-2020-patent-law']);
});

describe.each(laws)('$id', (law) => {
  const fm = law.frontmatter;

  test('the source is the articles of content/reference/national-law.md, copied verbatim', () => {
    const source = readFileSync(path.resolve('content/sources', fm.sourceFile), 'utf8');
    expect(source).toBe(referenceArticles(fm.title));
  });

  test('it is an excerpt listing exactly the published articles', () => {
    const top = law.body.clauses.filter((c) => c.depth === 1);
    expect(fm.excerpt?.articles).toEqual(top.map((c) => c.heading));
  });

  test('national jurisdiction, 法律, promulgated by the last amendment recorded', () => {
    expect(fm.jurisdiction).toEqual({ name: '全国', code: NATIONAL_CODE, level: 'national' });
    const last = fm.enactment!.amendments.at(-1)!;
    expect(fm.docNumber).toBe(last.order);
    expect(fm.issued).toBe(last.date);
    expect(fm.docKind).toBe('法律');
  });

  test('every anchor is 条/款/项 and its citation names the same place', () => {
    for (const c of law.body.clauses) expect(c.cite, c.id).toBe(`《${fm.title}》${citeFromId(c.id)}`);
  });
});

describe('relations between local clauses and law articles', () => {
  const relations = [...bodies.values()].flatMap((b) => b.frontmatter.relations.map((r) => ({ from: b, r })));

  test('there are relations, and each resolves in both documents', () => {
    expect(relations.length).toBeGreaterThan(0);
    const bad: string[] = [];
    for (const { from, r } of relations) {
      const target = bodies.get(r.policy);
      if (!from.body.clauses.some((c) => c.id === r.anchor)) bad.push(`${from.id}: no anchor ${r.anchor}`);
      if (!target) bad.push(`${from.id}#${r.anchor}: no document ${r.policy}`);
      else for (const a of r.anchors) if (!target.body.clauses.some((c) => c.id === a)) bad.push(`${from.id}#${r.anchor}: ${r.policy} has no ${a}`);
      if (r.policy === from.id) bad.push(`${from.id}#${r.anchor}: points at itself`);
    }
    expect(bad).toEqual([]);
  });

  // Every mention, not a chosen few: the deepest clause holding the words carries the link.
  test('every clause of a local text that mentions 开放许可 links to 专利法 第五十条至第五十二条', () => {
    const missing: string[] = [];
    for (const b of bodies.values()) {
      if (b.frontmatter.legalForce === 'law') continue;
      const mentions = b.body.clauses.filter((c) => c.text.includes('开放许可'));
      const deepest = mentions.filter((c) => !mentions.some((d) => d.parentId === c.id));
      for (const c of deepest) {
        const ok = b.frontmatter.relations.some(
          (r) => r.anchor === c.id && r.kind === 'open-licence' && r.policy === 'prc-2020-patent-law' && r.anchors.join() === 'art-50,art-51,art-52',
        );
        if (!ok) missing.push(`${b.id}#${c.id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('a 制定依据 that names a document we publish links to it', () => {
    const titles = new Map([...bodies.values()].map((b) => [b.frontmatter.title, b.id]));
    const unlinked = [...bodies.values()].flatMap((b) =>
      b.frontmatter.basedOn.filter((c) => titles.has(c.title) && c.policy !== titles.get(c.title)).map((c) => `${b.id}: ${c.title}`),
    );
    expect(unlinked).toEqual([]);
    expect(bodies.get('kunming-2025-guideline')!.frontmatter.basedOn[0]!.policy).toBe('prc-2015-sci-tech-transfer-law');
  });
});

describe('national provisions', () => {
  const provisions = loadProvisions();
  const byId = new Map(provisions.map((p) => [p.id, p]));

  test('each applicability rule governs shares of its own law', () => {
    const bad: string[] = [];
    for (const p of provisions) {
      if (p.value.type !== 'applicability') continue;
      for (const id of p.value.governs) {
        const g = byId.get(id);
        if (!g || g.policy !== p.policy || g.value.type !== 'share') bad.push(`${p.id} → ${id}`);
      }
    }
    expect(bad).toEqual([]);
  });

  test('each floor of 第四十五条第一款 is governed by the condition of 第一款 and the reach of 第二款', () => {
    const floors = provisions.filter((p) => p.policy === 'prc-2015-sci-tech-transfer-law' && p.value.type === 'share');
    expect(floors.map((f) => f.anchor)).toEqual(['art-45-para-1-item-1', 'art-45-para-1-item-2', 'art-45-para-1-item-3']);
    for (const f of floors) {
      const rules = provisions.filter((p) => p.value.type === 'applicability' && p.value.governs.includes(f.id));
      expect(rules.map((r) => r.anchor).sort(), f.id).toEqual(['art-44-para-2', 'art-45-para-1', 'art-45-para-2']);
    }
  });
});
