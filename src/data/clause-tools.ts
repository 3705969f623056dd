/**
 * Tools a clause of a policy text links to, shown beside its permalink: a model contract's annex
 * links to the contract builder that fills it (one per `content/contracts/<policy>.yaml`).
 * Build time only.
 */
import { readdirSync } from 'node:fs';
import { t } from '../i18n';
import { CONTRACTS_DIR, loadContractBinding } from './contract-builder';

export interface ClauseTool {
  href: string;
  label: string;
}

let cache: Map<string, ClauseTool[]> | undefined;

/** The tools of clause `anchor` of policy `policyId` (none for most clauses). */
export function clauseTools(policyId: string, anchor: string): ClauseTool[] {
  cache ??= new Map(
    readdirSync(CONTRACTS_DIR)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => loadContractBinding(f.replace(/\.yaml$/, '')))
      .map((b) => [`${b.policy}#${b.anchor}`, [{ href: '/calculators/contract/', label: t('contract.entry.annex') }]]),
  );
  return cache.get(`${policyId}#${anchor}`) ?? [];
}

