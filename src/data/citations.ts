/**
 * Citations: the clause tree of every published policy text and the ready-made citation text of
 * each anchor. Build time only (reads content/policies through the policy-text parser).
 */
import { loadPolicyBodies } from './policy-bodies';
import type { ClauseNode } from '../lib/policy-text';

/** The clauses of one policy, in document order. */
export function clausesOf(policyId: string): ClauseNode[] {
  const body = loadPolicyBodies().get(policyId);
  if (!body) throw new Error(`没有这份政策文本：${policyId}`);
  return body.body.clauses;
}

/** The citation text for an anchor, e.g. 《…操作指引（试行）》第六条第（三）项. Throws on an unknown anchor. */
export function citeFor(policyId: string, anchor: string): string {
  const c = clausesOf(policyId).find((x) => x.id === anchor);
  if (!c) throw new Error(`${policyId} 中没有锚点 #${anchor}`);
  return c.cite;
}
