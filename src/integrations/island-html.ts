/**
 * Makes pages with Preact islands valid HTML, after the build, without changing what they do:
 *
 * - Astro writes `<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>`
 *   next to the first island, inside <body>, where <style> is not permitted: it is moved into
 *   <head>. Its text is unchanged, so the CSP hash Astro computed for it still matches.
 * - Preact's server renderer closes void elements XHTML-style (`<input … />`) while Astro writes
 *   `<input …>`: the slash is dropped so the whole page uses one style (html-validate void-style).
 *   HTML parsers ignore that slash, so the DOM is identical.
 *
 * This is the one place these two Astro/Preact output quirks are handled: pages carry no
 * html-validate directives of their own.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;
const VOID_SELF_CLOSED = /<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)(\s[^<>]*?)?\s*\/>/g;

/** The page with its island style in <head> and void elements without a closing slash. */
export function fixIslandHtml(html: string): string {
  if (!html.includes('<astro-island')) return html;
  let out = html.replace(VOID_SELF_CLOSED, (_m, tag: string, attrs: string | undefined) => `<${tag}${attrs ?? ''}>`);
  const m = ISLAND_STYLE.exec(out);
  const headEnd = out.indexOf('</head>');
  if (m && headEnd >= 0 && m.index > headEnd) {
    out = out.slice(0, m.index) + out.slice(m.index + m[0].length);
    out = out.slice(0, headEnd) + m[0] + out.slice(headEnd);
  }
  return out;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

export default function islandHtml(): AstroIntegration {
  return {
    name: 'xyhf:island-html',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const f of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(f, 'utf8');
          const fixed = fixIslandHtml(html);
          if (fixed !== html) writeFileSync(f, fixed);
        }
      },
    },
  };
}
