/**
 * /embed/host.js — resizes 先用后付政策通 widget iframes to their content (message protocol v1,
 * see /embed/). Include it from our origin: `<script src="https://<our origin>/embed/host.js" defer>`.
 * It acts only on `<iframe data-xyhf-widget>` elements, and only on messages that come from that
 * very iframe (`event.source`) AND from the origin of its `src` AND from the origin this script
 * was loaded from. It sets the height through the CSSOM (allowed under a strict style-src) and
 * re-dispatches results as an `xyhf:result` event on the iframe element. No globals, no storage,
 * no network.
 */
import { readWidgetMessage, RESULT_EVENT } from '../../lib/widgets/protocol';

const script = document.currentScript as HTMLScriptElement | null;
// The origin we trust: where this script came from (our server). Inline copies fall back to
// each iframe's own src origin, still checked per message.
const trusted = script?.src ? new URL(script.src).origin : null;

window.addEventListener('message', (event: MessageEvent) => {
  const msg = readWidgetMessage(event.data);
  if (!msg) return;
  if (trusted !== null && event.origin !== trusted) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-xyhf-widget]')) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, document.baseURI).origin !== event.origin) return;
    if (msg.type === 'resize') {
      // !important: a host stylesheet's `iframe { height: … !important }` must not clip the widget.
      frame.style.setProperty('height', `${msg.height}px`, 'important');
      // Full width unless the host gave the frame a width attribute.
      if (!frame.hasAttribute('width')) frame.style.setProperty('width', '100%');
    } else {
      frame.dispatchEvent(
        new CustomEvent(RESULT_EVENT, { detail: { version: msg.version, widget: msg.widget, outputs: msg.outputs }, bubbles: true }),
      );
    }
    return;
  }
});
