/**
 * The iframe page's script (/widgets/<id>.frame.js, built like the element scripts: ES2018,
 * the shared runtime, the widget's data inlined): renders the widget into `#xyhf-frame` of
 * /embed/<id>/. The page is our own document, so the newer built-ins an old browser lacks are
 * filled in first (./fill-builtins, imported ahead of everything by each frame entry).
 */
import { render } from 'preact';
import { EmbedFrame } from './EmbedFrame';
import type { WidgetComponent, WidgetPayload } from './types';

/** The element the embed page leaves for the widget. */
export const FRAME_MOUNT_ID = 'xyhf-frame';

export function mountFrame<D>(payload: WidgetPayload<D>, Widget: WidgetComponent<D>): void {
  const mount = document.getElementById(FRAME_MOUNT_ID);
  if (!mount) throw new Error(`#${FRAME_MOUNT_ID} missing on the embed page`);
  render(<EmbedFrame payload={payload} Widget={Widget} />, mount);
}
