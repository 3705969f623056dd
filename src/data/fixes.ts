/** The recorded extraction fixes of a policy text (content/fixes/<id>.yaml). Build time and tests. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fixesFileSchema, type Fix } from '../schemas/fix';
import { FIXES_DIR } from './paths';

export function loadFixes(policyId: string): Fix[] {
  const f = join(FIXES_DIR, `${policyId}.yaml`);
  if (!existsSync(f)) return [];
  return fixesFileSchema.parse(parse(readFileSync(f, 'utf8')) ?? []);
}
