/**
 * The process guide data (`content/guide/*.yaml`), loaded and validated (Node only: build time
 * and tests). Quotes are checked against the policy texts by `test/content/guide.test.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { guideFileSchema, type GuideFile } from '../schemas/guide';
import { CONTENT } from './paths';

export const GUIDE_DIR = join(CONTENT, 'guide');

let cache: Map<string, GuideFile> | undefined;

/** Every guide file, keyed by policy id, in file-name order. Throws naming the file on bad data. */
export function loadGuides(): Map<string, GuideFile> {
  if (cache) return cache;
  const out = new Map<string, GuideFile>();
  if (!existsSync(GUIDE_DIR)) return out;
  for (const f of readdirSync(GUIDE_DIR).filter((x) => x.endsWith('.yaml')).sort()) {
    const parsed = guideFileSchema.safeParse(parse(readFileSync(join(GUIDE_DIR, f), 'utf8')));
    if (!parsed.success) throw new Error(`content/guide/${f} 不符合数据格式：\n${parsed.error.message}`);
    if (`${parsed.data.policy}.yaml` !== f) throw new Error(`content/guide/${f}：policy 应为 ${f.replace(/\.yaml$/, '')}`);
    out.set(parsed.data.policy, parsed.data);
  }
  cache = out;
  return out;
}
