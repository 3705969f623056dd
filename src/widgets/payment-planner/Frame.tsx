/** Embed-page island of the payment-planner widget. */
import { EmbedFrame } from '../runtime/EmbedFrame';
import type { WidgetPayload } from '../runtime/types';
import { PaymentWidget, type PaymentWidgetData } from './PaymentWidget';

export default function PaymentFrame({ payload }: { payload: WidgetPayload<PaymentWidgetData> }) {
  return <EmbedFrame payload={payload} Widget={PaymentWidget} />;
}
