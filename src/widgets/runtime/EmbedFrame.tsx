/**
 * The iframe side of an embed page: reads inputs and theme from the page's query string, keeps its parent
 * informed of the content height (protocol v1, `src/lib/widgets/protocol.ts`) and posts each new
 * result. Never touches `window.top`, never frame-busts, stores nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { parseWidgetInputs, type RejectedInput } from '../../lib/widgets/inputs';
import { resolveTheme, THEME_PARAMS, type WidgetTheme } from '../../lib/widgets/theme';
import { systemCare } from './system-care';
import { resizeMessage, resultMessage, type WidgetMessage } from '../../lib/widgets/protocol';
import type { WidgetComponent, WidgetPayload } from './types';
import { WidgetRoot } from './WidgetRoot';

function postToParent(msg: WidgetMessage): void {
  if (window.parent === window) return;
  // '*': the parent's origin is unknown (any host may embed us) and these messages carry only
  // the height and what the user typed into this frame, which its host page may see anyway.
  window.parent.postMessage(msg, '*');
}

/**
 * Links lead to our public site: on our own pages they stay relative; on a platform serving the
 * self-host package (another origin) they are made absolute to the build's public origin.
 */
function linkBase(iframeUrl: string): string | null {
  const site = new URL('/', iframeUrl);
  return site.origin === window.location.origin ? null : site.href;
}

interface EmbedFrameProps<D> {
  payload: WidgetPayload<D>;
  Widget: WidgetComponent<D>;
}

export function EmbedFrame<D>({ payload, Widget }: EmbedFrameProps<D>) {
  const { entry } = payload;
  // Client-only island: the query string is there from the first render.
  const [[inputs, rejected]] = useState(() => {
    const q = new URLSearchParams(window.location.search);
    const bad: RejectedInput[] = [];
    return [parseWidgetInputs(entry.inputs, (n) => q.get(n), bad), bad] as const;
  });
  const [theme] = useState<WidgetTheme>(() => {
    const q = new URLSearchParams(window.location.search);
    return resolveTheme(
      { primary: q.get(THEME_PARAMS.primary), fontSize: q.get(THEME_PARAMS.fontSize), compact: q.get(THEME_PARAMS.compact), care: q.get(THEME_PARAMS.care) },
      { care: systemCare() },
    );
  });

  useEffect(() => {
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
  }, [entry]);

  return (
    <WidgetRoot
      id={entry.id}
      title={entry.title}
      theme={theme}
      mode="frame"
      linkBase={linkBase(entry.iframeUrl)}
      onOutputs={(outputs) => postToParent(resultMessage(entry.id, outputs))}
      notice={payload.rejected}
      rejected={rejected}
    >
      <Widget data={payload.data} inputs={inputs} datasetVersion={payload.datasetVersion} compact={theme.compact} />
    </WidgetRoot>
  );
}
