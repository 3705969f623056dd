/**
 * Policy metadata helpers shared by pages (build time only; uses astro:content).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { policyStatus, type StatusResult } from '../lib/policy-status';
import { todayInChina, type PlainDate } from '../lib/plain-date';
import { parentCode, type JurisdictionLevel } from '../lib/jurisdiction';

export type PolicyEntry = CollectionEntry<'policies'>;

export interface PolicyWithStatus {
  entry: PolicyEntry;
  status: StatusResult;
}

/** Statuses are computed for the build day (China time) and the page says so. */
export const STATUS_DATE: PlainDate = todayInChina();

/**
 * Every published document — the local policies and the national-law excerpts — national law
 * first (code 100000), then provinces before cities, then by issue year (newest first). The
 * library, the comparison, search and the open data list them all.
 */
export async function allPolicies(): Promise<PolicyWithStatus[]> {
  const entries = await getCollection('policies');
  return entries
    .map((entry) => ({ entry, status: policyStatus(entry.data, STATUS_DATE) }))
    .sort(
      (a, b) =>
        a.entry.data.jurisdiction.code.localeCompare(b.entry.data.jurisdiction.code) ||
        b.entry.data.issuedYear - a.entry.data.issuedYear ||
        a.entry.id.localeCompare(b.entry.id),
    );
}

/** A national law (效力级别 法律), as opposed to a local text. */
export function isLaw(p: PolicyWithStatus): boolean {
  return p.entry.data.legalForce === 'law';
}

/**
 * The local “use first, pay later” texts only: what the eligibility check and the process guides
 * are about. National law is the layer beneath them, not a policy one applies for.
 */
export async function localPolicies(): Promise<PolicyWithStatus[]> {
  return (await allPolicies()).filter((p) => !isLaw(p));
}

export interface Jurisdiction {
  code: string;
  name: string;
  level: JurisdictionLevel;
  /** The level above: a city's province; a province's is the nation (100000) when we publish national law. */
  parent?: string;
  policies: PolicyWithStatus[];
}

/** Jurisdictions that have at least one document, by GB/T 2260 code (全国 100000 first). */
export async function allJurisdictions(): Promise<Jurisdiction[]> {
  const map = new Map<string, Jurisdiction>();
  const all = await allPolicies();
  const hasNational = all.some((p) => p.entry.data.jurisdiction.level === 'national');
  for (const p of all) {
    const j = p.entry.data.jurisdiction;
    const parent = j.level === 'province' && !hasNational ? undefined : parentCode(j);
    const cur = map.get(j.code) ?? { code: j.code, name: j.name, level: j.level, ...(parent ? { parent } : {}), policies: [] };
    cur.policies.push(p);
    map.set(j.code, cur);
  }
  return [...map.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export function policyHref(id: string, anchor?: string): string {
  return `/policies/${id}/${anchor ? `#${anchor}` : ''}`;
}

export function jurisdictionHref(code: string): string {
  return `/jurisdictions/${code}/`;
}
