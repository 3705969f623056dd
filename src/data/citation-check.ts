/**
 * Every provision must quote words that stand in the article it cites. This is the check the
 * build runs (src/integrations/citation-check.ts) and the content tests run: it returns every
 * problem at once, each naming the provision, so a data author can fix them in one pass.
 */
import { findQuote } from '../lib/policy-text';
import { loadPolicyBodies } from './policy-bodies';
import { loadProvisions } from './dataset';

export interface CitationProblem {
  provisionId: string;
  policy: string;
  anchor: string;
  kind: 'no-policy' | 'no-anchor' | 'not-in-article';
  message: string;
}

/** Anything with a policy, an anchor and a quote can be checked: provisions, guide steps … */
export interface Citing {
  id: string;
  policy: string;
  anchor: string;
  quote: string;
}

export function checkCitations(items: Citing[] = loadProvisions()): CitationProblem[] {
  const bodies = loadPolicyBodies();
  const problems: CitationProblem[] = [];
  for (const p of items) {
    const body = bodies.get(p.policy);
    if (!body) {
      problems.push({ provisionId: p.id, policy: p.policy, anchor: p.anchor, kind: 'no-policy', message: `${p.id}：没有政策 ${p.policy}` });
      continue;
    }
    const r = findQuote(body.body.clauses, p.anchor, p.quote);
    if (!r.ok) {
      problems.push({
        provisionId: p.id,
        policy: p.policy,
        anchor: p.anchor,
        kind: r.reason,
        message:
          r.reason === 'no-anchor'
            ? `${p.id}：${p.policy} 中没有锚点 #${p.anchor}`
            : `${p.id}：引文“${p.quote}”不在 ${p.policy}#${p.anchor} 的条文中`,
      });
    }
  }
  return problems;
}
