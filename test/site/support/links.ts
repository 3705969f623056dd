// Static link/anchor checker over dist/: parses each HTML file with parse5 (spec-compliant,
// decodes entities) and collects ids and internal references.
import { readFileSync } from 'node:fs';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import type { BuiltPage } from './pages.ts';

export interface Ref {
  /** e.g. `a[href]` */
  where: string;
  value: string;
}

export interface ParsedPage {
  ids: Set<string>;
  refs: Ref[];
}

/** Attributes that reference a URL, per element (srcset handled separately). */
const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  iframe: ['src'],
  embed: ['src'],
  source: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  input: ['src'],
  form: ['action'],
  button: ['formaction'],
  object: ['data'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  blockquote: ['cite'],
  q: ['cite'],
  ins: ['cite'],
  del: ['cite'],
};

function isElement(n: T.Node): n is T.Element {
  return 'tagName' in n;
}

export function parseHtml(html: string): ParsedPage {
  const doc = parse(html);
  const ids = new Set<string>();
  const refs: Ref[] = [];
  const visit = (node: T.ParentNode): void => {
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      const attrs = new Map(child.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value]));
      const id = attrs.get('id');
      if (id !== undefined && id !== '') ids.add(id);
      for (const name of URL_ATTRS[child.tagName] ?? []) {
        const v = attrs.get(name);
        if (v !== undefined) refs.push({ where: `${child.tagName}[${name}]`, value: v });
      }
      for (const name of ['srcset', 'imagesrcset']) {
        const v = attrs.get(name);
        if (v === undefined) continue;
        for (const candidate of v.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) refs.push({ where: `${child.tagName}[${name}]`, value: url });
        }
      }
      visit(child);
      if (child.tagName === 'template') visit((child as T.Template).content);
    }
  };
  visit(doc);
  return { ids, refs };
}

export interface BrokenLink {
  page: string;
  where: string;
  value: string;
  reason: string;
}

/**
 * Checks every internal reference of every page. `siteOrigins` are absolute origins that count as
 * this site (e.g. the configured `site`), besides relative and root-relative URLs.
 */
export function checkLinks(pages: BuiltPage[], dist: string, siteOrigins: string[]): BrokenLink[] {
  const BASE = 'http://site.invalid';
  const parsed = new Map<string, ParsedPage>();
  const get = (file: string): ParsedPage => {
    let p = parsed.get(file);
    if (!p) {
      p = parseHtml(readFileSync(file, 'utf8'));
      parsed.set(file, p);
    }
    return p;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const { refs } = get(page.file);
    for (const ref of refs) {
      const raw = ref.value.trim();
      const bad = (reason: string): void => {
        broken.push({ page: page.urlPath, where: ref.where, value: ref.value, reason });
      };
      if (raw === '') {
        bad('empty URL');
        continue;
      }
      let url: URL;
      try {
        url = new URL(raw, BASE + page.urlPath);
      } catch {
        bad('unparsable URL');
        continue;
      }
      if (url.protocol === 'javascript:') {
        bad('javascript: URL');
        continue;
      }
      const internal = url.origin === BASE || siteOrigins.includes(url.origin);
      if (!internal) continue; // mailto:, tel:, data:, other sites: not checked (no network)
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        bad('bad percent-encoding in path');
        continue;
      }
      const abs = path.join(dist, pathname);
      if (!abs.startsWith(path.resolve(dist))) {
        bad('path escapes dist/');
        continue;
      }
      let target: string | undefined;
      if (pathname.endsWith('/')) {
        if (existsSync(path.join(abs, 'index.html'))) target = path.join(abs, 'index.html');
      } else if (existsSync(abs) && statSync(abs).isFile()) {
        target = abs;
      } else if (existsSync(path.join(abs, 'index.html'))) {
        bad(`directory without trailing slash (trailingSlash is 'always'): use ${url.pathname}/`);
        continue;
      }
      if (!target) {
        bad(`no file in dist for ${pathname}`);
        continue;
      }
      if (url.hash === '' || url.hash === '#') continue;
      if (!target.endsWith('.html')) continue; // fragments of non-HTML resources are not ids
      let frag: string;
      try {
        frag = decodeURIComponent(url.hash.slice(1));
      } catch {
        bad('bad percent-encoding in fragment');
        continue;
      }
      if (!get(target).ids.has(frag)) {
        bad(`no element with id="${frag}" in ${path.relative(dist, target).split(path.sep).join('/')}`);
      }
    }
  }
  return broken;
}
