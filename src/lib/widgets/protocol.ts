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
/** Heights beyond this are treated as bogus (a runaway layout), not applied. */
export const MAX_FRAME_HEIGHT_PX = 20000;
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
