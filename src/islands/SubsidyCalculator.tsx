/**
 * 补助与奖励 calculator island. Collects the location, the claims and the answers to each claim's
 * conditions, and renders `computeSubsidy()` (src/lib): which documents reach the location, each
 * claim eligible / not eligible / conditional with the reason and the article, amounts after caps,
 * the confirmed total and what it would be if every open condition is met. Starts empty (or from a
 * widget host's preset); "载入示例" loads the site's example, marked as such. Outputs carry
 * `data-output` names (claim-amount-<i>, total-subsidy …) for widgets and tests.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Field } from './ui/Field';
import { DocumentSelect, type PickableDoc } from './ui/DocumentSelect';
import { AnswerPanel, Fold, LinkNotices, LoadExample, type PageBinding } from './ui/CalcShell';
import { CapBars } from './charts/CapBars';
import type { CalcData, CalcPolicy, CalcProvision } from '../lib/calculators/props';
import { renderStep } from '../lib/calculators/common';
import { makeTranslate, type Translate } from '../lib/calculators/payment-text';
import { EMPTY_CONDITION, type ConditionForm, type ConditionResult } from '../lib/calculators/conditions';
import {
  claimConditions,
  computeSubsidy,
  MAX_CLAIMS,
  subsidyContext,
  subsidyField,
  type ClaimForm,
  type ClaimOutcome,
  type SubsidyContext,
  type SubsidyForm,
  type SubsidyItem,
  type SubsidyResult,
} from '../lib/calculators/subsidy-plan';
import { emptyConds } from '../lib/calculators/subsidy-url-state';
import { makeHolidayCalendar, type HolidayData } from '../lib/holidays';
import { formatWan, formatYuanWithWan, ROUNDING_NOTE, type Yuan } from '../lib/money';
import { formatChineseDate } from '../lib/plain-date';
import { CAP_SCOPE, formatPeriod, withBound } from '../lib/provision-format';
import { BOUND_RULE_CITATION } from '../lib/bounds';
import { MAX_PARAM_LENGTH } from '../lib/url-query';

export interface SubsidyCalculatorProps extends CalcData {
  /** Claimant groups in display order (party keys). */
  claimantOrder: string[];
  holidays: HolidayData;
  /** The site's worked example ("载入示例"). */
  example: SubsidyForm;
  /** The form to start from: empty, or a widget host's preset. */
  start?: SubsidyForm | undefined;
  idPrefix?: string;
  /** The full page's address bar, share buttons and answer bar (absent in a widget). */
  page?: PageBinding<SubsidyForm> | undefined;
  /** A widget host chose the articles (`start` holds one claim each): no place picker, article picker, list of every article or thresholds. */
  fixed?: boolean | undefined;
  /** A compact widget: the answer first, the details folded with a link to `fullPage`. */
  compact?: boolean | undefined;
  fullPage?: string | undefined;
  /**
   * The plan's totals under every reading, drawn under the headline (the full page passes
   * `ReadingTotals`; a widget leaves the computation out and says the total follows the first reading).
   */
  readings?: ((r: SubsidyResult, ctx: SubsidyContext) => ComponentChildren) | undefined;
}

export const EMPTY_SUBSIDY_FORM: SubsidyForm = { loc: '', claims: [], thresholds: {} };

function Cite({ p }: { p: CalcProvision | undefined }) {
  if (!p) return null;
  return <a class="cite-link" href={p.href}>{p.cite}</a>;
}

function statusTag(p: CalcPolicy | undefined, t: Translate) {
  if (!p || p.textStatus === 'official') return null;
  return <span class="calc-tag">{p.textStatus === 'draft-for-comment' ? t('calc.common.draft') : t('calc.common.summary')}</span>;
}

const money = (v: Yuan | undefined) => (v ? formatYuanWithWan(v) : '—');
const num = (v: Yuan | undefined) => (v ? Number(v.toFixed(2)) : 0);

/** A text field: label, hint and error tied to the input (Field); `mode` picks the phone's keyboard. */
function TextField(p: { id: string; label: string; hint?: string; error?: string | undefined; mode?: 'numeric' | 'decimal'; placeholder?: string; value: string; set: (v: string) => void }) {
  return (
    <Field id={p.id} label={p.label} hint={p.hint} error={p.error}>
      {(d, inv) => <input type="text" id={p.id} inputMode={p.mode} autocomplete="off" maxLength={MAX_PARAM_LENGTH} value={p.value} placeholder={p.placeholder} aria-describedby={d} aria-invalid={inv} onInput={(e) => p.set(e.currentTarget.value)} />}
    </Field>
  );
}

/** One condition as a question: a choice for facts and exclusions, dates for waiting periods, an amount for thresholds. */
function ConditionQuestion(props: { i: number; k: number; c: ConditionResult; value: ConditionForm; t: Translate; id: (x: string) => string; errors: Record<string, string>; onChange: (v: ConditionForm) => void }) {
  const { i, k, c, value, t, id, errors, onChange } = props;
  const cond = c.condition;
  const key = (part: 'answer' | 'from' | 'on' | 'amount') => subsidyField.cond(i, k, part);
  const state = <span class={`calc-cond-state calc-cond-state--${c.state}`} data-output={`cond-${i}-${k}`} data-value={c.state}>{t(`calc.subsidy.cond.${c.state}`)}</span>;
  if (cond.kind === 'basis') return <li class="calc-cond calc-cond--basis">{t('calc.subsidy.cond.basis')}：{cond.text}</li>;
  if (cond.kind === 'fact' || cond.kind === 'exclusion') {
    const label = cond.kind === 'fact' ? t('calc.subsidy.cond.fact', { text: cond.text }) : t('calc.subsidy.cond.exclusion', { excluded: cond.excluded, text: cond.text });
    return (
      <li class="calc-cond">
        <Field id={id(key('answer'))} label={label}>
          {() => (
            <select id={id(key('answer'))} value={value.answer} onChange={(e) => onChange({ ...value, answer: e.currentTarget.value as ConditionForm['answer'] })}>
              <option value="">{t('calc.subsidy.cond.unanswered')}</option>
              <option value="yes">{t('calc.subsidy.cond.yes')}</option>
              <option value="no">{t('calc.subsidy.cond.no')}</option>
            </select>
          )}
        </Field>
        {state}
      </li>
    );
  }
  if (cond.kind === 'duration') {
    const from = cond.period.from ?? '';
    return (
      <li class="calc-cond">
        <p class="calc-cond-text">{t('calc.subsidy.cond.duration', { text: cond.text, period: formatPeriod(cond.period) })}</p>
        <div class="calc-claim-grid">
          <TextField id={id(key('from'))} label={t('calc.subsidy.cond.from', { from })} hint="YYYY-MM-DD" error={errors[key('from')]} mode="numeric" value={value.from} set={(v) => onChange({ ...value, from: v })} />
          <TextField id={id(key('on'))} label={t('calc.subsidy.cond.on')} hint="YYYY-MM-DD" error={errors[key('on')]} mode="numeric" value={value.on} set={(v) => onChange({ ...value, on: v })} />
        </div>
        {c.period && c.earliest && (
          <p class="calc-aside" data-output={`cond-${i}-${k}-earliest`} data-value={c.earliest}>
            {t('calc.subsidy.cond.earliest', {
              end: formatChineseDate(c.period.plainEnd),
              earliest: formatChineseDate(c.earliest),
              articles: c.period.articles.map((a) => t(`calc.subsidy.article.${a}`)).join('、'),
            })}
          </p>
        )}
        {state}
      </li>
    );
  }
  return (
    <li class="calc-cond">
      <TextField id={id(key('amount'))} label={t('calc.subsidy.cond.threshold', { of: cond.of, limit: withBound(formatWan(c.limit!), cond.bound) })} error={errors[key('amount')]} mode="decimal" value={value.amount} set={(v) => onChange({ ...value, amount: v })} />
      {state}
    </li>
  );
}

/** A claim's outcome in one line: what it contributes, or why not. */
function ClaimOutcomeLine({ c, t, fields = '' }: { c: ClaimOutcome; t: Translate; fields?: string }) {
  const out = `claim-amount-${c.index}`;
  const p = c.provision;
  if (!p) return null;
  const upTo = c.upperBound ? t('calc.subsidy.upTo') : t('calc.subsidy.exact');
  switch (c.status) {
    case 'not-eligible':
      return (
        <p class="calc-claim-outcome calc-claim-outcome--not-eligible">
          <strong data-output={out} data-kind="not-eligible" data-value="0">{t('calc.subsidy.notEligible')}</strong>{' '}
          {t('calc.subsidy.notEligibleWhy', { conditions: c.failed.map((f) => `“${f.condition.text}”`).join('、') })} <Cite p={p} />
          {c.potential && <span class="calc-aside"> {t('calc.subsidy.notEligibleWould', { amount: money(c.potential) })}</span>}
        </p>
      );
    case 'received':
      return <p class="calc-claim-outcome" data-output={out} data-kind="prior">{t('calc.subsidy.priorCounted', { amount: money(c.amount) })}</p>;
    case 'incomplete':
      return <p class="calc-claim-outcome" data-output={out} data-kind="incomplete">{fields ? t('calc.subsidy.incomplete', { fields }) : t('calc.subsidy.fixErrors')}</p>;
    default:
      break;
  }
  if (c.noStacking?.displacedBy !== undefined) {
    return (
      <p class="calc-claim-outcome calc-claim-outcome--not-eligible">
        <strong data-output={out} data-kind="displaced" data-value="0">{t('calc.subsidy.displaced', { n: String(c.noStacking.displacedBy + 1) })}</strong>{' '}
        {t('calc.subsidy.displacedWhy', { words: c.noStacking.words })} <Cite p={p} />
      </p>
    );
  }
  if (c.kind === 'case-by-case') return <p class="calc-claim-outcome" data-output={out} data-kind="case-by-case">{t('calc.subsidy.caseByCase')}</p>;
  if (c.kind === 'no-rule') return <p class="calc-claim-outcome" data-output={out} data-kind="no-rule">{t('calc.subsidy.noRule', { rule: p.rule || p.summary })}</p>;
  if (c.status === 'conditional') {
    return (
      <>
        <p class="calc-claim-outcome calc-claim-outcome--conditional">
          <span data-output={out} data-kind="conditional" data-value={c.potential?.toFixed() ?? ''}>
            {t('calc.subsidy.ifMet', { conditions: c.open.map((o) => `“${o.condition.text}”`).join('、'), upTo, amount: money(c.potential) })}
          </span>
        </p>
        <CapsBit c={c} t={t} />
      </>
    );
  }
  return (
    <>
      <p class="calc-claim-outcome calc-claim-outcome--eligible">
        {c.kind === 'fixed' ? t('calc.subsidy.fixedAmount') : t('calc.subsidy.amount')}：{upTo}{' '}
        <strong class="num" data-output={out} data-kind={c.kind} data-upper-bound={String(c.upperBound)}>{money(c.amount)}</strong>
        {c.kind === 'fixed' && c.upperBound && <span class="calc-aside"> {t('calc.subsidy.fixedUpper')}</span>}
      </p>
      <CapsBit c={c} t={t} />
    </>
  );
}

/** The caps that reduced a claim, each with its scope and figure. */
function CapsBit({ c, t }: { c: ClaimOutcome; t: Translate }) {
  const bit = c.caps.filter((x) => x.bit);
  if (bit.length === 0) return null;
  return (
    <ul class="calc-notes calc-bit">
      {bit.map((x, k) => (
        <li key={k} data-output={`claim-cap-${c.index}`}>
          {t(x.usedBefore.isZero() ? 'calc.subsidy.capBit' : 'calc.subsidy.capBitShared', {
            scope: CAP_SCOPE[x.scope] ?? x.scope,
            cap: withBound(formatWan(x.cap), x.bound),
            used: formatWan(x.usedBefore),
            before: money(x.before),
            after: money(x.after),
          })}
        </li>
      ))}
    </ul>
  );
}

function Headline({ r, t, extra }: { r: SubsidyResult; t: Translate; extra?: ComponentChildren }) {
  const h = r.headline;
  // Nothing computed yet: the total is an empty output (for hosts reading the widget's results), never 0.
  const none = <span hidden data-output="total-subsidy" data-value="" />;
  if (h.kind === 'no-location') return <><p class="calc-empty" data-output="status" data-value="empty">{t('calc.subsidy.emptyLocation')}</p>{none}</>;
  if (h.kind === 'no-claims') return <><p class="calc-empty" data-output="status" data-value="no-claims">{t('calc.subsidy.empty')}</p>{none}</>;
  // Chosen but nothing computable yet: say what the total waits for, never 0.00元 for figures not entered.
  if (h.kind === 'pending') return <>{none}<p class="calc-empty" data-output="status" data-value="pending">{t('calc.subsidy.pending')}</p></>;
  const open = h.counts.conditional;
  return (
    <>
      <p class="calc-total">
        {t('calc.subsidy.total')}：{h.confirmedUpper && `${t('calc.subsidy.upTo')} `}
        <span class="num" data-output="total-subsidy" data-upper-bound={String(h.confirmedUpper)}>{formatYuanWithWan(h.confirmed)}</span>
      </p>
      {open > 0 && (
        <p data-output="total-if-met" data-value={h.ifMet.toFixed()}>
          {t('calc.subsidy.totalIfMet', { n: String(open), upTo: h.ifMetUpper ? t('calc.subsidy.upTo') : '', amount: formatYuanWithWan(h.ifMet) })}
        </p>
      )}
      {extra}
      <p class="calc-aside" data-output="claim-counts">
        {t('calc.subsidy.counts', { eligible: String(h.counts.eligible), conditional: String(open), notEligible: String(h.counts['not-eligible']), incomplete: String(h.counts.incomplete) })}
      </p>
      {r.chain.length > 1 && (
        <ul data-output="totals-by-jurisdiction" class="calc-notes">
          {r.totals.map((j) => (
            <li key={j.jurisdiction.code} data-jurisdiction={j.jurisdiction.code}>{t('calc.subsidy.totalFor', { name: j.jurisdiction.name })}：<span class="num">{formatYuanWithWan(j.confirmed)}</span></li>
          ))}
        </ul>
      )}
      {r.chain.length > 1 && <p class="calc-aside">{t('calc.subsidy.combineShort')}</p>}
    </>
  );
}

function Details({ r, t, id, version }: { r: SubsidyResult; t: Translate; id: (x: string) => string; version: string }) {
  const counted = r.claims.filter((c) => (c.kind === 'rate' || c.kind === 'fixed') && (c.status === 'eligible' || c.status === 'conditional') && (c.amount || c.potential));
  const rows = counted.map((c) => {
    const bit = c.caps.filter((x) => x.bit).at(-1);
    const kept = c.amount ?? c.potential;
    return {
      key: String(c.index),
      label: t('calc.subsidy.chart.row', { n: String(c.index + 1) }),
      raw: num(c.caps[0]?.before ?? kept),
      amount: num(kept),
      // The limit that applied: the cap itself, or what was left of a shared cap.
      cap: bit ? num(bit.after) : undefined,
      conditional: c.status === 'conditional',
      text: `${c.status === 'conditional' ? t('calc.subsidy.chart.ifMet') : ''}${money(kept)}${bit ? t('calc.subsidy.chart.cut', { scope: CAP_SCOPE[bit.scope] ?? bit.scope, cap: withBound(formatWan(bit.cap), bit.bound) }) : ''}`,
    };
  });
  return (
    <>
      {rows.length > 0 && <CapBars id={id('chart')} title={t('calc.subsidy.chart.title')} rows={rows} />}
      {r.claims.some((c) => c.steps.length > 0) && (
        <>
          <h3>{t('calc.common.formula')}</h3>
          <ol class="calc-steps" data-output="steps">
            {r.claims.filter((c) => c.steps.length > 0).map((c) => (
              <li key={c.index} data-step-claim={c.index}>
                {t('calc.subsidy.stepClaim', { n: String(c.index + 1) })}
                {c.steps.map((x) => renderStep(x, t(`calc.subsidy.step.${x.key}`))).join('；')}
                {c.status === 'conditional' && `（${t('calc.subsidy.stepIfMet')}）`} <Cite p={c.provision} />
              </li>
            ))}
          </ol>
        </>
      )}
      {r.documents.length > 0 && (
        <>
          <h3>{t('calc.subsidy.applies')}</h3>
          <ul data-output="applicable-documents">
            {r.documents.map((d) => (
              <li key={d.jurisdiction.code} data-jurisdiction={d.jurisdiction.code}>
                {d.jurisdiction.name}：{d.policies.map((p, k) => <span key={p.id}>{k > 0 && '、'}{p.shortTitle}{statusTag(p, t)}</span>)}
              </li>
            ))}
          </ul>
        </>
      )}
      {r.combination && (
        <div class="notice" data-output="combination">
          <p>{t('calc.subsidy.combine')}</p>
          {r.combination.filter((c) => c.statements.length > 0).map((c) => (
            <div key={c.jurisdiction.code}>
              <p>{t('calc.subsidy.cityStatements', { name: c.jurisdiction.name })}</p>
              <ul>{c.statements.map((p) => <li key={p.id}>{p.summary} <Cite p={p} />{p.notes.map((n) => <div class="calc-aside" key={n}>{n}</div>)}</li>)}</ul>
            </div>
          ))}
        </div>
      )}
      <ul class="calc-notes">
        <li>{t('calc.subsidy.totalNote')}</li>
        <li>{t('calc.subsidy.order')}</li>
        <li>{t('calc.subsidy.reviewNote')}</li>
        <li>{BOUND_RULE_CITATION}</li>
      </ul>
      <p class="result-stamp">{ROUNDING_NOTE} <span data-output="dataset-version">{t('calc.common.stamp', { version })}</span></p>
    </>
  );
}

export default function SubsidyCalculator(props: SubsidyCalculatorProps) {
  const { strings, version } = props;
  const t = useMemo(() => makeTranslate(strings), [strings]);
  const calendar = useMemo(() => makeHolidayCalendar(props.holidays), [props.holidays]);
  const ctx = useMemo(() => subsidyContext(props, props.claimantOrder, calendar), [props.policies, props.provisions, props.claimantOrder, calendar]);
  // Places grouped province → city (the comparison's picker order), so hundreds stay findable.
  const places = useMemo<PickableDoc[]>(() => ctx.jurisdictions.map((j) => ({ id: j.code, label: j.name, code: j.code, place: j.name, level: j.level, parent: j.parent })), [ctx]);
  const prefix = props.idPrefix ?? 'sb';
  const id = (x: string) => `${prefix}-${x}`;
  const binding = props.page;
  const [form, setForm] = useState<SubsidyForm>(props.start ?? EMPTY_SUBSIDY_FORM);
  const [notices, setNotices] = useState<{ code: string }[]>([]);
  const [pick, setPick] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);

  // A shared link is read once mounted (the server rendered the empty form).
  useEffect(() => {
    const r = binding?.read();
    if (!r) return;
    setForm(r.form);
    setNotices(r.notices);
  }, []);
  const update = (next: SubsidyForm) => {
    setForm(next);
    binding?.write(next);
  };
  const setClaim = (i: number, patch: Partial<ClaimForm>) => update({ ...form, claims: form.claims.map((c, j) => (j === i ? { ...c, ...patch } : c)) });

  const r = computeSubsidy(form, ctx);
  // The totals under every reading (the page), or where the widget's total comes from.
  const readingsNote = props.readings
    ? props.readings(r, ctx)
    : r.claims.some((c) => c.provision?.readings.some((x) => x.value)) && <p class="calc-aside">{t('calc.subsidy.readingsOnPage')}</p>;
  const isExample = JSON.stringify(form) === JSON.stringify(props.example);
  const focusLater = (elementId: string) =>
    setTimeout(() => {
      const root = (rootRef.current?.getRootNode() ?? document) as Document | ShadowRoot;
      root.getElementById(elementId)?.focus();
    }, 0);
  const addClaim = (p: SubsidyItem) => {
    if (form.claims.length >= MAX_CLAIMS) return;
    const year = form.claims.at(-1)?.year ?? '';
    const claim: ClaimForm = { provisionId: p.id, year, base: '', claimant: '', target: '', subject: '', prior: false, awarded: '', conds: emptyConds(claimConditions(p).length) };
    update({ ...form, claims: [...form.claims, claim] });
    focusLater(id(`claim-${form.claims.length}`));
  };
  const missingFields = (c: ClaimOutcome) =>
    [
      [subsidyField.year(c.index), t('calc.subsidy.year')],
      [subsidyField.base(c.index), c.provision?.value.base?.label ?? ''],
      [subsidyField.awarded(c.index), t('calc.subsidy.awarded')],
    ]
      .filter(([k]) => r.missing.includes(k!))
      .map(([, label]) => label!.replace(/（元）$/, ''))
      .join('、');
  const { fixed, compact } = props;
  // One article a host chose, alone: no other claim shares its caps, so who claims and in which
  // enterprise (the keys caps are shared by) change nothing, and are not asked.
  const alone = fixed && form.claims.length === 1;
  // Chosen articles only: other places' and articles' inputs stay out (the example may show others).
  const thresholdsHere = fixed ? [] : r.thresholds;
  const answer = (
    // Clearing the example returns to the host's preset (the chosen articles), not to nothing.
    <AnswerPanel id={id('result')} t={t} heading={t('calc.subsidy.result')} example={isExample} onClearExample={() => update(props.start ?? EMPTY_SUBSIDY_FORM)} detailsId={id('details')} hasDetails={r.headline.kind === 'total'}>
      <Headline r={r} t={t} extra={!compact && readingsNote} />
    </AnswerPanel>
  );

  return (
    <div class="calc calc-subsidy calc-shell" ref={rootRef}>
      <LinkNotices t={t} notices={notices} />
      {compact && answer}
      <div class="calc-inputs calc-inputs--first">
        <LoadExample t={t} active={isExample} onLoad={() => update(props.example)} />
        {!fixed && (
          <Field id={id('loc')} label={t('calc.subsidy.loc')} error={r.errors['loc']}>
            {(d, inv) => (
              <DocumentSelect id={id('loc')} docs={places} value={form.loc} describedBy={d} invalid={inv} placeholder={t('calc.common.choose')} optionLabel={(j) => j.label} onChange={(loc) => update({ ...form, loc })} />
            )}
          </Field>
        )}
        {r.location && !fixed && (
          <div class="calc-add">
            <Field id={id('pick')} label={t('calc.subsidy.pick')} hint={t('calc.subsidy.pick.hint')}>
              {(d) => (
                <select id={id('pick')} value={pick} aria-describedby={d} onChange={(e) => setPick(e.currentTarget.value)}>
                  <option value="">{t('calc.common.choose')}</option>
                  {r.catalogue.map((g) => (
                    <optgroup key={g.claimant} label={t(`calc.subsidy.claimant.${g.claimant}`)}>
                      {g.items.map((p) => <option key={p.id} value={p.id}>{p.summary}</option>)}
                    </optgroup>
                  ))}
                </select>
              )}
            </Field>
            <button
              type="button"
              class="button no-print"
              data-action="add-claim"
              disabled={!pick || form.claims.length >= MAX_CLAIMS}
              onClick={() => {
                const p = ctx.subsidies.find((x) => x.id === pick);
                if (p) addClaim(p);
              }}
            >
              {t('calc.subsidy.add')}
            </button>
          </div>
        )}
        {r.claims.map((c) => {
          const p = c.provision;
          if (!p) return null;
          const row = c.form;
          const i = c.index;
          return (
            <fieldset class={`calc-claim calc-claim--${c.status}`} data-claim={i} key={i}>
              <legend id={id(`claim-${i}`)} tabIndex={-1}>{t('calc.subsidy.claim', { n: String(i + 1), summary: p.summary })}</legend>
              <p class="calc-aside">{c.policy?.jurisdiction.name}{statusTag(c.policy, t)} · {p.rule} <Cite p={p} /></p>
              {c.outside && <p class="notice">{t('calc.subsidy.outside', { name: c.policy?.jurisdiction.name ?? '' })}</p>}
              <div class="field">
                <label class="calc-check">
                  <input type="checkbox" checked={row.prior} onChange={(e) => setClaim(i, { prior: e.currentTarget.checked })} /> {t('calc.subsidy.prior')}
                </label>
              </div>
              <div class="calc-claim-grid">
                {c.needs.year && (
                  <TextField id={id(subsidyField.year(i))} label={t('calc.subsidy.year')} error={r.errors[subsidyField.year(i)]} mode="numeric" value={row.year} set={(v) => setClaim(i, { year: v })} />
                )}
                {row.prior ? (
                  <TextField id={id(subsidyField.awarded(i))} label={t('calc.subsidy.awarded')} error={r.errors[subsidyField.awarded(i)]} mode="decimal" value={row.awarded} set={(v) => setClaim(i, { awarded: v })} />
                ) : (
                  c.needs.base && (
                    <TextField id={id(subsidyField.base(i))} label={t('calc.subsidy.base', { label: p.value.base?.label ?? '' })} error={r.errors[subsidyField.base(i)]} mode="decimal" value={row.base} set={(v) => setClaim(i, { base: v })} />
                  )
                )}
                {c.needs.claimant && !alone && (
                  <TextField id={id(subsidyField.claimant(i))} label={t('calc.subsidy.claimant')} placeholder={t('calc.subsidy.claimant.default')} value={row.claimant} set={(v) => setClaim(i, { claimant: v })} />
                )}
                {c.needs.target && !alone && (
                  <TextField id={id(subsidyField.target(i))} label={t('calc.subsidy.target')} value={row.target} set={(v) => setClaim(i, { target: v })} />
                )}
                {c.needs.subject && !alone && (
                  <TextField id={id(subsidyField.subject(i))} label={t('calc.subsidy.subject')} value={row.subject} set={(v) => setClaim(i, { subject: v })} />
                )}
              </div>
              {!row.prior && c.conditions.length > 0 && (
                <fieldset class="calc-conditions-set">
                  <legend>{t('calc.subsidy.conditions')}</legend>
                  <ul class="calc-conditions" data-output={`conditions-${i}`}>
                    {c.conditions.map((cr, k) => (!c.onlyUnder[k] || props.readings) && [
                      // A reading's own condition matters only to that reading's total: the page asks it, a widget does not.
                      c.onlyUnder[k] && <li key={`only-${k}`} class="calc-aside">{t('calc.subsidy.cond.onlyUnder', { readings: c.onlyUnder[k]!.join('、') })}</li>,
                      <ConditionQuestion
                        key={k}
                        i={i}
                        k={k}
                        c={cr}
                        value={row.conds[k] ?? EMPTY_CONDITION}
                        t={t}
                        id={id}
                        errors={r.errors}
                        onChange={(v) => setClaim(i, { conds: row.conds.map((x, j) => (j === k ? v : x)) })}
                      />,
                    ])}
                  </ul>
                </fieldset>
              )}
              <div class="calc-claim-result" aria-live="polite">
                <ClaimOutcomeLine c={c} t={t} fields={missingFields(c)} />
              </div>
              {p.notes.length > 0 && (
                // Compact: the article's notes fold (its readings, each with its consequence, stay in view).
                <Fold on={compact} t={t} summary={t('calc.common.notes', { n: String(p.notes.length) })}>
                  <ul class="calc-notes">{p.notes.map((n) => <li key={n}>{n}</li>)}</ul>
                </Fold>
              )}
              {p.readings.length > 0 && (
                <ul class="calc-readings">{p.readings.map((rd) => <li key={rd.key}><strong>{rd.label}</strong>：{rd.consequence}</li>)}</ul>
              )}
              {!fixed && (
                <button type="button" class="button button--secondary no-print" onClick={() => update({ ...form, claims: form.claims.filter((_, j) => j !== i) })}>
                  {t('calc.subsidy.remove', { n: String(i + 1) })}
                </button>
              )}
            </fieldset>
          );
        })}
      </div>

      {binding && r.headline.kind === 'total' &&
        binding.peek(
          id('result'),
          <>
            {t('calc.subsidy.peek', { upTo: r.headline.confirmedUpper ? t('calc.subsidy.upTo') : '', total: formatWan(r.headline.confirmed) })}
            {r.headline.counts.conditional > 0 && t('calc.subsidy.peekIfMet', { total: formatWan(r.headline.ifMet) })}
          </>,
        )}
      {!compact && answer}

      {thresholdsHere.length > 0 && (
        <section class="calc-inputs calc-inputs--more" aria-labelledby={id('th-h')}>
          <h2 id={id('th-h')}>{t('calc.subsidy.thresholds')}</h2>
          {thresholdsHere.map((th) => {
            const p = th.provision;
            const key = subsidyField.threshold(p.id);
            return (
              <div class="calc-claim" data-threshold={p.id} key={p.id}>
                <TextField
                  id={id(key)}
                  label={t('calc.subsidy.thresholdValue', { of: p.value.of })}
                  hint={p.summary}
                  error={r.errors[key]}
                  mode="decimal"
                  value={form.thresholds[p.id] ?? ''}
                  set={(v) => {
                    const next = { ...form.thresholds };
                    if (v === '') delete next[p.id];
                    else next[p.id] = v;
                    update({ ...form, thresholds: next });
                  }}
                />
                <p aria-live="polite" data-output={`threshold-${p.id}`} data-value={th.state}>
                  {th.state !== 'unanswered' && t(th.state === 'met' ? 'calc.subsidy.thresholdMet' : 'calc.subsidy.thresholdNotMet', { limit: withBound(formatWan(th.limit), p.value.bound) })} <Cite p={p} />
                </p>
                {p.notes.map((n) => <p class="calc-aside" key={n}>{n}</p>)}
              </div>
            );
          })}
        </section>
      )}

      <Fold on={compact} t={t} fullPage={props.fullPage ?? ''}>
        <section class="calc-details" id={id('details')} aria-labelledby={id('details-h')}>
          <h2 id={id('details-h')}>{t('calc.common.toDetails')}</h2>
          {compact && readingsNote}
          <Details r={r} t={t} id={id} version={version} />
          {r.location && !fixed && (
            <section class="calc-list-section" aria-labelledby={id('list-h')}>
              <h3 id={id('list-h')}>{t('calc.subsidy.list')}</h3>
              {r.catalogue.map((g) => (
                <div class="calc-group" key={g.claimant}>
                  <h4>{t(`calc.subsidy.claimant.${g.claimant}`)}</h4>
                  <ul class="calc-list">
                    {g.items.map((p) => (
                      <li key={p.id} data-provision={p.id}>
                        <strong>{p.summary}</strong> <span class="calc-aside">（{ctx.policies.find((x) => x.id === p.policy)?.jurisdiction.name}{statusTag(ctx.policies.find((x) => x.id === p.policy), t)}）</span>
                        <div>{p.rule} <Cite p={p} /></div>
                        <button type="button" class="button button--secondary" aria-label={t('calc.subsidy.addFor', { summary: p.summary })} onClick={() => addClaim(p)} disabled={form.claims.length >= MAX_CLAIMS}>
                          {t('calc.subsidy.add')}
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          )}
          {binding?.actions(form)}
        </section>
      </Fold>
    </div>
  );
}

/** The worked example's result, rendered statically for readers without JavaScript. */
export function SubsidyExample(props: SubsidyCalculatorProps) {
  const t = makeTranslate(props.strings);
  const ctx = subsidyContext(props, props.claimantOrder, makeHolidayCalendar(props.holidays));
  const r = computeSubsidy(props.example, ctx);
  const id = (x: string) => `sb-example-${x}`;
  return (
    <section class="calc-example" aria-labelledby={id('h')}>
      <h2 id={id('h')}>{t('calc.common.example')}</h2>
      <p>{r.location?.name}</p>
      <ul class="calc-notes">
        {r.claims.map((c) => (
          <li key={c.index}>{t('calc.subsidy.claim', { n: String(c.index + 1), summary: c.provision?.summary ?? '' })}：<ClaimOutcomeLine c={c} t={t} /></li>
        ))}
      </ul>
      <Headline r={r} t={t} />
      <Details r={r} t={t} id={id} version={props.version} />
    </section>
  );
}
