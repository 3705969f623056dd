/**
 * The iframe page's script (/widgets/<id>.frame.js, built like the element scripts: ES2018, the
 * widget's data inlined; see src/integrations/widget-bundles.ts): renders the widget's Frame
 * component into `#xyhf-frame` of /embed/<id>/. The page is our own document, so the newer
 * built-ins an old browser lacks are filled in first (./fill-builtins, imported by the generated
 * entry ahead of everything else).
 */
import { render, type ComponentType } from 'preact';
import type { WidgetPayload } from './types';

/** The element the embed page leaves for the widget. */
export const FRAME_MOUNT_ID = 'xyhf-frame';

/** Renders `Frame` (a widget's `src/widgets/<id>/Frame.tsx`) with its payload into the mount. */
export function mountFrame<D>(payload: WidgetPayload<D>, Frame: ComponentType<{ payload: WidgetPayload<D> }>): void {
  const mount = document.getElementById(FRAME_MOUNT_ID);
  if (!mount) throw new Error(`#${FRAME_MOUNT_ID} missing on the embed page`);
  render(<Frame payload={payload} />, mount);
}
