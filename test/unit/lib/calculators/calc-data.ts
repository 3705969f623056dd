/** Calculator props built from the real dataset and policy texts, as `src/data/calculator-data.ts` builds them. */
import { loadProvisions } from '../../../../src/data/dataset';
import { loadPolicyBodies } from '../../../../src/data/policy-bodies';
import { citeFor } from '../../../../src/data/citations';
import { describeValue } from '../../../../src/lib/provision-format';
import type { CalcData } from '../../../../src/lib/calculators/props';

export function calcData(topics: string[]): Pick<CalcData, 'policies' | 'provisions'> {
  const policies = [...loadPolicyBodies().values()].map((b) => ({
    id: b.id,
    shortTitle: b.frontmatter.shortTitle,
    textStatus: b.frontmatter.textStatus,
    jurisdiction: { ...b.frontmatter.jurisdiction },
  }));
  const provisions = loadProvisions()
    .filter((p) => topics.includes(p.topic))
    .map((p) => ({
      id: p.id, policy: p.policy, anchor: p.anchor, summary: p.summary, notes: p.notes, topic: p.topic, dimension: p.dimension,
      value: p.value, quote: p.quote, cite: citeFor(p.policy, p.anchor), href: `/policies/${p.policy}/#${p.anchor}`,
      rule: describeValue(p.value), readings: p.readings,
    }));
  return { policies, provisions };
}
