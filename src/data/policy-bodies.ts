/**
 * Loads every published policy (`content/policies/*.mdx`) outside Astro: frontmatter validated
 * by `policySchema`, body parsed into text and clauses. Used by tests and by the build-time
 * citation checker, which run before or beside Astro's content layer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { policySchema, type Policy } from '../schemas/policy';
import { parsePolicyBody, type ParsedPolicyBody } from '../lib/policy-text';
import { POLICIES_DIR as CONTENT_POLICIES } from './paths';

export interface PolicyBody {
  /** Document id: the file stem. */
  id: string;
  frontmatter: Policy;
  body: ParsedPolicyBody;
  /** The MDX after the frontmatter, as written. */
  mdx: string;
}

/** Default location: content/policies under the content root (see `paths.ts`). */
export const POLICIES_DIR = CONTENT_POLICIES;

/**
 * Split `---` YAML frontmatter from an MDX file and parse it (not yet validated).
 * @throws Error when the file does not start with a frontmatter block.
 */
export function splitFrontmatter(file: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(file);
  if (m === null) throw new Error('policy MDX must start with a --- frontmatter block');
  return { data: YAML.parse(m[1] ?? ''), body: file.slice(m[0].length) };
}

/**
 * Read and parse all policy documents in `dir`, keyed by id (file stem), in file-name order.
 * @throws Error naming the file when frontmatter is invalid or the body cannot be parsed.
 */
export function loadPolicyBodies(dir: string = POLICIES_DIR): Map<string, PolicyBody> {
  // Parsed once per directory and process: citations, relations and the law layer ask for the
  // bodies for every clause and cell, and parsing every MDX each time made the build crawl.
  const cached = cache.get(dir);
  if (cached) return cached;
  const out = new Map<string, PolicyBody>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  for (const file of files) {
    const id = file.slice(0, -'.mdx'.length);
    try {
      const { data, body } = splitFrontmatter(readFileSync(path.join(dir, file), 'utf8'));
      out.set(id, { id, frontmatter: policySchema.parse(data), body: parsePolicyBody(body), mdx: body });
    } catch (e) {
      throw new Error(`${file}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  }
  cache.set(dir, out);
  return out;
}

const cache = new Map<string, Map<string, PolicyBody>>();
