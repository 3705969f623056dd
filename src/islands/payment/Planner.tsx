/**
 * The payment planner's core: collects the plan, renders `computePlan()`'s timing, schedule and
 * late-payment results, and makes the share link. What only the full page offers (the plan kept
 * in the page URL, CSV, iCalendar and the contract clause, see ../PaymentPlanner.tsx) comes in
 * through `extras`, so the widget, which mounts this core alone, does not carry the link parser,
 * the exporters or the 大写 converter.
 * All rules live in src/lib; all strings and data come in as props (./types.ts).
 */
import { Region } from '../ui/Region';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren, JSX } from 'preact';
import { Field } from '../ui/Field';
import { TimingDetails, TimingHeadline } from './TimingPanel';
import { AnswerPanel, Fold, LoadExample } from '../ui/CalcShell';
import { ScheduleTable } from './ScheduleTable';
import { MoneyOut } from './Out';
import type { CiteInfo, PaymentPlannerProps } from './types';
import { makeHolidayCalendar } from '../../lib/holidays';
import { computePlan, EMPTY_PAYMENT_FORM, SCHEDULE_MODES, type MilestoneForm, type PaymentForm, type PlanResult } from '../../lib/calculators/payment-plan';
import { MAX_PARAM_LENGTH } from '../../lib/url-query';
import { serializePaymentForm } from '../../lib/calculators/payment-url-state';
import { formatYears, makeTranslate, restReason, type Translate } from '../../lib/calculators/payment-text';
import { formatPercent, formatYuan, formatYuanWithWan } from '../../lib/money';
import { formatChineseDate } from '../../lib/plain-date';
import { DateOut } from './Out';

type TextField = { [K in keyof PaymentForm]: PaymentForm[K] extends string ? K : never }[keyof PaymentForm];

/** What the extras see of the planner's state. */
export interface PlannerContext {
  r: PlanResult;
  form: PaymentForm;
  /** The cited provision the chosen rule's payment timing rests on. */
  basis: CiteInfo | undefined;
  t: Translate;
  /** Element id with this planner's prefix. */
  id: (k: string) => string;
  /** Announces a short status (copied, export failed …) to screen readers. */
  say: (message: string) => void;
  /** Copies text to the clipboard and says whether it worked. */
  copy: (text: string) => Promise<void>;
  shareUrl: string;
}

/** Parts only some mounts of the planner show. */
export interface PlannerExtras {
  /**
   * Keeps the plan in the page URL (the full page; a widget leaves the host's URL alone):
   * `read` runs once after hydration and may return the plan a link carries; `write` gets the
   * query string of every plan after that.
   */
  urlState?: { read: () => PaymentForm | null; write: (query: string) => void };
  /** Above the form: the page's notices about a malformed link. */
  beforeForm?: (c: PlannerContext) => ComponentChildren;
  /** Under the schedule: the export buttons (page) or where to find them (widget). */
  scheduleActions?: (c: PlannerContext) => ComponentChildren;
  /** Sections between the schedule and the late-payment calculator (the page's contract clause). */
  afterSchedule?: (c: PlannerContext) => ComponentChildren;
  /** The time line chart (the full page's: over the widget's script budget; the widget's table and dates say the same). */
  timeline?: (c: PlannerContext) => ComponentChildren;
  /** After the readings: how each trigger's period was counted (the full page's). */
  afterTiming?: (c: PlannerContext) => ComponentChildren;
  /** The share link with its copy button (the full page; a widget links to the page instead). */
  shareSection?: (c: PlannerContext) => ComponentChildren;
  /**
   * The phone's answer bar with the headline figures (the full page; in a widget a fixed bar would
   * cover the host page, so the figures are made here, not in the planner the widget carries).
   */
  peek?: (c: PlannerContext, answerId: string) => ComponentChildren;
}

export function Planner(props: PaymentPlannerProps & { extras?: PlannerExtras }) {
  const { strings, rules, cites, holidays, example, milestonePresets } = props;
  const idp = props.idPrefix ?? 'pp';
  const live = !props.staticCopy;
  const t = useMemo(() => makeTranslate(strings), [strings]);
  const calendar = useMemo(() => makeHolidayCalendar(holidays), [holidays]);
  const ctx = useMemo(() => ({ rules, calendar, fallbackLateRate: props.fallbackLateRate }), [rules, calendar, props.fallbackLateRate]);
  const [form, setForm] = useState<PaymentForm>(props.start ?? EMPTY_PAYMENT_FORM);
  const [status, setStatus] = useState('');
  const [shareUrl, setShareUrl] = useState('');
  const loaded = useRef(false);

  const extras = props.extras ?? {};
  // Read a shared plan after hydration (the server rendered the empty form).
  useEffect(() => {
    const fromUrl = extras.urlState?.read();
    if (fromUrl) setForm(fromUrl);
    loaded.current = true;
  }, []);

  useEffect(() => {
    if (!loaded.current) return;
    const qs = serializePaymentForm(form);
    const url = `${props.shareBase ?? `${location.origin}${location.pathname}`}?${qs}`;
    setShareUrl(url);
    extras.urlState?.write(qs);
  }, [form]);

  const r = useMemo(() => computePlan(form, ctx), [form, ctx]);
  const rule = rules.find((x) => x.id === form.rule) ?? null;
  const basis = rule ? cites[rule.timing.provisionId] : undefined;
  const lateCite = r.lateRateSource ? cites[r.lateRateSource.provisionId] : undefined;
  const err = (k: string) => r.errors[k];
  const id = (k: string) => `${idp}-${k}`;

  const set = (k: TextField) => (e: JSX.TargetedEvent<HTMLInputElement | HTMLSelectElement>) =>
    setForm((f) => ({ ...f, [k]: e.currentTarget.value }));
  const setMs = (i: number, k: keyof MilestoneForm) => (e: JSX.TargetedEvent<HTMLInputElement | HTMLSelectElement>) => {
    const v = e.currentTarget.value;
    setForm((f) => ({ ...f, milestones: f.milestones.map((m, j) => (j === i ? { ...m, [k]: v } : m)) }));
  };

  const text = (k: TextField, label: string, opts: { hint?: string; inputMode?: 'numeric' | 'decimal' | 'text'; placeholder?: string; errKey?: string } = {}) => (
    <Field id={id(k)} label={label} hint={opts.hint} error={err(opts.errKey ?? k)}>
      {(describedBy, invalid) => (
        <input
          id={id(k)}
          name={live ? k : undefined}
          type="text"
          inputMode={opts.inputMode ?? 'text'}
          autoComplete="off"
          placeholder={opts.placeholder}
          maxLength={MAX_PARAM_LENGTH}
          value={form[k]}
          onInput={set(k)}
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
        />
      )}
    </Field>
  );
  const dateField = (k: TextField, label: string, hint?: string) => text(k, label, { hint, inputMode: 'numeric', placeholder: 'YYYY-MM-DD' });

  const radios = <K extends 'mode' | 'royaltyPeriod' | 'royaltyFrom' | 'deferredStart' | 'deferredKind'>(
    k: K,
    legend: string,
    options: readonly { value: PaymentForm[K]; label: string }[],
    errKey?: string,
  ) => (
    <fieldset class={`pp-radios${errKey && err(errKey) ? ' field--error' : ''}`}>
      <legend>{legend}</legend>
      {errKey && err(errKey) && (
        <p class="field-error" id={id(`${k}-error`)} role="alert">
          <span class="visually-hidden">错误：</span>
          {err(errKey)}
        </p>
      )}
      {options.map((o) => (
        <label key={String(o.value)} class="pp-radio">
          <input
            type="radio"
            name={id(k)}
            value={String(o.value)}
            checked={form[k] === o.value}
            onChange={() => setForm((f) => ({ ...f, [k]: o.value }))}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );

  const modeLabel = t(`calc.payment.mode.${form.mode}`);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('calc.payment.export.copied'));
    } catch {
      setStatus(t('calc.payment.export.copyFailed'));
    }
  };
  const c: PlannerContext = { r, form, basis, t, id, say: setStatus, copy, shareUrl };

  const msField = (i: number, m: MilestoneForm, k: keyof MilestoneForm, label: string, inputMode: 'numeric' | 'decimal' | 'text', more: { list?: string; placeholder?: string | undefined } = {}) => (
    <Field id={id(`ms-${i}-${k}`)} label={label} error={err(`ms-${i}-${k}`)}>
      {(d, inv) => (
        <input id={id(`ms-${i}-${k}`)} type="text" inputMode={inputMode} autoComplete="off" maxLength={MAX_PARAM_LENGTH} value={m[k]} onInput={setMs(i, k)} aria-describedby={d} aria-invalid={inv ? 'true' : undefined} {...more} />
      )}
    </Field>
  );
  const milestoneList = (
    <fieldset class={`pp-milestones${err('milestones') ? ' field--error' : ''}`}>
      <legend>{t('calc.payment.milestones.legend')}</legend>
      <p class="field-hint">{t('calc.payment.milestones.hint')}</p>
      {err('milestones') && (
        <p class="field-error" role="alert">
          {err('milestones')}
        </p>
      )}
      <datalist id={id('presets')}>
        {milestonePresets.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <ol class="pp-ms-list">
        {form.milestones.map((m, i) => (
          <li key={i} class="pp-ms">
            <fieldset>
              <legend>{t('calc.payment.milestone.caption', { n: String(i + 1) })}</legend>
              <div class="pp-grid">
                {msField(i, m, 'name', t('calc.payment.milestone.name'), 'text', { list: id('presets'), placeholder: milestonePresets[i] })}
                {msField(i, m, 'date', t('calc.payment.milestone.date'), 'numeric', { placeholder: 'YYYY-MM-DD' })}
                {msField(i, m, 'amount', t('calc.payment.milestone.amount'), 'decimal')}
                {msField(i, m, 'term', t('calc.payment.milestone.term'), 'numeric')}
              </div>
              <button
                type="button"
                class="button button--secondary no-print"
                onClick={() => setForm((f) => ({ ...f, milestones: f.milestones.filter((_, j) => j !== i) }))}
              >
                {t('calc.payment.milestone.remove', { n: String(i + 1) })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="button no-print"
        onClick={() =>
          // A new row is empty: its name is suggested (placeholder and list), never filled in.
          setForm((f) => ({ ...f, milestones: [...f.milestones, { name: '', date: '', amount: '', term: '' }] }))
        }
      >
        {t('calc.payment.milestone.add')}
      </button>
    </fieldset>
  );

  const royaltyFields = (
    <div class="pp-grid">
      {text('royaltyRate', t('calc.payment.royalty.rate'), { inputMode: 'decimal' })}
      {text('royaltyRevenue', t('calc.payment.royalty.revenue'), { inputMode: 'decimal', hint: t('calc.payment.royalty.revenue.hint') })}
      {text('royaltyPeriods', t('calc.payment.royalty.periods'), { inputMode: 'numeric' })}
      {text('royaltyTerm', t('calc.payment.royalty.term'), { inputMode: 'numeric' })}
      {radios('royaltyPeriod', t('calc.payment.royalty.period'), [
        { value: 'half-year', label: t('calc.payment.royalty.period.half-year') },
        { value: 'year', label: t('calc.payment.royalty.period.year') },
      ])}
      {radios(
        'royaltyFrom',
        t('calc.payment.royalty.from'),
        [
          { value: 'effective', label: t('calc.payment.royalty.from.effective') },
          { value: 'revenue', label: t('calc.payment.royalty.from.revenue') },
        ],
        'royaltyFrom',
      )}
    </div>
  );

  const deferredFields = (
    <fieldset>
      <legend>{t('calc.payment.deferred.legend')}</legend>
      {radios(
        'deferredStart',
        t('calc.payment.deferred.start'),
        [
          { value: 'period', label: t('calc.payment.deferred.start.period') },
          { value: 'revenue', label: t('calc.payment.deferred.start.revenue') },
        ],
        'deferredStart',
      )}
      {r.deferredStart && (
        <p class="pp-small" data-output="deferred-start" data-value={r.deferredStart.date}>
          {t('calc.payment.deferred.startIs', { date: formatChineseDate(r.deferredStart.date) })}
          {r.deferredStart.period && r.deferredStart.length && (
            <>
              {' '}
              （
              {t('calc.payment.deferred.startFromPeriod', {
                from: formatChineseDate(r.deferredStart.period.from),
                n: String(r.deferredStart.length.amount),
                unit: t(`calc.payment.unit.${r.deferredStart.length.unit}`),
                source: t(`calc.payment.deferred.source.${r.deferredStart.lengthSource ?? 'agreed'}`),
              })}
              {r.deferredStart.period.didMove &&
                `；${t('calc.payment.trigger.moved', {
                  plain: formatChineseDate(r.deferredStart.period.plainEnd),
                  reason: restReason(r.deferredStart.period, t),
                  moved: formatChineseDate(r.deferredStart.period.end),
                })}`}
              ）
            </>
          )}
        </p>
      )}
      {radios('deferredKind', t('calc.payment.deferred.kind'), [
        { value: 'lump', label: t('calc.payment.deferred.kind.lump') },
        { value: 'instalments', label: t('calc.payment.deferred.kind.instalments') },
      ])}
      <div class="pp-grid">
        {form.deferredKind === 'lump' && text('lumpAmount', t('calc.payment.deferred.lumpAmount'), { inputMode: 'decimal' })}
        {form.deferredKind === 'instalments' && text('instCount', t('calc.payment.deferred.instCount'), { inputMode: 'numeric' })}
        {form.deferredKind === 'instalments' && text('instAmount', t('calc.payment.deferred.instAmount'), { inputMode: 'decimal' })}
        {form.deferredKind === 'instalments' && text('instInterval', t('calc.payment.deferred.instInterval'), { inputMode: 'numeric' })}
        {text('deferredTerm', t('calc.payment.deferred.term'), { inputMode: 'numeric' })}
      </div>
    </fieldset>
  );

  const isExample = JSON.stringify(form) === JSON.stringify(example);
  const missingText = (keys: string[]) =>
    keys
      .map((k) => {
        const m = /^ms-(\d+)-(\w+)$/.exec(k);
        return m ? t(`calc.payment.missing.ms-${m[2]}`, { n: String(Number(m[1]) + 1) }) : t(`calc.payment.missing.${k}`);
      })
      .join('、');
  const firstDue = r.schedule?.rows[0];
  const answer = (
    <AnswerPanel live={live} id={id('answer')} t={t} heading={t('calc.payment.section.results')} example={isExample} onClearExample={() => setForm(props.start ?? EMPTY_PAYMENT_FORM)} detailsId={id('details')} hasDetails={!!r.timing || !!r.schedule}>
      <TimingHeadline r={r} t={t} cites={cites} />
      {firstDue && r.schedule && (
        <p class="pp-headline-schedule">
          {t('calc.payment.headline.first')}：<strong><DateOut name="first-due-date" date={firstDue.due} /></strong>
          {'\u3000'}
          {t('calc.payment.headline.total', { n: String(r.schedule.rows.length) })}：<strong>{formatYuanWithWan(r.schedule.total)}</strong>
        </p>
      )}
      {r.missing.length > 0 && (
        <p class="pp-small" data-output="missing">{t('calc.payment.missing', { fields: missingText(r.missing) })}</p>
      )}
    </AnswerPanel>
  );

  return (
    <div class="pp calc calc-shell" data-planner>
      {extras.beforeForm?.(c)}
      {props.compact && answer}
      {/* Not a <form>: nothing is submitted; every change recomputes at once. */}
      <div class="pp-form calc-inputs calc-inputs--first">
        <LoadExample t={t} active={isExample} onLoad={() => setForm(example)} />
        <Region live={live} aria-labelledby={id('h-rule')}>
          <h2 id={id('h-rule')}>{t('calc.payment.section.rule')}</h2>
          <Field id={id('rule')} label={t('calc.payment.field.rule')} hint={t('calc.payment.field.rule.hint')} error={err('rule')}>
            {(d, inv) => (
              <select id={id('rule')} value={form.rule} onChange={set('rule')} aria-describedby={d} aria-invalid={inv ? 'true' : undefined}>
                <option value="">{t('calc.common.choose')}</option>
                {[...new Set(rules.map((x) => x.group))].map((g) => (
                  <optgroup key={g} label={g}>
                    {rules
                      .filter((x) => x.group === g)
                      .map((x) => (
                        <option key={x.id} value={x.id}>
                          {x.label}
                          {x.badge ? `（${x.badge}）` : ''}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
            )}
          </Field>
          {basis && (
            <p class="pp-small" data-output="rule-summary">
              {basis.summary} — <a href={basis.href}>{basis.cite}</a>
            </p>
          )}
        </Region>

        <Region live={live} aria-labelledby={id('h-dates')}>
          <h2 id={id('h-dates')}>{t('calc.payment.section.dates')}</h2>
          <div class="pp-grid">
            {dateField('effective', t('calc.payment.field.effective'), t('calc.payment.field.effective.hint'))}
            {dateField('revenue', t('calc.payment.field.revenue'), t('calc.payment.field.revenue.hint'))}
            {dateField('publicity', t('calc.payment.field.publicity'), t('calc.payment.field.publicity.hint'))}
            {text('agreedMonths', t('calc.payment.field.agreedMonths'), { inputMode: 'numeric', hint: t('calc.payment.field.agreedMonths.hint') })}
          </div>
        </Region>
      </div>

      {extras.peek?.(c, id('answer'))}
      {!props.compact && answer}

      <div class="pp-form calc-inputs calc-inputs--more">
        <Region live={live} aria-labelledby={id('h-mode')}>
          <h2 id={id('h-mode')}>{t('calc.payment.section.mode')}</h2>
          {radios(
            'mode',
            t('calc.payment.section.mode'),
            SCHEDULE_MODES.map((m) => ({ value: m, label: t(`calc.payment.mode.${m}`) })),
          )}
          {r.modeNotListed && <p class="pp-small" data-output="mode-not-listed">{t('calc.payment.mode.notListed')}</p>}
          {form.mode === 'milestone' && (
            <>
              {milestoneList}
              <div class="pp-check-row">
                <label>
                  <input type="checkbox" checked={form.withRoyalty} onChange={(e) => setForm((f) => ({ ...f, withRoyalty: e.currentTarget.checked }))} />{' '}
                  {t('calc.payment.royalty.with')}
                </label>
              </div>
              {form.withRoyalty && royaltyFields}
            </>
          )}
          {form.mode === 'royalty' && (
            <fieldset>
              <legend>{t('calc.payment.royalty.legend')}</legend>
              {royaltyFields}
            </fieldset>
          )}
          {form.mode === 'deferred' && deferredFields}
        </Region>
      </div>

      <Fold on={props.compact} t={t} fullPage={props.shareBase ?? ''}>
        <Region live={live} class="calc-details" id={id('details')} aria-labelledby={id('h-details')}>
          <h2 id={id('h-details')}>{t('calc.common.toDetails')}</h2>
          {extras.timeline?.(c)}
          <TimingDetails r={r} t={t} cites={cites} />
          {extras.afterTiming?.(c)}

          <Region live={live} aria-labelledby={id('h-schedule')}>
            <h3 id={id('h-schedule')}>{t('calc.payment.section.schedule')}</h3>
            <ScheduleTable live={live} r={r} t={t} modeLabel={modeLabel} missing={missingText(r.missing)} />
            <p class="result-stamp">{t('calc.payment.stamp', { version: props.datasetVersion, rounding: props.roundingNote })}</p>
            {extras.scheduleActions?.(c)}
          </Region>

          {extras.afterSchedule?.(c)}

          <Region live={live} aria-labelledby={id('h-late')}>
            <h3 id={id('h-late')}>{t('calc.payment.section.late')}</h3>
            <p class="field-hint">{t('calc.payment.late.hint')}</p>
            <div class="pp-grid calc-inputs">
              {text('lateUnpaid', t('calc.payment.late.unpaid'), { inputMode: 'decimal' })}
              {dateField('lateDue', t('calc.payment.late.due'))}
              {dateField('latePaid', t('calc.payment.late.paid'))}
              {text('lateRate', t('calc.payment.late.rate'), {
                inputMode: 'decimal',
                hint: lateCite
                  ? t(r.lateRateSource?.otherPolicy ? 'calc.payment.late.rate.hintOther' : 'calc.payment.late.rate.hint', { cite: lateCite.cite })
                  : undefined,
              })}
            </div>
            <div class="result" aria-live="polite" aria-atomic="true" data-output="penalty">
              {r.penalty ? (
                <>
                  <p>
                    {t('calc.payment.late.days')}：<strong data-output="penalty-days" data-value={String(r.penalty.daysOverdue)}>{r.penalty.daysOverdue}</strong>{'\u3000'}
                    {t('calc.payment.late.amount')}：<strong><MoneyOut name="penalty-amount" value={r.penalty.penalty} /></strong>
                  </p>
                  <p data-output="penalty-formula">
                    {t('calc.payment.late.formula', {
                      unpaid: formatYuan(r.penalty.input.unpaid),
                      rate: formatPercent(r.penalty.input.dailyRate),
                      days: String(r.penalty.daysOverdue),
                      amount: formatYuan(r.penalty.penalty),
                    })}
                  </p>
                  {r.penalty.onTime && <p>{t('calc.payment.late.onTime')}</p>}
                  {r.penalty.dueMove.didMove && (
                    <p class="pp-small">
                      {t('calc.payment.late.moved', {
                        plain: formatChineseDate(r.penalty.dueMove.plain),
                        reason: restReason(r.penalty.dueMove, t),
                        moved: formatChineseDate(r.penalty.dueMove.moved),
                      })}
                    </p>
                  )}
                  {!r.penalty.dueMove.holidayDataKnown && <p class="pp-small">{t('calc.payment.unknownYears', { years: formatYears(r.penalty.dueMove.unknownYears) })}</p>}
                  <p class="pp-small">
                    {t('calc.payment.late.countRule')} {t('calc.payment.late.caution')}
                    {lateCite && (
                      <>
                        {' '}
                        <a href={lateCite.href}>{lateCite.cite}</a>
                      </>
                    )}
                  </p>
                </>
              ) : (
                <p data-output="penalty-amount" data-value="">
                  {r.penaltyMissing.length > 0 ? t('calc.payment.missing', { fields: missingText(r.penaltyMissing) }) : t('calc.payment.late.empty')}
                </p>
              )}
            </div>
          </Region>

          {extras.shareSection ? extras.shareSection(c) : <input type="hidden" data-output="share-url" value={shareUrl} />}
          <p class="visually-hidden" role="status" aria-live="polite">
            {status}
          </p>
        </Region>
      </Fold>
    </div>
  );
}
