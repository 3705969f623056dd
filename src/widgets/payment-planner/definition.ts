/** Build-time definition of the payment-planner widget (props exactly as /calculators/payment/ builds them). */
import { t } from '../../i18n';
import { paymentPlannerProps } from '../../data/payment-planner-props';
import { allPolicies } from '../../data/policies';
import { SCHEDULE_MODES } from '../../lib/calculators/payment-plan';
import type { WidgetDefinition } from '../definition';
import type { PaymentWidgetData } from './PaymentWidget';

const FULL_PAGE = '/calculators/payment/';

export async function paymentWidget(site: URL): Promise<WidgetDefinition<PaymentWidgetData>> {
  const planner = await paymentPlannerProps();
  const policies = new Map((await allPolicies()).map((p) => [p.entry.id, p.entry.data.jurisdiction]));
  const ruleJurisdiction = planner.rules.map((r): [string, string] => [r.id, policies.get(r.policyId)?.code ?? '']);
  const jurisdictions = [...new Map(planner.rules.map((r) => policies.get(r.policyId)).filter((j) => j !== undefined).map((j) => [j.code, j])).values()];
  return {
    id: 'payment-planner',
    element: 'xyhf-payment-planner',
    title: t('calc.payment.title'),
    description: t('calc.payment.lede'),
    iframeTitle: t('widgets.payment.iframeTitle'),
    fullPage: FULL_PAGE,
    inputs: [
      {
        name: 'jurisdiction', type: 'enum', label: t('widgets.payment.jurisdiction'), default: null,
        allowed: jurisdictions.map((j) => ({ value: j.code, label: j.name })),
      },
      {
        // No default here: `jurisdiction` picks the rule when `rule` is absent (PaymentWidget).
        name: 'rule', type: 'enum', label: t('calc.payment.field.rule'), default: null, content: true,
        allowed: planner.rules.map((r) => ({ value: r.id, label: `${policies.get(r.policyId)?.name ?? ''} · ${r.group} · ${r.label}` })),
      },
      { name: 'eff', type: 'date', label: t('calc.payment.field.effective'), default: null },
      { name: 'pub', type: 'date', label: t('calc.payment.field.publicity'), default: null },
      {
        name: 'mode', type: 'enum', label: t('widgets.payment.mode'), default: null,
        allowed: SCHEDULE_MODES.map((m) => ({ value: m, label: t(`calc.payment.mode.${m}` as never) })),
      },
    ],
    outputs: [
      { name: 'earliest-payment-date', label: t('widgets.payment.out.earliest'), type: 'date' },
      { name: 'rule-summary', label: t('widgets.payment.out.ruleSummary'), type: 'text' },
      { name: 'publicity-end', label: t('widgets.payment.out.publicityEnd'), type: 'date' },
      { name: 'penalty-amount', label: t('widgets.payment.out.penaltyAmount'), type: 'money', unit: '元' },
      { name: 'share-url', label: t('widgets.payment.out.shareUrl'), type: 'text' },
    ],
    data: () => ({ planner, ruleJurisdiction, fullPage: new URL(FULL_PAGE, site).href }),
  };
}
