/**
 * The subsidy island as a widget: empty unless the host presets the claimant's location
 * (`jurisdiction`); "载入示例" works as on the full page; no URL sync.
 */
import SubsidyCalculator, { EMPTY_SUBSIDY_FORM } from '../../islands/SubsidyCalculator';
import type { CalcData } from '../../lib/calculators/props';
import type { SubsidyForm } from '../../lib/calculators/subsidy-plan';
import type { HolidayData } from '../../lib/holidays';
import type { WidgetProps } from '../runtime/types';

export interface SubsidyWidgetData {
  calc: CalcData;
  example: SubsidyForm;
  holidays: HolidayData;
  claimantOrder: string[];
}

export function SubsidyWidget({ data, inputs }: WidgetProps<SubsidyWidgetData>) {
  const start: SubsidyForm = { ...EMPTY_SUBSIDY_FORM, loc: inputs.jurisdiction ?? '' };
  return (
    <SubsidyCalculator
      {...data.calc}
      holidays={data.holidays}
      example={data.example}
      start={start}
      claimantOrder={data.claimantOrder}
      idPrefix="xyhf-sb"
    />
  );
}
