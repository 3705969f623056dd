/**
 * What the eligibility check needs to give the binding minimum inventor share (#13 §2): the
 * law-layer resolver's data trimmed to what it reads (documents with 效力级别; share and
 * applicability provisions, with their readings) and the citation of each of those provisions.
 * Build time; the island runs the same pure resolver on the user's answers.
 */
import type { LawData } from '../lib/law';
import { citeFor } from './citations';
import { lawData } from './law';
import { policyHref } from './policies';

export interface LawCheckProps {
  data: LawData;
  /** Citation text and link per provision id in `data`. */
  citations: Record<string, { cite: string; href: string }>;
}

export function lawCheckProps(): LawCheckProps {
  const all = lawData();
  const provisions = all.provisions.filter((p) => p.value.type === 'share' || p.value.type === 'applicability');
  return {
    data: { documents: all.documents, provisions },
    citations: Object.fromEntries(provisions.map((p) => [p.id, { cite: citeFor(p.policy, p.anchor), href: policyHref(p.policy, p.anchor) }])),
  };
}
