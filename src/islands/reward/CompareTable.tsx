/**
 * The full page's comparison across documents: for the mode and income entered, what each document
 * gives the inventors, the transfer staff and the unit, with the law layer where a text is silent.
 * Page only (RewardSplitPage and the no-JavaScript example pass it in): a widget shows its own
 * document and links to the page for the rest, which keeps it within its size budget.
 */
import type { RewardContext, RewardResult } from '../../lib/calculators/reward';
import type { Translate } from '../../lib/calculators/payment-text';
import { formatPercent, formatYuanWithWan } from '../../lib/money';
import { withBound } from '../../lib/provision-format';
import { Cite, docLabel, LawAnswers } from './parts';

export interface CompareTableProps {
  r: RewardResult;
  t: Translate;
  id: (k: string) => string;
  ctx: RewardContext;
}

export function CompareTable({ r, t, id, ctx }: CompareTableProps) {
  if (!(r.compare.length > 0 && r.mode && r.net !== undefined)) return null;
  return (
    <section class="calc-compare" aria-labelledby={id('cmp-h')}>
      <h3 id={id('cmp-h')}>{t('calc.reward.compare')}</h3>
      <div class="table-wrap">
        <table data-output="compare">
          <caption>{t('calc.reward.compare.caption', { mode: t(`calc.reward.mode.${r.mode}`), net: formatYuanWithWan(r.net) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('calc.reward.compare.doc')}</th>
              <th scope="col">{t('calc.reward.compare.inventor')}</th>
              <th scope="col">{t('calc.reward.compare.transfer')}</th>
              <th scope="col">{t('calc.reward.compare.unit')}</th>
            </tr>
          </thead>
          <tbody>
            {r.compare.map(({ policy, result: x, texts, answers }) => (
              <tr key={policy.id} data-policy={policy.id}>
                <th scope="row">{policy.jurisdiction.name} · {docLabel(policy, t)}</th>
                <td data-output="compare-inventor">
                  {x.inventor.minRate ? (
                    <><span class="num">{formatYuanWithWan(x.inventor.amount!)}</span>（{withBound(formatPercent(x.inventor.minRate), x.inventor.rule!.value.bound)}）</>
                  ) : answers.length > 0 ? (
                    <LawAnswers answers={answers} t={t} ctx={ctx} />
                  ) : (
                    t('calc.reward.unregulated')
                  )}
                  {!x.inventor.minRate && answers.length === 0 && texts.filter((p) => p.dimension === 'inventor-share').map((p) => <div class="calc-aside" key={p.id}>{p.summary} <Cite p={p} /></div>)}
                </td>
                <td data-output="compare-transfer">
                  {x.transferStaff.minRate ? <>{x.transferStaff.amount ? <span class="num">{formatYuanWithWan(x.transferStaff.amount)}</span> : '—'}（{withBound(formatPercent(x.transferStaff.minRate), x.transferStaff.rule!.value.bound)}）</> : t('calc.reward.unregulated')}
                  {!x.transferStaff.minRate && texts.filter((p) => p.dimension === 'transfer-staff-share').map((p) => <div class="calc-aside" key={p.id}>{p.summary} <Cite p={p} /></div>)}
                </td>
                <td class="num" data-output="compare-unit">{x.unitAmount ? formatYuanWithWan(x.unitAmount) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
