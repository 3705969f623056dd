/**
 * 补助与奖励 calculator island: the guided list of subsidies that reach the claimant's location
 * (its own and every parent jurisdiction's), the claims entered, threshold checks, and the result
 * of `computeSubsidies` (pure) with every cap that bit. Data and strings come in as props; state
 * lives in the URL. Outputs carry `data-output` names (claim-amount-<i>, total-subsidy …).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ResultActions } from './ui/ResultActions';
import { Field } from './ui/Field';
import type { CalcData, CalcPolicy, CalcProvision } from '../lib/calculators/props';
import { fill, renderStep } from '../lib/calculators/common';
import {
  checkThreshold,
  computeSubsidies,
  isThreshold,
  jurisdictionChain,
  totalsByJurisdiction,
  type ClaimInput,
  type SubsidyProvision,
} from '../lib/calculators/subsidy';
import { parseSubsidyUrl, serializeSubsidyUrl, type ClaimRow, type SubsidyUrlState, type UrlProblem } from '../lib/calculators/url-state';
import { parseIntegerInput, parseYuanInput } from '../lib/parse-input';
import { formatWan, formatYuanWithWan, ROUNDING_NOTE, yuan } from '../lib/money';
import { CAP_SCOPE, formatPeriod, withBound } from '../lib/provision-format';
import type { BoundWord } from '../schemas/provision';

export interface SubsidyCalculatorProps extends CalcData {
  defaults: SubsidyUrlState;
  /** Claimant groups in display order (party keys). */
  claimantOrder: string[];
  idPrefix?: string;
  /** Keep the form in the page URL, with share and print buttons (off when embedded). Default true. */
  syncUrl?: boolean;
}

type S = Record<string, string>;
type Period = Parameters<typeof formatPeriod>[0];

function Cite({ p }: { p: CalcProvision | undefined }) {
  if (!p) return null;
  return <a class="cite-link" href={p.href}>{p.cite}</a>;
}

function statusTag(p: CalcPolicy | undefined, s: S) {
  if (!p || p.textStatus === 'official') return null;
  return <span class="calc-tag">{p.textStatus === 'draft-for-comment' ? s['calc.common.draft'] : s['calc.common.summary']}</span>;
}

const isSubsidy = (p: CalcProvision): p is CalcProvision & SubsidyProvision => p.value.type === 'subsidy';
const capsOf = (p: CalcProvision) => (p.value.type === 'subsidy' ? p.value.caps : []);

/** Year of the claim: defaults to the current year in the form; validated 2000–2100. */
function parseRow(row: ClaimRow, p: CalcProvision & SubsidyProvision, s: S): { input?: ClaimInput; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const y = parseIntegerInput(row.year, 2000, 2100, { label: s['calc.subsidy.year']! });
  if (!y.ok) errors.year = y.message;
  const input: ClaimInput = { provisionId: p.id, year: y.ok ? y.value : 0, claimant: row.claimant, target: row.target };
  const label = p.value.base?.label ?? '基数';
  if (row.awarded !== '') {
    const a = parseYuanInput(row.awarded, { allowZero: true, label: s['calc.subsidy.awarded']!.replace(/（元）$/, '') });
    if (!a.ok) errors.awarded = a.message;
    else input.awarded = a.value;
  } else if (p.value.rate) {
    const b = parseYuanInput(row.base, { label });
    if (!b.ok) errors.base = row.base.trim() === '' ? fill(s['calc.subsidy.missingBase']!, { label }) : b.message;
    else input.base = b.value;
  }
  return Object.keys(errors).length ? { errors } : { input, errors };
}

export default function SubsidyCalculator(props: SubsidyCalculatorProps) {
  const { strings: s, provisions, policies, defaults, version, claimantOrder } = props;
  const id = (x: string) => `${props.idPrefix ?? 'sb'}-${x}`;
  const [st, setSt] = useState<SubsidyUrlState>(defaults);
  const [problems, setProblems] = useState<UrlProblem[]>([]);
  const [thresholds, setThresholds] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState<Record<string, boolean>>({});

  const jurisdictions = useMemo(() => [...new Map(policies.map((p) => [p.jurisdiction.code, p.jurisdiction])).values()], [policies]);
  const subsidies = useMemo(() => provisions.filter(isSubsidy), [provisions]);
  const policyJurisdiction = useMemo(() => Object.fromEntries(policies.map((p) => [p.id, p.jurisdiction.code])), [policies]);
  const syncUrl = props.syncUrl ?? true;
  const actionLabels = { share: s['calc.common.share']!, print: s['calc.common.print']!, copied: s['calc.common.copied']!, copyFailed: s['calc.common.copyFailed']! };
  // Inside a shadow root `document.getElementById` cannot see our elements; the root node can.
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!syncUrl) return;
    const r = parseSubsidyUrl(window.location.search, defaults, jurisdictions.map((j) => j.code), subsidies.map((p) => p.id));
    setSt(r.state);
    setProblems(r.problems);
  }, []);
  const update = (next: SubsidyUrlState) => {
    setSt(next);
    if (syncUrl && typeof window !== 'undefined') window.history.replaceState(null, '', serializeSubsidyUrl(next));
  };
  const setRow = (i: number, patch: Partial<ClaimRow>) => update({ ...st, claims: st.claims.map((c, j) => (j === i ? { ...c, ...patch } : c)) });

  const chain = jurisdictionChain(st.loc, jurisdictions);
  const chainCodes = new Set(chain.map((j) => j.code));
  const inChain = (p: CalcProvision) => chainCodes.has(policyJurisdiction[p.policy] ?? '');
  const policy = (pid: string) => policies.find((p) => p.id === pid);
  const byId = (pid: string) => provisions.find((p) => p.id === pid);
  const jName = (pid: string) => policy(pid)?.jurisdiction.name ?? '';

  // Parse each claim row; rows with errors are left out of the computation and say so.
  const rows = st.claims.map((row) => {
    const p = subsidies.find((x) => x.id === row.provisionId);
    return p ? { row, p, ...parseRow(row, p, s) } : undefined;
  });
  const valid = rows.flatMap((r, i) => (r?.input ? [{ i, input: r.input }] : []));
  const result = computeSubsidies(valid.map((v) => v.input), subsidies);
  const resultFor = (i: number) => {
    const k = valid.findIndex((v) => v.i === i);
    return k >= 0 ? result.claims[k] : undefined;
  };
  const totals = totalsByJurisdiction(result, policyJurisdiction);

  const addClaim = (p: CalcProvision) => {
    const year = st.claims.at(-1)?.year ?? defaults.claims[0]?.year ?? '2026';
    update({ ...st, claims: [...st.claims, { provisionId: p.id, year, base: '', claimant: '', target: '', awarded: '' }] });
    // Move focus to the new claim's first field once rendered.
    setTimeout(() => {
      const root = (rootRef.current?.getRootNode() ?? document) as Document | ShadowRoot;
      root.getElementById(id(`c${st.claims.length}-year`))?.focus();
    }, 0);
  };

  const groups = claimantOrder
    .map((c) => ({ c, items: subsidies.filter((p) => inChain(p) && p.value.claimant === c) }))
    .filter((g) => g.items.length > 0);
  const cityStatements = chain
    .filter((j) => j.level === 'city')
    .map((j) => ({ j, items: provisions.filter((p) => policyJurisdiction[p.policy] === j.code && p.topic === 'subsidy' && p.value.type === 'text') }));
  const thresholdItems = provisions.filter((p) => inChain(p) && isThreshold(p));
  const upTo = (b: boolean) => (b ? s['calc.subsidy.upTo'] : s['calc.subsidy.exact']);

  return (
    <div class="calc calc-subsidy" ref={rootRef}>
      {problems.length > 0 && (
        <div class="notice" role="status" data-output="url-problems">
          {problems.map((p) => <p>{fill(s['calc.common.urlProblem']!, { param: p.param, value: p.value })}</p>)}
        </div>
      )}
      <div class="calc-form">
        <Field id={id('loc')} label={s['calc.subsidy.loc']!}>
          {() => (
            <select id={id('loc')} value={st.loc} onChange={(e) => update({ ...st, loc: e.currentTarget.value })}>
              {jurisdictions.map((j) => <option value={j.code}>{j.name}</option>)}
            </select>
          )}
        </Field>
      </div>
      <section aria-labelledby={id('applies-h')}>
        <h2 id={id('applies-h')}>{s['calc.subsidy.applies']}</h2>
        <ul data-output="applicable-documents">
          {chain.map((j) => (
            <li data-jurisdiction={j.code}>
              {j.name}：{policies.filter((p) => p.jurisdiction.code === j.code).map((p, k) => <>{k > 0 && '、'}{p.shortTitle}{statusTag(p, s)}</>)}
            </li>
          ))}
        </ul>
        {chain.length > 1 && (
          <div class="notice" data-output="combination">
            <p>{s['calc.subsidy.combine']}</p>
            {cityStatements.filter((c) => c.items.length > 0).map((c) => (
              <>
                <p>{fill(s['calc.subsidy.cityStatements']!, { name: c.j.name })}</p>
                <ul>{c.items.map((p) => <li>{p.summary} <Cite p={p} />{p.notes.map((n) => <div class="calc-aside">{n}</div>)}</li>)}</ul>
              </>
            ))}
          </div>
        )}
      </section>

      <section class="calc-list-section" aria-labelledby={id('list-h')}>
        <h2 id={id('list-h')}>{s['calc.subsidy.list']}</h2>
        {groups.map((g) => (
          <div class="calc-group">
            <h3>{s[`calc.subsidy.claimant.${g.c}`] ?? s['calc.subsidy.claimant.other']}</h3>
            <ul class="calc-list">
              {g.items.map((p) => (
                <li data-provision={p.id}>
                  <strong>{p.summary}</strong> <span class="calc-aside">（{jName(p.policy)}{statusTag(policy(p.policy), s)}）</span>
                  <div>{p.rule} <Cite p={p} /></div>
                  <button type="button" class="button button--secondary" aria-label={fill(s['calc.subsidy.addFor']!, { summary: p.summary })} onClick={() => addClaim(p)}>
                    {s['calc.subsidy.add']}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      {thresholdItems.length > 0 && (
        <section aria-labelledby={id('th-h')}>
          <h2 id={id('th-h')}>{s['calc.subsidy.thresholds']}</h2>
          {thresholdItems.map((p, k) => {
            if (!isThreshold(p)) return null;
            const raw = thresholds[p.id] ?? '';
            const parsed = raw.trim() ? parseYuanInput(raw, { allowZero: true }) : undefined;
            const res = parsed?.ok ? checkThreshold(parsed.value, p) : undefined;
            const limit = formatWan(yuan(p.value.yuan));
            return (
              <div class="calc-claim" data-threshold={p.id}>
                <Field id={id(`th-${k}`)} label={fill(s['calc.subsidy.thresholdValue']!, { of: p.value.of })} hint={p.summary} error={parsed && !parsed.ok ? parsed.message : undefined}>
                  {(d, inv) => <input type="text" id={id(`th-${k}`)} inputMode="decimal" value={raw} aria-describedby={d} aria-invalid={inv} onInput={(e) => setThresholds({ ...thresholds, [p.id]: e.currentTarget.value })} />}
                </Field>
                <p aria-live="polite" data-output={`threshold-${k}`} data-value={res ? String(res.met) : 'none'}>
                  {res && fill(s[res.met ? 'calc.subsidy.thresholdMet' : 'calc.subsidy.thresholdNotMet']!, { bound: p.value.bound, limit })} <Cite p={p} />
                </p>
                <p class="calc-aside">{s['calc.common.boundRule']}</p>
                {p.notes.map((n) => <p class="calc-aside">{n}</p>)}
              </div>
            );
          })}
        </section>
      )}

      <section aria-labelledby={id('claims-h')}>
        <h2 id={id('claims-h')}>{s['calc.subsidy.claims']}</h2>
        {st.claims.length === 0 && <p data-output="claims-empty">{s['calc.subsidy.empty']}</p>}
        {rows.map((r, i) => {
          if (!r) return null;
          const { p, row, errors } = r;
          const cr = resultFor(i);
          const prior = row.awarded !== '';
          const hasTarget = capsOf(p).some((c) => c.scope === 'per-target-cumulative');
          const after = (p.value as { after?: Period }).after;
          const conds = [...p.value.conditions, ...(after ? [fill(s['calc.subsidy.after']!, { period: formatPeriod(after) })] : [])];
          const outside = !inChain(p);
          return (
            <fieldset class="calc-claim" data-claim={i}>
              <legend>{fill(s['calc.subsidy.claim']!, { n: String(i + 1), summary: p.summary })}</legend>
              <p class="calc-aside">{jName(p.policy)}{statusTag(policy(p.policy), s)} · {p.rule} <Cite p={p} /></p>
              {outside && <p class="notice">{fill(s['calc.subsidy.outside']!, { name: jName(p.policy) })}</p>}
              <div class="calc-claim-grid">
                <Field id={id(`c${i}-year`)} label={s['calc.subsidy.year']!} error={errors.year}>
                  {(d, inv) => <input type="text" id={id(`c${i}-year`)} inputMode="numeric" value={row.year} aria-describedby={d} aria-invalid={inv} onInput={(e) => setRow(i, { year: e.currentTarget.value })} />}
                </Field>
                {p.value.rate && !prior && (
                  <Field id={id(`c${i}-base`)} label={fill(s['calc.subsidy.base']!, { label: p.value.base?.label ?? '' })} error={errors.base}>
                    {(d, inv) => <input type="text" id={id(`c${i}-base`)} inputMode="decimal" value={row.base} aria-describedby={d} aria-invalid={inv} onInput={(e) => setRow(i, { base: e.currentTarget.value })} />}
                  </Field>
                )}
                <Field id={id(`c${i}-claimant`)} label={s['calc.subsidy.claimant']!}>
                  {() => <input type="text" id={id(`c${i}-claimant`)} value={row.claimant} placeholder={s['calc.subsidy.claimant.default']} onInput={(e) => setRow(i, { claimant: e.currentTarget.value })} />}
                </Field>
                {hasTarget && (
                  <Field id={id(`c${i}-target`)} label={s['calc.subsidy.target']!}>
                    {() => <input type="text" id={id(`c${i}-target`)} value={row.target} onInput={(e) => setRow(i, { target: e.currentTarget.value })} />}
                  </Field>
                )}
              </div>
              <div class="field">
                <label class="calc-check">
                  <input type="checkbox" checked={prior} onChange={(e) => setRow(i, { awarded: e.currentTarget.checked ? ' ' : '' })} /> {s['calc.subsidy.prior']}
                </label>
              </div>
              {prior && (
                <Field id={id(`c${i}-awarded`)} label={s['calc.subsidy.awarded']!} error={errors.awarded}>
                  {(d, inv) => <input type="text" id={id(`c${i}-awarded`)} inputMode="decimal" value={row.awarded.trim()} aria-describedby={d} aria-invalid={inv} onInput={(e) => setRow(i, { awarded: e.currentTarget.value || ' ' })} />}
                </Field>
              )}
              {conds.length > 0 && !prior && (
                <fieldset>
                  <legend>{s['calc.subsidy.conditions']}</legend>
                  <ul class="calc-conditions" data-output={`conditions-${i}`}>
                    {conds.map((c, k) => (
                      <li>
                        <label>
                          <input type="checkbox" checked={!!checked[`${i}-${k}`]} onChange={(e) => setChecked({ ...checked, [`${i}-${k}`]: e.currentTarget.checked })} /> {c}
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              )}
              <div class="calc-claim-result" aria-live="polite">
                <ClaimOutcome i={i} cr={cr} p={p} s={s} upTo={upTo} hasErrors={Object.keys(errors).length > 0} />
              </div>
              {p.notes.length > 0 && <ul class="calc-notes">{p.notes.map((n) => <li>{n}</li>)}</ul>}
              <button type="button" class="button button--secondary no-print" onClick={() => update({ ...st, claims: st.claims.filter((_, j) => j !== i) })}>
                {fill(s['calc.subsidy.remove']!, { n: String(i + 1) })}
              </button>
            </fieldset>
          );
        })}
      </section>

      <section class="result calc-result" aria-live="polite" aria-labelledby={id('result-h')}>
        <h2 id={id('result-h')}>{s['calc.subsidy.result']}</h2>
        <p class="calc-total">
          {s['calc.subsidy.total']}：{result.totalUpperBound && `${s['calc.subsidy.upTo']} `}
          <span class="num" data-output="total-subsidy" data-upper-bound={String(result.totalUpperBound)}>{formatYuanWithWan(result.total)}</span>
        </p>
        {chain.length > 1 && (
          <ul data-output="totals-by-jurisdiction">
            {chain.map((j) => (
              <li data-jurisdiction={j.code}>{fill(s['calc.subsidy.totalFor']!, { name: j.name })}：<span class="num">{formatYuanWithWan(totals.get(j.code) ?? yuan(0))}</span></li>
            ))}
          </ul>
        )}
        <ul class="calc-notes">
          <li>{s['calc.subsidy.totalNote']}</li>
          <li>{s['calc.subsidy.order']}</li>
          <li>{s['calc.subsidy.reviewNote']}</li>
          <li>{s['calc.common.boundRule']}</li>
        </ul>
        <p class="result-stamp">{ROUNDING_NOTE} <span data-output="dataset-version">{fill(s['calc.common.stamp']!, { version })}</span></p>
        {syncUrl && (
          <ResultActions stateKey={serializeSubsidyUrl(st)} labels={actionLabels} />
        )}
      </section>
    </div>
  );
}

function ClaimOutcome(props: {
  i: number;
  cr: ReturnType<typeof computeSubsidies>['claims'][number] | undefined;
  p: CalcProvision & SubsidyProvision;
  s: S;
  upTo: (b: boolean) => string | undefined;
  hasErrors: boolean;
}) {
  const { i, cr, p, s, upTo, hasErrors } = props;
  const out = `claim-amount-${i}`;
  if (hasErrors || !cr) return <p data-output={out} data-kind="error">—</p>;
  switch (cr.kind) {
    case 'rate':
      return (
        <>
          <p>
            {s['calc.subsidy.amount']}：{upTo(cr.upperBound)} <strong class="num" data-output={out} data-kind="rate" data-upper-bound={String(cr.upperBound)}>{formatYuanWithWan(cr.amount!)}</strong>
          </p>
          <ol class="calc-steps" data-output={`claim-steps-${i}`}>
            {cr.steps.map((x) => <li class={x.key.startsWith('cap') ? 'calc-bit' : undefined}>{renderStep(x, s[`calc.subsidy.step.${x.key}`] ?? x.key)}</li>)}
          </ol>
          {cr.caps.filter((c) => c.bit).map((c) => (
            <p class="calc-bit" data-output={`claim-cap-${i}`}>{fill(s['calc.subsidy.capBit']!, { scope: CAP_SCOPE[c.scope] ?? c.scope, cap: withBound(formatWan(c.cap), c.bound as BoundWord) })}</p>
          ))}
        </>
      );
    case 'prior':
      return <p data-output={out} data-kind="prior">{fill(s['calc.subsidy.priorCounted']!, { amount: formatYuanWithWan(cr.amount!) })}</p>;
    case 'fixed':
      return <p data-output={out} data-kind="fixed">{fill(s['calc.subsidy.fixed']!, { rule: p.rule })}</p>;
    case 'case-by-case':
      return <p data-output={out} data-kind="case-by-case">{s['calc.subsidy.caseByCase']}</p>;
    default:
      return <p data-output={out} data-kind="no-rule">{fill(s['calc.subsidy.noRule']!, { rule: p.rule || p.summary })}</p>;
  }
}
