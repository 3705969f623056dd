/**
 * Citations: the clause tree of every published policy text and the ready-made citation text of
 * each anchor. Build time only (reads content/policies through the policy-text parser).
 *
 * The texts are parsed once per build and every clause indexed by anchor: the comparison and the
 * provision lists ask for a citation per provision, and re-reading every text per question made
 * the build quadratic in the number of documents (a 400-document corpus never finished). Under
 * `astro dev` the cache lives one second, so an edited text shows up on the next page load.
 */
import { loadPolicyBodies } from './policy-bodies';
import type { ClauseNode } from '../lib/policy-text';

interface Index {
  at: number;
  clauses: Map<string, ClauseNode[]>;
  byAnchor: Map<string, Map<string, ClauseNode>>;
}
let index: Index | undefined;
const DEV = process.env.NODE_ENV === 'development';

function current(): Index {
  if (index && (!DEV || Date.now() - index.at < 1000)) return index;
  const clauses = new Map<string, ClauseNode[]>();
  const byAnchor = new Map<string, Map<string, ClauseNode>>();
  for (const [id, body] of loadPolicyBodies()) {
    clauses.set(id, body.body.clauses);
    byAnchor.set(id, new Map(body.body.clauses.map((c) => [c.id, c])));
  }
  index = { at: Date.now(), clauses, byAnchor };
  return index;
}

/** The clauses of one policy, in document order. */
export function clausesOf(policyId: string): ClauseNode[] {
  const c = current().clauses.get(policyId);
  if (!c) throw new Error(`没有这份政策文本：${policyId}`);
  return c;
}

/** The citation text for an anchor, e.g. 《…操作指引（试行）》第六条第（三）项. Throws on an unknown anchor. */
export function citeFor(policyId: string, anchor: string): string {
  const doc = current().byAnchor.get(policyId);
  if (!doc) throw new Error(`没有这份政策文本：${policyId}`);
  const c = doc.get(anchor);
  if (!c) throw new Error(`${policyId} 中没有锚点 #${anchor}`);
  return c.cite;
}
