/**
 * Build-time definition of the subsidy widget (data exactly as /calculators/subsidy/ builds it; it
 * starts empty unless the host presets a jurisdiction or chooses articles with `items`).
 */
import { t } from '../../i18n';
import { calculatorData, holidayData } from '../../data/calculator-data';
import { subsidyExample } from '../../data/calculator-defaults';
import { party } from '../../schemas/provision';
import { withoutQuotes, type WidgetDefinition } from '../definition';
import { MAX_ITEMS, subsidyItemOptions } from '../../lib/calculators/subsidy-items';

const FULL_PAGE = '/calculators/subsidy/';
import type { SubsidyWidgetData } from './SubsidyWidget';

export async function subsidyWidget(site: URL): Promise<WidgetDefinition<SubsidyWidgetData>> {
  const data = await calculatorData(['subsidy'], 'subsidy');
  const example = subsidyExample(data);
  const jurisdictions = [...new Map(data.policies.map((p) => [p.jurisdiction.code, p.jurisdiction])).values()];
  return {
    id: 'subsidy',
    element: 'xyhf-subsidy-calculator',
    title: t('calc.subsidy.title'),
    description: t('calc.subsidy.lede'),
    iframeTitle: t('widgets.subsidy.iframeTitle'),
    fullPage: FULL_PAGE,
    inputs: [
      {
        name: 'jurisdiction', type: 'enum', label: t('widgets.subsidy.jurisdiction'), default: null, content: true,
        allowed: jurisdictions.map((j) => ({ value: j.code, label: j.name })),
      },
      {
        // Only these articles, one claim each, without the picker and the list of every article.
        name: 'items', type: 'enum-list', label: t('widgets.subsidy.items'), default: null, content: true, min: 1, max: MAX_ITEMS,
        allowed: subsidyItemOptions(data),
      },
    ],
    outputs: [
      { name: 'applicable-documents', label: t('widgets.subsidy.out.documents'), type: 'text' },
      { name: 'total-subsidy', label: t('widgets.subsidy.out.total'), type: 'money', unit: '元' },
      { name: 'dataset-version', label: t('widgets.out.datasetVersion'), type: 'text' },
    ],
    data: () => ({ calc: withoutQuotes(data), example, holidays: holidayData(), claimantOrder: [...party.options], fullPage: new URL(FULL_PAGE, site).href }),
  };
}
