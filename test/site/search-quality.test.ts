// Search quality against the built index, through the real search page in Chromium: every
// fixture query must put its `must` clauses in the top 5 and none of its `mustNot` clauses;
// precision@5 (top-5 results whose clause text really contains the words, a listed synonym or a word of their concept,
// judged from the built policy HTML, independently of the search code) is reported and must
// stay at or above PRECISION_FLOOR.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parse as parseHtml } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openPage, pageUrl, useBrowser, type OpenedPage } from './support/browser.ts';
import { DIST_DIR } from './support/server.ts';
import { resultHrefs, toFixtureId, waitForSearch } from './support/search.ts';

interface Fixture { q: string; must: string[]; mustNot?: string[]; /** Key of the concept the query is about (concepts.yaml). */ concept?: string }
const fixtures = (parseYaml(readFileSync('test/fixtures/search-queries.yaml', 'utf8')) as { queries: Fixture[] }).queries;
const synonyms = (parseYaml(readFileSync('content/search/synonyms.yaml', 'utf8')) as { groups: string[][] }).groups;
const concepts = (parseYaml(readFileSync('content/search/concepts.yaml', 'utf8')) as { concepts: { key: string; words: string[]; asked?: string[] }[] }).concepts;
/** Over all top-5 results shown, partial matches (labelled as such) counting as misses. */
const PRECISION_FLOOR = 0.85;
/** Over top-5 results the page labels as complete matches (exact words or a listed synonym). */
const LABELLED_PRECISION_FLOOR = 0.98;

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s\u200b]+/g, '');
/** What counts as the term in a text: itself, a listed synonym, or a text word of a concept it belongs to. */
const alternatives = (t: string) => [
  t,
  ...(synonyms.find((g) => g.some((w) => norm(w) === norm(t))) ?? []),
  ...concepts.filter((c) => [...c.words, ...(c.asked ?? [])].some((w) => norm(w) === norm(t))).flatMap((c) => c.words),
].map(norm);

// --- ground truth from the built HTML --------------------------------------------------------
const docCache = new Map<string, T.Document>();
function policyDoc(id: string): T.Document {
  let d = docCache.get(id);
  if (!d) {
    d = parseHtml(readFileSync(path.join(DIST_DIR, 'policies', id, 'index.html'), 'utf8'));
    docCache.set(id, d);
  }
  return d;
}
function attr(n: T.Element, name: string): string | undefined {
  return n.attrs.find((a) => a.name === name)?.value;
}
function find(n: T.ParentNode, pred: (e: T.Element) => boolean): T.Element | undefined {
  for (const c of n.childNodes) {
    if ('tagName' in c) {
      if (pred(c)) return c;
      const inner = find(c, pred);
      if (inner) return inner;
    }
  }
  return undefined;
}
/** Visible text of an element, without the clause tools (permalink, citation). */
function text(n: T.Node): string {
  if (n.nodeName === '#text') return (n as T.TextNode).value;
  if ('tagName' in n && (attr(n, 'class') ?? '').includes('clause-tools')) return '';
  return 'childNodes' in n ? n.childNodes.map(text).join('') : '';
}
/** Does the result really contain every term (or a synonym), or name it in the document title/jurisdiction? */
function relevant(href: string, terms: string[]): boolean {
  const m = /^\/policies\/([^/]+)\/(?:#(.+))?$/.exec(href);
  if (!m) {
    // Another indexed page (comparison, calculator): judged on its <main>.
    const file = path.join(DIST_DIR, href.replace(/#.*$/, ''), 'index.html');
    const main = find(parseHtml(readFileSync(file, 'utf8')), (e) => e.tagName === 'main');
    const body = main ? norm(text(main)) : '';
    return terms.every((t) => alternatives(t).some((a) => body.includes(a)));
  }
  const doc = policyDoc(m[1]!);
  const el = m[2] ? find(doc, (e) => attr(e, 'id') === m[2]) : find(doc, (e) => e.tagName === 'article');
  if (!el) return false;
  const body = norm(text(el));
  const head = norm(text(find(doc, (e) => e.tagName === 'header' && (attr(e, 'class') ?? '').includes('policy-head'))!) + text(find(doc, (e) => e.tagName === 'title')!));
  return terms.every((t) => {
    return alternatives(t).some((a) => body.includes(a)) || head.includes(norm(t));
  });
}

// --- the run ---------------------------------------------------------------------------------
const browser = useBrowser();
const base = inject('baseURL');
let opened: OpenedPage;
const precisions: { q: string; p: number; n: number }[] = [];
const labelled: { q: string; good: number; n: number }[] = [];

beforeAll(async () => {
  opened = await openPage(browser(), pageUrl(base, '/search/'));
});
afterAll(async () => {
  await opened?.close();
  if (precisions.length) {
    const mean = precisions.reduce((s, x) => s + x.p, 0) / precisions.length;
    const lines = precisions.filter((x) => x.p < 1).map((x) => `  ${x.q}: ${x.p.toFixed(2)} of ${x.n}`);
    const lg = labelled.reduce((s, x) => s + x.good, 0);
    const ln = labelled.reduce((s, x) => s + x.n, 0);
    console.log(
      `search precision@5 over ${precisions.length} queries: ${mean.toFixed(3)} (partial matches count as misses)\n` +
        `precision of top-5 results labelled as complete matches: ${lg}/${ln} = ${(lg / ln).toFixed(3)}\n${lines.join('\n')}`,
    );
  }
});

test('fixture has at least 30 queries, 15 of them about a concept (each a concept of concepts.yaml)', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(30);
  const onConcept = fixtures.filter((f) => f.concept);
  expect(onConcept.length).toBeGreaterThanOrEqual(15);
  for (const f of onConcept) expect(concepts.map((c) => c.key)).toContain(f.concept);
});

for (const f of fixtures) {
  test(`top 5 for “${f.q}”`, async () => {
    const { page } = opened;
    await page.goto(pageUrl(base, `/search/?q=${encodeURIComponent(f.q)}`));
    await waitForSearch(page);
    const top5 = (await resultHrefs(page)).slice(0, 5);
    const ids = top5.map(toFixtureId);
    for (const m of f.must) expect(ids, `${m} should be in the top 5 for ${f.q}`).toContain(m);
    for (const m of f.mustNot ?? []) expect(ids, `${m} must not be in the top 5 for ${f.q}`).not.toContain(m);
    expect(top5.length, `no results for ${f.q}`).toBeGreaterThan(0);
    const terms = f.q.normalize('NFKC').split(/\s+/).filter(Boolean);
    const good = top5.filter((h) => relevant(h, terms)).length;
    precisions.push({ q: f.q, p: good / top5.length, n: top5.length });
    const complete = (
      await page.$$eval('.search-hit', (els) =>
        els.slice(0, 5).map((e) => ({ href: e.querySelector('a')?.getAttribute('href') ?? '', partial: e.classList.contains('search-hit--partial') })),
      )
    ).filter((h) => !h.partial);
    labelled.push({ q: f.q, good: complete.filter((h) => relevant(h.href, terms)).length, n: complete.length });
    // A concept query is answered by concept matching: some top-5 result is labelled as a concept match.
    if (f.concept) {
      const kinds = await page.$$eval('.search-hit', (els) => els.slice(0, 5).map((e) => e.className));
      expect(kinds.some((c) => c.includes('search-hit--concept')), `no concept match in the top 5 for ${f.q}`).toBe(true);
    }
  });
}

test(`results labelled as complete matches really contain the words (≥ ${LABELLED_PRECISION_FLOOR})`, () => {
  const n = labelled.reduce((s, x) => s + x.n, 0);
  expect(n).toBeGreaterThan(100);
  expect(labelled.reduce((s, x) => s + x.good, 0) / n).toBeGreaterThanOrEqual(LABELLED_PRECISION_FLOOR);
});

test(`mean precision@5 is at least ${PRECISION_FLOOR}`, () => {
  expect(precisions.length).toBe(fixtures.length);
  const mean = precisions.reduce((s, x) => s + x.p, 0) / precisions.length;
  expect(mean).toBeGreaterThanOrEqual(PRECISION_FLOOR);
});
