// #17 §3: Chinese text on every built page and in every export is clean — no internal ids
// (`pay-later-licence` …) and no punctuation produced by joining ("。；"). The island's downloads
// are checked in compare.test.ts with the same rule.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { DIST_DIR } from './support/server.ts';
import { listPages } from './support/pages.ts';
import { csvCells, htmlTexts, jsonStrings, kebabIds, textProblems } from './support/clean-text.ts';

const files = (readdirSync(DIST_DIR, { recursive: true, encoding: 'utf8' }) as string[])
  .map((f) => f.split(path.sep).join('/'))
  .filter((f) => !f.startsWith('pagefind/') && !f.startsWith('_astro/'));
const exportsOf = (ext: string) => files.filter((f) => f.endsWith(ext));
const readJson = (f: string): unknown => JSON.parse(readFileSync(path.join(DIST_DIR, f), 'utf8'));
/** Internal ids: every kebab-case string of the published datasets (ids, keys, value codes). */
const ids = kebabIds(['compare/comparison.json', 'data/provisions.json', 'data/policies.json'].flatMap((f) => jsonStrings(readJson(f))));

test('the ids are the dataset\'s (so the scan means something)', () => {
  for (const id of ['pay-later-licence', 'inventor-share', 'kunming-2025-guideline', 'per-project']) expect(ids).toContain(id);
  expect(ids.size).toBeGreaterThan(150);
});

test('the rule catches what it should (synthetic text)', () => {
  expect(textProblems('x', ['因此计入 pay-later-licence（本数据的归类）。'], ids)).toHaveLength(1);
  expect(textProblems('x', ['列举以“等单位”结尾。；序言称'], ids)).toHaveLength(1);
  // Links, file names and anchors, and ids outside Chinese text (a CSV id column) are fine.
  expect(textProblems('x', ['见 /policies/kunming-2025-guideline/#art-6 和 comparison-5.csv', 'pay-later-licence'], ids)).toEqual([]);
  // A key marked as code (a schema naming its keys) is fine; the same key bare is not.
  expect(textProblems('x', ['文本性质：`draft-for-comment` 征求意见稿'], ids)).toEqual([]);
  expect(textProblems('x', ['文本性质：draft-for-comment 征求意见稿'], ids)).toHaveLength(1);
  expect(csvCells('\uFEFFa,"b,""c""\r\nd"\r\ne,\r\n')).toEqual(['a', 'b,"c"\r\nd', 'e', '', '']);
});

test('every page: Chinese text without internal ids or joined punctuation', () => {
  const pages = listPages();
  expect(pages.length).toBeGreaterThan(20);
  const problems = pages.flatMap((p) => textProblems(p.urlPath, htmlTexts(readFileSync(p.file, 'utf8')), ids));
  expect(problems).toEqual([]);
});

test('every CSV and JSON export: the same', () => {
  const csv = exportsOf('.csv');
  const json = exportsOf('.json');
  expect(csv).toContain('compare/comparison.csv');
  expect(json).toContain('data/provisions.json');
  const problems = [
    ...csv.flatMap((f) => textProblems(f, csvCells(readFileSync(path.join(DIST_DIR, f), 'utf8')), ids)),
    ...json.flatMap((f) => textProblems(f, jsonStrings(readJson(f)), ids)),
  ];
  expect(problems).toEqual([]);
});
