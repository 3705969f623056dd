import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { NOT_IN_WIDGETS, toShadowCss } from '../../../../src/lib/widgets/shadow-css';

test(':root, html and body rules move to the widget root; look-alikes do not', () => {
  const out = toShadowCss(':root { --a: 1; }\nhtml, body { margin: 0; }\n.policy-body, #body, body-x, .x body { color: red; }');
  expect(out).toContain('.xyhf-root { --a: 1; }');
  expect(out).toContain('.xyhf-root, .xyhf-root { margin: 0; }');
  expect(out).toContain('.policy-body, #body, body-x, .x .xyhf-root { color: red; }');
});

test('rem in declarations becomes --xyhf-rem; rem in media queries and other units stay', () => {
  const out = toShadowCss('@media (max-width: 40rem) { .a { padding: 0.5rem -1rem; margin: 2em; width: 10px; } }');
  expect(out).toContain('@media (max-width: 40rem)');
  expect(out).toContain('padding: calc(0.5 * var(--xyhf-rem, 16px)) calc(-1 * var(--xyhf-rem, 16px))');
  expect(out).toContain('margin: 2em; width: 10px;');
});

test('comments go (they may hold braces); no rem survives outside media queries in the real global.css', () => {
  const out = toShadowCss(readFileSync(new URL('../../../../src/styles/global.css', import.meta.url), 'utf8'));
  expect(out).not.toMatch(/\/\*/);
  const withoutMedia = out.replace(/@media[^{]*\{/g, '');
  expect(withoutMedia).not.toMatch(/\d(rem)\b/);
  expect(out).not.toMatch(/(^|[\s,}])(:root|body|html)\s*[{,]/);
});

test('widgets leave out the page chrome and the badges and metadata lists no widget renders; mixed rules stay', () => {
  const css = '.badge { a: 1; }\n.badge--draft, .badge--summary { b: 2; }\n.meta-list dt { c: 3; }\n.site-header { d: 4; }\n.badge-like-not, .notice { e: 5; }\n.badges { f: 6; }\n.site-footer, .no-print { g: 7; }';
  const out = toShadowCss(css, NOT_IN_WIDGETS);
  expect(out).not.toMatch(/\ba: 1|b: 2|c: 3|d: 4/);
  // `\b`: .badge-like-not still starts with the word .badge, but .notice beside it keeps the rule.
  expect(out).toContain('e: 5');
  expect(out).toContain('f: 6');
  expect(out).toContain('g: 7');
  // The site's own pages keep their badges: only the widget sheet drops them.
  expect(toShadowCss(css)).toContain('a: 1');
});
