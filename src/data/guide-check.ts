/**
 * Checks the process guide data against the policy texts and the provisions dataset: every step's
 * quote lies in its anchor's text (`findQuote`, as for provisions), and every provision a step
 * shows exists and belongs to the same policy. Used by the build (`guide-check` integration) and
 * by `test/content/guide.test.ts`.
 */
import { loadGuides } from './guide';
import { loadPolicyBodies } from './policy-bodies';
import { loadProvisions } from './dataset';
import { findQuote } from '../lib/policy-text';

export interface GuideProblem {
  policy: string;
  step: string;
  message: string;
}

export function checkGuides(): GuideProblem[] {
  const bodies = loadPolicyBodies();
  const provisions = new Map(loadProvisions().map((p) => [p.id, p]));
  const out: GuideProblem[] = [];
  for (const g of loadGuides().values()) {
    const body = bodies.get(g.policy);
    if (!body) {
      out.push({ policy: g.policy, step: '-', message: `content/guide/${g.policy}.yaml：没有这份政策文本` });
      continue;
    }
    for (const s of g.steps) {
      const where = `content/guide/${g.policy}.yaml#${s.id}`;
      const r = findQuote(body.body.clauses, s.anchor, s.quote);
      if (!r.ok) {
        out.push({
          policy: g.policy,
          step: s.id,
          message: r.reason === 'no-anchor' ? `${where}：锚点 #${s.anchor} 不存在` : `${where}：引文不在 #${s.anchor} 中：“${s.quote}”`,
        });
      }
      for (const id of s.provisions) {
        const p = provisions.get(id);
        if (!p) out.push({ policy: g.policy, step: s.id, message: `${where}：没有这条量化规定 ${id}` });
        else if (p.policy !== g.policy) out.push({ policy: g.policy, step: s.id, message: `${where}：${id} 属于另一份文件 ${p.policy}` });
      }
    }
  }
  return out;
}
