/**
 * /calculators/payment/'s island: the planner core (./payment/Planner.tsx) plus what only the
 * full page offers — the plan kept in the page URL (with notices about a malformed link), CSV and
 * iCalendar exports, print, and the filled-in contract clause.
 */
import { useState } from 'preact/hooks';
import type { PaymentPlannerProps } from './payment/types';
import { parsePaymentForm, serializePaymentForm, type UrlNotice } from '../lib/calculators/payment-url-state';
import { Planner, type PlannerContext } from './payment/Planner';
import { ClausePanel } from './payment/ClausePanel';
import { contractClause, renderClauseText } from '../lib/export/contract-clause';
import { scheduleCsv, scheduleIcsPayments } from '../lib/export/payment-exports';
import { saveFile } from './ui/download';


export default function PaymentPlanner(props: PaymentPlannerProps) {
  const [notices, setNotices] = useState<UrlNotice[]>([]);
  const urlState = {
    read: () => {
      const parsed = parsePaymentForm(location.search, props.defaults, props.rules.map((r) => r.id));
      setNotices(parsed.notices);
      return parsed.fromUrl ? parsed.form : null;
    },
    write: (query: string) => history.replaceState(null, '', `${location.pathname}?${query}${location.hash}`),
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
    const clause = r.clauseTerms ? contractClause(r.clauseTerms) : null;
    const clauseText = () => (clause ? renderClauseText(clause, t).join('\n') : '');
    const onClauseTxt = () => {
      if (clause) saveFile(`${fileBase(c)}-第四条.txt`, 'text/plain;charset=utf-8', `\uFEFF${clauseText()}\n`);
    };
    return (
      <section aria-labelledby={id('h-clause')}>
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
      </section>
    );
  };

  return <Planner {...props} extras={{ urlState, beforeForm: urlNotices, scheduleActions, afterSchedule: clauseSection }} />;
}
