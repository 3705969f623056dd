/**
 * No shipped script starts a Web Worker the CSP forbids. Our policy is `default-src 'self'`: a
 * worker may only be a script file of this site. A library that builds its worker from a `blob:`
 * URL (fflate's callback API: the .xlsx writers and readers) is blocked by the browser, and the
 * work it was given never finishes: a 5,000-row .xlsx export hung that way. So the only `new
 * Worker(` left in dist/ is Pagefind's, whose worker is a file of its own; anything else is the
 * same bug waiting for a large enough file (see src/integrations/fflate-main-thread.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { DIST_DIR } from './support/server.ts';

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? scripts(p) : /\.(m?js|html)$/.test(name) ? [p] : [];
  });
}

test('the only worker shipped is Pagefind’s, and its script would be a file of this site', () => {
  const withWorker = scripts(DIST_DIR)
    .filter((f) => /\bnew (?:Shared)?Worker\(/.test(readFileSync(f, 'utf8')))
    .map((f) => path.relative(DIST_DIR, f).split(path.sep).join('/'));
  expect(withWorker).toEqual(['pagefind/pagefind.js']);
  const pagefind = readFileSync(path.join(DIST_DIR, 'pagefind/pagefind.js'), 'utf8');
  const url = /new Worker\((\w+)\)/.exec(pagefind);
  expect(url, 'Pagefind constructs its worker from a variable set just before').not.toBeNull();
  // Its URL is beside pagefind.js (same origin: the CSP allows it); where that file is not
  // shipped, Pagefind catches the worker's error and searches on the main thread.
  expect(pagefind).toMatch(new RegExp(`${url![1]}\\s*=\\s*\`\\$\\{\\w+\\}pagefind-worker\\.js\``));
});
