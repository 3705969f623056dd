/**
 * Build-time props for the calculator islands: provisions of the topics a calculator reads, with
 * their citations; policy metadata; the `calc.*` UI strings; the dataset version.
 */
import zhCN from '../i18n/zh-CN.json';
import { citeFor } from './citations';
import { datasetStamp, loadProvisions } from './dataset';
import { localPolicies, policyHref } from './policies';
import { describeValue } from '../lib/provision-format';
import type { CalcData, CalcProvision } from '../lib/calculators/props';

/** Props for one calculator: provisions of `topics`, strings under `calc.common.*` and `calc.<calculator>.*`. */
export async function calculatorData(topics: string[], calculator: 'reward' | 'subsidy'): Promise<CalcData> {
  // The calculators compare the local texts; national floors reach them through the law-layer
  // resolver (src/lib/law/), not as a document of their own.
  const policies = (await localPolicies()).map(({ entry }) => ({
    id: entry.id,
    shortTitle: entry.data.shortTitle,
    textStatus: entry.data.textStatus,
    jurisdiction: { ...entry.data.jurisdiction },
  }));
  const provisions: CalcProvision[] = loadProvisions()
    .filter((p) => topics.includes(p.topic) && policies.some((d) => d.id === p.policy))
    .map((p) => ({
      id: p.id,
      policy: p.policy,
      anchor: p.anchor,
      summary: p.summary,
      notes: p.notes,
      ...(p.duty ? { duty: p.duty } : {}),
      ...(p.readings.length > 0 ? { readings: p.readings } : {}),
      topic: p.topic,
      dimension: p.dimension,
      value: p.value,
      quote: p.quote,
      cite: citeFor(p.policy, p.anchor),
      href: policyHref(p.policy, p.anchor),
      rule: describeValue(p.value),
    }));
  const strings = Object.fromEntries(Object.entries(zhCN).filter(([k]) => k.startsWith('calc.common.') || k.startsWith(`calc.${calculator}.`)));
  return { provisions, policies, version: (await datasetStamp()).version, strings };
}
