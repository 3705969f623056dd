/**
 * 收益分配 calculator island: collects the inputs, calls `splitReward` (pure) and renders the
 * result, the formulas and the side-by-side comparison. All data and strings come in as props;
 * state lives in the URL (`url-state.ts`). Outputs carry `data-output` names for the widgets.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ResultActions } from './ui/ResultActions';
import { Field } from './ui/Field';
import type { CalcData, CalcPolicy, CalcProvision } from '../lib/calculators/props';
import { fill, renderStep } from '../lib/calculators/common';
import {
  compareAcrossDocuments,
  inventorRule,
  netFromGross,
  rewardRulesFor,
  splitReward,
  transferStaffRule,
  type RewardRules,
  type RewardSplitResult,
} from '../lib/calculators/reward-split';
import { parseRewardUrl, serializeRewardUrl, type RewardUrlState, type UrlProblem } from '../lib/calculators/url-state';
import { parsePercentInput, parseYuanInput } from '../lib/parse-input';
import { formatPercent, formatYuanWithWan, type Yuan } from '../lib/money';
import type { ConversionMode } from '../schemas/provision';
import { withBound } from '../lib/provision-format';

export interface RewardSplitProps extends CalcData {
  defaults: RewardUrlState;
  modes: ConversionMode[];
  /** Id prefix, so two instances can share a page. */
  idPrefix?: string;
  /** Keep the form in the page URL, with share and print buttons (off when embedded). Default true. */
  syncUrl?: boolean;
}

type S = Record<string, string>;

function docLabel(p: CalcPolicy | undefined, s: S): string {
  if (!p) return '';
  const tag = p.textStatus === 'draft-for-comment' ? `（${s['calc.common.draft']}）` : p.textStatus === 'official-summary' ? `（${s['calc.common.summary']}）` : '';
  return `${p.jurisdiction.name} · ${p.shortTitle}${p.shortTitle.includes(tag.slice(1, -1)) ? '' : tag}`;
}

function Cite({ p }: { p: CalcProvision | undefined }) {
  if (!p) return null;
  return <a class="cite-link" href={p.href}>{p.cite}</a>;
}

/** The parsed form: either the inputs for `splitReward` or field errors. */
interface Parsed {
  net?: Yuan;
  inventor?: Yuan;
  transfer?: Yuan;
  errors: Record<string, string>;
  netSteps: ReturnType<typeof netFromGross> | undefined;
}

function parseForm(st: RewardUrlState, s: S): Parsed {
  const errors: Record<string, string> = {};
  const out: Parsed = { errors, netSteps: undefined };
  if (st.useGross) {
    const g = parseYuanInput(st.gross, { allowZero: true, label: s['calc.reward.gross']!.replace(/（元）$/, '') });
    const costs: { label: string; amount: Yuan }[] = [];
    st.costs.forEach((c, i) => {
      const a = parseYuanInput(c.amount, { allowZero: true, label: s['calc.reward.cost.amount']!.replace(/（元）$/, '') });
      if (!a.ok) errors[`cost-${i}`] = a.message;
      else costs.push({ label: c.label, amount: a.value });
      if (!c.label.trim()) errors[`cost-label-${i}`] = s['calc.reward.cost.labelMissing']!;
    });
    if (!g.ok) errors.gross = g.message;
    else if (costs.length === st.costs.length) {
      const n = netFromGross(g.value, costs);
      out.netSteps = n;
      if (n.ok) out.net = n.net;
      else errors.gross = fill(s['calc.reward.cost.exceed']!, { costs: formatYuanWithWan(n.totalCosts) });
    }
  } else {
    const n = parseYuanInput(st.net, { allowZero: true, label: '净收入' });
    if (n.ok) out.net = n.value;
    else errors.net = n.message;
  }
  if (st.inventorPct.trim()) {
    const r = parsePercentInput(st.inventorPct, { allowZero: true, label: '成果完成人比例' });
    if (r.ok) out.inventor = r.value;
    else errors.inventor = r.message;
  }
  if (st.transferPct.trim()) {
    const r = parsePercentInput(st.transferPct, { allowZero: true, label: '技术转移人员比例' });
    if (r.ok) out.transfer = r.value;
    else errors.transfer = r.message;
  }
  return out;
}

function amountOrNone(v: Yuan | undefined, s: S): string {
  return v ? formatYuanWithWan(v) : s['calc.reward.unregulated']!;
}

export default function RewardSplit(props: RewardSplitProps) {
  const { strings: s, provisions, policies, defaults, modes, version } = props;
  const id = (x: string) => `${props.idPrefix ?? 'rw'}-${x}`;
  const [st, setSt] = useState<RewardUrlState>(defaults);
  const [problems, setProblems] = useState<UrlProblem[]>([]);
  const docIds = useMemo(() => policies.map((p) => p.id), [policies]);

  const syncUrl = props.syncUrl ?? true;
  const actionLabels = { share: s['calc.common.share']!, print: s['calc.common.print']!, copied: s['calc.common.copied']!, copyFailed: s['calc.common.copyFailed']! };
  // Read the URL once mounted (the server render shows the defaults).
  useEffect(() => {
    if (!syncUrl) return;
    const r = parseRewardUrl(window.location.search, defaults, docIds, modes);
    setSt(r.state);
    setProblems(r.problems);
  }, []);
  const update = (patch: Partial<RewardUrlState>) => {
    const next = { ...st, ...patch };
    setSt(next);
    if (syncUrl && typeof window !== 'undefined') window.history.replaceState(null, '', serializeRewardUrl(next));
  };

  const allRules: RewardRules[] = useMemo(() => policies.map((p) => rewardRulesFor(p.id, provisions)), [policies, provisions]);
  const rules = allRules.find((r) => r.policy === st.doc) ?? allRules[0]!;
  const byId = (pid: string | undefined) => provisions.find((p) => p.id === pid);
  const parsed = parseForm(st, s);
  const errors = { ...parsed.errors };
  const result: RewardSplitResult | undefined =
    parsed.net && !errors.inventor && !errors.transfer
      ? splitReward({ netIncome: parsed.net, mode: st.mode, intendedInventorShare: parsed.inventor, intendedTransferShare: parsed.transfer }, rules)
      : undefined;
  for (const issue of result?.issues ?? []) {
    if (issue.code === 'inventor-rate-needed') continue;
    const key = issue.code === 'inventor-below-minimum' ? 'inventor' : 'transfer';
    errors[key] ??= fill(s['calc.reward.belowMin']!, { rule: byId(issue.provisionId)?.cite ?? '', bound: issue.bound, rate: formatPercent(issue.minRate) });
  }
  const basis = result?.basis ?? 'cash';
  const netLabel = basis === 'equity' ? s['calc.reward.net.equity']! : basis === 'ownership' ? s['calc.reward.net.ownership']! : s['calc.reward.net']!;
  const policy = policies.find((p) => p.id === st.doc);
  const jurisdictions = [...new Map(policies.map((p) => [p.jurisdiction.code, p.jurisdiction])).values()];
  const compare = parsed.net ? compareAcrossDocuments({ netIncome: parsed.net, mode: st.mode }, allRules) : [];
  const inv = result?.inventor;
  const invRule = inventorRule(rules, st.mode);
  const tsRule = transferStaffRule(rules, st.mode);
  const ts = result?.transferStaff;
  const ruleNotes = [...new Set([inv?.rule, ts?.rule].flatMap((r) => r?.notes ?? []))];

  return (
    <div class="calc calc-reward">
      {problems.length > 0 && (
        <div class="notice" role="status" data-output="url-problems">
          {problems.map((p) => <p>{fill(s['calc.common.urlProblem']!, { param: p.param, value: p.value })}</p>)}
        </div>
      )}
      <div class="calc-form" role="group" aria-label={s['calc.reward.inputs']}>
        <Field id={id('doc')} label={s['calc.reward.doc']!}>
          {() => (
            <select id={id('doc')} name="doc" value={st.doc} onChange={(e) => update({ doc: e.currentTarget.value })}>
              {jurisdictions.map((j) => (
                <optgroup label={j.name}>
                  {policies.filter((p) => p.jurisdiction.code === j.code).map((p) => <option value={p.id}>{docLabel(p, s)}</option>)}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('mode')} label={s['calc.reward.mode']!}>
          {() => (
            <select id={id('mode')} name="mode" value={st.mode} onChange={(e) => update({ mode: e.currentTarget.value as ConversionMode })}>
              {modes.map((m) => <option value={m}>{s[`calc.reward.mode.${m}`]}</option>)}
            </select>
          )}
        </Field>
        <div class="field">
          <label class="calc-check">
            <input type="checkbox" checked={st.useGross} onChange={(e) => update({ useGross: e.currentTarget.checked })} /> {s['calc.reward.useGross']}
          </label>
        </div>
        {!st.useGross ? (
          <Field id={id('net')} label={netLabel} hint={s['calc.reward.net.hint']} error={errors.net}>
            {(d, inv) => <input type="text" id={id('net')} name="net" inputMode="decimal" autocomplete="off" value={st.net} aria-describedby={d} aria-invalid={inv} onInput={(e) => update({ net: e.currentTarget.value })} />}
          </Field>
        ) : (
          <fieldset>
            <legend>{s['calc.reward.useGross']}</legend>
            <Field id={id('gross')} label={s['calc.reward.gross']!} hint={s['calc.reward.cost.hint']} error={errors.gross}>
              {(d, inv) => <input type="text" id={id('gross')} name="gross" inputMode="decimal" autocomplete="off" value={st.gross} aria-describedby={d} aria-invalid={inv} onInput={(e) => update({ gross: e.currentTarget.value })} />}
            </Field>
            {st.costs.map((c, i) => (
              <fieldset class="calc-cost">
                <legend>{fill(s['calc.reward.cost.legend']!, { n: String(i + 1) })}</legend>
                <Field id={id(`cost-label-${i}`)} label={s['calc.reward.cost.label']!} error={errors[`cost-label-${i}`]}>
                  {(d, inv) => <input type="text" id={id(`cost-label-${i}`)} value={c.label} aria-describedby={d} aria-invalid={inv} onInput={(e) => update({ costs: st.costs.map((x, j) => (j === i ? { ...x, label: e.currentTarget.value } : x)) })} />}
                </Field>
                <Field id={id(`cost-${i}`)} label={s['calc.reward.cost.amount']!} error={errors[`cost-${i}`]}>
                  {(d, inv) => <input type="text" id={id(`cost-${i}`)} inputMode="decimal" value={c.amount} aria-describedby={d} aria-invalid={inv} onInput={(e) => update({ costs: st.costs.map((x, j) => (j === i ? { ...x, amount: e.currentTarget.value } : x)) })} />}
                </Field>
                <button type="button" class="button button--secondary" onClick={() => update({ costs: st.costs.filter((_, j) => j !== i) })}>
                  {fill(s['calc.reward.cost.remove']!, { n: String(i + 1) })}
                </button>
              </fieldset>
            ))}
            <button type="button" class="button button--secondary" onClick={() => update({ costs: [...st.costs, { label: '', amount: '' }] })}>{s['calc.reward.cost.add']}</button>
          </fieldset>
        )}
        <Field id={id('inventor')} label={s['calc.reward.inventorPct']!} hint={s['calc.reward.pct.hint']} error={errors.inventor}>
          {(d, inv) => <input type="text" id={id('inventor')} name="inv" inputMode="decimal" autocomplete="off" value={st.inventorPct} aria-describedby={d} aria-invalid={inv} onInput={(e) => update({ inventorPct: e.currentTarget.value })} />}
        </Field>
        <Field id={id('transfer')} label={s['calc.reward.transferPct']!} hint={s['calc.reward.pct.hint']} error={errors.transfer}>
          {(d, inv) => <input type="text" id={id('transfer')} name="ts" inputMode="decimal" autocomplete="off" value={st.transferPct} aria-describedby={d} aria-invalid={inv} onInput={(e) => update({ transferPct: e.currentTarget.value })} />}
        </Field>
      </div>

      <section class="result calc-result" aria-live="polite" aria-labelledby={id('result-h')}>
        <h2 id={id('result-h')}>{s['calc.reward.result']}</h2>
        <p class="calc-context">{docLabel(policy, s)} · {s[`calc.reward.mode.${st.mode}`]}</p>
        {!result && <p class="field-error" data-output="status">{Object.values(errors)[0]}</p>}
            <dl class="calc-figures">
              <dt>{s['calc.reward.inventorMin']}</dt>
              <dd data-output="inventor-min-share">{invRule ? withBound(formatPercent(invRule.value.rate), invRule.value.bound) : s['calc.reward.unregulated']} <Cite p={byId(invRule?.id)} /></dd>
              <dt>{basis === 'equity' ? s['calc.reward.inventorAmount.equity'] : basis === 'ownership' ? s['calc.reward.inventorAmount.ownership'] : s['calc.reward.inventorAmount']}{inv?.rate && ` (${formatPercent(inv.rate)})`}</dt>
              <dd class="num" data-output="inventor-amount">{!result ? '—' : amountOrNone(inv?.amount, s)}</dd>
              <dt>{s['calc.reward.transferMin']}</dt>
              <dd data-output="transfer-staff-min-share">{tsRule ? withBound(formatPercent(tsRule.value.rate), tsRule.value.bound) : s['calc.reward.unregulated']} <Cite p={byId(tsRule?.id)} /></dd>
              <dt>{s['calc.reward.transferAmount']}{ts?.rate && ` (${formatPercent(ts.rate)})`}</dt>
              <dd class="num" data-output="transfer-staff-amount">{ts?.amount ? formatYuanWithWan(ts.amount) : ts?.rate || !result ? '—' : s['calc.reward.unregulated']}</dd>
              <dt>{s['calc.reward.unitAmount']}</dt>
              <dd class="num" data-output="unit-amount">{result?.unitAmount ? formatYuanWithWan(result.unitAmount) : '—'}</dd>
              <dt>{s['calc.reward.compliant']}</dt>
              <dd data-output="compliant" data-value={!result ? 'error' : result.compliant === undefined ? 'none' : String(result.compliant)}>
                {!result ? '—' : result.compliant === undefined ? s['calc.reward.compliant.none'] : result.compliant ? s['calc.reward.compliant.yes'] : s['calc.reward.compliant.no']}
              </dd>
            </dl>
        {result && (
          <>
            {result.issues.some((i) => i.code === 'inventor-rate-needed') && <p class="notice">{s['calc.reward.inventorNeeded']}</p>}
            {ts?.rule?.duty?.modality === 'may' && <p>{s['calc.reward.permissive']}</p>}
            <h3>{s['calc.common.formula']}</h3>
            <ol class="calc-steps" data-output="steps">
              {parsed.netSteps?.ok && parsed.netSteps.steps.map((x) => <li>{renderStep(x, s[`calc.reward.step.${x.key}`]!)}</li>)}
              {result.steps.map((x) => (
                <li>{renderStep(x, s[`calc.reward.step.${x.key}`]!)} {x.provisionIds.map((pid) => <Cite p={byId(pid)} />)}</li>
              ))}
            </ol>
            {st.useGross && st.costs.length > 0 && (
              <ul class="calc-costs">{st.costs.map((c) => <li>{c.label}：{c.amount}</li>)}</ul>
            )}
            {ruleNotes.length > 0 && <ul class="calc-notes">{ruleNotes.map((n) => <li>{n}</li>)}</ul>}
            {result.notes.length > 0 && (
              <>
                <h3>{s['calc.reward.notes']}</h3>
                <ul class="calc-notes" data-output="notes">
                  {result.notes.map((n) => <li>{n.summary} <Cite p={byId(n.id)} /></li>)}
                </ul>
              </>
            )}
            <p class="result-stamp">{s['calc.reward.rounding']} <span data-output="dataset-version">{fill(s['calc.common.stamp']!, { version })}</span></p>
          </>
        )}
        {syncUrl && (
          <ResultActions stateKey={serializeRewardUrl(st)} labels={actionLabels} />
        )}
      </section>

      {compare.length > 0 && (
        <section class="calc-compare" aria-labelledby={id('cmp-h')}>
          <h2 id={id('cmp-h')}>{s['calc.reward.compare']}</h2>
          <div class="table-wrap">
            <table data-output="compare">
              <caption>{fill(s['calc.reward.compare.caption']!, { mode: s[`calc.reward.mode.${st.mode}`]!, net: formatYuanWithWan(parsed.net!) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{s['calc.reward.compare.doc']}</th>
                  <th scope="col">{s['calc.reward.compare.inventor']}</th>
                  <th scope="col">{s['calc.reward.compare.transfer']}</th>
                  <th scope="col">{s['calc.reward.compare.unit']}</th>
                </tr>
              </thead>
              <tbody>
                {compare.map(({ policy: pid, result: r }) => {
                  const texts = provisions.filter((p) => p.policy === pid && p.value.type === 'text' && (p.dimension === 'inventor-share' || p.dimension === 'transfer-staff-share'));
                  return (
                    <tr data-policy={pid}>
                      <th scope="row">{docLabel(policies.find((p) => p.id === pid), s)}</th>
                      <td data-output="compare-inventor">
                        {r.inventor.minRate ? <><span class="num">{formatYuanWithWan(r.inventor.amount!)}</span>（{withBound(formatPercent(r.inventor.minRate), r.inventor.rule!.value.bound)}） <Cite p={byId(r.inventor.rule?.id)} /></> : s['calc.reward.unregulated']}
                        {!r.inventor.minRate && texts.filter((p) => p.dimension === 'inventor-share').map((p) => <div class="calc-aside">{p.summary} <Cite p={p} /></div>)}
                      </td>
                      <td data-output="compare-transfer">
                        {r.transferStaff.minRate ? <>{r.transferStaff.amount ? <span class="num">{formatYuanWithWan(r.transferStaff.amount)}</span> : '—'}（{withBound(formatPercent(r.transferStaff.minRate), r.transferStaff.rule!.value.bound)}） <Cite p={byId(r.transferStaff.rule?.id)} /></> : s['calc.reward.unregulated']}
                        {!r.transferStaff.minRate && texts.filter((p) => p.dimension === 'transfer-staff-share').map((p) => <div class="calc-aside">{p.summary} <Cite p={p} /></div>)}
                      </td>
                      <td class="num" data-output="compare-unit">{r.unitAmount ? formatYuanWithWan(r.unitAmount) : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
