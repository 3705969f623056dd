/** Embed-page island of the compact comparison widget. */
import { EmbedFrame } from '../runtime/EmbedFrame';
import type { WidgetPayload } from '../runtime/types';
import { CompareWidget, type CompareWidgetData } from './CompareWidget';

export default function CompareFrame({ payload }: { payload: WidgetPayload<CompareWidgetData> }) {
  return <EmbedFrame payload={payload} Widget={CompareWidget} />;
}
