/** Build-time definition of the demo widget: manifest facts and the data its island gets. */
import { t } from '../../i18n';
import type { WidgetDefinition } from '../definition';
import type { ShareDemoData } from './ShareDemo';

export const demoWidget: WidgetDefinition<ShareDemoData> = {
  id: 'demo',
  element: 'xyhf-demo',
  title: t('widgets.demo.title'),
  description: t('widgets.demo.description'),
  iframeTitle: t('widgets.demo.iframeTitle'),
  fullPage: null,
  inputs: [
    // Example figures typed by a user, not policy numbers.
    { name: 'amount', type: 'yuan', label: t('widgets.demo.amount'), unit: '元', default: '1000000' },
    { name: 'percent', type: 'percent', label: t('widgets.demo.percent'), unit: '%', default: '70' },
  ],
  outputs: [
    { name: 'share', label: t('widgets.out.share'), type: 'money', unit: '元' },
    { name: 'rest', label: t('widgets.out.rest'), type: 'money', unit: '元' },
  ],
  data: () => ({
    labels: {
      amount: t('widgets.demo.amount'),
      amountHint: t('widgets.demo.amountHint'),
      percent: t('widgets.demo.percent'),
      share: t('widgets.demo.share'),
      rest: t('widgets.demo.rest'),
      stamp: t('widgets.stamp'),
    },
  }),
};
