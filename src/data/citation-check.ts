/**
 * Every provision must quote words that stand in the article it cites. This is the check the
 * build runs (src/integrations/citation-check.ts) and the content tests run: it returns every
 * problem at once, each naming the provision, so a data author can fix them in one pass.
 */
import { findQuote } from '../lib/policy-text';
import { loadPolicyBodies } from './policy-bodies';
import { loadProvisions } from './dataset';
import type { Provision } from '../schemas/provision';

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

/**
 * What a provision cites: its quote, and the words of each condition of its duty (same article),
 * each as its own item (`<id>#requires-public-funding`) so a problem names the condition.
 */
export function citingOf(provisions: readonly (Provision & { policy: string })[]): Citing[] {
  const out: Citing[] = [];
  for (const p of provisions) {
    out.push({ id: p.id, policy: p.policy, anchor: p.anchor, quote: p.quote });
    for (const [kind, list] of [['requires', p.duty?.requires ?? []], ['excludes', p.duty?.excludes ?? []]] as const) {
      for (const c of list) out.push({ id: `${p.id}#${kind}-${c.key}`, policy: p.policy, anchor: p.anchor, quote: c.quote });
    }
  }
  return out;
}

export function checkCitations(items: Citing[] = citingOf(loadProvisions())): CitationProblem[] {
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
