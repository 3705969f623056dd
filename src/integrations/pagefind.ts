/**
 * Builds the Pagefind search index after `astro build` (like Starlight's integration: Pagefind's
 * Node API in `astro:build:done`; any Pagefind error fails the build).
 *
 * What is indexed: each policy text clause by clause (see `src/lib/search/records.ts`: records of
 * consecutive `<Clause>`s, with 地区 / 文件类型 / 效力 / 主题 filters and the date as metadata;
 * the search engine shows one result per clause), plus the pages listed
 * in `content/search/scope.yaml` (comparison dimensions, calculator explanations, guide). Nothing
 * else: navigation, footers, listings and boilerplate never reach the index.
 *
 * Chinese segmentation — why it works and what guards it:
 * - Pagefind segments Chinese only in its *extended* build (`pagefind_extended`, which bundles a
 *   jieba-style dictionary segmenter); the npm `pagefind` Node API prefers that binary when
 *   `@pagefind/<platform>` ships it (it does for linux-x64). `forceLanguage: 'zh-cn'` keeps one
 *   index whose language matches `<html lang="zh-CN">`, so the browser loads it and segments the
 *   query with `Intl.Segmenter('zh-cn')`.
 * - The two segmenters still disagree on some words (index 里程|碑 vs query 里程碑; index 净收入
 *   vs query 净|收入). Pagefind 1.5.2 matches a query word against index words it starts with
 *   or that start it, so recall holds, but it also matches pages that merely contain the
 *   pieces: the search UI re-ranks by the exact phrase (src/lib/search/rerank.ts) and the
 *   recall fixture (test/fixtures/search-queries.yaml, run by test/site/search-quality.test.ts)
 *   guards against regressions when Pagefind is upgraded.
 * - After writing, this integration checks that a fragment actually carries the word boundaries
 *   (U+200B) the extended build inserts; the plain binary would silently index whole sentences
 *   as single "words" and Chinese search would find almost nothing.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import * as pagefind from 'pagefind';
import { loadDimensions, loadProvisions } from '../data/dataset';
import { CONTENT } from '../data/paths';
import { pageRecord, policyRecords, type SearchRecord } from '../lib/search/records';

interface ScopeFile {
  pages: { prefix: string; index: boolean; kind: string; topic?: string; skip?: boolean }[];
  topics?: { prefix: string; topic: string }[];
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'pagefind' && e.name !== '_astro') out.push(...(await htmlFiles(p)));
    } else if (e.name === 'index.html') out.push(p);
  }
  return out.sort();
}

/** 主题 labels per clause anchor of each policy, from the provisions dataset. */
function topicsByPolicy(): Map<string, Map<string, string[]>> {
  const { sections, dimensions } = loadDimensions();
  const sectionLabel = new Map(sections.map((s) => [s.key, s.label]));
  const dimSection = new Map(dimensions.map((d) => [d.key, d.section]));
  const out = new Map<string, Map<string, string[]>>();
  for (const p of loadProvisions()) {
    const label = sectionLabel.get(dimSection.get(p.dimension) ?? '');
    if (!label) continue;
    const byAnchor = out.get(p.policy) ?? new Map<string, string[]>();
    byAnchor.set(p.anchor, [...new Set([...(byAnchor.get(p.anchor) ?? []), label])]);
    out.set(p.policy, byAnchor);
  }
  return out;
}

/** Records for every built page in scope. Exported for tests and the benchmark. */
export async function collectRecords(distDir: string): Promise<SearchRecord[]> {
  const scope = parse(await readFile(path.join(CONTENT, 'search', 'scope.yaml'), 'utf8')) as ScopeFile;
  const { sections, dimensions } = loadDimensions();
  const sectionLabel = new Map(sections.map((s) => [s.key, s.label]));
  const dimTopic = new Map(dimensions.map((d) => [d.key, sectionLabel.get(d.section) ?? '']));
  const topics = topicsByPolicy();
  const records: SearchRecord[] = [];
  for (const file of await htmlFiles(distDir)) {
    const url = '/' + path.relative(distDir, path.dirname(file)).split(path.sep).join('/') + '/';
    const urlPath = url.replace(/^\/\/$/, '/');
    const policy = /^\/policies\/([a-z0-9-]+)\/$/.exec(urlPath);
    if (policy) {
      const html = await readFile(file, 'utf8');
      records.push(...policyRecords(html, { url: urlPath, topicsByAnchor: topics.get(policy[1] ?? '') }));
      continue;
    }
    // Decided before reading: with hundreds of documents most pages are out of scope.
    const entry = scope.pages.find((p) => urlPath.startsWith(p.prefix));
    if (!entry || entry.skip || (!entry.index && urlPath === entry.prefix)) continue;
    const html = await readFile(file, 'utf8');
    const rest = urlPath.slice(entry.prefix.length).replace(/\/$/, '');
    const topicKey = scope.topics?.find((t) => urlPath.startsWith(t.prefix))?.topic ?? entry.topic;
    const topic = (topicKey && sectionLabel.get(topicKey)) || (entry.prefix === '/compare/' ? dimTopic.get(rest) : undefined);
    const rec = pageRecord(html, { url: urlPath, kind: entry.kind, topics: topic ? [topic] : [] });
    if (rec) records.push(rec);
  }
  return records;
}

const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js', 'pagefind-worker.js',
];

function fail(what: string, errors: string[]): never {
  throw new Error(`Pagefind ${what} failed:\n  ${errors.join('\n  ')}`);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'xyhf:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const records = await collectRecords(distDir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index) fail('createIndex', errors);
        try {
          for (const r of records) {
            const res = await index.addHTMLFile({ url: r.url, content: r.content });
            if (res.errors.length) fail(`indexing ${r.url}`, res.errors);
          }
          const out = path.join(distDir, 'pagefind');
          const w = await index.writeFiles({ outputPath: out });
          if (w.errors.length) fail('writeFiles', w.errors);
          await assertChineseSegmented(out);
          // Our own island uses pagefind.js on the main thread; Pagefind's stock UIs, highlighter
          // and worker are never loaded, so they are not shipped (≈ 450 KB).
          for (const f of UNUSED_BUNDLE_FILES) await rm(path.join(out, f), { force: true });
          logger.info(`Pagefind 索引：${records.length} 条记录 → ${path.relative(distDir, out)}/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Fails unless the index language is zh-cn and fragments carry Pagefind's CJK word breaks. */
async function assertChineseSegmented(out: string): Promise<void> {
  const entry = JSON.parse(await readFile(path.join(out, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, unknown>;
  };
  const langs = Object.keys(entry.languages);
  if (langs.length !== 1 || langs[0] !== 'zh-cn') throw new Error(`Pagefind: expected one zh-cn index, got ${langs.join(', ')}`);
  const frags = await readdir(path.join(out, 'fragment'));
  const sample = frags[0];
  if (!sample) throw new Error('Pagefind wrote no fragments');
  const text = gunzipSync(await readFile(path.join(out, 'fragment', sample))).toString('utf8');
  if (!text.includes('\u200B')) {
    throw new Error('Pagefind did not segment Chinese (no word breaks in fragments): the pagefind_extended binary is required');
  }
}
