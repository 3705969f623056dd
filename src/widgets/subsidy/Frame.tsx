/** Embed-page island of the subsidy widget. */
import { EmbedFrame } from '../runtime/EmbedFrame';
import type { WidgetPayload } from '../runtime/types';
import { SubsidyWidget, type SubsidyWidgetData } from './SubsidyWidget';

export default function SubsidyFrame({ payload }: { payload: WidgetPayload<SubsidyWidgetData> }) {
  return <EmbedFrame payload={payload} Widget={SubsidyWidget} />;
}
