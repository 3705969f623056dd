/**
 * Defines a widget's custom element (`<xyhf-…>`) with Shadow DOM, so host styles cannot reach
 * the widget and the widget's cannot reach the host. Styles go in through a constructable
 * stylesheet (`adoptedStyleSheets`), which a host's `style-src` does not block; attributes preset
 * the inputs and theme; each new result is dispatched as `xyhf:result` (bubbles, composed).
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseWidgetInputs, type RejectedInput } from '../../lib/widgets/inputs';
import { resolveTheme, THEME_CSS_PROPERTIES, THEME_PARAMS, type RawTheme } from '../../lib/widgets/theme';
import { PROTOCOL_VERSION, RESULT_EVENT, type ResultDetail } from '../../lib/widgets/protocol';
import type { WidgetComponent, WidgetPayload } from './types';
import { WidgetRoot } from './WidgetRoot';
import { systemCare } from './system-care';
import { defineElement } from './define-element';

type AttrProps = Record<string, string | undefined>;

/** Registers `payload.entry.element` unless a page already did (a script included twice). */
export function defineWidgetElement<D>(payload: WidgetPayload<D>, Widget: WidgetComponent<D>, css: string): void {
  const { entry } = payload;
  if (customElements.get(entry.element)) return;
  // Links lead to our public site (the build's XYHF_ORIGIN), wherever the script is served from:
  // a platform that hosts the self-host package has none of our pages.
  const linkBase = new URL('/', entry.iframeUrl).href;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);

  function Element(props: AttrProps) {
    const ref = useRef<HTMLDivElement>(null);
    const [cssTheme, setCssTheme] = useState<RawTheme>({});
    const rejected: RejectedInput[] = [];
    const inputs = parseWidgetInputs(entry.inputs, (n) => props[n], rejected);
    const inputsKey = JSON.stringify(inputs);

    // The host may theme with CSS custom properties on the element or an ancestor.
    useLayoutEffect(() => {
      const host = hostOf(ref.current);
      if (!host) return;
      const cs = getComputedStyle(host);
      const next = {
        primary: cs.getPropertyValue(THEME_CSS_PROPERTIES.primary).trim() || null,
        fontSize: cs.getPropertyValue(THEME_CSS_PROPERTIES.fontSize).trim() || null,
      };
      if (next.primary !== (cssTheme.primary ?? null) || next.fontSize !== (cssTheme.fontSize ?? null)) setCssTheme(next);
    });

    const theme = useMemo(
      () =>
        resolveTheme(
          { primary: props[THEME_PARAMS.primary], fontSize: props[THEME_PARAMS.fontSize], compact: props[THEME_PARAMS.compact], care: props[THEME_PARAMS.care] },
          cssTheme,
          { care: systemCare() },
        ),
      [props[THEME_PARAMS.primary], props[THEME_PARAMS.fontSize], props[THEME_PARAMS.compact], props[THEME_PARAMS.care], cssTheme.primary, cssTheme.fontSize],
    );

    const onOutputs = (outputs: Record<string, string>) => {
      const host = hostOf(ref.current);
      if (!host) return;
      const detail: ResultDetail = { version: PROTOCOL_VERSION, widget: entry.id, outputs, datasetVersion: payload.datasetVersion };
      host.dispatchEvent(new CustomEvent(RESULT_EVENT, { detail, bubbles: true, composed: true }));
    };

    return (
      <div ref={ref} class="xyhf-host-box">
        <WidgetRoot id={entry.id} title={entry.title} theme={theme} mode="shadow" linkBase={linkBase} onOutputs={onOutputs} notice={payload.rejected} rejected={rejected}>
          <Widget key={inputsKey} data={payload.data} inputs={inputs} datasetVersion={payload.datasetVersion} compact={theme.compact} />
        </WidgetRoot>
      </div>
    );
  }

  const attrs = [...entry.inputs.map((i) => i.name), THEME_PARAMS.primary, THEME_PARAMS.fontSize, THEME_PARAMS.compact, THEME_PARAMS.care];
  defineElement(entry.element, Element, attrs, sheet);
}

function hostOf(el: Element | null): HTMLElement | null {
  const root = el?.getRootNode();
  return root instanceof ShadowRoot && root.host instanceof HTMLElement ? root.host : null;
}
