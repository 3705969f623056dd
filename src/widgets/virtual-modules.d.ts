// Modules the widget bundler (src/integrations/widget-bundles.ts) provides at build time.
declare module 'xyhf:widget-payload/*' {
  /** The widget's `/widgets/<id>.data.json`, inlined. */
  const payload: unknown;
  export default payload;
}
declare module 'xyhf:widget-css' {
  /** The shadow-root stylesheet text (global.css adapted + widget CSS + islands' CSS). */
  const css: string;
  export default css;
}
declare module '*.css?shadow' {
  /** A stylesheet's text adapted for a shadow root (widget bundler). */
  const css: string;
  export default css;
}
