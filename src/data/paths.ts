/**
 * Where the content lives. Resolved from the working directory (the project root for `astro`,
 * `vitest` and the scripts), because bundling moves this module away from its source folder.
 */
import { join } from 'node:path';

export const ROOT = process.cwd();
export const CONTENT = join(ROOT, 'content');
export const POLICIES_DIR = join(CONTENT, 'policies');
export const SOURCES_DIR = join(CONTENT, 'sources');
export const FIXES_DIR = join(CONTENT, 'fixes');
export const PROVISIONS_DIR = join(CONTENT, 'provisions');
export const DIMENSIONS_FILE = join(CONTENT, 'dimensions.yaml');
