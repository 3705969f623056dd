/**
 * Policy metadata helpers shared by pages (build time only; uses astro:content).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { policyStatus, type StatusResult } from '../lib/policy-status';
import { todayInChina, type PlainDate } from '../lib/plain-date';

export type PolicyEntry = CollectionEntry<'policies'>;

export interface PolicyWithStatus {
  entry: PolicyEntry;
  status: StatusResult;
}

/** Statuses are computed for the build day (China time) and the page says so. */
export const STATUS_DATE: PlainDate = todayInChina();

/** All policies, provinces before cities, then by issue year (newest first). */
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

export interface Jurisdiction {
  code: string;
  name: string;
  level: 'province' | 'city';
  parent?: string;
  policies: PolicyWithStatus[];
}

/** Jurisdictions that have at least one policy, by GB/T 2260 code. */
export async function allJurisdictions(): Promise<Jurisdiction[]> {
  const map = new Map<string, Jurisdiction>();
  for (const p of await allPolicies()) {
    const j = p.entry.data.jurisdiction;
    const cur = map.get(j.code) ?? { ...j, policies: [] };
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
