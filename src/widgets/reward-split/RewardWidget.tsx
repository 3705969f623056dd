/**
 * The reward-split island as a widget: empty unless the host presets inputs through attributes
 * (or the iframe URL); "载入示例" works as on the full page; no URL sync.
 */
import RewardSplit from '../../islands/RewardSplit';
import type { CalcData } from '../../lib/calculators/props';
import { EMPTY_REWARD_FORM, type RewardForm } from '../../lib/calculators/reward';
import type { ConversionMode } from '../../schemas/provision';
import type { WidgetProps } from '../runtime/types';

export interface RewardWidgetData {
  calc: CalcData;
  example: RewardForm;
  modes: ConversionMode[];
  /** Absolute URL of /calculators/reward/. */
  fullPage: string;
}

export function RewardWidget({ data, inputs, compact }: WidgetProps<RewardWidgetData>) {
  // Input names are the full page's link parameters (doc, mode, net, inv, ts, lic, own, reg).
  const start: RewardForm = {
    ...EMPTY_REWARD_FORM,
    doc: inputs.doc ?? '',
    mode: inputs.mode ?? '',
    net: inputs.net ?? '',
    inventorPct: inputs.inv ?? '',
    transferPct: inputs.ts ?? '',
    licensor: inputs.lic ?? '',
    ownRule: inputs.own ?? '',
    registered: inputs.reg ?? '',
  };
  return <RewardSplit {...data.calc} example={data.example} start={start} modes={data.modes} compact={compact} fullPage={data.fullPage} idPrefix="xyhf-rw" />;
}
