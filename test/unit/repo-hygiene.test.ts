// A clean first run for a newcomer (#12 §6): what a fresh clone shows before any code runs.
// Each check guards a class of fault that once shipped: a package imported but not declared
// (esbuild), a relative import without its extension (vitest.config.ts), a README code block a
// reader could take for a command, a documentation pointer to a file that no longer exists.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    return statSync(path.join(ROOT, rel)).isDirectory() ? filesUnder(rel, ext) : ext.test(name) ? [rel] : [];
  });
}

/** Module specifiers of static `import … from '…'`, `import '…'` and `export … from '…'` statements. */
function importsOf(source: string): string[] {
  return [...source.matchAll(/^\s*(?:import|export)\s+(?:[^'";]*?\sfrom\s+)?['"]([^'"\n]+)['"]/gm)].map((m) => m[1]!);
}

const CODE = /\.(ts|tsx|mjs|js)$/;
const SOURCES = [...filesUnder('src', CODE), ...filesUnder('scripts', CODE), ...filesUnder('test', CODE), 'vitest.config.ts', 'astro.config.mjs'].filter(
  (f) => existsSync(path.join(ROOT, f)),
);

describe('a clean first run', () => {
  it('every package our code imports is declared in package.json', () => {
    const pkg = JSON.parse(read('package.json')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
    const undeclared = new Set<string>();
    for (const f of SOURCES) {
      for (const spec of importsOf(read(f))) {
        // Relative paths, node: built-ins, virtual modules (astro:*, xyhf:*) and path aliases are not packages.
        if (/^[./]/.test(spec) || spec.includes(':') || spec.startsWith('~')) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!declared.has(name)) undeclared.add(`${name} (${f})`);
      }
    }
    expect([...undeclared]).toEqual([]);
  });

  it('the config files import relative modules with their extension (Vite warns otherwise)', () => {
    const bare = ['vitest.config.ts', 'astro.config.mjs']
      .filter((f) => existsSync(path.join(ROOT, f)))
      .flatMap((f) => importsOf(read(f)).filter((s) => s.startsWith('.') && !/\.[a-z]+$/.test(s)).map((s) => `${f}: ${s}`));
    expect(bare).toEqual([]);
  });

  it('every code block in the README says its language (commands are sh; trees and samples are text)', () => {
    const fences = [...read('README.md').matchAll(/^```(.*)$/gm)].map((m) => m[1]!.trim());
    expect(fences.length % 2).toBe(0);
    const openings = fences.filter((_, i) => i % 2 === 0);
    expect(openings.length).toBeGreaterThan(0);
    expect(openings.filter((lang) => lang === '')).toEqual([]);
  });

  it('the repository paths the READMEs point to exist', () => {
    const missing: string[] = [];
    for (const doc of ['README.md', 'content/provisions/README.md']) {
      for (const [, p] of read(doc).matchAll(/`((?:src|test|content|scripts)\/[^`\s<>*]+)`/g)) {
        const clean = p!.replace(/[#:].*$/, '');
        if (!existsSync(path.join(ROOT, clean))) missing.push(`${doc}: ${clean}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
