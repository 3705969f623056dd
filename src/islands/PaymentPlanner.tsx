/**
 * /calculators/payment/'s island: the planner core (./payment/Planner.tsx) plus what only the
 * full page offers — the plan kept in the page URL (with notices about a malformed link), CSV and
 * iCalendar exports, print, and the filled-in contract clause.
 */
import { PlanTimeline } from './payment/Timeline';
import { Region } from './ui/Region';
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { AnswerPeek } from './ui/CalcShell';
import { Field } from './ui/Field';
import { TriggerDetails } from './payment/TimingPanel';
import { linkBytes, MAX_LINK_BYTES } from '../lib/url-query';
import { makeTranslate } from '../lib/calculators/payment-text';
import { formatChineseDate } from '../lib/plain-date';
import type { PaymentPlannerProps } from './payment/types';
import { parsePaymentForm, serializePaymentForm, type UrlNotice } from '../lib/calculators/payment-url-state';
import { EMPTY_PAYMENT_FORM, planClauseTerms } from '../lib/calculators/payment-plan';
import { Planner, type PlannerContext } from './payment/Planner';
import { ClausePanel } from './payment/ClausePanel';
import { contractClause, renderClauseText } from '../lib/export/contract-clause';
import { scheduleCsv, scheduleIcsPayments } from '../lib/export/payment-exports';
import { saveFile } from './ui/download';


export default function PaymentPlanner(props: PaymentPlannerProps) {
  const [notices, setNotices] = useState<UrlNotice[]>([]);
  const urlState = {
    read: () => {
      const parsed = parsePaymentForm(location.search, EMPTY_PAYMENT_FORM, props.rules.map((r) => r.id));
      setNotices(parsed.notices);
      return parsed.fromUrl ? parsed.form : null;
    },
    // The untouched empty form keeps a bare address.
    write: (query: string) =>
      history.replaceState(null, '', `${location.pathname}${query === serializePaymentForm(EMPTY_PAYMENT_FORM) ? '' : `?${query}`}${location.hash}`),
  };
  const urlNotices = ({ t }: PlannerContext) =>
    notices.length > 0 && (
      <div class="notice" role="status" data-output="url-notices">
        <ul>
          {notices.map((n, i) => (
            <li key={i}>{t(`calc.payment.notice.${n.code}`, Object.fromEntries(Object.entries(n).map(([k, v]) => [k, String(v)])))}</li>
          ))}
        </ul>
      </div>
    );

  const fileBase = (c: PlannerContext) => `先用后付付款时间表-${c.form.effective || 'plan'}`;
  const exportCtx = ({ basis, t }: PlannerContext) => ({ t, basisCite: basis?.cite ?? '', datasetVersion: props.datasetVersion });

  const scheduleActions = (c: PlannerContext) => {
    const { r, t } = c;
    const blocked = !r.schedule || !!r.scheduleBlocked;
    const onCsv = () => {
      if (r.schedule) saveFile(`${fileBase(c)}.csv`, 'text/csv;charset=utf-8', scheduleCsv(r.schedule, exportCtx(c)));
    };
    const onIcs = async () => {
      if (!r.schedule) return;
      try {
        // Loaded on demand: the ics package is not part of the page's initial JavaScript.
        const { paymentsToIcs } = await import('../lib/export/ics');
        const ics = paymentsToIcs(scheduleIcsPayments(r.schedule, exportCtx(c)), {
          uidDomain: props.uidDomain,
          calendarName: t('calc.payment.export.calendarName'),
          productId: `-//${props.uidDomain}//payment-planner//ZH`,
          timestamp: Date.now(),
        });
        saveFile(`${fileBase(c)}.ics`, 'text/calendar;charset=utf-8', ics);
      } catch (e) {
        c.say(t('calc.payment.export.icsFailed', { message: e instanceof Error ? e.message : String(e) }));
      }
    };
    return (
      <div class="pp-actions no-print" role="group" aria-label={t('calc.payment.section.export')}>
        <button type="button" class="button" onClick={onCsv} disabled={blocked} data-action="csv">
          {t('calc.payment.export.csv')}
        </button>
        <button type="button" class="button" onClick={onIcs} disabled={blocked} data-action="ics">
          {t('calc.payment.export.ics')}
        </button>
        <button type="button" class="button button--secondary" onClick={() => window.print()} data-action="print">
          {t('calc.payment.export.print')}
        </button>
      </div>
    );
  };

  const clauseSection = (c: PlannerContext) => {
    const { r, t, id } = c;
    const terms = planClauseTerms(c.form, r);
    const clause = terms ? contractClause(terms) : null;
    const clauseText = () => (clause ? renderClauseText(clause, t).join('\n') : '');
    const onClauseTxt = () => {
      if (clause) saveFile(`${fileBase(c)}-第四条.txt`, 'text/plain;charset=utf-8', `\uFEFF${clauseText()}\n`);
    };
    return (
      <Region live={!props.staticCopy} aria-labelledby={id('h-clause')}>
        <h2 id={id('h-clause')}>{t('calc.payment.section.clause')}</h2>
        <ClausePanel clause={clause} t={t} />
        <div class="pp-actions no-print" role="group" aria-label={t('calc.payment.section.clause')}>
          <button type="button" class="button" onClick={onClauseTxt} disabled={!clause} data-action="clause-txt">
            {t('calc.payment.export.clause')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => c.copy(clauseText())} disabled={!clause} data-action="clause-copy">
            {t('calc.payment.export.copyClause')}
          </button>
          {/* The whole model contract, with this plan as 第四条 (the plan only: no party details exist here). */}
          <a class="button button--secondary" href={`/calculators/contract/?${serializePaymentForm(c.form)}`} data-action="to-contract">
            {t('calc.payment.export.contract')}
          </a>
        </div>
      </Region>
    );
  };

  const t = makeTranslate(props.strings);
  const peek = ({ r, t }: PlannerContext, answerId: string) => {
    if (!r.timing) return null;
    const firstDue = r.schedule?.rows[0];
    return (
      <AnswerPeek t={t} answerId={answerId}>
        {t('calc.payment.earliest.label')}：
        {r.timing.agreedByParties ? t('calc.payment.earliest.agreed') : r.timing.earliest ? formatChineseDate(r.timing.earliest) : t('calc.payment.earliest.none')}
        {firstDue && `；${t('calc.payment.headline.first')}：${formatChineseDate(firstDue.due)}`}
      </AnswerPeek>
    );
  };
  const afterTiming = (c: PlannerContext) => <TriggerDetails r={c.r} t={c.t} cites={props.cites} />;
  const shareSection = ({ t, id, shareUrl, copy }: PlannerContext) => (
    <Region live={!props.staticCopy} aria-labelledby={id('h-share')} class="no-print">
      <h3 id={id('h-share')}>{t('calc.payment.share.label')}</h3>
      <Field id={id('share')} label={t('calc.payment.share.label')} hint={t('calc.payment.share.hint')}>
        {(d) => <input id={id('share')} type="text" readOnly value={shareUrl} aria-describedby={d} data-output="share-url" onFocus={(e) => e.currentTarget.select()} />}
      </Field>
      {linkBytes(shareUrl) > MAX_LINK_BYTES && (
        <p class="notice" data-output="link-too-long">{t('calc.common.linkTooLong', { kb: (linkBytes(shareUrl) / 1024).toFixed(1) })}</p>
      )}
      <button type="button" class="button button--secondary" onClick={() => copy(shareUrl)} data-action="share-copy">
        {t('calc.payment.share.copy')}
      </button>
    </Region>
  );
  return (
    <Planner
      {...props}
      extras={{ urlState, timeline: (c) => <PlanTimeline c={c} />, beforeForm: urlNotices, scheduleActions, afterSchedule: clauseSection, afterTiming, shareSection, peek }}
    />
  );
}
