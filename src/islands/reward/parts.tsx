/**
 * Pieces of the reward split's result shared by the calculator (./RewardSplit.tsx) and the
 * full page's comparison across documents (./CompareTable.tsx).
 */
import type { CalcPolicy, CalcProvision } from '../../lib/calculators/props';
import type { LawAnswer, RewardContext } from '../../lib/calculators/reward';
import type { Translate } from '../../lib/calculators/payment-text';
import { lawWords, type LawTextContext } from '../../lib/law/words';
import { formatYuanWithWan } from '../../lib/money';

/** A document's short title, marked 征求意见稿 / 摘要 where it is one. */
export function docLabel(p: CalcPolicy, t: Translate): string {
  const tag = p.textStatus === 'draft-for-comment' ? t('calc.common.draft') : p.textStatus === 'official-summary' ? t('calc.common.summary') : '';
  return `${p.shortTitle}${tag && !p.shortTitle.includes(tag) ? `（${tag}）` : ''}`;
}

export function Cite({ p }: { p: CalcProvision | undefined }) {
  if (!p) return null;
  return <a class="cite-link" href={p.href}>{p.cite}</a>;
}

/** Citation text and reading labels for the law layer's words, from the calculator's provisions. */
function lawContext(ctx: RewardContext): LawTextContext {
  return {
    cite: (pid) => ctx.byId.get(pid)?.cite ?? pid,
    reading: (pid, key) => ctx.byId.get(pid)?.readings.find((x) => x.key === key)?.label ?? key,
  };
}

/**
 * The inventors' minimum as the law layer answers it: one line per answer, its conditions, the
 * minimum with its layer and citation, and its consequence for this income.
 */
export function LawAnswers({ answers, t, ctx, testId }: { answers: LawAnswer[]; t: Translate; ctx: RewardContext; testId?: string }) {
  const words = lawWords(t);
  const lc = lawContext(ctx);
  return (
    <ul class="calc-law" data-output={testId}>
      {answers.map((a, i) => {
        const conds = a.when.map((c) => words.conditionText(c, lc)).join('，');
        return (
          <li key={i} data-state={a.state}>
            {conds && <strong>{t('calc.reward.law.if', { conds })}</strong>}
            {words.decisionText(a.decision, lc)}
            {a.rule && <> <Cite p={a.rule} /></>}
            {a.minAmount && <>{t('calc.reward.law.amount', { amount: formatYuanWithWan(a.minAmount) })}</>}
            {(a.state === 'meets' || a.state === 'below') && testId === 'law-answers' && <span class={`calc-min calc-min--${a.state}`}>{t(`calc.reward.min.${a.state}`)}</span>}
          </li>
        );
      })}
    </ul>
  );
}
