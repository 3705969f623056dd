/**
 * The payment planner as a widget: host inputs (jurisdiction, dates, payment mode) become its
 * starting state; a `rule` the host chose is fixed (the only one offered); no URL sync; its share
 * link opens the full calculator on our site.
 */
import { Planner, type PlannerContext } from '../../islands/payment/Planner';
import type { PaymentPlannerProps } from '../../islands/payment/types';
import { EMPTY_PAYMENT_FORM, type PaymentForm } from '../../lib/calculators/payment-plan';
import type { WidgetProps } from '../runtime/types';

export interface PaymentWidgetData {
  planner: PaymentPlannerProps;
  /** Rule id → jurisdiction code of its policy, in rule order (for the `jurisdiction` input). */
  ruleJurisdiction: [string, string][];
  /** Absolute URL of /calculators/payment/. */
  fullPage: string;
}

/** The rule a host preset selects: `rule` if given, else the first rule of `jurisdiction`, else none. */
export function presetRule(data: PaymentWidgetData, inputs: Record<string, string>): string {
  if (inputs.rule) return inputs.rule;
  const j = inputs.jurisdiction;
  return (j && data.ruleJurisdiction.find(([, code]) => code === j)?.[0]) || '';
}

/**
 * The planner inside a widget: the core alone. The CSV and calendar exports and the contract
 * clause stay on the full page (the exporters and the 大写 converter would add a third to the
 * script); the widget says so where the page has its export buttons and links the same plan there.
 */
export function PaymentWidget({ data, inputs, compact }: WidgetProps<PaymentWidgetData>) {
  // Empty unless the host presets inputs through attributes (or the iframe URL).
  const d = EMPTY_PAYMENT_FORM;
  const start: PaymentForm = {
    ...d,
    rule: presetRule(data, inputs),
    effective: inputs.eff ?? d.effective,
    publicity: inputs.pub ?? d.publicity,
    mode: (inputs.mode as PaymentForm['mode'] | undefined) ?? d.mode,
  };
  const onFullPage = ({ t, shareUrl }: PlannerContext) => (
    <p class="pp-small no-print">
      {t('calc.payment.export.onFullPage')}{' '}
      <a href={shareUrl || data.fullPage} target="_blank" rel="noopener">
        {t('calc.payment.export.openFullPage')}
      </a>
    </p>
  );
  return (
    <Planner
      {...data.planner}
      // A rule the host chose is the only one offered (the others are a link away, on the full page).
      rules={inputs.rule ? data.planner.rules.filter((x) => x.id === inputs.rule) : data.planner.rules}
      example={inputs.rule ? { ...data.planner.example, rule: inputs.rule } : data.planner.example}
      start={start}
      compact={compact}
      idPrefix="xyhf-pp"
      shareBase={data.fullPage}
      extras={{ scheduleActions: onFullPage }}
    />
  );
}
