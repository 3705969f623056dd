/**
 * The provisions dataset, loaded and validated from `content/` (Node only: build time and tests).
 * Comparison, calculators, eligibility and the open-data downloads all read from here; islands
 * receive the records they need as props, never a number of their own.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  dimensionsFileSchema,
  provisionFileSchema,
  type Dimension,
  type Provision,
} from '../schemas/provision';
import { formatChineseDate, todayInChina } from '../lib/plain-date';
import { CONTENT, DIMENSIONS_FILE, POLICIES_DIR, PROVISIONS_DIR } from './paths';

/** A provision with the id of the policy it belongs to. */
export type DatasetProvision = Provision & { policy: string };

let provisionsCache: DatasetProvision[] | undefined;

/** Every provision of every policy, validated; file order kept. Throws with the file name on bad data. */
export function loadProvisions(): DatasetProvision[] {
  if (provisionsCache) return provisionsCache;
  const out: DatasetProvision[] = [];
  for (const f of readdirSync(PROVISIONS_DIR).filter((f) => f.endsWith('.yaml')).sort()) {
    const parsed = provisionFileSchema.safeParse(parse(readFileSync(join(PROVISIONS_DIR, f), 'utf8')));
    if (!parsed.success) {
      throw new Error(`content/provisions/${f} 不符合数据格式：\n${parsed.error.message}`);
    }
    if (`${parsed.data.policy}.yaml` !== f) {
      throw new Error(`content/provisions/${f}：policy 应为 ${f.replace(/\.yaml$/, '')}`);
    }
    for (const p of parsed.data.provisions) out.push({ ...p, policy: parsed.data.policy });
  }
  provisionsCache = out;
  return out;
}

export interface DimensionsData {
  sections: { key: string; label: string }[];
  dimensions: Dimension[];
}

let dimensionsCache: DimensionsData | undefined;

/** The comparison dimensions and their sections, in display order. */
export function loadDimensions(): DimensionsData {
  dimensionsCache ??= dimensionsFileSchema.parse(parse(readFileSync(DIMENSIONS_FILE, 'utf8')));
  return dimensionsCache;
}

export interface DatasetStamp {
  /** Content hash of every policy text, provision and dimension file: the same data, the same version. */
  version: string;
  /** The day statuses were computed for, as Chinese text. */
  computedOn: string;
  computedOnIso: string;
}

let stampCache: DatasetStamp | undefined;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/**
 * The dataset version shown in the footer and stamped on every calculator result and export,
 * so a printed result can be traced to the data it used.
 */
export async function datasetStamp(): Promise<DatasetStamp> {
  if (stampCache) return stampCache;
  const h = createHash('sha256');
  for (const f of [...filesUnder(POLICIES_DIR), ...filesUnder(PROVISIONS_DIR), DIMENSIONS_FILE]) {
    h.update(f.slice(CONTENT.length));
    h.update(readFileSync(f));
  }
  const today = todayInChina();
  stampCache = { version: h.digest('hex').slice(0, 12), computedOn: formatChineseDate(today), computedOnIso: today };
  return stampCache;
}
