/**
 * The law-layer resolver's input from the real dataset (build time and tests): every document with
 * its 效力级别 and every provision. Islands receive the same shape as props (plain JSON).
 */
import type { LawData } from '../lib/law/resolve';
import { loadPolicyBodies } from './policy-bodies';
import { loadProvisions } from './dataset';

let cache: LawData | undefined;

/** Documents and provisions for `resolveInventorShare` / `resolvePayroll`. */
export function lawData(): LawData {
  cache ??= {
    documents: [...loadPolicyBodies().values()].map((b) => ({ id: b.id, legalForce: b.frontmatter.legalForce })),
    provisions: loadProvisions().map((p) => ({ id: p.id, policy: p.policy, anchor: p.anchor, value: p.value, readings: p.readings })),
  };
  return cache;
}
