/**
 * 第四条 转化费用支付方式 as a payment plan: the mode (模式一 with or without a royalty, 模式二), the
 * rule its timing is checked against, the milestones (with the 支付条件 the contract states), the
 * royalty and the deferred start. Everything is the planner's `PaymentForm`, computed by
 * `computePlan()` in the core; this component only edits it.
 */
import type { ComponentChildren } from 'preact';
import type { MilestoneForm, PaymentForm } from '../../lib/calculators/payment-plan';
import type { ScheduleMode } from '../../lib/calculators/payment-schedule';
import type { Translate } from '../../lib/calculators/payment-text';
import type { ContractResult } from '../../lib/contract/compute';
import type { ContractBinding } from '../../lib/contract/binding';
import { serializePaymentForm } from '../../lib/calculators/payment-url-state';
import { formatYuan } from '../../lib/money';
import { formatChineseDate } from '../../lib/plain-date';
import type { RuleOption } from '../payment/types';
import type { RuleCite } from '../../data/contract-builder';
import { Field } from '../ui/Field';
import { RadioGroup, TextField, fieldId } from './ui';

export type PayMode = ScheduleMode | '';

interface Props {
  plan: PaymentForm | null;
  conditions: string[];
  signDate: string;
  r: ContractResult;
  t: Translate;
  rules: RuleOption[];
  cites: Record<string, RuleCite>;
  binding: ContractBinding;
  /** Row labels of the model's milestone table, offered as milestone names. */
  rows: string[];
  /** Options of the model's bracketed choices and boxes, as printed. */
  printed: { royaltyPeriod: Record<'half-year' | 'year', string>; deferredKind: Record<'lump' | 'instalments', string> };
  defaultMonths: number | null;
  plannerHref: string;
  onMode: (m: PayMode) => void;
  onPlan: (f: (p: PaymentForm, conditions: string[]) => { plan: PaymentForm; conditions: string[] }) => void;
}

export function PaymentFields(p: Props) {
  const { plan, r, t } = p;
  const err = (k: string) => r.errors[`plan.${k}`];
  const mode: PayMode = plan?.mode ?? '';
  const set = <K extends keyof PaymentForm>(k: K, v: PaymentForm[K]) => p.onPlan((pl, c) => ({ plan: { ...pl, [k]: v }, conditions: c }));
  const text = (k: keyof PaymentForm & string, label: string, o: { hint?: string; inputMode?: 'numeric' | 'decimal'; placeholder?: string } = {}) =>
    plan && (
      <TextField
        k={`plan.${k}`}
        label={label}
        hint={o.hint}
        inputMode={o.inputMode}
        placeholder={o.placeholder}
        value={String(plan[k])}
        error={err(k)}
        onValue={(v) => set(k, v as never)}
      />
    );
  const date = (k: keyof PaymentForm & string, label: string, hint?: string) => text(k, label, { hint, inputMode: 'numeric', placeholder: 'YYYY-MM-DD' });

  const rule = plan ? p.rules.find((x) => x.id === plan.rule) : undefined;
  const basis = rule ? p.cites[rule.timing.provisionId] : undefined;
  const setMs = (i: number, k: keyof MilestoneForm, v: string) =>
    p.onPlan((pl, c) => ({ plan: { ...pl, milestones: pl.milestones.map((m, j) => (j === i ? { ...m, [k]: v } : m)) }, conditions: c }));
  const setCondition = (i: number, v: string) => p.onPlan((pl, c) => ({ plan: pl, conditions: pl.milestones.map((_, j) => (j === i ? v : (c[j] ?? ''))) }));

  const notInModel: string[] = [];
  if (plan && (mode === 'royalty' || (mode === 'milestone' && plan.withRoyalty))) {
    if (/^\d+$/.test(plan.royaltyTerm.trim()) && plan.royaltyTerm.trim() !== '0') notInModel.push(t('contract.pay.notInModel.royaltyTerm', { days: plan.royaltyTerm.trim() }));
    if (plan.royaltyFrom === 'revenue') notInModel.push(t('contract.pay.notInModel.royaltyFrom'));
  }
  if (plan && mode === 'deferred' && plan.deferredStart === 'revenue') {
    notInModel.push(t('contract.pay.notInModel.deferredRevenue', { months: String(p.defaultMonths ?? '') }));
  }

  const royaltyFields: ComponentChildren = plan && (
    <fieldset class="cb-sub-fields">
      <legend>{t('contract.pay.royalty.legend')}</legend>
      <div class="cb-grid">
        {text('royaltyRate', t('calc.payment.royalty.rate'), { inputMode: 'decimal' })}
        <RadioGroup
          k="plan.royaltyPeriod"
          legend={t('calc.payment.royalty.period')}
          value={plan.royaltyPeriod}
          onValue={(v) => set('royaltyPeriod', v)}
          options={(['half-year', 'year'] as const).map((v) => ({ value: v, label: p.printed.royaltyPeriod[v] }))}
        />
      </div>
      <p class="field-hint">{t('contract.pay.royalty.hint')}</p>
      <div class="cb-grid">
        {text('royaltyRevenue', t('calc.payment.royalty.revenue'), { inputMode: 'decimal', hint: t('calc.payment.royalty.revenue.hint') })}
        {text('royaltyPeriods', t('calc.payment.royalty.periods'), { inputMode: 'numeric' })}
        {text('royaltyTerm', t('calc.payment.royalty.term'), { inputMode: 'numeric' })}
        <RadioGroup
          k="plan.royaltyFrom"
          legend={t('calc.payment.royalty.from')}
          value={plan.royaltyFrom}
          error={err('royaltyFrom')}
          onValue={(v) => set('royaltyFrom', v)}
          options={[
            { value: 'effective', label: t('calc.payment.royalty.from.effective') },
            { value: 'revenue', label: t('calc.payment.royalty.from.revenue') },
          ]}
        />
      </div>
    </fieldset>
  );

  const plannerQuery = plan ? serializePaymentForm({ ...plan, effective: p.signDate }) : '';
  const sched = r.plan?.schedule && !r.plan.scheduleBlocked ? r.plan.schedule : null;

  return (
    <div class="cb-pay">
      <RadioGroup
        k="payMode"
        legend={t('contract.pay.mode')}
        value={mode === '' ? 'none' : mode}
        onValue={(v) => p.onMode(v === 'none' ? '' : v)}
        options={[
          { value: 'none', label: t('contract.pay.mode.none') },
          { value: 'milestone', label: t('contract.pay.mode.milestone') },
          { value: 'royalty', label: t('contract.pay.mode.royalty') },
          { value: 'deferred', label: t('contract.pay.mode.deferred') },
        ]}
      />
      {plan && (
        <>
          <Field id={fieldId('plan.rule')} label={t('contract.pay.rule')} hint={t('contract.pay.rule.hint')} error={err('rule')}>
            {(d, inv) => (
              <select id={fieldId('plan.rule')} value={plan.rule} onChange={(e) => set('rule', e.currentTarget.value)} aria-describedby={d} aria-invalid={inv ? 'true' : undefined}>
                {[...new Set(p.rules.map((x) => x.group))].map((g) => (
                  <optgroup key={g} label={g}>
                    {p.rules
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
            <p class="field-hint" data-output="rule-summary">
              {basis.summary} — <a href={basis.href}>{basis.cite}</a>
            </p>
          )}
          <div class="cb-grid">
            {rule?.publicity && date('publicity', t('contract.pay.publicity'), t('calc.payment.field.publicity.hint'))}
            {date('revenue', t('contract.pay.revenue'), t('contract.pay.revenue.hint'))}
          </div>

          {mode === 'milestone' && (
            <fieldset class="cb-sub-fields">
              <legend>{t('contract.pay.milestones')}</legend>
              <p class="field-hint">{t('contract.pay.milestones.hint')}</p>
              {err('milestones') && (
                <p class="field-error" role="alert">
                  {err('milestones')}
                </p>
              )}
              <datalist id="cb-ms-rows">
                {p.rows.map((x) => (
                  <option key={x} value={x} />
                ))}
              </datalist>
              <ol class="cb-ms-list">
                {plan.milestones.map((m, i) => (
                  <li key={i}>
                    <fieldset>
                      <legend>{t('contract.pay.milestone.legend', { n: String(i + 1) })}</legend>
                      <div class="cb-grid">
                        <TextField k={`plan.ms-${i}-name`} label={t('calc.payment.milestone.name')} list="cb-ms-rows" value={m.name} error={err(`ms-${i}-name`)} onValue={(v) => setMs(i, 'name', v)} />
                        <TextField k={`plan.ms-${i}-date`} label={t('calc.payment.milestone.date')} inputMode="numeric" placeholder="YYYY-MM-DD" value={m.date} error={err(`ms-${i}-date`)} onValue={(v) => setMs(i, 'date', v)} />
                        <TextField k={`plan.ms-${i}-amount`} label={t('calc.payment.milestone.amount')} inputMode="decimal" value={m.amount} error={err(`ms-${i}-amount`)} onValue={(v) => setMs(i, 'amount', v)} />
                        <TextField k={`plan.ms-${i}-term`} label={t('calc.payment.milestone.term')} inputMode="numeric" value={m.term} error={err(`ms-${i}-term`)} onValue={(v) => setMs(i, 'term', v)} />
                      </div>
                      <TextField
                        k={`plan.ms-${i}-condition`}
                        label={t('contract.field.condition')}
                        hint={t('contract.field.condition.hint')}
                        multiline
                        value={p.conditions[i] ?? ''}
                        error={err(`ms-${i}-condition`)}
                        onValue={(v) => setCondition(i, v)}
                      />
                      <button
                        type="button"
                        class="button button--secondary"
                        onClick={() => p.onPlan((pl, c) => ({ plan: { ...pl, milestones: pl.milestones.filter((_, j) => j !== i) }, conditions: c.filter((_, j) => j !== i) }))}
                      >
                        {t('calc.payment.milestone.remove', { n: String(i + 1) })}
                      </button>
                    </fieldset>
                  </li>
                ))}
              </ol>
              <button
                type="button"
                class="button"
                data-action="add-milestone"
                onClick={() => p.onPlan((pl, c) => ({ plan: { ...pl, milestones: [...pl.milestones, { name: '', date: '', amount: '', term: '' }] }, conditions: [...c, ''] }))}
              >
                {t('calc.payment.milestone.add')}
              </button>
            </fieldset>
          )}
          {mode === 'milestone' && (
            <p class="cb-check-row">
              <label>
                <input type="checkbox" checked={plan.withRoyalty} onChange={(e) => set('withRoyalty', e.currentTarget.checked)} /> {t('contract.pay.royalty')}
              </label>
            </p>
          )}
          {(mode === 'royalty' || (mode === 'milestone' && plan.withRoyalty)) && royaltyFields}

          {mode === 'deferred' && (
            <fieldset class="cb-sub-fields">
              <legend>{t('contract.pay.deferred.legend')}</legend>
              {text('agreedMonths', t('contract.pay.agreedMonths'), { inputMode: 'numeric', hint: t('contract.pay.agreedMonths.hint', { months: String(p.defaultMonths ?? '') }) })}
              <RadioGroup
                k="plan.deferredStart"
                legend={t('calc.payment.deferred.start')}
                value={plan.deferredStart}
                error={err('deferredStart')}
                onValue={(v) => set('deferredStart', v)}
                options={[
                  { value: 'period', label: t('calc.payment.deferred.start.period') },
                  { value: 'revenue', label: t('calc.payment.deferred.start.revenue') },
                ]}
              />
              <RadioGroup
                k="plan.deferredKind"
                legend={t('calc.payment.deferred.kind')}
                value={plan.deferredKind}
                onValue={(v) => set('deferredKind', v)}
                options={(['lump', 'instalments'] as const).map((v) => ({ value: v, label: p.printed.deferredKind[v] }))}
              />
              <div class="cb-grid">
                {plan.deferredKind === 'lump' && text('lumpAmount', t('calc.payment.deferred.lumpAmount'), { inputMode: 'decimal' })}
                {plan.deferredKind === 'instalments' && text('instCount', t('calc.payment.deferred.instCount'), { inputMode: 'numeric' })}
                {plan.deferredKind === 'instalments' && text('instAmount', t('calc.payment.deferred.instAmount'), { inputMode: 'decimal' })}
                {plan.deferredKind === 'instalments' && text('instInterval', t('calc.payment.deferred.instInterval'), { inputMode: 'numeric' })}
                {text('deferredTerm', t('calc.payment.deferred.term'), { inputMode: 'numeric' })}
              </div>
            </fieldset>
          )}

          {notInModel.length > 0 && (
            <p class="notice" data-output="not-in-model">
              {t('contract.pay.notInModel', { items: notInModel.join('；') })}
            </p>
          )}
          {sched && sched.rows.length > 0 && (
            <p data-output="plan-summary">
              {t('contract.pay.summary', {
                total: formatYuan(sched.total),
                rows: String(sched.rows.length),
                first: formatChineseDate([...sched.rows.map((x) => x.due)].sort()[0]!),
              })}
            </p>
          )}
          <p class="no-print">
            <a href={`${p.plannerHref}?${plannerQuery}`} data-action="to-planner">
              {t('contract.pay.toPlanner')}
            </a>
          </p>
        </>
      )}
    </div>
  );
}
