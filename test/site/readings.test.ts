/**
 * #13 §4: wherever a provision is shown, every reading of its words is shown with its consequence.
 * Checked on the built HTML (no browser): the provision's block on its policy page, and its cell
 * on the comparison's dimension page, hold each reading's label and consequence — for the
 * provision's own `readings` and for the payment-timing readings kept inside its value.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, test } from 'vitest';
import { loadProvisions } from '../../src/data/dataset';
import { readingViews } from '../../src/lib/provision-format';
import { DIST_DIR } from './support/server.ts';

const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

function find(node: T.ParentNode, match: (el: T.Element) => boolean): T.Element[] {
  const out: T.Element[] = [];
  for (const c of node.childNodes) {
    if (!('tagName' in c)) continue;
    if (match(c)) out.push(c);
    out.push(...find(c, match));
  }
  return out;
}

function text(node: T.ParentNode): string {
  let s = '';
  for (const c of node.childNodes) {
    if (c.nodeName === '#text') s += (c as T.TextNode).value;
    else if ('childNodes' in c) s += text(c as T.ParentNode);
  }
  return s;
}

const pages = new Map<string, T.Document>();
function page(urlPath: string): T.Document {
  let doc = pages.get(urlPath);
  if (!doc) {
    doc = parse(readFileSync(path.join(DIST_DIR, urlPath, 'index.html'), 'utf8'));
    pages.set(urlPath, doc);
  }
  return doc;
}

const withReadings = loadProvisions()
  .map((p) => ({ p, readings: readingViews(p) }))
  .filter((x) => x.readings.length > 0);

test('the dataset has ambiguous provisions of both kinds (own readings, payment-timing readings)', () => {
  expect(withReadings.filter((x) => x.p.readings.length > 0).length).toBeGreaterThanOrEqual(10);
  expect(withReadings.filter((x) => x.p.value.type === 'payment-timing').length).toBeGreaterThanOrEqual(2);
});

describe.each(withReadings.map((x) => ({ ...x, id: x.p.id })))('$id', ({ p, readings }) => {
  test('its block on the policy page shows every reading with its consequence', () => {
    const block = find(page(`policies/${p.policy}`), (el) => attr(el, 'id') === `p-${p.id}`);
    expect(block).toHaveLength(1);
    const shown = text(block[0]!).replace(/\s+/g, '');
    for (const r of readings) {
      expect(shown, r.key).toContain(r.label.replace(/\s+/g, ''));
      expect(shown, r.key).toContain(r.consequence.replace(/\s+/g, ''));
    }
  });

  test('its cell on the dimension page shows every reading with its consequence', () => {
    const cells = find(page(`compare/${p.dimension}`), (el) => attr(el, 'data-column') === p.policy && attr(el, 'data-dimension') === p.dimension);
    expect(cells.length).toBeGreaterThan(0);
    const shown = cells.map((c) => text(c)).join('').replace(/\s+/g, '');
    for (const r of readings) {
      expect(shown, r.key).toContain(r.label.replace(/\s+/g, ''));
      expect(shown, r.key).toContain(r.consequence.replace(/\s+/g, ''));
    }
  });
});
