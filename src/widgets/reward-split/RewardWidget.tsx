/** The reward-split island as a widget: host inputs become its starting state; no URL sync. */
import RewardSplit from '../../islands/RewardSplit';
import type { CalcData } from '../../lib/calculators/props';
import type { RewardUrlState } from '../../lib/calculators/url-state';
import type { ConversionMode } from '../../schemas/provision';
import type { WidgetProps } from '../runtime/types';

export interface RewardWidgetData {
  calc: CalcData;
  defaults: RewardUrlState;
  modes: ConversionMode[];
}

export function RewardWidget({ data, inputs }: WidgetProps<RewardWidgetData>) {
  const d = data.defaults;
  // Input names are the full page's URL parameters (doc, mode, net, inv, ts).
  const start: RewardUrlState = {
    ...d,
    doc: inputs.doc ?? d.doc,
    mode: (inputs.mode as ConversionMode | undefined) ?? d.mode,
    net: inputs.net ?? d.net,
    inventorPct: inputs.inv ?? d.inventorPct,
    transferPct: inputs.ts ?? d.transferPct,
  };
  return <RewardSplit {...data.calc} defaults={start} modes={data.modes} idPrefix="xyhf-rw" syncUrl={false} />;
}
