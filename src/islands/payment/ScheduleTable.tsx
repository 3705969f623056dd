/** The payment schedule table with totals; rows before the earliest permitted day are marked. */
import type { Translate } from '../../lib/calculators/payment-text';
import type { PlanResult } from '../../lib/calculators/payment-plan';
import { describeRow, formatYears, restReason } from '../../lib/calculators/payment-text';
import { formatChineseDate } from '../../lib/plain-date';
import { MAX_SCHEDULE_ROWS } from '../../lib/calculators/payment-schedule';
import { DateOut, MoneyOut } from './Out';

export function ScheduleTable({ r, t, modeLabel }: { r: PlanResult; t: Translate; modeLabel: string }) {
  const s = r.schedule;
  if (!s || r.scheduleBlocked) {
    return (
      <p class="notice" data-output="schedule-blocked">
        {t(`calc.payment.schedule.blocked.${r.scheduleBlocked ?? 'empty'}`)}
      </p>
    );
  }
  const before = new Set(r.check?.rowsBeforeEarliest ?? []);
  return (
    <>
      <section class="table-wrap" tabIndex={0} aria-label={t('calc.payment.schedule.caption', { mode: modeLabel })}>
        <table class="pp-schedule" data-output="schedule">
          <caption>{t('calc.payment.schedule.caption', { mode: modeLabel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('calc.payment.schedule.col.n')}</th>
              <th scope="col">{t('calc.payment.schedule.col.due')}</th>
              <th scope="col">{t('calc.payment.schedule.col.trigger')}</th>
              <th scope="col" class="num">{t('calc.payment.schedule.col.amount')}</th>
              <th scope="col" class="num">{t('calc.payment.schedule.col.cumulative')}</th>
            </tr>
          </thead>
          <tbody>
            {s.rows.map((row, i) => (
              <tr key={row.index} data-output="schedule-row" class={before.has(i) ? 'pp-row-early' : undefined}>
                <td class="num" data-label={t('calc.payment.schedule.col.n')}>{row.index}</td>
                <td data-label={t('calc.payment.schedule.col.due')}>
                  <DateOut date={row.due} />
                  {row.move.didMove && (
                    <div class="pp-small">
                      {t('calc.payment.schedule.movedFrom', { date: formatChineseDate(row.plainDue) })}（{restReason(row.move, t)}）
                    </div>
                  )}
                  {before.has(i) && <div class="pp-row-flag">⚠ {t('calc.payment.schedule.beforeEarliest')}</div>}
                </td>
                <td data-label={t('calc.payment.schedule.col.trigger')}>{describeRow(row, t)}</td>
                <td class="num" data-label={t('calc.payment.schedule.col.amount')}><MoneyOut value={row.amount} /></td>
                <td class="num" data-label={t('calc.payment.schedule.col.cumulative')}><MoneyOut value={row.cumulative} /></td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>{t('calc.payment.schedule.total')}</th>
              <td class="num" data-label={t('calc.payment.schedule.total')}><MoneyOut name="schedule-total" value={s.total} /></td>
              <td class="pp-empty"></td>
            </tr>
          </tfoot>
        </table>
      </section>
      <p class="pp-small">
        <span data-output="schedule-count" data-value={String(s.rows.length)}></span>
        {s.truncated && t('calc.payment.schedule.truncated', { max: String(MAX_SCHEDULE_ROWS) })}
        {!s.holidayDataKnown && t('calc.payment.unknownYears', { years: formatYears(s.unknownYears) })}
      </p>
    </>
  );
}
