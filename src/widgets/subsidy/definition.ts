/** Build-time definition of the subsidy widget (data exactly as /calculators/subsidy/ builds it). */
import { t } from '../../i18n';
import { calculatorData } from '../../data/calculator-data';
import { subsidyDefaults } from '../../data/calculator-defaults';
import { party } from '../../schemas/provision';
import { withoutQuotes, type WidgetDefinition } from '../definition';
import type { SubsidyWidgetData } from './SubsidyWidget';

export async function subsidyWidget(_site: URL): Promise<WidgetDefinition<SubsidyWidgetData>> {
  const data = await calculatorData(['subsidy'], 'subsidy');
  const { defaults, jurisdictions } = subsidyDefaults(data);
  return {
    id: 'subsidy',
    element: 'xyhf-subsidy-calculator',
    title: t('calc.subsidy.title'),
    description: t('calc.subsidy.lede'),
    iframeTitle: t('widgets.subsidy.iframeTitle'),
    fullPage: '/calculators/subsidy/',
    inputs: [
      {
        name: 'jurisdiction', type: 'enum', label: t('widgets.subsidy.jurisdiction'), default: defaults.loc, content: true,
        allowed: jurisdictions.map((j) => ({ value: j.code, label: j.name })),
      },
    ],
    outputs: [
      { name: 'applicable-documents', label: t('widgets.subsidy.out.documents'), type: 'text' },
      { name: 'total-subsidy', label: t('widgets.subsidy.out.total'), type: 'money', unit: '元' },
      { name: 'dataset-version', label: t('widgets.out.datasetVersion'), type: 'text' },
    ],
    data: () => ({ calc: withoutQuotes(data), defaults, claimantOrder: [...party.options] }),
  };
}
