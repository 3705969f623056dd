/**
 * The widgets' browser floor: Chromium 69 (2018; the core of many domestic browsers still on
 * government desktops): ES2018 syntax (every shipped script is compiled to it and parsed at that
 * level by a test) and custom elements v1.
 *
 * A custom element runs in the host's page, whose globals we must not touch, so it runs only
 * where the browser has everything it needs natively (`elementsSupported`): custom elements,
 * Shadow DOM, constructable stylesheets, and the few newer built-ins our code calls (listed in
 * `NEWER_BUILTINS`). Anywhere else the element script puts the iframe version in its place; the
 * iframe page is our own document, so there the missing built-ins are filled in
 * (`fillNewerBuiltins`) before the widget runs.
 *
 * The list is checked by the browser tests, which delete these built-ins (and the other
 * post-Chromium-69 APIs) before any script runs and compute every widget: a call of a newer
 * built-in that is not listed here fails them.
 */

interface Builtin {
  /** What is missing, as a reader would look it up. */
  name: string;
  present(): boolean;
}

const define = (target: object, name: string, value: unknown) =>
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });

function at(this: ArrayLike<unknown> | string, index: number) {
  const len = this.length;
  let i = Math.trunc(index) || 0;
  if (i < 0) i += len;
  return i < 0 || i >= len ? undefined : (this as ArrayLike<unknown>)[i];
}

/**
 * Built-ins newer than Chromium 69 that our widget code calls. Their fills are kept apart
 * (`FILLS`): every element script carries this check, only the iframe pages carry the fills.
 */
export const NEWER_BUILTINS: readonly Builtin[] = [
  { name: 'Object.hasOwn', present: () => typeof (Object as { hasOwn?: unknown }).hasOwn === 'function' }, // Chromium 93
  { name: 'Object.fromEntries', present: () => typeof (Object as { fromEntries?: unknown }).fromEntries === 'function' }, // Chromium 73
  { name: 'Array.prototype.at', present: () => typeof ([] as { at?: unknown }).at === 'function' }, // Chromium 92
  { name: 'String.prototype.at', present: () => typeof ('' as unknown as { at?: unknown }).at === 'function' }, // Chromium 92
];

/** A standard-conforming version of each of `NEWER_BUILTINS`, by name. */
const FILLS: Readonly<Record<string, () => void>> = {
  'Object.hasOwn': () => define(Object, 'hasOwn', (o: object, k: PropertyKey) => Object.prototype.hasOwnProperty.call(Object(o), k)),
  'Object.fromEntries': () =>
    define(Object, 'fromEntries', (entries: Iterable<readonly [PropertyKey, unknown]>) => {
      const o: Record<PropertyKey, unknown> = {};
      for (const [k, v] of entries) o[k] = v;
      return o;
    }),
  'Array.prototype.at': () => define(Array.prototype, 'at', at),
  'String.prototype.at': () => define(String.prototype, 'at', at),
};

/** Whether the custom element can run here without touching the host page's globals. */
export function elementsSupported(): boolean {
  return (
    typeof customElements !== 'undefined' &&
    typeof ShadowRoot !== 'undefined' &&
    typeof Document !== 'undefined' &&
    'adoptedStyleSheets' in Document.prototype &&
    typeof CSSStyleSheet !== 'undefined' &&
    typeof CSSStyleSheet.prototype.replaceSync === 'function' &&
    NEWER_BUILTINS.every((b) => b.present())
  );
}

/** In our own iframe document: installs what `NEWER_BUILTINS` lists and the browser lacks. */
export function fillNewerBuiltins(): void {
  for (const b of NEWER_BUILTINS) {
    const fill = FILLS[b.name];
    if (!fill) throw new Error(`no fill for ${b.name}`);
    if (!b.present()) fill();
  }
}
