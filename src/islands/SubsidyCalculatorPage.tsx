/**
 * /calculators/subsidy/'s island: the calculator (./SubsidyCalculator.tsx) plus what only the full
 * page offers — the form kept in the address bar (with notices about a malformed link), the share
 * and print buttons, and the phone's answer bar. The widget mounts the calculator alone.
 */
import { useMemo } from 'preact/hooks';
import SubsidyCalculator, { EMPTY_SUBSIDY_FORM, type SubsidyCalculatorProps } from './SubsidyCalculator';
import { AnswerPeek, type PageBinding } from './ui/CalcShell';
import { ResultActions } from './ui/ResultActions';
import { claimConditions, type SubsidyForm } from '../lib/calculators/subsidy-plan';
import { parseSubsidyForm, serializeSubsidyForm, type SubsidyUrlSpec } from '../lib/calculators/subsidy-url-state';
import { isThreshold } from '../lib/calculators/subsidy';
import { makeTranslate, type Translate } from '../lib/calculators/payment-text';
import { subsidyReadings } from '../lib/calculators/subsidy-readings';
import { formatYuanWithWan } from '../lib/money';
import type { SubsidyContext, SubsidyResult } from '../lib/calculators/subsidy-plan';

/** The plan's totals under every reading of an ambiguous article, where they differ (page only). */
function ReadingTotals({ r, ctx, t }: { r: SubsidyResult; ctx: SubsidyContext; t: Translate }) {
  if (r.headline.kind !== 'total') return null;
  const open = r.headline.counts.conditional > 0;
  return (
    <>
      {subsidyReadings(r, ctx).filter((q) => q.differs).map((q) => (
        <div class="calc-readings-total" data-output="reading-totals" data-provision={q.provision.id} key={q.provision.id}>
          <p>{t('calc.subsidy.readings', { cite: q.provision.cite })}</p>
          <ul class="calc-notes">
            {q.options.map((o) => (
              <li key={o.reading.key} data-reading={o.reading.key} data-value={o.confirmed.toFixed()}>
                <strong>{o.reading.label}</strong>：{o.confirmedUpper && `${t('calc.subsidy.upTo')} `}<span class="num">{formatYuanWithWan(o.confirmed)}</span>
                {open && t('calc.subsidy.peekIfMet', { total: formatYuanWithWan(o.ifMet) })}
                {o.main && t('calc.subsidy.readingMain')}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

export default function SubsidyCalculatorPage(props: Omit<SubsidyCalculatorProps, 'page'>) {
  const t = useMemo(() => makeTranslate(props.strings), [props.strings]);
  const spec = useMemo<SubsidyUrlSpec>(
    () => ({
      locations: [...new Set(props.policies.map((p) => p.jurisdiction.code))],
      conditionCounts: Object.fromEntries(props.provisions.flatMap((p) => (p.value.type === 'subsidy' ? [[p.id, claimConditions({ value: p.value, readings: p.readings }).length]] : []))),
      thresholds: props.provisions.filter((p) => isThreshold(p)).map((p) => p.id),
    }),
    [props.policies, props.provisions],
  );
  const link = (form: SubsidyForm) => {
    const q = serializeSubsidyForm(form);
    return `${location.origin}${location.pathname}${q ? `?${q}` : ''}`;
  };
  const page: PageBinding<SubsidyForm> = {
    read: () => {
      const r = parseSubsidyForm(location.search, EMPTY_SUBSIDY_FORM, spec);
      return r.fromUrl || r.notices.length ? r : null;
    },
    write: (form) => history.replaceState(null, '', link(form)),
    actions: (form) => <ResultActions url={typeof location === 'undefined' ? '' : link(form)} t={t} />,
    peek: (answerId, figures) => <AnswerPeek t={t} answerId={answerId}>{figures}</AnswerPeek>,
  };
  return <SubsidyCalculator {...props} page={page} readings={(r, ctx) => <ReadingTotals r={r} ctx={ctx} t={t} />} />;
}
