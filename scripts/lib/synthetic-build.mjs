// Builds a synthetic content root (scripts/lib/synthetic-corpus.mjs) in a project copy of its own:
// src/, public/ and the configs are copied to <root>/project (node_modules linked), so Astro's
// generated modules (.astro/) and the widget report never touch the real project's, and a
// synthetic build can run while the real site builds or is tested.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * @param {{ project: string, root: string, content: string, dist: string }} o project: the real project root
 * @returns {{ status: number | null, stdout: string, stderr: string, ms: number }}
 */
export function buildSynthetic({ project, root, content, dist }) {
  const copy = path.join(root, 'project');
  mkdirSync(copy, { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(project, entry), path.join(copy, entry), { recursive: true });
  }
  if (!existsSync(path.join(copy, 'node_modules'))) symlinkSync(path.join(project, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  const t = Date.now();
  const r = spawnSync(process.execPath, [path.join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy,
    env: { ...process.env, XYHF_CONTENT_DIR: content, XYHF_OUT_DIR: dist, XYHF_CACHE_DIR: path.join(root, 'cache') },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms: Date.now() - t };
}
