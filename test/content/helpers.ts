/** Shared loading for the content tests: sources, fixes and published bodies, by document id. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { fixesFileSchema, type Fix } from '../../src/schemas/fix';
import { loadPolicyBodies, type PolicyBody } from '../../src/data/policy-bodies';

/** The documents we publish (five local texts, two national-law excerpts); the site must have exactly these. */
export const DOC_IDS = [
  'guangdong-2026-measures-summary',
  'hunan-2025-plan',
  'kunming-2025-guideline',
  'kunming-2025-measures-draft',
  'prc-2015-sci-tech-transfer-law',
  'prc-2020-patent-law',
  'yunnan-2024-15-measures',
] as const;

export interface Doc {
  id: string;
  source: string;
  fixes: Fix[];
  policy: PolicyBody;
}

export function loadDocs(): Doc[] {
  const bodies = loadPolicyBodies();
  return [...bodies.values()].map((policy) => ({
    id: policy.id,
    source: readFileSync(path.resolve('content/sources', policy.frontmatter.sourceFile), 'utf8'),
    fixes: fixesFileSchema.parse(
      YAML.parse(readFileSync(path.resolve('content/fixes', `${policy.id}.yaml`), 'utf8')),
    ),
    policy,
  }));
}
