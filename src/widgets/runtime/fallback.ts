/**
 * The element script's first step: where the browser cannot run the custom element (see
 * legacy.ts: no custom elements, no constructable stylesheets, or a newer built-in missing), it
 * puts the widget's iframe version inside each `<xyhf-…>` element instead of defining it. The
 * iframe gets the element's attributes as URL parameters (the same names, see /embed/), is sized
 * to its content, and its results are dispatched on the element as `xyhf:result`, as the element
 * itself would: the host page needs no change and no host.js.
 *
 * Built once as the shared `/widgets/fallback.<hash>.js`; each element script carries only the
 * support check (./legacy.ts `elementsSupported`) and loads this file instead of the runtime where
 * the check fails (src/integrations/widget-runtime.ts), so an old browser never downloads the
 * runtime it cannot use and a modern one never downloads this.
 */
import { PROTOCOL_VERSION, readWidgetMessage, RESULT_EVENT, type ResultDetail } from '../../lib/widgets/protocol';
import { elementsSupported } from './legacy';

/** What the fallback needs to know of its widget (build time). */
export interface FallbackWidget {
  id: string;
  element: string;
  iframeTitle: string;
  /** Attribute names passed on as URL parameters: the inputs and the theme. */
  params: readonly string[];
  datasetVersion: string;
  /** Initial height before the frame reports its own. */
  height: number;
}

/** Marks our iframe inside an element (host.js acts on `data-xyhf-widget` frames only, so it leaves these alone). */
export const FALLBACK_ATTR = 'data-xyhf-fallback';

/**
 * Takes over when the element cannot run here: returns true (the caller then loads nothing
 * else). `scriptSrc`: the element script's URL; the frame page is `../embed/<id>/` from it, on
 * our site or wherever the self-host package was unpacked.
 */
export function iframeFallback(scriptSrc: string, w: FallbackWidget, supported: () => boolean = elementsSupported): boolean {
  if (supported()) return false;
  // index.html named: a platform that serves uploaded files may not serve a folder's index.
  const frameBase = new URL(`../embed/${w.id}/index.html`, scriptSrc);

  const frameOf = (el: Element): HTMLIFrameElement | null => {
    for (const c of Array.prototype.slice.call(el.children) as Element[]) {
      if (c instanceof HTMLIFrameElement && c.getAttribute(FALLBACK_ATTR) === w.id) return c;
    }
    return null;
  };

  const srcFor = (el: Element): string => {
    const u = new URL(frameBase.href);
    for (const name of w.params) {
      const v = el.getAttribute(name);
      if (v !== null) u.searchParams.set(name, v);
    }
    return u.href;
  };

  const upgrade = (el: Element) => {
    const src = srcFor(el);
    let frame = frameOf(el);
    if (!frame) {
      frame = document.createElement('iframe');
      frame.setAttribute(FALLBACK_ATTR, w.id);
      frame.title = w.iframeTitle;
      frame.setAttribute('loading', 'lazy');
      // Through the CSSOM, which a host's strict style-src allows; !important against host CSS.
      frame.style.setProperty('display', 'block', 'important');
      frame.style.setProperty('width', '100%', 'important');
      frame.style.setProperty('border', '0', 'important');
      frame.style.setProperty('height', `${w.height}px`, 'important');
      frame.src = src;
      // An element the browser does not know is inline; the frame needs the line's width.
      (el as HTMLElement).style.setProperty('display', 'block');
      el.appendChild(frame);
    } else if (frame.src !== src) {
      frame.src = src;
    }
  };

  const all = () => Array.prototype.slice.call(document.getElementsByTagName(w.element)) as Element[];
  for (const el of all()) upgrade(el);
  // Elements added or changed later (a host page that renders them from its own script).
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && (r.target as Element).localName === w.element) upgrade(r.target as Element);
      else if (r.type === 'childList' && r.addedNodes.length) for (const el of all()) if (!frameOf(el)) upgrade(el);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: [...w.params] });

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== frameBase.origin) return;
    const msg = readWidgetMessage(event.data);
    if (!msg || msg.widget !== w.id) return;
    for (const el of all()) {
      const frame = frameOf(el);
      if (!frame || frame.contentWindow !== event.source) continue;
      if (msg.type === 'resize') frame.style.setProperty('height', `${msg.height}px`, 'important');
      else {
        const detail: ResultDetail = { version: PROTOCOL_VERSION, widget: w.id, outputs: msg.outputs, datasetVersion: w.datasetVersion };
        el.dispatchEvent(new CustomEvent(RESULT_EVENT, { detail, bubbles: true, composed: true }));
      }
      return;
    }
  });
  return true;
}
