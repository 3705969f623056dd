/**
 * The iframe side of an embed page: reads inputs and theme from the page's query string (the
 * static HTML shows the defaults, so the page is useful without JavaScript), keeps its parent
 * informed of the content height (protocol v1, `src/lib/widgets/protocol.ts`) and posts each new
 * result. Never touches `window.top`, never frame-busts, stores nothing.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { parseWidgetInputs } from '../../lib/widgets/inputs';
import { resolveTheme, THEME_PARAMS, type WidgetTheme } from '../../lib/widgets/theme';
import { resizeMessage, resultMessage, type WidgetMessage } from '../../lib/widgets/protocol';
import type { WidgetComponent, WidgetPayload } from './types';
import { WidgetRoot } from './WidgetRoot';

function postToParent(msg: WidgetMessage): void {
  if (window.parent === window) return;
  // '*': the parent's origin is unknown (any host may embed us) and these messages carry only
  // the height and what the user typed into this frame, which its host page may see anyway.
  window.parent.postMessage(msg, '*');
}

interface EmbedFrameProps<D> {
  payload: WidgetPayload<D>;
  Widget: WidgetComponent<D>;
}

export function EmbedFrame<D>({ payload, Widget }: EmbedFrameProps<D>) {
  const { entry } = payload;
  const defaults = useMemo(() => parseWidgetInputs(entry.inputs, () => null), [entry]);
  const [inputs, setInputs] = useState(defaults);
  const [theme, setTheme] = useState<WidgetTheme>(() => resolveTheme());

  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    const fromUrl = parseWidgetInputs(entry.inputs, (n) => q.get(n));
    if (JSON.stringify(fromUrl) !== JSON.stringify(defaults)) setInputs(fromUrl);
    setTheme(
      resolveTheme({
        primary: q.get(THEME_PARAMS.primary),
        fontSize: q.get(THEME_PARAMS.fontSize),
        compact: q.get(THEME_PARAMS.compact),
      }),
    );

    let lastHeight = -1;
    const sendHeight = () => {
      // The document's full height, so the parent can show the frame without a scrollbar.
      const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (h === lastHeight) return;
      lastHeight = h;
      postToParent(resizeMessage(entry.id, h));
    };
    const ro = new ResizeObserver(sendHeight);
    ro.observe(document.documentElement);
    sendHeight();
    return () => ro.disconnect();
  }, [entry, defaults]);

  return (
    <WidgetRoot
      id={entry.id}
      title={entry.title}
      theme={theme}
      mode="frame"
      onOutputs={(outputs) => postToParent(resultMessage(entry.id, outputs))}
    >
      {/* A new key remounts the island, so URL presets act as its initial state. */}
      <Widget key={JSON.stringify(inputs)} data={payload.data} inputs={inputs} datasetVersion={payload.datasetVersion} />
    </WidgetRoot>
  );
}
