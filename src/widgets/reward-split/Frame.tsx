/** Embed-page island of the reward-split widget. */
import { EmbedFrame } from '../runtime/EmbedFrame';
import type { WidgetPayload } from '../runtime/types';
import { RewardWidget, type RewardWidgetData } from './RewardWidget';

export default function RewardFrame({ payload }: { payload: WidgetPayload<RewardWidgetData> }) {
  return <EmbedFrame payload={payload} Widget={RewardWidget} />;
}
