/**
 * Every provision must quote words that stand in the article it cites. This is the check the
 * build runs (src/integrations/citation-check.ts) and the content tests run: it returns every
 * problem at once, each naming the provision, so a data author can fix them in one pass.
 */
import { findQuote } from '../lib/policy-text';
import { loadPolicyBodies } from './policy-bodies';
import { loadProvisions, type DatasetProvision } from './dataset';

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
 * What a provision cites: its quote, and the printed words each typed qualifier rests on (scope
 * conditions, per-item levels, item conditions), so a typed 部分 or 涉密成果除外 is as checked as a
 * number. Ids of the latter read `<provision>#<field>-<n>`.
 */
export function citingsOf(p: DatasetProvision): Citing[] {
  const out: Citing[] = [{ id: p.id, policy: p.policy, anchor: p.anchor, quote: p.quote }];
  const add = (field: string, words: string[]) =>
    words.forEach((w, i) => out.push({ id: `${p.id}#${field}-${i + 1}`, policy: p.policy, anchor: p.anchor, quote: w }));
  add('scope', (p.scope ?? []).map((c) => c.words));
  if (p.value.type === 'list') {
    add('qualified', (p.value.qualified ?? []).map((q) => q.words));
    add('itemConditions', (p.value.itemConditions ?? []).map((c) => c.words));
  }
  return out;
}

export function checkCitations(items: Citing[] = loadProvisions().flatMap(citingsOf)): CitationProblem[] {
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
