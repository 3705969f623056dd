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
import { makeTranslate } from '../lib/calculators/payment-text';

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
  return <SubsidyCalculator {...props} page={page} />;
}
