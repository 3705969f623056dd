import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { policySchema } from './schemas/policy';

/** The published policy texts, one MDX file per document; the id is the file name. */
const policies = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/policies' }),
  schema: policySchema,
});

export const collections = { policies };
