/**
 * /calculators/contract/'s island: the whole Hunan model contract, article by article, filled in
 * the browser. It collects input and renders `computeContract()`; the rules are in src/lib/contract.
 *
 * What the user types stays in this browser: the draft is kept in localStorage, the share link
 * puts the form after `#` (never sent to a server) and carries the parties only if asked, and the
 * .docx is made here (the `docx` library is loaded only when the file is asked for).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ContractBuilderProps } from '../data/contract-builder';
import { makeTranslate } from '../lib/calculators/payment-text';
import type { PaymentForm } from '../lib/calculators/payment-plan';
import { computeContract, contractContext, type OpenBlank } from '../lib/contract/compute';
import { disputeOptions, milestoneRows } from '../lib/contract/binding';
import { CHOICES, cloneContractForm, emptyContractForm, PARTY_FIELDS, PARTY_KEYS, RESULT_TYPES, type ContractForm, type PartyField, type PartyKey } from '../lib/contract/form';
import { modelBoxes } from '../lib/contract/model';
import { Money } from '../lib/money';
import { Field } from './ui/Field';
import { contractPlainText } from '../lib/contract/render';
import { emptyPlan, isEmptyForm, readContractForm, serializeContractForm } from '../lib/contract/url-state';
import { todayInChina, formatChineseDate } from '../lib/plain-date';
import { ContractView } from './contract/ContractView';
import { Findings } from './contract/Findings';
import { PaymentFields, type PayMode } from './contract/PaymentFields';
import { CheckGroup, RadioGroup, TextField, fieldId } from './contract/ui';
import { saveFile } from './ui/download';

const DRAFT_KEY = 'xyhf:contract-draft:v1';
/** Marks a form that is the worked example (its banner shows until it is cleared). */
const EXAMPLE_FLAG = 'example';

function withExampleFlag(q: string, example: boolean): string {
  return example ? [q, `${EXAMPLE_FLAG}=1`].filter(Boolean).join('&') : q;
}

function withoutExampleFlag(q: string): string {
  return q.split('&').filter((p) => p !== `${EXAMPLE_FLAG}=1`).join('&');
}


function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export default function ContractBuilder(props: ContractBuilderProps) {
  const { binding } = props;
  const t = useMemo(() => makeTranslate(props.strings), [props.strings]);
  const ctx = useMemo(() => contractContext(props), [props]);
  const model = ctx.model;
  const [form, setForm] = useState<ContractForm>(emptyContractForm);
  const [example, setExample] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  const [shareParties, setShareParties] = useState(false);
  const [shareUrl, setShareUrl] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  // The date the file is generated: today in the browser (the server rendered the build's date).
  const [today, setToday] = useState(props.datasetDate);
  const loaded = useRef(false);
  const storageOk = useRef(true);

  const r = useMemo(() => computeContract(form, ctx, t), [form, ctx, t]);
  const ruleIds = useMemo(() => props.rules.map((x) => x.id), [props.rules]);

  // After hydration: a share link (#…) or the planner's plan (?…), over the draft kept here.
  useEffect(() => {
    setToday(formatChineseDate(todayInChina()));
    const said: string[] = [];
    let draft: ReturnType<typeof readContractForm> | null = null;
    let draftExample = false;
    try {
      const raw = localStorage.getItem(DRAFT_KEY);
      if (raw) {
        draftExample = raw.endsWith(`&${EXAMPLE_FLAG}=1`) || raw === `${EXAMPLE_FLAG}=1`;
        draft = readContractForm(withoutExampleFlag(raw), ruleIds, binding.rules.milestone);
      }
    } catch {
      storageOk.current = false;
      said.push(t('contract.draft.unavailable'));
    }
    const hash = location.hash.replace(/^#/, '');
    const hashExample = hash.endsWith(`&${EXAMPLE_FLAG}=1`) || hash === `${EXAMPLE_FLAG}=1`;
    const link = readContractForm(withoutExampleFlag(hash), ruleIds, binding.rules.milestone);
    const planner = readContractForm(location.search, ruleIds, binding.rules.milestone);
    let next: ContractForm | null = null;
    let isExample = false;
    const sayNotices = (n: ReturnType<typeof readContractForm>['notices']) => {
      for (const x of n) {
        if (x.code === 'dropped') said.push(t('contract.notice.dropped', { items: x.items.join('、') }));
        else said.push(t(`calc.payment.notice.${x.notice.code}`, Object.fromEntries(Object.entries(x.notice).map(([k, v]) => [k, String(v)]))));
      }
    };
    if (link.found) {
      next = link.form;
      isExample = hashExample;
      said.push(t('contract.notice.link'));
      if (!link.hasParties) said.push(t('contract.notice.noParties'));
      sayNotices(link.notices);
    } else if (draft?.found) {
      next = draft.form;
      isExample = draftExample;
      said.push(t('contract.draft.restored'));
    }
    if (planner.hasPlan && planner.form.plan) {
      // The planner's plan replaces 第四条; the rest of the draft stays. Conditions stay with the
      // milestones of the same name and position.
      const base = next ?? emptyContractForm();
      const old = base.plan?.milestones ?? [];
      const plan = planner.form.plan;
      next = {
        ...base,
        signDate: planner.form.signDate || base.signDate,
        plan,
        conditions: plan.milestones.map((m, i) => (old[i]?.name === m.name ? (base.conditions[i] ?? '') : '')),
      };
      isExample = false;
      said.push(t('contract.notice.fromPlanner'));
      sayNotices(planner.notices);
    }
    if (next) {
      setForm(next);
      setExample(isExample);
    }
    setNotices(said);
    if (link.found || planner.found) history.replaceState(null, '', `${location.pathname}`);
    loaded.current = true;
  }, []);

  // The draft follows every change; an empty form leaves none.
  useEffect(() => {
    if (!loaded.current || !storageOk.current) return;
    try {
      if (isEmptyForm(form) && !example) localStorage.removeItem(DRAFT_KEY);
      else localStorage.setItem(DRAFT_KEY, withExampleFlag(serializeContractForm(form, { withParties: true }), example));
    } catch {
      storageOk.current = false;
      setNotices((n) => [...n, t('contract.draft.unavailable')]);
    }
  }, [form, example]);

  useEffect(() => {
    if (!loaded.current) return;
    const q = withExampleFlag(serializeContractForm(form, { withParties: shareParties }), example);
    setShareUrl(`${location.origin}${location.pathname}${q ? `#${q}` : ''}`);
  }, [form, example, shareParties]);

  const err = (k: string) => r.errors[k];
  const up = (f: (x: ContractForm) => ContractForm) => setForm((x) => f(cloneContractForm(x)));
  const setText = (k: keyof ContractForm) => (v: string) => up((x) => ({ ...x, [k]: v }));
  const setParty = (p: PartyKey, k: PartyField) => (v: string) => up((x) => ({ ...x, [p]: { ...x[p], [k]: v } }));

  const boxLabel = useMemo(() => new Map(modelBoxes(model).map((b) => [b.id, b.label])), [model]);
  const boxOptions = <V extends string>(map: Record<V, string>, values: readonly V[]) => values.map((v) => ({ value: v, label: boxLabel.get(map[v]) ?? v }));
  const rows = useMemo(() => milestoneRows(model, binding), [model, binding]);
  const disputes = useMemo(() => disputeOptions(model, binding), [model, binding]);
  const sections = new Map(model.sections.map((s) => [s.key, s]));
  const heading = (key: string) => sections.get(key)?.headingRaw?.trim() ?? '';
  const articleName = (key: string) =>
    key === 'head' ? t('contract.section.head') : key === 'sign' ? t('contract.section.sign') : (heading(key).split(/\s/)[0] ?? key);

  const openLabel = (o: OpenBlank) => {
    const party = /^([ab])\.(\w+)$/.exec(o.field);
    if (party) {
      const p = model.parties[party[1] === 'a' ? 0 : 1];
      return `${p ? t('contract.party.legend', { role: p.role, key: p.key }) : ''}${t(`contract.field.party.${party[2]}`)}`;
    }
    const key = `contract.field.${o.field}`;
    const label = o.field === 'plan' ? key : t(key);
    return label === key ? o.label : label;
  };

  const onMode = (m: PayMode) =>
    up((x) => {
      if (m === '') return { ...x, plan: null, conditions: [] };
      if (!x.plan) return { ...x, plan: emptyPlan(m, binding.rules[m]), conditions: m === 'milestone' ? [''] : [] };
      // Switching mode keeps the plan; the rule follows the mode while it is the model's default.
      const rule = x.plan.rule === binding.rules[x.plan.mode] ? binding.rules[m] : x.plan.rule;
      const milestones = m === 'milestone' && x.plan.milestones.length === 0 ? [{ name: '', date: '', amount: '', term: '' }] : x.plan.milestones;
      return { ...x, plan: { ...x.plan, mode: m, rule, milestones }, conditions: milestones.map((_, i) => x.conditions[i] ?? '') };
    });
  const onPlan = (f: (p: PaymentForm, c: string[]) => { plan: PaymentForm; conditions: string[] }) =>
    up((x) => (x.plan ? { ...x, ...f(x.plan, x.conditions) } : x));

  const loadExample = () => {
    setForm(cloneContractForm(props.example));
    setExample(true);
    setNotices([]);
  };
  const clearAll = () => {
    if (!isEmptyForm(form) && !example && !window.confirm(t('contract.draft.confirm'))) return;
    setForm(emptyContractForm());
    setExample(false);
    setNotices([t('contract.draft.cleared')]);
  };

  const onDocx = async () => {
    setBusy(true);
    setStatus(t('contract.download.busy'));
    try {
      // Loaded on demand: the docx library is not part of the page's JavaScript until asked for.
      const { contractDocx, docxFileName } = await import('../lib/contract/docx');
      const bytes = await contractDocx(r.contract, {
        header: t('contract.docx.header', { title: r.contract.title.trim(), version: props.datasetVersion, date: props.datasetDate, generated: today }),
        pageLabel: t('contract.docx.page', { page: '\u0000', pages: '\u0000' }).split('\u0000') as unknown as [string, string, string],
        title: r.contract.title.trim(),
        creator: t('contract.docx.creator'),
        description: t('contract.stamp', { version: props.datasetVersion, date: props.datasetDate, generated: today }),
      });
      const name = docxFileName(t('contract.download.filename'), form.b.name);
      saveFile(name, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes as Uint8Array<ArrayBuffer>);
      setStatus(t('contract.download.done', { name, size: sizeText(bytes.byteLength) }));
    } catch (e) {
      setStatus(t('contract.download.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  const copy = async (text: string, ok: string, failed: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(ok);
    } catch {
      setStatus(failed);
    }
  };

  const articleLegend = (key: string) => (
    <legend>
      {heading(key)}
      {props.articleHrefs[key] && (
        <>
          {' '}
          <a class="cb-source no-print" href={props.articleHrefs[key]}>
            {t('contract.article.source')}
          </a>
        </>
      )}
    </legend>
  );
  const none = <p class="field-hint">{t('contract.field.none')}</p>;
  const licence = form.conversion === 'licence';
  const lateCite = props.checks.lateRate ? props.checks.cites[props.checks.lateRate.provisionId] : undefined;
  const banner = example && (
    <p class="notice cb-example" data-output="example-banner">
      {t('contract.example.banner')}{' '}
      <button type="button" class="button button--secondary no-print" onClick={clearAll} data-action="clear-example">
        {t('contract.example.clear')}
      </button>
    </p>
  );
  const fileStamp = t('contract.stamp', { version: props.datasetVersion, date: props.datasetDate, generated: today });

  return (
    <div class="cb" data-builder>
      <div class="cb-toolbar no-print">
        <button type="button" class="button" onClick={loadExample} data-action="load-example">
          {t('contract.example.load')}
        </button>{' '}
        <button type="button" class="button button--secondary" onClick={clearAll} data-action="clear">
          {t('contract.draft.clear')}
        </button>
        <p class="field-hint">{t('contract.privacy')}</p>
      </div>
      <p class="cb-jump no-print">
        <a href="#cb-h-check">{t('contract.section.check')}</a> · <a href="#cb-h-download">{t('contract.section.download')}</a> · <a href="#cb-h-preview">{t('contract.section.preview')}</a>
      </p>
      <div class="cb-notices no-print" role="status" data-output="notices">
        {notices.length > 0 && (
          <ul class="notice">
            {notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        )}
      </div>

      <div class="cb-form no-print">
        <fieldset class="cb-article">
          <legend>{t('contract.section.head')}</legend>
          <div class="cb-grid">
            <TextField k="contractNo" label={t('contract.field.contractNo')} value={form.contractNo} error={err('contractNo')} onValue={setText('contractNo')} />
            <TextField k="place" label={t('contract.field.place')} value={form.place} error={err('place')} onValue={setText('place')} />
            <TextField
              k="signDate"
              label={t('contract.field.signDate')}
              hint={t('contract.field.signDate.hint')}
              inputMode="numeric"
              placeholder="YYYY-MM-DD"
              value={form.signDate}
              error={err('signDate')}
              onValue={setText('signDate')}
            />
          </div>
        </fieldset>

        <fieldset class="cb-article">
          {articleLegend('art1')}
          <div class="cb-parties">
            {PARTY_KEYS.map((p, i) => {
              const party = model.parties[i];
              return (
                <fieldset key={p} class="cb-party">
                  <legend>{party ? t('contract.party.legend', { role: party.role, key: party.key }) : p}</legend>
                  {PARTY_FIELDS.map((f) => (
                    <TextField
                      key={f}
                      k={`${p}.${f}`}
                      label={t(`contract.field.party.${f}`)}
                      hint={f === 'phone' || f === 'email' ? t(`contract.field.party.${f}.hint`) : undefined}
                      inputMode={f === 'phone' ? 'tel' : f === 'email' ? 'email' : 'text'}
                      multiline={f === 'address'}
                      value={form[p][f]}
                      error={err(`${p}.${f}`)}
                      onValue={setParty(p, f)}
                    />
                  ))}
                </fieldset>
              );
            })}
          </div>
        </fieldset>

        <fieldset class="cb-article">
          {articleLegend('art2')}
          <TextField k="resultName" label={t('contract.field.resultName')} value={form.resultName} error={err('resultName')} onValue={setText('resultName')} />
          <CheckGroup k="resultTypes" legend={t('contract.field.resultTypes')} value={form.resultTypes} onValue={(v) => up((x) => ({ ...x, resultTypes: RESULT_TYPES.filter((k) => v.includes(k)) }))} options={boxOptions(binding.boxes.resultTypes, RESULT_TYPES)} />
          <div class="cb-grid">
            <TextField k="regNo" label={t('contract.field.regNo')} value={form.regNo} error={err('regNo')} onValue={setText('regNo')} />
            <TextField k="holder" label={t('contract.field.holder')} value={form.holder} error={err('holder')} onValue={setText('holder')} />
            <TextField k="techField" label={t('contract.field.techField')} value={form.techField} error={err('techField')} onValue={setText('techField')} />
            <TextField k="trl" label={t('contract.field.trl')} inputMode="numeric" value={form.trl} error={err('trl')} onValue={setText('trl')} />
          </div>
          <TextField k="summary" label={t('contract.field.summary')} multiline value={form.summary} error={err('summary')} onValue={setText('summary')} />
        </fieldset>

        <fieldset class="cb-article">
          {articleLegend('art3')}
          <RadioGroup k="conversion" legend={t('contract.field.conversion')} value={form.conversion} onValue={(v) => up((x) => ({ ...x, conversion: v }))} options={boxOptions(binding.boxes.conversion, CHOICES.conversion)} />
          {licence && (
            <RadioGroup k="licenceKind" legend={t('contract.field.licenceKind')} value={form.licenceKind} onValue={(v) => up((x) => ({ ...x, licenceKind: v }))} options={boxOptions(binding.boxes.licenceKind, CHOICES.licenceKind)} />
          )}
          <TextField k="territory" label={t('contract.field.territory')} value={form.territory} error={err('territory')} onValue={setText('territory')} />
          {licence ? (
            <div class="cb-grid">
              <TextField k="licenceFrom" label={t('contract.field.licenceFrom')} inputMode="numeric" placeholder="YYYY-MM-DD" value={form.licenceFrom} error={err('licenceFrom')} onValue={setText('licenceFrom')} />
              <TextField k="licenceTo" label={t('contract.field.licenceTo')} inputMode="numeric" placeholder="YYYY-MM-DD" value={form.licenceTo} error={err('licenceTo')} onValue={setText('licenceTo')} />
              <TextField k="fieldOfUse" label={t('contract.field.fieldOfUse')} hint={t('contract.field.fieldOfUse.hint')} value={form.fieldOfUse} error={err('fieldOfUse')} onValue={setText('fieldOfUse')} />
            </div>
          ) : (
            <p class="field-hint">{t('contract.field.licenceOnly')}</p>
          )}
        </fieldset>

        <fieldset class="cb-article" id={fieldId('plan')}>
          {articleLegend('art4')}
          <PaymentFields
            plan={form.plan}
            conditions={form.conditions}
            signDate={form.signDate}
            r={r}
            t={t}
            rules={props.rules}
            cites={props.cites}
            binding={binding}
            rows={rows}
            printed={{
              royaltyPeriod: binding.choices.royaltyPeriod,
              deferredKind: { lump: boxLabel.get(binding.boxes.deferredKind.lump) ?? '', instalments: boxLabel.get(binding.boxes.deferredKind.instalments) ?? '' },
            }}
            defaultMonths={props.checks.deferredDefault?.months ?? null}
            plannerHref={props.plannerHref}
            onMode={onMode}
            onPlan={onPlan}
          />
        </fieldset>

        <fieldset class="cb-article">
          {articleLegend('art5')}
          <RadioGroup
            k="improvementsOwner"
            legend={t('contract.field.improvementsOwner')}
            value={form.improvementsOwner}
            onValue={(v) => up((x) => ({ ...x, improvementsOwner: v }))}
            options={boxOptions(binding.boxes.improvementsOwner, CHOICES.improvementsOwner)}
          />
          {form.improvementsOwner === 'joint' && (
            <RadioGroup k="jointKind" legend={t('contract.field.jointKind')} value={form.jointKind} onValue={(v) => up((x) => ({ ...x, jointKind: v }))} options={boxOptions(binding.boxes.jointKind, CHOICES.jointKind)} />
          )}
          {form.improvementsOwner === 'joint' && form.jointKind === 'shares' && (
            <TextField k="shares" label={t('contract.field.shares')} hint={t('contract.field.shares.hint')} value={form.shares} error={err('shares')} onValue={setText('shares')} />
          )}
          <RadioGroup
            k="infringementCost"
            legend={t('contract.field.infringementCost')}
            value={form.infringementCost}
            onValue={(v) => up((x) => ({ ...x, infringementCost: v }))}
            options={CHOICES.infringementCost.map((v) => ({ value: v, label: binding.choices.infringementCost[v] }))}
          />
        </fieldset>

        <fieldset class="cb-article">
          {articleLegend('art6')}
          <TextField
            k="lateRate"
            label={t('contract.field.lateRate')}
            hint={props.checks.lateRate && lateCite ? t('contract.field.lateRate.hint', { percent: new Money(props.checks.lateRate.rate).times(100).toString(), cite: lateCite.cite }) : undefined}
            inputMode="decimal"
            value={form.lateRate}
            error={err('lateRate')}
            onValue={setText('lateRate')}
          />
        </fieldset>

        <fieldset class="cb-article">
          {articleLegend('art7')}
          {none}
        </fieldset>

        <fieldset class="cb-article">
          {articleLegend('art8')}
          <RadioGroup k="dispute" legend={t('contract.field.dispute')} value={form.dispute} onValue={(v) => up((x) => ({ ...x, dispute: v }))} options={disputes.map((o) => ({ value: o.key, label: o.text }))} />
          {form.dispute === 'court' && (
            <TextField k="court" label={t('contract.field.court')} hint={t('contract.field.court.hint')} value={form.court} error={err('court')} onValue={setText('court')} />
          )}
        </fieldset>

        <fieldset class="cb-article">
          {articleLegend('art9')}
          {none}
        </fieldset>

        <fieldset class="cb-article">
          <legend>{t('contract.section.sign')}</legend>
          <p class="field-hint">{t('contract.sign.note')}</p>
        </fieldset>
      </div>

      <section class="cb-check no-print" aria-labelledby="cb-h-check" data-pagefind-ignore>
        <h2 id="cb-h-check">{t('contract.section.check')}</h2>
        {banner}
        <Findings
          findings={r.findings}
          open={r.open}
          errorCount={Object.keys(r.errors).length}
          t={t}
          articleName={articleName}
          typeLabel={(k) => boxLabel.get(binding.boxes.resultTypes[k as (typeof RESULT_TYPES)[number]]) ?? k}
          openLabel={openLabel}
        />
      </section>

      <section class="cb-download no-print" aria-labelledby="cb-h-download">
        <h2 id="cb-h-download">{t('contract.section.download')}</h2>
        <p class="cb-actions">
          <button type="button" class="button" onClick={onDocx} disabled={busy} data-action="docx">
            {t('contract.download.docx')}
          </button>{' '}
          <button type="button" class="button button--secondary" onClick={() => window.print()} data-action="print">
            {t('contract.download.print')}
          </button>{' '}
          <button type="button" class="button button--secondary" onClick={() => copy(contractPlainText(r.contract), t('contract.download.copied'), t('contract.download.copyFailed'))} data-action="copy-text">
            {t('contract.download.copy')}
          </button>
        </p>
        <p class="cb-status" role="status" aria-live="polite" data-output="status">
          {status}
        </p>
        <div class="cb-share">
          <p class="cb-check-row">
            <label>
              <input type="checkbox" checked={shareParties} onChange={(e) => setShareParties(e.currentTarget.checked)} data-action="share-parties" /> {t('contract.share.parties')}
            </label>
          </p>
          <Field id="cb-share" label={t('contract.share.label')} hint={t('contract.share.hint')}>
            {(d) => <input id="cb-share" type="text" readOnly value={shareUrl} aria-describedby={d} data-output="share-url" onFocus={(e) => e.currentTarget.select()} />}
          </Field>
          <button type="button" class="button button--secondary" onClick={() => copy(shareUrl, t('contract.share.copied'), t('contract.share.copyFailed'))} data-action="share-copy">
            {t('contract.share.copy')}
          </button>
        </div>
      </section>

      {/* The model's words are indexed with the policy text, clause by clause: not again here. */}
      <section class="cb-preview" aria-labelledby="cb-h-preview" data-pagefind-ignore>
        <h2 id="cb-h-preview">{t('contract.section.preview')}</h2>
        {banner}
        <p class="field-hint no-print">{t('contract.preview.note')}</p>
        <ContractView contract={r.contract} />
        <p class="result-stamp" data-output="stamp">
          {fileStamp}
        </p>
      </section>
    </div>
  );
}
