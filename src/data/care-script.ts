/**
 * The care-mode script (src/care/care-mode.js) as Base.astro inlines it: minified at build time,
 * with its CSP hash. The one script of the reading pages; its size is printed by `npm run bench`
 * and bounded by test/site/no-js.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { ROOT } from './paths';

/** Where the script's source lives. */
export const CARE_SCRIPT_FILE = join(ROOT, 'src/care/care-mode.js');

/** The minified script, exactly as inlined (no trailing newline). */
export const careScript: string = transformSync(readFileSync(CARE_SCRIPT_FILE, 'utf8'), {
  minify: true,
  target: 'es2018',
  legalComments: 'none',
}).code.trim();

/** `sha256-…` of the inlined text, for the page's script-src. */
export const careScriptHash = `sha256-${createHash('sha256').update(careScript, 'utf8').digest('base64')}` as const;
