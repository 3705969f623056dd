/** Embed-page island of the demo widget. */
import { EmbedFrame } from '../runtime/EmbedFrame';
import type { WidgetPayload } from '../runtime/types';
import { ShareDemo, type ShareDemoData } from './ShareDemo';

export default function DemoFrame({ payload }: { payload: WidgetPayload<ShareDemoData> }) {
  return <EmbedFrame payload={payload} Widget={ShareDemo} />;
}
