/**
 * "Does this apply to me?" — collects a profile, evaluates it with the pure `evaluateEligibility`
 * against the policies and provisions passed in as props, and renders a verdict per document.
 *
 * Answers live in the URL: the form submits by GET to the same page (so it works as a plain form),
 * and with JavaScript the island reads `location.search` on load, evaluates on submit without a
 * reload and writes the answers back with `history.replaceState`. Server-rendered with the worked
 * example filled in, so the page is useful before (or without) hydration.
 */
import { LawFloor } from './eligibility/LawFloor';
import type { LawCheckProps } from '../data/law-floors';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Field } from './ui/Field';
import { t, type UiKey } from '../i18n';
import {
  FUNDING_LEVELS,
  LICENSEE_SIZES,
  LICENSOR_LEVELS,
  LICENSOR_TYPES,
  OTHER,
  QUERY_KEYS,
  RESULT_CLASSES,
  RESULT_TYPES,
  ROLES,
  SENSITIVITIES,
  TRI,
  isValid,
  parseProfileQuery,
  parseQueryString,
  toQueryString,
  serializeProfile,
  type EligibilityProfile,
  type PlaceOption,
  type ProfileErrors,
  type ProfileField,
} from '../lib/eligibility-profile';
import {
  evaluateEligibility,
  orderForDisplay,
  type DocumentResult,
  type EligibilityPolicy,
  type EligibilityProvision,
} from '../lib/eligibility';
import { formatChineseDate, type PlainDate } from '../lib/plain-date';
import { formatMessage } from '../i18n/format';
import { BOUND_RULE_CITATION } from '../lib/bounds';

export interface CitationRef {
  cite: string;
  href: string;
}

export interface EligibilityCheckProps {
  policies: EligibilityPolicy[];
  provisions: EligibilityProvision[];
  places: PlaceOption[];
  /** Citation text and link per provision id. */
  citations: Record<string, CitationRef>;
  /** Guide page per policy id. */
  guideHrefs: Record<string, string>;
  /** The day statuses are computed for (the build day, as the rest of the site). */
  on: PlainDate;
  datasetVersion: string;
  /** The worked example shown before the user answers. */
  example: EligibilityProfile;
  /** The form's action (this page). */
  action: string;
  /** The law layer: the binding minimum inventor share per document (#13 §2). */
  law?: LawCheckProps;
}

type Raw = Record<string, string>;

const rawOf = (p: EligibilityProfile): Raw => Object.fromEntries(parseQueryString(serializeProfile(p)));
const L = (key: string) => t(key as UiKey);
const fieldId = (f: ProfileField) => `elig-${QUERY_KEYS[f]}`;

/** A plain-language line per answered question, for the printed result. */
function answerLines(p: EligibilityProfile, places: readonly PlaceOption[]): [string, string][] {
  const place = (c?: string, level?: 'province' | 'city') =>
    c === undefined ? undefined : c === OTHER ? L(`elig.opt.place.other.${level}`) : places.find((x) => x.code === c)?.name ?? c;
  const tri = (v?: string) => (v ? L(`elig.opt.tri.${v}`) : undefined);
  const flags = [p.techSme && L('elig.form.techSme'), p.incubator && L('elig.form.incubator'), p.researcherFounded && L('elig.form.researcherFounded')]
    .filter(Boolean)
    .join('；');
  const lines: [string, string | undefined][] = [
    [L('elig.form.role'), p.role && L(`elig.opt.role.${p.role}`)],
    [L('elig.form.licensorType'), p.licensorType && L(`elig.opt.licensor.${p.licensorType}`)],
    [L('elig.form.licensorLevel'), p.licensorLevel && L(`elig.level.${p.licensorLevel}`)],
    [L('elig.form.selected'), tri(p.selected)],
    [L('elig.form.place'), [place(p.province, 'province'), place(p.city, 'city')].filter(Boolean).join(' ') || undefined],
    [L('elig.form.licenseeSize'), p.licenseeSize && [L(`elig.opt.licensee.${p.licenseeSize}`), flags].filter(Boolean).join('；')],
    [L('elig.form.resultType'), p.resultType && L(`elig.opt.result.${p.resultType}`)],
    [L('elig.form.granted'), tri(p.granted)],
    [L('elig.form.assessed'), tri(p.assessed)],
    ['TRL', p.trl === undefined ? undefined : String(p.trl)],
    [L('elig.form.resultClass'), p.resultClass && L(`elig.opt.class.${p.resultClass}`)],
    [L('elig.form.sensitivity'), p.sensitivity && L(`elig.opt.sensitivity.${p.sensitivity}`)],
    [L('elig.form.publicFunding'), tri(p.publicFunding)],
    [L('elig.form.fundingLevel'), p.fundingLevel && L(`elig.opt.fundingLevel.${p.fundingLevel}`)],
    [L('elig.form.yearsAcceptance'), p.yearsSinceAcceptance === undefined ? undefined : String(p.yearsSinceAcceptance)],
    [L('elig.form.yearsRight'), p.yearsSinceRight === undefined ? undefined : String(p.yearsSinceRight)],
  ];
  return lines.filter((l): l is [string, string] => l[1] !== undefined && l[1] !== '');
}

const errorText = (errors: ProfileErrors, f: ProfileField): string | undefined => {
  const m = errors[f];
  return m ? formatMessage(m) : undefined;
};

function Select(props: {
  field: ProfileField;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
  raw: Raw;
  errors: ProfileErrors;
  onChange: (key: string, value: string) => void;
}) {
  const key = QUERY_KEYS[props.field];
  return (
    <Field id={fieldId(props.field)} label={props.label} hint={props.hint} error={errorText(props.errors, props.field)}>
      {(describedBy, invalid) => (
        <select
          id={fieldId(props.field)}
          name={key}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={props.raw[key] ?? ''}
          onChange={(e) => props.onChange(key, (e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{L('elig.opt.unanswered')}</option>
          {props.options.map((o) => (
            <option value={o.value} selected={props.raw[key] === o.value}>{o.label}</option>
          ))}
        </select>
      )}
    </Field>
  );
}

function TextInput(props: { field: ProfileField; label: string; raw: Raw; errors: ProfileErrors; onChange: (k: string, v: string) => void }) {
  const key = QUERY_KEYS[props.field];
  return (
    <Field id={fieldId(props.field)} label={props.label} error={errorText(props.errors, props.field)}>
      {(describedBy, invalid) => (
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          id={fieldId(props.field)}
          name={key}
          size={4}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={props.raw[key] ?? ''}
          onInput={(e) => props.onChange(key, (e.currentTarget as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
}

function Check(props: { field: ProfileField; label: string; raw: Raw; errors: ProfileErrors; onChange: (k: string, v: string) => void }) {
  const key = QUERY_KEYS[props.field];
  const err = errorText(props.errors, props.field);
  return (
    <div class={`elig-check${err ? ' field--error' : ''}`}>
      <input
        type="checkbox"
        id={fieldId(props.field)}
        name={key}
        value="1"
        checked={props.raw[key] === '1'}
        aria-describedby={err ? `${fieldId(props.field)}-error` : undefined}
        aria-invalid={err ? true : undefined}
        onChange={(e) => props.onChange(key, (e.currentTarget as HTMLInputElement).checked ? '1' : '')}
      />
      <label for={fieldId(props.field)}>{props.label}</label>
      {err && <p class="field-error" id={`${fieldId(props.field)}-error`} role="alert">{err}</p>}
    </div>
  );
}

function DocResult({ r, policy, props, profile }: { r: DocumentResult; policy: EligibilityPolicy; props: EligibilityCheckProps & { roleAnswered: boolean }; profile: EligibilityProfile }) {
  const cite = (id?: string) => (id ? props.citations[id] : undefined);
  return (
    <li class={`elig-doc elig-doc--${r.verdict}`}>
      <h3>
        {policy.data.shortTitle}：<span class={`elig-verdict elig-verdict--${r.verdict}`} data-output={`verdict-${r.policyId}`}>{L(`elig.verdict.${r.verdict}`)}</span>
      </h3>
      <p class="result-stamp">{policy.data.title}（{policy.data.jurisdiction.name}）</p>
      <h4>{L('elig.result.reasons')}</h4>
      <ul class="elig-reasons">
        {r.reasons.map((x) => {
          const c = cite(x.provisionId);
          return (
            <li data-reason={x.code}>
              <span class={`elig-effect elig-effect--${x.effect}`}>{L(`elig.effect.${x.effect}`)}</span> {formatMessage(x.message)}
              {c && <> <span class="cite-link">（{L('elig.result.cite')}：<a href={c.href}>{c.cite}</a>）</span></>}
            </li>
          );
        })}
      </ul>
      {r.verdict !== 'does-not-apply' && r.paymentModes.length > 0 && (
        <>
          <h4>{L('elig.result.paymentModes')}</h4>
          <ul>
            {r.paymentModes.map((m) => {
              const c = cite(m.provisionId);
              return <li>{m.items.join('、')}{m.open ? L('elig.result.openList') : ''}{c && <span class="cite-link">（<a href={c.href}>{c.cite}</a>）</span>}</li>;
            })}
          </ul>
        </>
      )}
      {r.verdict !== 'does-not-apply' && props.law && (
        <LawFloor law={props.law} policyId={r.policyId} kind={profile.licensorType} level={profile.licensorLevel} />
      )}
      {r.obligations.length > 0 && (
        <>
          <h4>{L('elig.result.obligations')}</h4>
          <ul>
            {r.obligations.map((o) => {
              const c = cite(o.provisionId);
              return (
                <li data-obligation={o.state}>
                  <strong>{L(`elig.duty.state.${o.state}`)}</strong>：{formatMessage(o.message)}
                  {c && <span class="cite-link">（<a href={c.href}>{c.cite}</a>）</span>}
                </li>
              );
            })}
          </ul>
          {r.obligations.some((o) => o.state === 'triggered' || o.state === 'not-yet') && (
            <p class="result-stamp" data-bound-rule>{BOUND_RULE_CITATION}</p>
          )}
        </>
      )}
      {r.verdict !== 'does-not-apply' && r.duties.length > 0 && (
        <>
          <h4>{L(props.roleAnswered ? 'elig.result.duties' : 'elig.result.dutiesAll')}</h4>
          <dl class="elig-duties" data-pagefind-ignore>
            {r.duties.map((g) => (
              <>
                <dt data-actor={g.actor}>{L(`duty.actor.${g.actor}`)}</dt>
                <dd>
                  <ul>
                    {g.items.map((d) => {
                      const c = cite(d.provisionId);
                      return (
                        <li data-duty={d.provisionId} data-modality={d.modality}>
                          <span class={`duty-modality duty-modality--${d.modality}`}>{L(`duty.modality.${d.modality}`)}</span> {d.summary}
                          {d.contractTerm && <span class="result-stamp">（{L('duty.contractTerm')}）</span>}
                          {c && <span class="cite-link">（<a href={c.href}>{c.cite}</a>）</span>}
                        </li>
                      );
                    })}
                  </ul>
                </dd>
              </>
            ))}
          </dl>
        </>
      )}
      {r.verdict !== 'does-not-apply' && props.guideHrefs[r.policyId] && (
        <p class="elig-next">
          {L('elig.result.next')}：<a href={props.guideHrefs[r.policyId]}>{t('elig.result.guideLink', { title: policy.data.shortTitle })}</a> ·{' '}
          <a href="/calculators/payment/">{L('calc.link.payment')}</a>
        </p>
      )}
    </li>
  );
}

export default function EligibilityCheck(props: EligibilityCheckProps) {
  const [raw, setRaw] = useState<Raw>(() => rawOf(props.example));
  const [submitted, setSubmitted] = useState<{ profile: EligibilityProfile; errors: ProfileErrors; example: boolean }>(() => ({
    profile: props.example,
    errors: {},
    example: true,
  }));
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const errorBox = useRef<HTMLDivElement>(null);

  const run = (query: string, example: boolean) => {
    const parsed = parseProfileQuery(query, props.places);
    setRaw(Object.fromEntries(parseQueryString(query)));
    setSubmitted({ ...parsed, example });
    return parsed;
  };

  const [hydrated, setHydrated] = useState(false);
  // Answers in the address bar win over the example (after hydration, so SSR and first render agree).
  useEffect(() => {
    if (location.search.length > 1) run(location.search, false);
    setHydrated(true);
  }, []);

  const results = useMemo(
    () => (isValid(submitted.errors) ? orderForDisplay(evaluateEligibility(submitted.profile, props.policies, props.provisions, props.on)) : []),
    [submitted],
  );

  const onChange = (key: string, value: string) => setRaw((r) => ({ ...r, [key]: value }));

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const q = toQueryString(Object.entries(raw).filter(([, v]) => v.trim() !== ''));
    const parsed = run(q, false);
    history.replaceState(null, '', q ? `?${q}` : location.pathname);
    requestAnimationFrame(() => (isValid(parsed.errors) ? resultHeading.current : errorBox.current)?.focus());
  };

  const onReset = (e: Event) => {
    e.preventDefault();
    setRaw({});
    setSubmitted({ profile: {}, errors: {}, example: false });
    history.replaceState(null, '', location.pathname);
  };

  const errors = submitted.errors;
  const provinces = props.places.filter((p) => p.level === 'province');
  const cities = props.places.filter((p) => p.level === 'city' && (!raw[QUERY_KEYS.province] || p.parent === raw[QUERY_KEYS.province]));
  const opts = <T extends string>(list: readonly T[], prefix: string) => list.map((v) => ({ value: v, label: L(`${prefix}.${v}`) }));
  const common = { raw, errors, onChange };
  const counts = { applies: 0, 'does-not-apply': 0, unclear: 0 };
  for (const r of results) counts[r.verdict] += 1;
  const errorList = Object.entries(errors) as [ProfileField, NonNullable<ProfileErrors[ProfileField]>][];

  return (
    <div class="elig" data-hydrated={hydrated ? 'true' : undefined}>
      <form class="elig-form" method="get" action={props.action} aria-label={L('elig.form.label')} onSubmit={onSubmit} noValidate>
        {errorList.length > 0 && (
          <div class="elig-errors" role="alert" tabIndex={-1} ref={errorBox}>
            <h2>{L('elig.errors.title')}</h2>
            <ul>{errorList.map(([f, m]) => <li><a href={`#${fieldId(f)}`}>{formatMessage(m)}</a></li>)}</ul>
          </div>
        )}
        <Select field="role" label={L('elig.form.role')} hint={L('elig.form.roleHint')} options={opts(ROLES, 'elig.opt.role')} {...common} />
        <fieldset>
          <legend>{L('elig.form.licensor')}</legend>
          <Select field="licensorType" label={L('elig.form.licensorType')} options={opts(LICENSOR_TYPES, 'elig.opt.licensor')} {...common} />
          <Select field="licensorLevel" label={L('elig.form.licensorLevel')} hint={L('elig.form.licensorLevelHint')} options={opts(LICENSOR_LEVELS, 'elig.level')} {...common} />
          <Select field="selected" label={L('elig.form.selected')} hint={L('elig.form.selectedHint')} options={opts(TRI, 'elig.opt.tri')} {...common} />
        </fieldset>
        <fieldset>
          <legend>{L('elig.form.place')}</legend>
          <Select
            field="province"
            label={L('elig.form.province')}
            options={[...provinces.map((p) => ({ value: p.code, label: p.name })), { value: OTHER, label: L('elig.opt.place.other.province') }]}
            {...common}
          />
          <Select
            field="city"
            label={L('elig.form.city')}
            hint={L('elig.form.cityHint')}
            options={[...cities.map((p) => ({ value: p.code, label: p.name })), { value: OTHER, label: L('elig.opt.place.other.city') }]}
            {...common}
          />
        </fieldset>
        <fieldset>
          <legend>{L('elig.form.licensee')}</legend>
          <Select field="licenseeSize" label={L('elig.form.licenseeSize')} options={opts(LICENSEE_SIZES, 'elig.opt.licensee')} {...common} />
          <Check field="techSme" label={L('elig.form.techSme')} {...common} />
          <Check field="incubator" label={L('elig.form.incubator')} {...common} />
          <Check field="researcherFounded" label={L('elig.form.researcherFounded')} {...common} />
        </fieldset>
        <fieldset>
          <legend>{L('elig.form.result')}</legend>
          <Select field="resultType" label={L('elig.form.resultType')} options={opts(RESULT_TYPES, 'elig.opt.result')} {...common} />
          <Select field="granted" label={L('elig.form.granted')} hint={L('elig.form.grantedHint')} options={opts(TRI, 'elig.opt.tri')} {...common} />
          <Select field="assessed" label={L('elig.form.assessed')} hint={L('elig.form.assessedHint')} options={opts(TRI, 'elig.opt.tri')} {...common} />
          <TextInput field="trl" label={L('elig.form.trl')} {...common} />
          <Select field="resultClass" label={L('elig.form.resultClass')} hint={L('elig.form.resultClassHint')} options={opts(RESULT_CLASSES, 'elig.opt.class')} {...common} />
          <Select field="sensitivity" label={L('elig.form.sensitivity')} hint={L('elig.form.sensitivityHint')} options={opts(SENSITIVITIES, 'elig.opt.sensitivity')} {...common} />
        </fieldset>
        <fieldset>
          <legend>{L('elig.form.funding')}</legend>
          <Select field="publicFunding" label={L('elig.form.publicFunding')} options={opts(TRI, 'elig.opt.tri')} {...common} />
          <Select field="fundingLevel" label={L('elig.form.fundingLevel')} hint={L('elig.form.fundingLevelHint')} options={opts(FUNDING_LEVELS, 'elig.opt.fundingLevel')} {...common} />
          <TextInput field="yearsSinceAcceptance" label={L('elig.form.yearsAcceptance')} {...common} />
          <TextInput field="yearsSinceRight" label={L('elig.form.yearsRight')} {...common} />
        </fieldset>
        <div class="elig-buttons">
          <button type="submit" class="button">{L('elig.form.submit')}</button>
          <a class="button button--secondary" href={props.action} onClick={onReset}>{L('elig.form.reset')}</a>
        </div>
      </form>

      <section class="result" aria-labelledby="elig-result-h" aria-live="polite">
        <h2 id="elig-result-h" tabIndex={-1} ref={resultHeading}>
          {L(submitted.example ? 'elig.result.exampleTitle' : 'elig.result.title')}
        </h2>
        {submitted.example && (
          <p>{t('elig.result.exampleNote', { profile: answerLines(submitted.profile, props.places).map(([, v]) => v).join('，') })}</p>
        )}
        {errorList.length > 0 ? (
          <p>{L('elig.errors.title')}</p>
        ) : (
          <>
            <p class="elig-summary" data-output="summary">
              {t('elig.result.summary', {
                total: String(results.length),
                applies: String(counts.applies),
                dna: String(counts['does-not-apply']),
                unclear: String(counts.unclear),
              })}
            </p>
            <h3 class="visually-hidden">{L('elig.result.answers')}</h3>
            <dl class="elig-answers">
              {answerLines(submitted.profile, props.places).map(([k, v]) => (
                <>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </>
              ))}
            </dl>
            <ul class="elig-docs">
              {results.map((r) => (
                <DocResult r={r} policy={props.policies.find((p) => p.id === r.policyId)!} props={{ ...props, roleAnswered: submitted.profile.role !== undefined }} profile={submitted.profile} />
              ))}
            </ul>
            <p class="result-stamp">{t('elig.result.on', { date: formatChineseDate(props.on), version: props.datasetVersion })}</p>
            <p class="result-stamp">{L('elig.disclaimer')}</p>
          </>
        )}
      </section>
    </div>
  );
}
