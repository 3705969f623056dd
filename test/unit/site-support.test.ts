// Pure helpers of the site test harness (test/site/support), tested without a build or browser.
import { describe, expect, test } from 'vitest';
import { cspProblems } from '../site/support/csp.ts';
import { fileToUrlPath } from '../site/support/pages.ts';
import { parseHtml } from '../site/support/links.ts';
import { contentType, startServer } from '../site/support/server.ts';

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

describe('startServer({ compress })', () => {
  test('gzips text when asked and accepted, byte-identical after inflating; plain otherwise', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { get } = await import('node:http');
    const { gunzipSync } = await import('node:zlib');
    const dir = mkdtempSync(join(tmpdir(), 'srv-'));
    const html = '<!doctype html><title>对比</title>' + '<td>先用后付</td>'.repeat(500);
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, 'a.png'), Buffer.from([137, 80, 78, 71]));
    const fetchRaw = (url: string, enc: string) =>
      new Promise<{ enc: string | undefined; body: Buffer }>((resolve, reject) => {
        get(url, { headers: { 'accept-encoding': enc } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ enc: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    const gz = await startServer(dir, { compress: true });
    const plain = await startServer(dir);
    try {
      const a = await fetchRaw(`${gz.url}/`, 'gzip, br');
      expect(a.enc).toBe('gzip');
      expect(a.body.length).toBeLessThan(Buffer.byteLength(html) / 5);
      expect(gunzipSync(a.body).toString('utf8')).toBe(html);
      expect((await fetchRaw(`${gz.url}/`, 'identity')).enc).toBeUndefined();
      expect((await fetchRaw(`${gz.url}/a.png`, 'gzip')).enc).toBeUndefined();
      const b = await fetchRaw(`${plain.url}/`, 'gzip');
      expect(b.enc).toBeUndefined();
      expect(b.body.toString('utf8')).toBe(html);
    } finally {
      await gz.close();
      await plain.close();
    }
  });
});
