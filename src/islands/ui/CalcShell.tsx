/**
 * What every calculator shows around its own inputs and results: the "载入示例" button, the
 * "示例数据" banner at the top of a result computed from the site's example (one click clears
 * it), the notices about a shared link, and the layout that keeps the answer beside the question
 * (`calc-shell`: from 64rem the answer column is sticky beside the inputs; narrower, it follows
 * the inputs that drive it, with a link down to the details).
 */
import type { ComponentChildren } from 'preact';
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
}) {
  const { id, t } = props;
  return (
    <section class="calc-answer result" aria-labelledby={`${id}-h`} data-output-scope="answer">
      <h2 id={`${id}-h`}>{props.heading}</h2>
      {props.example && <ExampleBanner t={t} onClear={props.onClearExample} />}
      <div aria-live="polite">{props.children}</div>
      {props.hasDetails && (
        <p class="calc-to-details no-print">
          <a href={`#${props.detailsId}`}>{t('calc.common.toDetails')}</a>
        </p>
      )}
    </section>
  );
}
