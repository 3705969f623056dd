/**
 * What every calculator shows around its own inputs and results: the "载入示例" button, the
 * "示例数据" banner at the top of a result computed from the site's example (one click clears
 * it), the notices about a shared link, and the layout that keeps the answer beside the question
 * (`calc-shell`: from 64rem the answer column is sticky beside the inputs; narrower, it follows
 * the inputs that drive it, with a link down to the details).
 */
import { Region } from './Region';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../lib/calculators/payment-text';

export function LoadExample({ t, onLoad, active }: { t: Translate; onLoad: () => void; active: boolean }) {
  return (
    <p class="calc-load-example no-print">
      <button type="button" class="button button--secondary" onClick={onLoad} disabled={active} data-action="load-example">
        {t('calc.common.loadExample')}
      </button>{' '}
      <span class="field-hint">{t('calc.common.loadExample.hint')}</span>
    </p>
  );
}

export function ExampleBanner({ t, onClear }: { t: Translate; onClear: () => void }) {
  return (
    <div class="calc-example-banner" role="note" data-output="example-banner">
      <strong>{t('calc.common.exampleBanner.title')}</strong> {t('calc.common.exampleBanner.text')}{' '}
      <button type="button" class="button button--secondary no-print" onClick={onClear} data-action="clear-example">
        {t('calc.common.clearExample')}
      </button>
    </div>
  );
}

/**
 * How a full page keeps a calculator's form in its address bar and offers the share and print
 * buttons. The page's island wrapper supplies it; a widget leaves the host's URL alone and omits it,
 * so the link parser, the share buttons and the answer bar stay out of the widget scripts.
 */
export interface PageBinding<F> {
  /** The form a shared link carries (null: the link carries none), with notices about the rest. */
  read(): { form: F; notices: { code: string }[] } | null;
  /** After every change: write the form into the address bar. */
  write(form: F): void;
  /** Under the details: share and print buttons for this form. */
  actions(form: F): ComponentChildren;
  /** The phone's answer bar for this headline. */
  peek(answerId: string, figures: ComponentChildren): ComponentChildren;
}

/** Notices about what a shared link carried that the page could not keep (codes worded by i18n). */
export function LinkNotices({ t, notices }: { t: Translate; notices: readonly { code: string }[] }) {
  if (notices.length === 0) return null;
  return (
    <div class="notice" role="status" data-output="url-problems">
      <ul>
        {notices.map((n) => (
          <li key={n.code}>{t(`calc.common.notice.${n.code}`, Object.fromEntries(Object.entries(n).map(([k, v]) => [k, String(v)])))}</li>
        ))}
      </ul>
    </div>
  );
}

/** The answer column: its heading, the example banner, the headline, and the link to the details. */
export function AnswerPanel(props: {
  id: string;
  t: Translate;
  heading: string;
  example: boolean;
  onClearExample: () => void;
  detailsId: string;
  hasDetails: boolean;
  children: ComponentChildren;
  /** False in a static copy (see Region). */
  live?: boolean;
}) {
  const { id, t } = props;
  return (
    <Region live={props.live} class="calc-answer result" id={id} aria-labelledby={`${id}-h`} tabIndex={-1}>
      <h2 id={`${id}-h`}>{props.heading}</h2>
      {props.example && <ExampleBanner t={t} onClear={props.onClearExample} />}
      <div aria-live="polite">{props.children}</div>
      {props.hasDetails && (
        <p class="calc-to-details no-print">
          <a href={`#${props.detailsId}`}>{t('calc.common.toDetails')}</a>
        </p>
      )}
    </Region>
  );
}

/**
 * A compact widget's secondary part (the trace, tables, lists, notes): folded behind one summary
 * line (default: the details', followed by a link to the full calculator on our site, `fullPage`);
 * elsewhere shown as it is.
 */
export function Fold(props: { on: boolean | undefined; t: Translate; fullPage?: string; summary?: string; children: ComponentChildren }) {
  const { t, fullPage } = props;
  return props.on ? (
    <>
      <details class="calc-fold">
        <summary>{props.summary ?? t('calc.common.fold')}</summary>
        {props.children}
      </details>
      {fullPage && <p class="calc-fold-link"><a href={fullPage}>{t('calc.common.fullPage')}</a></p>}
    </>
  ) : (
    <>{props.children}</>
  );
}

/**
 * On a phone the answer follows the inputs, so while a reader types it is often below the screen:
 * a slim bar fixed to the bottom of the viewport then shows the headline figures with a link to the
 * answer. It appears only while the answer is below the viewport (never over it, never on wide
 * screens, where the answer is already beside the inputs), and it is fixed, so it moves no content.
 * Full pages only: inside a widget a fixed bar would cover the host page.
 */
export function AnswerPeek({ t, answerId, children }: { t: Translate; answerId: string; children: ComponentChildren }) {
  const [below, setBelow] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = (ref.current?.getRootNode() ?? document) as Document | ShadowRoot;
    const answer = root.getElementById(answerId);
    if (!answer || typeof IntersectionObserver === 'undefined') return;
    // The answer counts as seen once its top is in the upper 70% of the screen: with only its heading
    // peeking in at the bottom, the figures under it are still out of view, so the bar stays.
    const io = new IntersectionObserver(
      ([e]) => {
        if (e) setBelow(!e.isIntersecting && e.boundingClientRect.top > 0);
      },
      { rootMargin: '0px 0px -30% 0px' },
    );
    io.observe(answer);
    return () => io.disconnect();
  }, [answerId]);
  return (
    <div class="calc-peek no-print" ref={ref} hidden={!below} data-peek>
      <div class="calc-peek-figures">{children}</div>
      <a href={`#${answerId}`}>{t('calc.common.toAnswer')}</a>
    </div>
  );
}
