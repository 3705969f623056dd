// Pure helpers of the site test harness (test/site/support), tested without a build or browser.
import { describe, expect, test } from 'vitest';
import { cspProblems } from '../site/support/csp.ts';
import { fileToUrlPath } from '../site/support/pages.ts';
import { parseHtml } from '../site/support/links.ts';
import { contentType } from '../site/support/server.ts';

const STRICT = "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'";

describe('cspProblems', () => {
  test('accepts a strict policy', () => {
    expect(cspProblems('/', [STRICT])).toEqual([]);
  });
  test('requires a policy', () => {
    expect(cspProblems('/', [])).toHaveLength(1);
  });
  test("rejects 'unsafe-inline' and 'unsafe-eval' anywhere, in any case", () => {
    expect(cspProblems('/', [`${STRICT}; style-src 'UNSAFE-INLINE'`])).toHaveLength(1);
    expect(cspProblems('/', [`${STRICT} 'unsafe-eval'`])).toHaveLength(1);
  });
  test("'wasm-unsafe-eval' only on /search/, and it is not mistaken for 'unsafe-eval'", () => {
    const wasm = `${STRICT} 'wasm-unsafe-eval'`;
    expect(cspProblems('/search/', [wasm])).toEqual([]);
    expect(cspProblems('/policies/x/', [wasm])).toHaveLength(1);
  });
});

test('fileToUrlPath', () => {
  expect(fileToUrlPath('index.html')).toBe('/');
  expect(fileToUrlPath('policies/x/index.html')).toBe('/policies/x/');
  expect(fileToUrlPath('404.html')).toBe('/404.html');
});

test('parseHtml: ids, refs (entities decoded), srcset, template content', () => {
  const p = parseHtml(
    '<p id=a>x</p><a href="/x/?a=1&amp;b=2#f">y</a><img srcset="/a.png 1x, /b.png 2x" src=/c.png>' +
      '<template><i id=t></i><a href="#t">t</a></template>',
  );
  expect([...p.ids].sort()).toEqual(['a', 't']);
  expect(p.refs.map((r) => r.value)).toEqual(['/x/?a=1&b=2#f', '/c.png', '/a.png', '/b.png', '#t']);
});

test('contentType', () => {
  expect(contentType('a/b.wasm')).toBe('application/wasm');
  expect(contentType('pagefind/x.pf_fragment')).toBe('application/octet-stream');
  expect(contentType('cal.ics')).toMatch(/^text\/calendar/);
  expect(contentType('x.HTML')).toMatch(/^text\/html/);
});
