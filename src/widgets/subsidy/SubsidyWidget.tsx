/**
 * The subsidy island as a widget: empty unless the host presets the claimant's location
 * (`jurisdiction`) or chooses articles (`items`: one claim each, the article picker and the list
 * of every article left out); "载入示例" works as on the full page; no URL sync.
 */
import SubsidyCalculator, { EMPTY_SUBSIDY_FORM } from '../../islands/SubsidyCalculator';
import type { CalcData } from '../../lib/calculators/props';
import type { SubsidyForm } from '../../lib/calculators/subsidy-plan';
import { subsidyItemsForm } from '../../lib/calculators/subsidy-items';
import type { HolidayData } from '../../lib/holidays';
import type { WidgetProps } from '../runtime/types';

export interface SubsidyWidgetData {
  calc: CalcData;
  example: SubsidyForm;
  holidays: HolidayData;
  claimantOrder: string[];
  /** Absolute URL of /calculators/subsidy/. */
  fullPage: string;
}

export function SubsidyWidget({ data, inputs, compact }: WidgetProps<SubsidyWidgetData>) {
  const loc = inputs.jurisdiction ?? '';
  const items = inputs.items ? inputs.items.split(',') : [];
  const start: SubsidyForm = items.length > 0 ? subsidyItemsForm(items, loc, data.calc) : { ...EMPTY_SUBSIDY_FORM, loc };
  return (
    <SubsidyCalculator
      {...data.calc}
      holidays={data.holidays}
      example={data.example}
      start={start}
      fixed={items.length > 0}
      compact={compact}
      fullPage={data.fullPage}
      claimantOrder={data.claimantOrder}
      idPrefix="xyhf-sb"
    />
  );
}
