/** Build-time definition of the subsidy widget (data exactly as /calculators/subsidy/ builds it; it starts empty unless the host presets a jurisdiction). */
import { t } from '../../i18n';
import { calculatorData, holidayData } from '../../data/calculator-data';
import { subsidyExample } from '../../data/calculator-defaults';
import { party } from '../../schemas/provision';
import { withoutQuotes, type WidgetDefinition } from '../definition';
import type { SubsidyWidgetData } from './SubsidyWidget';

export async function subsidyWidget(_site: URL): Promise<WidgetDefinition<SubsidyWidgetData>> {
  const data = await calculatorData(['subsidy'], 'subsidy');
  const example = subsidyExample(data);
  const jurisdictions = [...new Map(data.policies.map((p) => [p.jurisdiction.code, p.jurisdiction])).values()];
  return {
    id: 'subsidy',
    element: 'xyhf-subsidy-calculator',
    title: t('calc.subsidy.title'),
    description: t('calc.subsidy.lede'),
    iframeTitle: t('widgets.subsidy.iframeTitle'),
    fullPage: '/calculators/subsidy/',
    inputs: [
      {
        name: 'jurisdiction', type: 'enum', label: t('widgets.subsidy.jurisdiction'), default: null, content: true,
        allowed: jurisdictions.map((j) => ({ value: j.code, label: j.name })),
      },
    ],
    outputs: [
      { name: 'applicable-documents', label: t('widgets.subsidy.out.documents'), type: 'text' },
      { name: 'total-subsidy', label: t('widgets.subsidy.out.total'), type: 'money', unit: '元' },
      { name: 'dataset-version', label: t('widgets.out.datasetVersion'), type: 'text' },
    ],
    data: () => ({ calc: withoutQuotes(data), example, holidays: holidayData(), claimantOrder: [...party.options] }),
  };
}
