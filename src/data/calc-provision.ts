/**
 * A provision as the calculators receive it (`CalcProvision`): its reference, typed value, duty and
 * readings, with the citation text, the link to its article and its value in one line. One mapper
 * for the build (`calculator-data.ts`) and the unit tests, so what the tests compute with is what
 * the islands get. No astro:* import: unit tests load it directly.
 */
import { citeFor } from './citations';
import type { loadProvisions } from './dataset';
import { describeValue } from '../lib/provision-format';
import type { CalcProvision } from '../lib/calculators/props';

/** The link to a provision's article (the same path as `policyHref` in ./policies). */
const articleHref = (policy: string, anchor: string) => `/policies/${policy}/#${anchor}`;

export function calcProvision(p: ReturnType<typeof loadProvisions>[number]): CalcProvision {
  return {
    id: p.id,
    policy: p.policy,
    anchor: p.anchor,
    summary: p.summary,
    notes: p.notes,
    ...(p.duty ? { duty: p.duty } : {}),
    topic: p.topic,
    dimension: p.dimension,
    value: p.value,
    quote: p.quote,
    cite: citeFor(p.policy, p.anchor),
    href: articleHref(p.policy, p.anchor),
    rule: describeValue(p.value),
    readings: p.readings,
  };
}
