/** Earliest permitted payment, the plan check per reading, each trigger's dates, and publicity. */
import type { Translate } from '../../lib/calculators/payment-text';
import type { PlanResult } from '../../lib/calculators/payment-plan';
import type { TriggerResult } from '../../lib/calculators/payment-timing';
import { formatYears, restReason } from '../../lib/calculators/payment-text';
import { formatChineseDate } from '../../lib/plain-date';
import { DateOut } from './Out';
import type { CiteInfo } from './types';

interface Props {
  r: PlanResult;
  t: Translate;
  cites: Record<string, CiteInfo>;
}

const ARTICLE_NUM: Record<number, string> = { 201: '二百零一', 202: '二百零二', 203: '二百零三' };

function Cite({ c }: { c: CiteInfo | undefined }) {
  if (!c) return null;
  return <a href={c.href}>{c.cite}</a>;
}

function TriggerItem({ tr, t }: { tr: TriggerResult; t: Translate }) {
  const p = tr.period;
  return (
    <li data-output="trigger" data-trigger={tr.trigger}>
      <strong>{tr.label}</strong>
      <ul>
        {tr.status === 'needs-revenue-date' && <li>{t('calc.payment.trigger.needsRevenue')}</li>}
        {tr.status === 'needs-milestones' && <li>{t('calc.payment.trigger.needsMilestones')}</li>}
        {tr.eventDate && <li>{t('calc.payment.trigger.event', { date: formatChineseDate(tr.eventDate) })}</li>}
        {p && (
          <li>
            {t('calc.payment.trigger.periodEnd', { date: formatChineseDate(p.plainEnd) })}
            {p.monthEndUsed && <>；{t('calc.payment.trigger.monthEnd')}</>}
          </li>
        )}
        {p?.didMove && (
          <li>
            {t('calc.payment.trigger.moved', { plain: formatChineseDate(p.plainEnd), reason: restReason(p, t), moved: formatChineseDate(p.end) })}
          </li>
        )}
        {tr.periodSource !== 'none' && <li>{t(`calc.payment.trigger.source.${tr.periodSource}`)}</li>}
        {tr.periodLeftOpen && <li>{t('calc.payment.trigger.leftOpen')}</li>}
        {tr.opens && tr.closes && <li>{t('calc.payment.trigger.window', { opens: formatChineseDate(tr.opens), closes: formatChineseDate(tr.closes) })}</li>}
        {tr.opens && !tr.closes && <li>{t('calc.payment.trigger.opens', { date: formatChineseDate(tr.opens) })}</li>}
        {p && <li>{t('calc.payment.trigger.articles', { list: p.articles.map((a) => ARTICLE_NUM[a] ?? String(a)).join('、') })}</li>}
      </ul>
    </li>
  );
}

export function TimingPanel({ r, t, cites }: Props) {
  const timing = r.timing;
  const rule = r.rule;
  const cite = rule ? cites[rule.timing.provisionId] : undefined;
  const first = r.check?.firstDue;
  const status = r.check?.status;
  const statusVars = {
    first: first ? formatChineseDate(first) : '',
    cite: cite?.cite ?? '',
    earliest: timing?.earliest ? formatChineseDate(timing.earliest) : '',
  };
  const warn = status === 'breach' || status === 'pending' || status === 'complies-some';
  const firstReading = timing?.readings[0];
  const readingName = firstReading ? firstReading.label || t('calc.payment.reading.as-worded') : '';
  const pub = r.publicity;
  const pubCite = rule?.publicity ? cites[rule.publicity.provisionId] : undefined;

  return (
    <div class="pp-timing">
      <div class="result" aria-live="polite" aria-atomic="true">
        <p class="pp-headline">
          <span class="pp-headline-label">{t('calc.payment.earliest.label')}：</span>
          {timing?.agreedByParties ? (
            <strong data-output="earliest-payment-date" data-value="agreed">{t('calc.payment.earliest.agreed')}</strong>
          ) : timing?.earliest ? (
            <strong><DateOut name="earliest-payment-date" date={timing.earliest} /></strong>
          ) : (
            <strong data-output="earliest-payment-date" data-value="">{t('calc.payment.earliest.none')}</strong>
          )}
        </p>
        {timing && !timing.agreedByParties && timing.earliest && (
          <p class="pp-small">
            {t('calc.payment.earliest.readingNote', { reading: readingName })} <Cite c={cite} />
          </p>
        )}
        {(() => {
          const moved = timing?.earliest ? timing.triggers.find((x) => x.opens === timing.earliest && x.period?.didMove)?.period : undefined;
          return moved ? (
            <p class="pp-small" data-output="earliest-moved" data-value={moved.plainEnd}>
              {t('calc.payment.trigger.moved', { plain: formatChineseDate(moved.plainEnd), reason: restReason(moved, t), moved: formatChineseDate(moved.end) })}
            </p>
          ) : null;
        })()}
        {timing?.earliestProvisional && timing.earliest && <p class="pp-small">{t('calc.payment.earliest.provisional')}</p>}
        {status && status !== 'empty' && (
          <p class={warn ? 'pp-warning' : 'pp-ok'} data-output="timing-status" data-value={status}>
            {t(`calc.payment.status.${status}`, statusVars)}
          </p>
        )}
        {timing && !timing.holidayDataKnown && (
          <p class="pp-small" data-output="holiday-data-unknown">{t('calc.payment.unknownYears', { years: formatYears(timing.unknownYears) })}</p>
        )}
      </div>

      {timing && timing.readings.length > 0 && (
        <div>
          <h3>{t('calc.payment.readings.heading')}</h3>
          <ul class="pp-readings">
            {timing.readings.map((rd, i) => {
              const c = r.check?.perReading[i];
              return (
                <li key={rd.key} data-output="reading" data-reading={rd.key}>
                  <strong>{rd.label || t('calc.payment.reading.as-worded')}</strong>
                  {rd.explanation && <span class="pp-small">（{rd.explanation}）</span>}
                  <br />
                  {!rd.evaluated && t('calc.payment.reading.notEvaluated')}
                  {rd.evaluated && rd.earliest && <>{t('calc.payment.reading.earliest', { date: formatChineseDate(rd.earliest) })}{'\u3000'}</>}
                  {rd.evaluated && rd.deadline && <>{t('calc.payment.reading.deadline', { date: formatChineseDate(rd.deadline) })}{'\u3000'}</>}
                  {rd.evaluated && rd.pending && c !== 'ok' && <>{t('calc.payment.reading.pending')}{'\u3000'}</>}
                  {rd.respectsAtLeast === false && (
                    <span class="pp-warning" data-output="reading-at-least" data-value="earlier">{t('calc.payment.reading.atLeastNo')}{'\u3000'}</span>
                  )}
                  {c && r.check?.status !== 'empty' && (
                    <span class={`pp-check pp-check--${c}`} data-output="reading-check" data-value={c}>
                      {t(`calc.payment.check.${c}`)}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}

      {timing && timing.triggers.length > 0 && (
        <details class="pp-details">
          <summary>{t('calc.payment.trigger.heading')}</summary>
          <ul>
            {timing.triggers.map((tr, i) => (
              <TriggerItem key={i} tr={tr} t={t} />
            ))}
          </ul>
          {cite && (
            <blockquote class="pp-quote">
              “{cite.quote}” — <Cite c={cite} />
              {cite.notes.length > 0 && (
                <ul class="pp-small">
                  {cite.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              )}
            </blockquote>
          )}
        </details>
      )}

      <div class="pp-publicity">
        <h3>{t('calc.payment.publicity.label')}</h3>
        {!rule?.publicity && <p data-output="publicity-end" data-value="">{t('calc.payment.publicity.none')}</p>}
        {rule?.publicity && !pub && <p data-output="publicity-end" data-value="">{t('calc.payment.publicity.needStart')}</p>}
        {pub && (
          <>
            <p>
              {t('calc.payment.publicity.label')}：<strong><DateOut name="publicity-end" date={pub.period.end} /></strong>{'\u3000'}
              {t('calc.payment.publicity.signing')}：<strong><DateOut name="earliest-signing-date" date={pub.earliestSigning} /></strong>
            </p>
            <p class="pp-small">
              {t('calc.payment.publicity.explain', { n: String(pub.period.length.amount), first: formatChineseDate(pub.period.firstDay) })}
              {pub.period.didMove &&
                t('calc.payment.trigger.moved', {
                  plain: formatChineseDate(pub.period.plainEnd),
                  reason: restReason(pub.period, t),
                  moved: formatChineseDate(pub.period.end),
                })}{' '}
              <Cite c={pubCite} />
            </p>
            {!pub.period.holidayDataKnown && <p class="pp-small">{t('calc.payment.unknownYears', { years: formatYears(pub.period.unknownYears) })}</p>}
            {pub.signedTooEarly && r.effectiveDate && (
              <p class="pp-warning" data-output="publicity-warning">
                {t('calc.payment.publicity.tooEarly', { date: formatChineseDate(r.effectiveDate), signing: formatChineseDate(pub.earliestSigning), cite: pubCite?.cite ?? '' })}
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
