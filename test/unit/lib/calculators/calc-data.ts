/** Calculator props built from the real dataset and policy texts, as `src/data/calculator-data.ts` builds them. */
import { loadProvisions } from '../../../../src/data/dataset';
import { loadPolicyBodies } from '../../../../src/data/policy-bodies';
import { calcProvision } from '../../../../src/data/calc-provision';
import type { CalcData } from '../../../../src/lib/calculators/props';

export function calcData(topics: string[]): Pick<CalcData, 'policies' | 'provisions' | 'law'> {
  const bodies = [...loadPolicyBodies().values()];
  const laws = new Set(bodies.filter((b) => b.frontmatter.legalForce === 'law').map((b) => b.id));
  const policies = bodies.filter((b) => !laws.has(b.id)).map((b) => ({
    id: b.id,
    shortTitle: b.frontmatter.shortTitle,
    textStatus: b.frontmatter.textStatus,
    jurisdiction: { ...b.frontmatter.jurisdiction },
  }));
  const all = loadProvisions();
  const provisions = all.filter((p) => topics.includes(p.topic) && !laws.has(p.policy)).map(calcProvision);
  // The national provisions the law layer reads, as calculatorData('reward') passes them.
  const law = {
    documents: bodies.map((b) => ({ id: b.id, legalForce: b.frontmatter.legalForce })),
    provisions: all.filter((p) => laws.has(p.policy) && ['share', 'applicability', 'payroll'].includes(p.value.type)).map(calcProvision),
  };
  return { policies, provisions, law };
}
