/** Build-time definition of the reward-split widget (data exactly as /calculators/reward/ builds it; no input preset by default: it starts empty). */
import { t } from '../../i18n';
import { calculatorData } from '../../data/calculator-data';
import { rewardExample } from '../../data/calculator-defaults';
import { conversionMode } from '../../schemas/provision';
import { LICENSOR_CLASSES } from '../../lib/law/licensors';
import { withoutQuotes, type WidgetDefinition } from '../definition';
import type { RewardWidgetData } from './RewardWidget';

const FULL_PAGE = '/calculators/reward/';

export async function rewardWidget(site: URL): Promise<WidgetDefinition<RewardWidgetData>> {
  const data = await calculatorData(['reward'], 'reward');
  const example = rewardExample(data);
  const modes = [...conversionMode.options];
  return {
    id: 'reward-split',
    element: 'xyhf-reward-split',
    title: t('calc.reward.title'),
    description: t('calc.reward.lede'),
    iframeTitle: t('widgets.reward.iframeTitle'),
    fullPage: FULL_PAGE,
    inputs: [
      {
        name: 'doc', type: 'enum', label: t('calc.reward.doc'), default: null, content: true,
        allowed: data.policies.map((p) => ({ value: p.id, label: `${p.jurisdiction.name} · ${p.shortTitle}` })),
      },
      {
        name: 'mode', type: 'enum', label: t('calc.reward.mode'), default: null,
        allowed: modes.map((m) => ({ value: m, label: data.strings[`calc.reward.mode.${m}`] ?? m })),
      },
      { name: 'net', type: 'yuan', label: t('calc.reward.net'), unit: '元', default: null },
      { name: 'inv', type: 'percent', label: t('calc.reward.inventorPct'), unit: '%', default: null },
      { name: 'ts', type: 'percent', label: t('calc.reward.transferPct'), unit: '%', default: null },
      // The facts national law asks (促进科技成果转化法 第四十四条、第四十五条); unset: every case is listed.
      {
        name: 'lic', type: 'enum', label: t('calc.reward.law.licensor'), default: null,
        allowed: LICENSOR_CLASSES.map((c) => ({ value: c, label: t(`law.class.${c}`) })),
      },
      { name: 'own', type: 'enum', label: t('calc.reward.law.ownRule'), default: null, allowed: [{ value: 'yes', label: t('calc.reward.law.yes') }, { value: 'no', label: t('calc.reward.law.no') }] },
      { name: 'reg', type: 'enum', label: t('calc.reward.law.registered'), default: null, allowed: [{ value: 'yes', label: t('calc.reward.law.yes') }, { value: 'no', label: t('calc.reward.law.no') }] },
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
    data: () => ({ calc: withoutQuotes(data), example, modes, fullPage: new URL(FULL_PAGE, site).href }),
  };
}
