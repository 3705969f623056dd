import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { policySchema } from './schemas/policy';

/** Content root: `content/`, or `XYHF_CONTENT_DIR` (see src/data/paths.ts; the scale benchmark). */
const CONTENT_ROOT = process.env.XYHF_CONTENT_DIR ?? './content';

/** The published policy texts, one MDX file per document; the id is the file name. */
const policies = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${CONTENT_ROOT.replace(/\/$/, '')}/policies` }),
  schema: policySchema,
});

export const collections = { policies };
