/**
 * An imported draft is reviewed before it is published: the importer marks every draft with
 * IMPORT_DRAFT_MARK (first line of the frontmatter), and no published policy may still carry it or
 * a 待核对 placeholder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const dir = path.resolve('content/policies');
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));

test.each(files)('%s is not an unreviewed import draft', (f) => {
  const text = readFileSync(path.join(dir, f), 'utf8');
  expect(text).not.toContain('IMPORT-DRAFT');
  expect(text).not.toContain('待核对');
  expect(text).not.toContain('待编写');
});
