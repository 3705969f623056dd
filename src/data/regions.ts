/**
 * The region tree of the published documents (province → city, 全国 above once national documents
 * are published), with counts: for the library, the jurisdiction pages and the comparison's
 * document choice. Build time only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { regionTree, type PlaceRef, type RegionNode } from '../lib/regions/tree';
import type { PolicyWithStatus } from './policies';
import { CONTENT } from './paths';

interface RegionsFile { provinces: { code: string; name: string }[] }

let names: Map<string, string> | undefined;

/** Province names by GB/T 2260 code (content/reference/regions.json). */
export function provinceNames(): Map<string, string> {
  names ??= new Map((JSON.parse(readFileSync(join(CONTENT, 'reference', 'regions.json'), 'utf8')) as RegionsFile).provinces.map((p) => [p.code, p.name]));
  return names;
}

/** The tree of the given documents' jurisdictions. */
export function regionTreeOf(policies: readonly PolicyWithStatus[]): RegionNode[] {
  const places: PlaceRef[] = policies.map((p) => p.entry.data.jurisdiction as PlaceRef);
  return regionTree(places, provinceNames());
}

export type { RegionNode };
