/**
 * The subsidy island as a widget: `jurisdiction` presets the claimant's location; the worked
 * example's claims are kept only where they apply there (a Hunan page is not shown Yunnan
 * claims); no URL sync.
 */
import SubsidyCalculator from '../../islands/SubsidyCalculator';
import type { CalcData } from '../../lib/calculators/props';
import { jurisdictionChain } from '../../lib/calculators/subsidy';
import type { SubsidyUrlState } from '../../lib/calculators/url-state';
import type { WidgetProps } from '../runtime/types';

export interface SubsidyWidgetData {
  calc: CalcData;
  defaults: SubsidyUrlState;
  claimantOrder: string[];
}

export function SubsidyWidget({ data, inputs }: WidgetProps<SubsidyWidgetData>) {
  const { calc, defaults } = data;
  const loc = inputs.jurisdiction ?? defaults.loc;
  const jurisdictions = [...new Map(calc.policies.map((p) => [p.jurisdiction.code, p.jurisdiction])).values()];
  const chain = new Set(jurisdictionChain(loc, jurisdictions).map((j) => j.code));
  const policyJ = new Map(calc.policies.map((p) => [p.id, p.jurisdiction.code]));
  const provJ = new Map(calc.provisions.map((p) => [p.id, policyJ.get(p.policy) ?? '']));
  const start: SubsidyUrlState = { loc, claims: defaults.claims.filter((c) => chain.has(provJ.get(c.provisionId) ?? '')) };
  return <SubsidyCalculator {...calc} defaults={start} claimantOrder={data.claimantOrder} idPrefix="xyhf-sb" syncUrl={false} />;
}
