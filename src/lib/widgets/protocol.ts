/**
 * The messages an embedded widget frame sends to its parent page (`window.parent.postMessage`),
 * version 1. Documented on /embed/; read by `/embed/host.js`. Pure, so both sides and the tests
 * share one definition.
 *
 * Every message is a plain object:
 *   { source: "xyhf-widget", version: 1, type: "resize", widget: "<id>", height: <CSS px, integer> }
 *   { source: "xyhf-widget", version: 1, type: "result", widget: "<id>", outputs: { "<name>": "<text>" } }
 * A receiver MUST check `event.origin` (our origin) and `event.source` (its own iframe) before
 * trusting a message, and MUST ignore messages whose `version` it does not know.
 */

export const MESSAGE_SOURCE = 'xyhf-widget';
export const PROTOCOL_VERSION = 1;
/**
 * Heights beyond this are refused. It is the largest size Chromium can lay out (LayoutUnit: 2^25
 * px less one sixty-fourth, rounded down), so no real content exceeds it; our tallest widget (a
 * 1,200-period payment schedule at 320 px wide, ~300 px a row) is ~360,000 px. (It was 20,000, which a
 * 100-row schedule on a phone, ~31,000 px, already passed: host.js then stopped resizing.)
 */
export const MAX_FRAME_HEIGHT_PX = 33_554_431;
/** The DOM event a widget element (and host.js, on the iframe) dispatches with a result. */
export const RESULT_EVENT = 'xyhf:result';

export interface ResizeMessage {
  source: typeof MESSAGE_SOURCE;
  version: typeof PROTOCOL_VERSION;
  type: 'resize';
  widget: string;
  height: number;
}

export interface ResultMessage {
  source: typeof MESSAGE_SOURCE;
  version: typeof PROTOCOL_VERSION;
  type: 'result';
  widget: string;
  /** Output name (the manifest's, = `data-output`) → the displayed value. */
  outputs: Record<string, string>;
}

export type WidgetMessage = ResizeMessage | ResultMessage;

/** `event.detail` of the `xyhf:result` DOM event. */
export interface ResultDetail {
  version: typeof PROTOCOL_VERSION;
  widget: string;
  outputs: Record<string, string>;
  /** Dataset version the result was computed with (`datasetStamp().version`). */
  datasetVersion: string;
}

export function resizeMessage(widget: string, height: number): ResizeMessage {
  return { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION, type: 'resize', widget, height: Math.ceil(height) };
}

export function resultMessage(widget: string, outputs: Record<string, string>): ResultMessage {
  return { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION, type: 'result', widget, outputs: { ...outputs } };
}

const WIDGET_ID = /^[a-z][a-z0-9-]{0,40}$/;

/**
 * `event.data` → a valid version-1 message, or null for anything else (other libraries' messages,
 * other versions, malformed or out-of-range values). Never throws.
 */
export function readWidgetMessage(data: unknown): WidgetMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.source !== MESSAGE_SOURCE || m.version !== PROTOCOL_VERSION) return null;
  if (typeof m.widget !== 'string' || !WIDGET_ID.test(m.widget)) return null;
  if (m.type === 'resize') {
    const h = m.height;
    if (typeof h !== 'number' || !Number.isInteger(h) || h < 0 || h > MAX_FRAME_HEIGHT_PX) return null;
    return { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION, type: 'resize', widget: m.widget, height: h };
  }
  if (m.type === 'result') {
    const o = m.outputs;
    if (typeof o !== 'object' || o === null || Array.isArray(o)) return null;
    const outputs: Record<string, string> = {};
    for (const [k, v] of Object.entries(o)) {
      if (typeof v !== 'string') return null;
      outputs[k] = v;
    }
    return { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION, type: 'result', widget: m.widget, outputs };
  }
  return null;
}

/** Two output maps with the same names and values (so an unchanged result is not re-announced). */
export function sameOutputs(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}
