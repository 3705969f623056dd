// What readers see in Chinese text must be clean: no internal ids (`pay-later-licence`, a
// provision or policy id, a dimension key) and no punctuation that joining produced ("。；").
// Used on the built pages and exports (clean-text.test.ts) and on the island's downloads.
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { BAD_PUNCTUATION } from '../../../src/lib/text/join.ts';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/**
 * A kebab-case token (what our ids look like), not part of a URL, path, file name or anchor, and
 * not marked as code with backticks (a schema's descriptions name its keys: `official` 正式文本).
 */
const KEBAB = /(?<![\w./:#?=&%@`-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\w./@`-])/g;

/** Elements whose text is code or not text at all. */
const SKIP = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'template', 'noscript']);

/** The text nodes of an HTML document that are shown as text (not code), in document order. */
export function htmlTexts(html: string): string[] {
  const out: string[] = [];
  const walk = (n: T.ParentNode) => {
    for (const c of n.childNodes) {
      if (c.nodeName === '#text') out.push((c as T.TextNode).value);
      else if ('tagName' in c && !SKIP.has(c.tagName)) walk(c);
      else if (c.nodeName === 'template') continue;
    }
  };
  walk(parse(html));
  return out;
}

/** Every string value inside a JSON value. */
export function jsonStrings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(jsonStrings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(jsonStrings);
  return [];
}

/** The kebab-case ids among strings (policy, provision and dimension ids, value keys …). */
export function kebabIds(strings: readonly string[]): Set<string> {
  return new Set(strings.filter((s) => /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(s)));
}

/** Cells of a CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
export function csvCells(text: string): string[] {
  const cells: string[] = [];
  const re = /(?:^|,|\r\n)(?:"((?:[^"]|"")*)"|([^",\r\n]*))/g;
  for (const m of text.replace(/^\uFEFF/, '').matchAll(re)) cells.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''));
  return cells;
}

/**
 * Problems in pieces of text: each piece that holds Chinese must hold none of the given internal
 * ids and no bad punctuation pair. Returns "where: …context…" lines (empty when clean).
 */
export function textProblems(where: string, pieces: readonly string[], ids: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const s of pieces) {
    if (!CJK.test(s)) continue;
    for (const m of s.matchAll(KEBAB)) if (ids.has(m[0])) out.push(`${where}: id “${m[0]}” in “${context(s, m.index!)}”`);
    const bad = BAD_PUNCTUATION.exec(s);
    if (bad) out.push(`${where}: “${bad[0]}” in “${context(s, bad.index)}”`);
  }
  return out;
}

function context(s: string, i: number): string {
  return s.slice(Math.max(0, i - 20), i + 30).replace(/\s+/g, ' ');
}
