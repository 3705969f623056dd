/** Build-time definition of the reward-split widget (data exactly as /calculators/reward/ builds it). */
import { t } from '../../i18n';
import { calculatorData } from '../../data/calculator-data';
import { rewardDefaults } from '../../data/calculator-defaults';
import { conversionMode } from '../../schemas/provision';
import { withoutQuotes, type WidgetDefinition } from '../definition';
import type { RewardWidgetData } from './RewardWidget';

export async function rewardWidget(_site: URL): Promise<WidgetDefinition<RewardWidgetData>> {
  const data = await calculatorData(['reward'], 'reward');
  const { defaults } = rewardDefaults(data);
  const modes = [...conversionMode.options];
  return {
    id: 'reward-split',
    element: 'xyhf-reward-split',
    title: t('calc.reward.title'),
    description: t('calc.reward.lede'),
    iframeTitle: t('widgets.reward.iframeTitle'),
    fullPage: '/calculators/reward/',
    inputs: [
      {
        name: 'doc', type: 'enum', label: t('calc.reward.doc'), default: defaults.doc, content: true,
        allowed: data.policies.map((p) => ({ value: p.id, label: `${p.jurisdiction.name} · ${p.shortTitle}` })),
      },
      {
        name: 'mode', type: 'enum', label: t('calc.reward.mode'), default: defaults.mode,
        allowed: modes.map((m) => ({ value: m, label: data.strings[`calc.reward.mode.${m}`] ?? m })),
      },
      { name: 'net', type: 'yuan', label: t('calc.reward.net'), unit: '元', default: defaults.net },
      { name: 'inv', type: 'percent', label: t('calc.reward.inventorPct'), unit: '%', default: null },
      { name: 'ts', type: 'percent', label: t('calc.reward.transferPct'), unit: '%', default: null },
    ],
    outputs: [
      { name: 'inventor-min-share', label: t('widgets.reward.out.inventorMin'), type: 'text' },
      { name: 'inventor-amount', label: t('widgets.reward.out.inventorAmount'), type: 'money', unit: '元' },
      { name: 'transfer-staff-min-share', label: t('widgets.reward.out.transferMin'), type: 'text' },
      { name: 'transfer-staff-amount', label: t('widgets.reward.out.transferAmount'), type: 'money', unit: '元' },
      { name: 'unit-amount', label: t('widgets.reward.out.unitAmount'), type: 'money', unit: '元' },
      { name: 'compliant', label: t('widgets.reward.out.compliant'), type: 'text' },
      { name: 'steps', label: t('widgets.reward.out.steps'), type: 'text' },
      { name: 'dataset-version', label: t('widgets.out.datasetVersion'), type: 'text' },
    ],
    data: () => ({ calc: withoutQuotes(data), defaults, modes }),
  };
}
