/**
 * /calculators/reward/'s island: the calculator (./RewardSplit.tsx) plus what only the full page
 * offers — the form kept in the address bar (with notices about a malformed link), the share and
 * print buttons, and the phone's answer bar. The widget mounts the calculator alone.
 */
import { useMemo } from 'preact/hooks';
import RewardSplit, { type RewardSplitProps } from './RewardSplit';
import { CompareTable } from './reward/CompareTable';
import { AnswerPeek, type PageBinding } from './ui/CalcShell';
import { ResultActions } from './ui/ResultActions';
import { EMPTY_REWARD_FORM, type RewardForm } from '../lib/calculators/reward';
import { parseRewardForm, serializeRewardForm } from '../lib/calculators/reward-url-state';
import { makeTranslate } from '../lib/calculators/payment-text';

export default function RewardSplitPage(props: Omit<RewardSplitProps, 'page'>) {
  const t = useMemo(() => makeTranslate(props.strings), [props.strings]);
  const link = (form: RewardForm) => {
    const q = serializeRewardForm(form);
    return `${location.origin}${location.pathname}${q ? `?${q}` : ''}`;
  };
  const page: PageBinding<RewardForm> = {
    read: () => {
      const r = parseRewardForm(location.search, EMPTY_REWARD_FORM, props.policies.map((p) => p.id), props.modes);
      return r.fromUrl || r.notices.length ? r : null;
    },
    write: (form) => history.replaceState(null, '', link(form)),
    actions: (form) => <ResultActions url={typeof location === 'undefined' ? '' : link(form)} t={t} />,
    peek: (answerId, figures) => <AnswerPeek t={t} answerId={answerId}>{figures}</AnswerPeek>,
  };
  return <RewardSplit {...props} page={page} compareTable={CompareTable} />;
}
