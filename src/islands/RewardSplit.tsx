/**
 * 收益分配 calculator island. Collects the form and renders `computeReward()` (src/lib): every
 * number, state and step comes from the core; this file only lays them out. Starts empty (or from
 * a widget host's preset); "载入示例" loads the site's worked example, marked as such. The page
 * keeps the form in its URL (`reward-url-state.ts`); outputs carry `data-output` names for widgets.
 */
import type { ComponentType } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Field } from './ui/Field';
import { DocumentSelect, type PickableDoc } from './ui/DocumentSelect';
import { AnswerPanel, Fold, LinkNotices, LoadExample, type PageBinding } from './ui/CalcShell';
import { ShareBar } from './charts/ShareBar';
import { Cite, LawAnswers, docLabel } from './reward/parts';
import type { CompareTableProps } from './reward/CompareTable';
import type { CalcData } from '../lib/calculators/props';
import { renderStep } from '../lib/calculators/common';
import { computeReward, EMPTY_REWARD_FORM, MAX_COSTS, rewardContext, type LineView, type RewardContext, type RewardForm, type RewardResult } from '../lib/calculators/reward';
import { LICENSOR_CLASSES } from '../lib/law/licensors';
import { makeTranslate, type Translate } from '../lib/calculators/payment-text';
import { formatPercent, formatWan, formatYuanWithWan, ROUNDING_NOTE, type Yuan } from '../lib/money';
import { withBound } from '../lib/provision-format';
import { MAX_PARAM_LENGTH } from '../lib/url-query';
import type { ConversionMode } from '../schemas/provision';

export interface RewardSplitProps extends CalcData {
  modes: ConversionMode[];
  /** The site's worked example ("载入示例"). */
  example: RewardForm;
  /** The form to start from: empty, or a widget host's preset. */
  start?: RewardForm | undefined;
  /** Id prefix, so two instances can share a page. */
  idPrefix?: string;
  /** The full page's address bar, share buttons and answer bar (absent in a widget). */
  page?: PageBinding<RewardForm> | undefined;
  /** The full page's comparison across documents (./reward/CompareTable.tsx; absent in a widget). */
  compareTable?: ComponentType<CompareTableProps> | undefined;
  /** A compact widget: the answer first, the details folded with a link to `fullPage`. */
  compact?: boolean | undefined;
  fullPage?: string | undefined;
}

const sameForm = (a: RewardForm, b: RewardForm) => JSON.stringify(a) === JSON.stringify({ ...a, ...b });



const num = (v: Yuan | undefined) => (v ? Number(v.toFixed(6)) : 0);

function minText(line: LineView, t: Translate): string {
  return line.rule ? withBound(formatPercent(line.rule.value.rate), line.rule.value.bound) : t('calc.reward.unregulated');
}

/** The headline: the three amounts and the state of the minimums. */
function Headline({ r, t, id }: { r: RewardResult; t: Translate; id: (k: string) => string }) {
  const amount = (v: Yuan | undefined, line?: LineView) => (v ? formatYuanWithWan(v) : line && line.state === 'no-rule' && r.split ? t('calc.reward.unregulated') : '—');
  const amountLabel = r.basis === 'equity' ? 'calc.reward.inventorAmount.equity' : r.basis === 'ownership' ? 'calc.reward.inventorAmount.ownership' : 'calc.reward.inventorAmount';
  if (!r.policy || !r.mode || r.net === undefined) {
    return (
      <>
        <p class="calc-empty" data-output="status" data-value="empty">{t('calc.reward.empty')}</p>
        <span hidden data-output="compliant" data-value="none" />
      </>
    );
  }
  return (
    <>
      <p class="calc-context">{docLabel(r.policy, t)} · {t(`calc.reward.mode.${r.mode}`)} · {formatYuanWithWan(r.net)}</p>
      <dl class="calc-figures calc-headline">
        <dt id={id('inv-l')}>{t(amountLabel)}{r.inventor.rate && `（${formatPercent(r.inventor.rate)}）`}</dt>
        <dd class="num" data-output="inventor-amount">{amount(r.inventor.amount, r.inventor)}</dd>
        <dt>{t('calc.reward.transferAmount')}{r.transfer.rate && r.transfer.amount && `（${formatPercent(r.transfer.rate)}）`}</dt>
        <dd class="num" data-output="transfer-staff-amount">{amount(r.transfer.amount, r.transfer)}</dd>
        <dt>{t('calc.reward.unitAmount')}</dt>
        <dd class="num" data-output="unit-amount">{amount(r.unit.amount)}</dd>
      </dl>
      <p class={`calc-status calc-status--${r.status}`} data-output="compliant" data-value={r.status === 'meets' ? 'true' : r.status === 'below' ? 'false' : r.status === 'no-rule' ? 'none' : r.status === 'depends' ? 'depends' : 'incomplete'}>
        {t(`calc.reward.status.${r.status}`)}
      </p>
      {r.inventorRateNeeded && <p class="notice" data-output="inventor-needed">{t('calc.reward.inventorNeeded')}</p>}
      {r.transferPermissive && <p class="calc-aside" data-output="transfer-permissive">{t('calc.reward.permissive')}</p>}
      {r.law && r.law.answers.length > 1 && <p class="calc-aside" data-output="law-depends">{t('calc.reward.law.dependsHint', { n: String(r.law.answers.length) })}</p>}
    </>
  );
}



/** The details: chart, minimums with citations, trace, notes, the comparison across documents. */
function Details({ r, t, id, version, ctx, Compare }: { r: RewardResult; t: Translate; id: (k: string) => string; version: string; ctx: RewardContext; Compare: ComponentType<CompareTableProps> | undefined }) {
  const split = r.split;
  const parts =
    split && r.inventor.shareOfWhole && r.unit.shareOfWhole
      ? [
          { key: 'inventor', label: t('calc.reward.chart.inventor'), value: num(r.inventor.shareOfWhole), text: `${formatPercent(r.inventor.shareOfWhole.toDecimalPlaces(4))} · ${formatYuanWithWan(r.inventor.amount!)}` },
          ...(r.transfer.shareOfWhole
            ? [{ key: 'transfer', label: t('calc.reward.chart.transfer'), value: num(r.transfer.shareOfWhole), text: `${formatPercent(r.transfer.shareOfWhole.toDecimalPlaces(4))} · ${formatYuanWithWan(r.transfer.amount!)}` }]
            : []),
          { key: 'unit', label: t('calc.reward.chart.unit'), value: num(r.unit.shareOfWhole), text: `${formatPercent(r.unit.shareOfWhole.toDecimalPlaces(4))} · ${formatYuanWithWan(r.unit.amount!)}` },
        ]
      : [];
  const markers = [
    ...(r.inventor.minimumOfWhole ? [{ key: 'inv-min', at: num(r.inventor.minimumOfWhole), label: t('calc.reward.chart.inventorMin', { rate: minText(r.inventor, t) }) }] : []),
    ...(r.transfer.minimumOfWhole && r.inventor.rate
      ? [{ key: 'ts-min', at: num(r.inventor.rate.plus(r.transfer.minimumOfWhole)), label: t('calc.reward.chart.transferMin', { rate: minText(r.transfer, t) }) }]
      : []),
  ];
  return (
    <>
      {parts.length > 0 && <ShareBar id={id('chart')} title={t('calc.reward.chart.title')} parts={parts} markers={markers} />}
      <h3>{t('calc.reward.minimums')}</h3>
      <dl class="calc-figures">
        <dt>{t('calc.reward.inventorMin')}</dt>
        <dd data-output="inventor-min-share" data-state={r.inventor.state}>
          {r.policy && r.mode ? minText(r.inventor, t) : '—'} <Cite p={r.inventor.rule} />
          {r.split && r.inventor.rule && <span class={`calc-min calc-min--${r.inventor.state}`}>{t(`calc.reward.min.${r.inventor.state}`)}</span>}
        </dd>
        <dt>{t('calc.reward.transferMin')}</dt>
        <dd data-output="transfer-staff-min-share" data-state={r.transfer.state}>
          {r.policy && r.mode ? minText(r.transfer, t) : '—'} <Cite p={r.transfer.rule} />
          {r.split && r.transfer.rule && <span class={`calc-min calc-min--${r.transfer.state}`}>{t(`calc.reward.min.${r.transfer.state}`)}</span>}
        </dd>
      </dl>
      {r.law && (
        <>
          <h3>{t('calc.reward.law.title')}</h3>
          {r.law.inconsistent ? <p class="notice">{t('calc.reward.law.inconsistent')}</p> : <LawAnswers answers={r.law.answers} t={t} ctx={ctx} testId="law-answers" />}
        </>
      )}
      {r.ruleNotes.length > 0 && <ul class="calc-notes">{r.ruleNotes.map((n) => <li key={n}>{n}</li>)}</ul>}
      {[r.inventor.rule, r.transfer.rule].flatMap((p) => p?.readings ?? []).length > 0 && (
        <>
          <h3>{t('calc.common.readings')}</h3>
          <ul class="calc-readings" data-output="readings">
            {[r.inventor.rule, r.transfer.rule].flatMap((p) => (p ? p.readings.map((rd) => ({ p, rd })) : [])).map(({ p, rd }) => (
              <li key={`${p.id}-${rd.key}`}><strong>{rd.label}</strong>：{rd.consequence} <span class="calc-aside">（{rd.explanation}）</span> <Cite p={p} /></li>
            ))}
          </ul>
        </>
      )}
      {r.trace.length > 0 && (
        <>
          <h3>{t('calc.common.formula')}</h3>
          <ol class="calc-steps" data-output="steps">
            {r.trace.map((x, k) => (
              <li key={k}>{renderStep(x, t(`calc.reward.step.${x.key}`))} {x.provisionIds.map((pid) => r.inventor.rule?.id === pid ? <Cite p={r.inventor.rule} /> : r.transfer.rule?.id === pid ? <Cite p={r.transfer.rule} /> : null)}</li>
            ))}
          </ol>
        </>
      )}
      {r.notes.length > 0 && (
        <>
          <h3>{t('calc.reward.notes')}</h3>
          <ul class="calc-notes" data-output="notes">
            {r.notes.map((n) => <li key={n.id}>{n.summary} <Cite p={n} /></li>)}
          </ul>
        </>
      )}
      {Compare && <Compare r={r} t={t} id={id} ctx={ctx} />}
      <p class="result-stamp">{t('calc.reward.rounding')} {ROUNDING_NOTE} <span data-output="dataset-version">{t('calc.common.stamp', { version })}</span></p>
    </>
  );
}

export default function RewardSplit(props: RewardSplitProps) {
  const { strings, modes, version } = props;
  const t = useMemo(() => makeTranslate(strings), [strings]);
  const ctx = useMemo(() => rewardContext(props, modes), [props.policies, props.provisions, modes]);
  const prefix = props.idPrefix ?? 'rw';
  const id = (x: string) => `${prefix}-${x}`;
  const binding = props.page;
  const [form, setForm] = useState<RewardForm>(props.start ?? EMPTY_REWARD_FORM);
  const [notices, setNotices] = useState<{ code: string }[]>([]);

  // A shared link is read once mounted (the server rendered the empty form).
  useEffect(() => {
    const r = binding?.read();
    if (!r) return;
    setForm(r.form);
    setNotices(r.notices);
  }, []);
  const update = (patch: Partial<RewardForm>) => {
    const next = { ...form, ...patch };
    setForm(next);
    binding?.write(next);
  };

  // Province → city groups (the comparison's picker order), so hundreds of documents stay findable.
  const pickable = useMemo<PickableDoc[]>(
    () => ctx.policies.map((p) => ({ id: p.id, label: docLabel(p, t), code: p.jurisdiction.code, place: p.jurisdiction.name, level: p.jurisdiction.level, parent: p.jurisdiction.parent })),
    [ctx],
  );
  const r = computeReward(form, ctx);
  const isExample = sameForm(form, props.example);
  const netLabel = r.basis === 'equity' ? t('calc.reward.net.equity') : r.basis === 'ownership' ? t('calc.reward.net.ownership') : t('calc.reward.net');
  const text = (key: keyof RewardForm & ('net' | 'gross' | 'inventorPct' | 'transferPct'), field: string, label: string, hint?: string) => (
    <Field id={id(field)} label={label} hint={hint} error={r.errors[field]}>
      {(d, inv) => (
        <input type="text" id={id(field)} name={field} inputMode="decimal" autocomplete="off" maxLength={MAX_PARAM_LENGTH} value={form[key]} aria-describedby={d} aria-invalid={inv} onInput={(e) => update({ [key]: e.currentTarget.value })} />
      )}
    </Field>
  );

  const answer = (
    // Clearing the example returns to the host's preset (a widget's), not to nothing.
    <AnswerPanel id={id('result')} t={t} heading={t('calc.reward.result')} example={isExample} onClearExample={() => update(props.start ?? EMPTY_REWARD_FORM)} detailsId={id('details')} hasDetails={!!r.split}>
      <Headline r={r} t={t} id={id} />
    </AnswerPanel>
  );

  return (
    <div class="calc calc-reward calc-shell">
      <LinkNotices t={t} notices={notices} />
      {props.compact && answer}
      <div class="calc-inputs calc-inputs--first" role="group" aria-label={t('calc.reward.inputs')}>
        <LoadExample t={t} active={isExample} onLoad={() => update(props.example)} />
        <Field id={id('doc')} label={t('calc.reward.doc')} error={r.errors['doc']}>
          {(d, inv) => (
            <DocumentSelect id={id('doc')} name="doc" docs={pickable} value={form.doc} describedBy={d} invalid={inv} placeholder={t('calc.common.choose')} onChange={(doc) => update({ doc })} />
          )}
        </Field>
        <Field id={id('mode')} label={t('calc.reward.mode')} error={r.errors['mode']}>
          {(d, inv) => (
            <select id={id('mode')} name="mode" value={form.mode} aria-describedby={d} aria-invalid={inv} onChange={(e) => update({ mode: e.currentTarget.value })}>
              <option value="">{t('calc.common.choose')}</option>
              {modes.map((m) => <option key={m} value={m}>{t(`calc.reward.mode.${m}`)}</option>)}
            </select>
          )}
        </Field>
        {r.law?.asks.includes('licensor') && (
          <Field id={id('licensor')} label={t('calc.reward.law.licensor')} hint={t('calc.reward.law.licensorHint')} error={r.errors['licensor']}>
            {(d, inv) => (
              <select id={id('licensor')} name="licensor" value={form.licensor} aria-describedby={d} aria-invalid={inv} onChange={(e) => update({ licensor: e.currentTarget.value })}>
                <option value="">{t('calc.reward.law.unknown')}</option>
                {LICENSOR_CLASSES.map((c) => <option key={c} value={c}>{t(`law.class.${c}`)}</option>)}
              </select>
            )}
          </Field>
        )}
        {(['ownRule', 'registered'] as const).map((k) =>
          r.law?.asks.includes(k) ? (
            <Field key={k} id={id(k)} label={t(`calc.reward.law.${k}`)} error={r.errors[k]}>
              {(d, inv) => (
                <select id={id(k)} name={k} value={form[k]} aria-describedby={d} aria-invalid={inv} onChange={(e) => update({ [k]: e.currentTarget.value })}>
                  <option value="">{t('calc.reward.law.unknown')}</option>
                  <option value="yes">{t('calc.reward.law.yes')}</option>
                  <option value="no">{t('calc.reward.law.no')}</option>
                </select>
              )}
            </Field>
          ) : null,
        )}
        <div class="field">
          <label class="calc-check">
            <input type="checkbox" checked={form.useGross} onChange={(e) => update({ useGross: e.currentTarget.checked })} /> {t('calc.reward.useGross')}
          </label>
        </div>
        {!form.useGross ? (
          text('net', 'net', netLabel, t('calc.reward.net.hint'))
        ) : (
          <fieldset>
            <legend>{t('calc.reward.useGross')}</legend>
            {text('gross', 'gross', t('calc.reward.gross'), t('calc.reward.cost.hint'))}
            {form.costs.map((c, i) => (
              <fieldset class="calc-cost" key={i}>
                <legend>{t('calc.reward.cost.legend', { n: String(i + 1) })}</legend>
                <Field id={id(`cost-label-${i}`)} label={t('calc.reward.cost.label')} error={r.errors[`cost-label-${i}`]}>
                  {(d, inv) => <input type="text" id={id(`cost-label-${i}`)} maxLength={MAX_PARAM_LENGTH} value={c.label} aria-describedby={d} aria-invalid={inv} onInput={(e) => update({ costs: form.costs.map((x, j) => (j === i ? { ...x, label: e.currentTarget.value } : x)) })} />}
                </Field>
                <Field id={id(`cost-${i}`)} label={t('calc.reward.cost.amount')} error={r.errors[`cost-${i}`]}>
                  {(d, inv) => <input type="text" id={id(`cost-${i}`)} inputMode="decimal" maxLength={MAX_PARAM_LENGTH} value={c.amount} aria-describedby={d} aria-invalid={inv} onInput={(e) => update({ costs: form.costs.map((x, j) => (j === i ? { ...x, amount: e.currentTarget.value } : x)) })} />}
                </Field>
                <button type="button" class="button button--secondary no-print" onClick={() => update({ costs: form.costs.filter((_, j) => j !== i) })}>
                  {t('calc.reward.cost.remove', { n: String(i + 1) })}
                </button>
              </fieldset>
            ))}
            {form.costs.length < MAX_COSTS && (
              <button type="button" class="button button--secondary no-print" onClick={() => update({ costs: [...form.costs, { label: '', amount: '' }] })}>{t('calc.reward.cost.add')}</button>
            )}
          </fieldset>
        )}
      </div>

      {binding && r.split &&
        binding.peek(
          id('result'),
          t('calc.reward.peek', {
            inventor: r.inventor.amount ? formatWan(r.inventor.amount) : '—',
            transfer: r.transfer.amount ? formatWan(r.transfer.amount) : '—',
            unit: r.unit.amount ? formatWan(r.unit.amount) : '—',
          }),
        )}
      {!props.compact && answer}

      <fieldset class="calc-inputs calc-inputs--more">
        <legend>{t('calc.reward.optional')}</legend>
        {text('inventorPct', 'inventor', t('calc.reward.inventorPct'), t('calc.reward.pct.hint'))}
        {text('transferPct', 'transfer', t('calc.reward.transferPct'), t('calc.reward.pct.hint'))}
      </fieldset>

      <Fold on={props.compact} t={t} fullPage={props.fullPage ?? ''}>
        <section class="calc-details" id={id('details')} aria-labelledby={id('details-h')}>
          <h2 id={id('details-h')}>{t('calc.common.toDetails')}</h2>
          <Details r={r} t={t} id={id} version={version} ctx={ctx} Compare={props.compareTable} />
          {binding?.actions(form)}
        </section>
      </Fold>
    </div>
  );
}

/** The worked example's result, rendered statically for readers without JavaScript. */
export function RewardExample(props: RewardSplitProps) {
  const t = makeTranslate(props.strings);
  const ctx = rewardContext(props, props.modes);
  const r = computeReward(props.example, ctx);
  const id = (x: string) => `rw-example-${x}`;
  return (
    <section class="calc-example" aria-labelledby={id('h')}>
      <h2 id={id('h')}>{t('calc.common.example')}</h2>
      <Headline r={r} t={t} id={id} />
      <Details r={r} t={t} id={id} version={props.version} ctx={ctx} Compare={props.compareTable} />
    </section>
  );
}
