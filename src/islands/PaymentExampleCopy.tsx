/**
 * The payment planner's worked example for readers without JavaScript: the same planner, started
 * from the example, rendered once at build time inside <noscript> as a static copy (its regions
 * are groups and its controls unnamed, so the page's landmarks and form names stay unique).
 */
import PaymentPlanner from './PaymentPlanner';
import type { PaymentPlannerProps } from './payment/types';

export default function PaymentExampleCopy(props: PaymentPlannerProps) {
  return <PaymentPlanner {...props} start={props.example} idPrefix="ppx" staticCopy />;
}
