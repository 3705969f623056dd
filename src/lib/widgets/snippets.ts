/**
 * The embed code a host copies: an <iframe> (plus host.js for auto-height) or a custom element
 * (plus its script). Shared by the /embed/ page (static examples and the snippet generator) and
 * the hostile-host test fixture, so what we document is what we test.
 */

/** What a snippet needs from a manifest entry. */
export interface SnippetWidget {
  id: string;
  element: string;
  iframeUrl: string;
  iframeTitle: string;
  scriptUrl: string;
}

/** Attribute/URL parameter name → value; null/undefined/'' are left out, `true` is a bare attribute. */
export type SnippetParams = Record<string, string | boolean | null | undefined>;

/** Height before host.js reports the real one (and for hosts without host.js). */
export const FALLBACK_FRAME_HEIGHT = 600;

export function escapeHtmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function present(params: SnippetParams): [string, string | true][] {
  return Object.entries(params).filter((e): e is [string, string | true] => e[1] !== null && e[1] !== undefined && e[1] !== '' && e[1] !== false);
}

export function iframeUrl(w: SnippetWidget, params: SnippetParams = {}): string {
  const q = present(params).map(([k, v]) => `${encodeURIComponent(k)}=${v === true ? '1' : encodeURIComponent(v)}`);
  return q.length ? `${w.iframeUrl}?${q.join('&')}` : w.iframeUrl;
}

export interface IframeSnippetOptions {
  /**
   * `loading="lazy"` (default true): the host page does not fetch the widget until the visitor
   * scrolls near it. Off only where a page must load every frame at once (tests of many widgets).
   */
  lazy?: boolean;
}

/** `<iframe>` (with a `title`, lazily loaded) + host.js. */
export function iframeSnippet(w: SnippetWidget, hostScriptUrl: string, params: SnippetParams = {}, { lazy = true }: IframeSnippetOptions = {}): string {
  return [
    `<iframe src="${escapeHtmlAttr(iframeUrl(w, params))}" title="${escapeHtmlAttr(w.iframeTitle)}"${lazy ? ' loading="lazy"' : ''} data-xyhf-widget="${w.id}" height="${FALLBACK_FRAME_HEIGHT}"></iframe>`,
    `<script src="${escapeHtmlAttr(hostScriptUrl)}" defer></script>`,
  ].join('\n');
}

/** Widget script + `<xyhf-…>` element. */
export function elementSnippet(w: SnippetWidget, params: SnippetParams = {}): string {
  const attrs = present(params)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtmlAttr(v)}"`))
    .join('');
  return [`<script src="${escapeHtmlAttr(w.scriptUrl)}" defer></script>`, `<${w.element}${attrs}></${w.element}>`].join('\n');
}
