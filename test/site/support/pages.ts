// Every built page in dist/ with its URL path. Nothing is skipped silently: the only exclusions
// are listed (with the reason) in EXCLUDED_DIRS.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR } from './server.ts';

/** Folders of dist/ that hold no site pages of ours. */
const EXCLUDED_DIRS = [
  // Pagefind's generated bundle (UI JS/CSS, wasm, index fragments). It is not a page of the site;
  // the search page that uses it is tested like every other page.
  'pagefind',
  // The comparison columns the comparison island loads (/compare/col/<id>/): HTML fragments (Astro
  // partial pages, no doctype or head), not pages; each holds the table of /compare/doc/<id>/, which
  // is tested as a page.
  'compare/col',
];

export interface BuiltPage {
  /** absolute file path */
  file: string;
  /** path relative to dist/, with forward slashes, e.g. `policies/x/index.html` */
  rel: string;
  /** URL path, e.g. `/`, `/policies/x/`, `/404.html` */
  urlPath: string;
}

export function fileToUrlPath(rel: string): string {
  const posix = rel.split(path.sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return '/' + posix.slice(0, -'index.html'.length);
  return '/' + posix;
}

export function listPages(dist: string = DIST_DIR): BuiltPage[] {
  const entries = readdirSync(dist, { recursive: true, encoding: 'utf8' });
  return entries
    .map((e) => e.split(path.sep).join('/'))
    .filter((rel) => rel.endsWith('.html'))
    .filter((rel) => !EXCLUDED_DIRS.some((d) => rel === d || rel.startsWith(d + '/')))
    .sort()
    .map((rel) => ({ file: path.join(dist, rel), rel, urlPath: fileToUrlPath(rel) }));
}

/** Policy detail pages: `/policies/<id>/`. */
export function policyPages(dist: string = DIST_DIR): BuiltPage[] {
  return listPages(dist).filter((p) => /^\/policies\/[^/]+\/$/.test(p.urlPath));
}
