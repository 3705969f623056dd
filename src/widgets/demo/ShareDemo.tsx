/**
 * The infrastructure demo: a share of an amount (金额 × 比例), exact with `Money`. It exists to
 * exercise every widget mechanism end to end while the real calculators are built; it uses no
 * policy figure (both numbers are the user's), so it needs no provision data.
 */
import { useState } from 'preact/hooks';
import { Field } from '../../islands/ui/Field';
import { formatYuanWithWan, ROUNDING_NOTE } from '../../lib/money';
import { parsePercentInput, parseYuanInput } from '../../lib/parse-input';
import type { WidgetProps } from '../runtime/types';

export interface ShareDemoData {
  labels: { amount: string; amountHint: string; percent: string; share: string; rest: string; stamp: string };
}

export function ShareDemo({ data, inputs, datasetVersion }: WidgetProps<ShareDemoData>) {
  const { labels } = data;
  const [amountRaw, setAmountRaw] = useState(inputs.amount ?? '');
  const [percentRaw, setPercentRaw] = useState(inputs.percent ?? '');
  const amount = parseYuanInput(amountRaw, { label: labels.amount });
  const percent = parsePercentInput(percentRaw, { label: labels.percent, allowZero: true });
  const ok = amount.ok && percent.ok;
  return (
    <form class="xyhf-demo" onSubmit={(e) => e.preventDefault()} noValidate>
      <Field id="demo-amount" label={labels.amount} hint={labels.amountHint} error={amount.ok ? null : amount.message}>
        {(describedBy, invalid) => (
          <input id="demo-amount" type="text" inputMode="decimal" value={amountRaw} aria-describedby={describedBy}
            aria-invalid={invalid || undefined} onInput={(e) => setAmountRaw(e.currentTarget.value)} />
        )}
      </Field>
      <Field id="demo-percent" label={labels.percent} error={percent.ok ? null : percent.message}>
        {(describedBy, invalid) => (
          <input id="demo-percent" type="text" inputMode="decimal" value={percentRaw} aria-describedby={describedBy}
            aria-invalid={invalid || undefined} onInput={(e) => setPercentRaw(e.currentTarget.value)} />
        )}
      </Field>
      <div class="result" aria-live="polite">
        {ok && (
          <dl class="meta-list">
            <dt>{labels.share}</dt>
            <dd class="num" data-output="share">{formatYuanWithWan(amount.value.times(percent.value))}</dd>
            <dt>{labels.rest}</dt>
            <dd class="num" data-output="rest">{formatYuanWithWan(amount.value.minus(amount.value.times(percent.value)))}</dd>
          </dl>
        )}
        <p class="result-stamp">{ROUNDING_NOTE} {labels.stamp}{datasetVersion}</p>
      </div>
    </form>
  );
}
