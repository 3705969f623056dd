/**
 * The text a reader gets is the source text, modulo whitespace and the recorded extraction fixes:
 * checked on the built HTML itself (the MDX-level check is test/content/fidelity.test.ts), so a
 * component that dropped, duplicated or injected words into the policy text would be caught.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, test } from 'vitest';
import { applyFixes, compareNormalized, normalizeForComparison } from '../../src/lib/fidelity';
import { loadDocs } from '../content/helpers';

const classes = (el: T.Element) => (el.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/);

function findByClass(node: T.ParentNode, cls: string): T.Element | undefined {
  for (const c of node.childNodes) {
    if (!('tagName' in c)) continue;
    if (classes(c).includes(cls)) return c;
    const hit = findByClass(c, cls);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Our additions to a clause, not the text: the permalink/citation tools, and the links between a
 * clause and the law articles it rests on (`clause-law`, both directions).
 */
const OURS = ['clause-tools', 'clause-law'];

/** Text of the policy body, leaving out what we add to it (`OURS`). */
function policyText(node: T.ParentNode): string {
  let out = '';
  for (const c of node.childNodes) {
    if (c.nodeName === '#text') out += (c as T.TextNode).value;
    else if ('tagName' in c && !OURS.some((k) => classes(c).includes(k))) out += `${policyText(c)}\n`;
  }
  return out;
}

describe('published HTML equals the source modulo whitespace and recorded fixes', () => {
  test.each(loadDocs().map((d) => [d.id, d] as const))('%s', (id, doc) => {
    const html = readFileSync(path.resolve('dist/policies', id, 'index.html'), 'utf8');
    const body = findByClass(parse(html), 'policy-text');
    expect(body, 'the page has a .policy-text element').toBeDefined();
    const published = policyText(body!);
    const expected = applyFixes(doc.source, doc.fixes);
    const r = compareNormalized(expected, published);
    expect(r, JSON.stringify(r)).toEqual({ ok: true });
    expect(normalizeForComparison(published).length).toBeGreaterThan(500);
  });

  // The exclusion above must not hide text: our relation blocks hold links to other documents only.
  test('relation blocks add links, never words of the text', () => {
    const html = readFileSync(path.resolve('dist/policies/hunan-2025-plan/index.html'), 'utf8');
    const blocks = html.match(/<(?:p|div) class="clause-law"[\s\S]*?<\/(?:p|div)>/g) ?? [];
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const b of blocks) expect(b).toMatch(/<a href="\/policies\/prc-20(15|20)-/);
  });
});
