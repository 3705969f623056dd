/** The filled-in 第四条, as the Hunan model contract lays it out, amounts also in 大写. */
import type { ContractClause } from '../../lib/export/contract-clause';
import type { Translate } from '../../lib/calculators/payment-text';
import { formatChineseDate } from '../../lib/plain-date';

function Amount({ a, t }: { a: { figures: string; upper: string }; t: Translate }) {
  return <>{t('calc.payment.clause.amount', { figures: a.figures, upper: a.upper })}</>;
}

export function ClausePanel({ clause, t }: { clause: ContractClause | null; t: Translate }) {
  if (!clause) return <p class="notice">{t('calc.payment.clause.none')}</p>;
  const termText = (d: number) => (d === 0 ? t('calc.payment.clause.termSameDay') : t('calc.payment.clause.termDays', { days: String(d) }));
  const royalty = (r: { percent: string; period: 'half-year' | 'year'; termDays: number }) =>
    t('calc.payment.clause.royalty', {
      percent: r.percent,
      period: t(r.period === 'half-year' ? 'calc.payment.clause.halfYear' : 'calc.payment.clause.year'),
      term: r.termDays === 0 ? t('calc.payment.clause.royaltyTermSameDay') : t('calc.payment.clause.royaltyTermDays', { days: String(r.termDays) }),
    });
  return (
    <article class="pp-clause" data-output="contract-clause">
      <h3>{t('calc.payment.clause.heading')}</h3>
      {clause.mode === 'milestone' && (
        <>
          <p>{t('calc.payment.clause.mode1')}</p>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('calc.payment.clause.col.node')}</th>
                  <th scope="col">{t('calc.payment.clause.col.condition')}</th>
                  <th scope="col">{t('calc.payment.clause.col.amount')}</th>
                  <th scope="col">{t('calc.payment.clause.col.term')}</th>
                </tr>
              </thead>
              <tbody>
                {clause.rows.map((row, i) => (
                  <tr key={i}>
                    <td>{row.node}</td>
                    <td>{t('calc.payment.clause.condition', { date: formatChineseDate(row.expected) })}</td>
                    <td data-output="clause-amount"><Amount a={row.amount} t={t} /></td>
                    <td>{termText(row.termDays)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p data-output="clause-total">{t('calc.payment.clause.total', { amount: t('calc.payment.clause.amount', { figures: clause.total.figures, upper: clause.total.upper }) })}</p>
          {clause.royalty && <p>{royalty(clause.royalty)}</p>}
        </>
      )}
      {clause.mode === 'royalty' && (
        <>
          <p>{t('calc.payment.clause.zeroEntry')}</p>
          <p>{royalty(clause.royalty)}</p>
        </>
      )}
      {clause.mode === 'deferred' && (
        <>
          <p>{t('calc.payment.clause.mode2')}</p>
          <p>
            {clause.trigger.kind === 'period'
              ? t('calc.payment.clause.deferredPeriod', { n: String(clause.trigger.period.amount), unit: t(`calc.payment.unit.${clause.trigger.period.unit}`) })
              : t('calc.payment.clause.deferredRevenue')}
          </p>
          <p>
            {clause.lump ? t('calc.payment.clause.checked') : t('calc.payment.clause.unchecked')}
            {t('calc.payment.clause.lump', {
              amount: clause.lump ? t('calc.payment.clause.amount', { figures: clause.lump.amount.figures, upper: clause.lump.amount.upper }) : t('calc.payment.clause.blank'),
              term: clause.lump ? termText(clause.lump.termDays) : t('calc.payment.clause.blank'),
            })}
          </p>
          <p>
            {clause.instalments ? t('calc.payment.clause.checked') : t('calc.payment.clause.unchecked')}
            {t('calc.payment.clause.instalments', {
              count: clause.instalments ? String(clause.instalments.count) : t('calc.payment.clause.blank'),
              each: clause.instalments ? t('calc.payment.clause.amount', { figures: clause.instalments.each.figures, upper: clause.instalments.each.upper }) : t('calc.payment.clause.blank'),
              dates: clause.instalments ? clause.instalments.dates.map(formatChineseDate).join('、') : t('calc.payment.clause.blank'),
            })}
          </p>
          {clause.instalments && <p data-output="clause-total">{t('calc.payment.clause.total', { amount: t('calc.payment.clause.amount', { figures: clause.instalments.total.figures, upper: clause.instalments.total.upper }) })}</p>}
        </>
      )}
      <p class="pp-small">{t('calc.payment.clause.source')}</p>
    </article>
  );
}
