/**
 * Where the content lives. Resolved from the working directory (the project root for `astro`,
 * `vitest` and the scripts), because bundling moves this module away from its source folder.
 *
 * `XYHF_CONTENT_DIR` overrides the content root (an absolute path or one relative to the project):
 * the scale benchmark and test build a synthetic corpus from a temporary folder this way, never
 * touching `content/` (see README “Benchmarks”).
 */
import { join, resolve } from 'node:path';

export const ROOT = process.cwd();
export const CONTENT = process.env.XYHF_CONTENT_DIR ? resolve(ROOT, process.env.XYHF_CONTENT_DIR) : join(ROOT, 'content');
export const POLICIES_DIR = join(CONTENT, 'policies');
export const SOURCES_DIR = join(CONTENT, 'sources');
export const FIXES_DIR = join(CONTENT, 'fixes');
export const PROVISIONS_DIR = join(CONTENT, 'provisions');
export const DIMENSIONS_FILE = join(CONTENT, 'dimensions.yaml');
