/**
 * From a holder described as the eligibility check and the portfolio describe it (kind + level)
 * to the resolver's facts, and from an answer to the provisions it rests on — so every caller
 * asks the resolver the same way and cites the same articles.
 */
import { licensorClassOf, type HolderLevel, type LicensorKind } from './licensors';
import type { LawFacts, ShareDecision } from './resolve';

/** The facts a kind and level give: the class where they decide it, and the kind and level themselves. */
export function holderFacts(kind: LicensorKind | undefined, level: HolderLevel | undefined): LawFacts {
  const facts: LawFacts = {};
  const licensor = licensorClassOf(kind, level);
  if (licensor) facts.licensor = licensor;
  if (kind) facts.kind = kind;
  if (level) facts.level = level;
  return facts;
}

/** Provisions an answer rests on, without repeats: the minimum, every floor, the unit-rule basis. */
export function decisionProvisions(d: ShareDecision): string[] {
  const ids = [d.minimum?.provisionId, ...d.floors.map((f) => f.provisionId), d.unitRuleBasis];
  return [...new Set(ids.filter((x): x is string => x !== undefined))];
}
