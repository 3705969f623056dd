/**
 * A Preact component as a custom element with an open shadow root. It does what we used
 * preact-custom-element 4.6 for, and leaves out what no widget uses (light-DOM children as slots,
 * context from an enclosing Preact tree, hydration): the library was 2.7 KB of the shared runtime
 * that every widget's 35 KB budget counts. As with the library, the observed attributes are the
 * component's props (strings), same-named properties read and write them, and the element renders
 * once connected and again on each attribute change; disconnecting unmounts it.
 *
 * Plain ES2018 (the widgets' browser floor): no class fields.
 */
import { h, render, type ComponentType } from 'preact';

type Props = Record<string, string | undefined>;

/** Elements that are connected and rendered (attribute changes before that only wait for it). */
const live = new WeakSet<HTMLElement>();

export function defineElement(tag: string, Component: ComponentType<Props>, names: readonly string[], sheet: CSSStyleSheet): void {
  const draw = (el: HTMLElement) => {
    const props: Props = {};
    for (const n of names) {
      const v = el.getAttribute(n);
      if (v !== null) props[n] = v;
    }
    render(h(Component, props), el.shadowRoot!);
  };
  class WidgetElement extends HTMLElement {
    static get observedAttributes(): readonly string[] {
      return names;
    }
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
    }
    connectedCallback(): void {
      live.add(this);
      draw(this);
    }
    attributeChangedCallback(): void {
      if (live.has(this)) draw(this);
    }
    disconnectedCallback(): void {
      live.delete(this);
      render(null, this.shadowRoot!);
    }
  }
  for (const n of names) {
    Object.defineProperty(WidgetElement.prototype, n, {
      get(this: HTMLElement) {
        return this.getAttribute(n) ?? undefined;
      },
      set(this: HTMLElement, v: unknown) {
        if (v === null || v === undefined) this.removeAttribute(n);
        else this.setAttribute(n, String(v));
      },
    });
  }
  customElements.define(tag, WidgetElement);
}
