/**
 * The /embed/ page's generator, in the order an official works: choose the calculator → choose
 * the documents or items it shows → full or compact → one live preview, loaded only when asked
 * for → copy the code (iframe or custom element). Server-rendered with the first calculator's
 * code, so the page is useful before (and without) JavaScript. Values are checked as the widget
 * would check them (`normaliseInput`), and what it would ignore is said at the field.
 */
import { useState } from 'preact/hooks';
import { Field } from './ui/Field';
import type { WidgetInput } from '../schemas/widget-manifest';
import { normaliseInput } from '../lib/widgets/inputs';
import { elementSnippet, FALLBACK_FRAME_HEIGHT, iframeSnippet, iframeUrl, type SnippetParams, type SnippetWidget } from '../lib/widgets/snippets';
import { parseFontSize, parseThemeColor, THEME_PARAMS } from '../lib/widgets/theme';

export interface GeneratorWidget extends SnippetWidget {
  title: string;
  description: string;
  inputs: WidgetInput[];
}

/** Every string the generator shows (src/i18n/zh-CN.json, `embed.gen.*`). */
export interface GeneratorLabels {
  stepWidget: string;
  stepContent: string;
  contentNone: string;
  stepSize: string;
  full: string;
  fullHint: string;
  compact: string;
  compactHint: string;
  stepPreview: string;
  previewShow: string;
  previewHint: string;
  previewFollows: string;
  stepCode: string;
  way: string;
  iframe: string;
  element: string;
  code: string;
  copy: string;
  copied: string;
  copyFailed: string;
  more: string;
  presetsHint: string;
  visitorChooses: string;
  useDefault: string;
  allDefault: string;
  countInvalid: string;
  inputInvalid: string;
  primary: string;
  primaryHint: string;
  primaryInvalid: string;
  fontSize: string;
  fontSizeHint: string;
  fontSizeInvalid: string;
}

interface Props {
  widgets: GeneratorWidget[];
  hostScriptUrl: string;
  labels: GeneratorLabels;
}

/** `{a}` placeholders filled in (labels are plain strings from the i18n file). */
const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in v ? String(v[k]) : m));

export default function EmbedSnippetGenerator({ widgets, hostScriptUrl, labels }: Props) {
  const [id, setId] = useState(widgets[0]?.id ?? '');
  const [values, setValues] = useState<Record<string, string>>({});
  const [compact, setCompact] = useState(false);
  const [way, setWay] = useState<'iframe' | 'element'>('iframe');
  const [preview, setPreview] = useState(false);
  const [primary, setPrimary] = useState('');
  const [fontSize, setFontSize] = useState('');
  const [status, setStatus] = useState('');
  const w = widgets.find((x) => x.id === id) ?? widgets[0];
  if (!w) return null;

  const keyOf = (def: WidgetInput) => `${w.id}:${def.name}`;
  const set = (def: WidgetInput, v: string) => {
    setValues({ ...values, [keyOf(def)]: v });
    setStatus('');
  };
  const errors: Record<string, string | null> = {};
  const params: SnippetParams = {};
  for (const def of w.inputs) {
    const raw = values[keyOf(def)] ?? '';
    if (raw.trim() === '') continue;
    const v = normaliseInput(def, raw);
    errors[def.name] =
      v !== null ? null : def.type === 'enum-list' ? fill(labels.countInvalid, { min: def.min ?? 1, max: def.max ?? def.allowed?.length ?? 1 }) : labels.inputInvalid;
    if (v !== null) params[def.name] = v;
  }
  const primaryOk = primary.trim() === '' || parseThemeColor(primary) !== null;
  const fontOk = fontSize.trim() === '' || parseFontSize(fontSize) !== null;
  if (primary.trim() && primaryOk) params[THEME_PARAMS.primary] = parseThemeColor(primary);
  if (fontSize.trim() && fontOk) params[THEME_PARAMS.fontSize] = String(parseFontSize(fontSize));
  if (compact) params[THEME_PARAMS.compact] = true;
  const code = way === 'iframe' ? iframeSnippet(w, hostScriptUrl, params) : elementSnippet(w, params);
  // The preview is this site's own iframe page, whatever origin the snippet names.
  const previewSrc = iframeUrl({ ...w, iframeUrl: new URL(w.iframeUrl).pathname }, params);

  const content = w.inputs.filter((d) => d.content);
  const presets = w.inputs.filter((d) => !d.content);
  const labelOf = (def: WidgetInput, value: string | null) => def.allowed?.find((a) => a.value === value)?.label ?? value ?? '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed);
    }
  };

  /** A select of `allowed` (enum), or a text field checked like the widget checks it. */
  const single = (def: WidgetInput, fid: string) =>
    def.type === 'enum' && def.allowed ? (
      <div class="field" key={fid}>
        <label for={fid}>{def.label}</label>
        <select id={fid} value={values[keyOf(def)] ?? ''} onChange={(e) => set(def, e.currentTarget.value)}>
          <option value="">{def.default === null ? labels.visitorChooses : fill(labels.useDefault, { value: labelOf(def, def.default) })}</option>
          {def.allowed.map((a) => <option value={a.value} key={a.value}>{a.label}</option>)}
        </select>
      </div>
    ) : (
      <Field key={fid} id={fid} label={def.unit ? `${def.label}（${def.unit}）` : def.label}
        hint={def.default !== null ? fill(labels.useDefault, { value: def.default }) : labels.visitorChooses} error={errors[def.name]}>
        {(describedBy, invalid) => (
          <input id={fid} type="text" value={values[keyOf(def)] ?? ''} aria-describedby={describedBy} aria-invalid={invalid || undefined}
            onInput={(e) => set(def, e.currentTarget.value)} />
        )}
      </Field>
    );

  /** Checkboxes for a list input (documents of several jurisdictions): none checked = the default. */
  const list = (def: WidgetInput, fid: string) => {
    const chosen = new Set((values[keyOf(def)] ?? '').split(',').filter(Boolean));
    const toggle = (v: string, on: boolean) => {
      const next = def.allowed!.map((a) => a.value).filter((x) => (x === v ? on : chosen.has(x)));
      set(def, next.join(','));
    };
    const defaults = (def.default ?? '').split(',').filter(Boolean).map((v) => labelOf(def, v)).join('、');
    const hintId = `${fid}-hint`;
    const errId = `${fid}-error`;
    return (
      <fieldset key={fid} class={`field${errors[def.name] ? ' field--error' : ''}`} aria-describedby={[hintId, errors[def.name] ? errId : ''].filter(Boolean).join(' ')}>
        <legend>{def.label}</legend>
        <p class="field-hint" id={hintId}>{defaults ? fill(labels.allDefault, { value: defaults }) : labels.visitorChooses}</p>
        {errors[def.name] && <p class="field-error" id={errId} role="alert"><span class="visually-hidden">错误：</span>{errors[def.name]}</p>}
        {def.allowed!.map((a) => (
          <label class="choice" key={a.value}>
            <input type="checkbox" name={fid} value={a.value} checked={chosen.has(a.value)} onChange={(e) => toggle(a.value, e.currentTarget.checked)} /> {a.label}
          </label>
        ))}
      </fieldset>
    );
  };

  return (
    // Not a <form>: nothing is submitted; every choice updates the code at once.
    <div class="snippet-generator">
      <ol class="gen-steps">
        <li>
          <fieldset>
            <legend>{labels.stepWidget}</legend>
            {widgets.map((x) => (
              <label class="choice choice--block" key={x.id}>
                <input type="radio" name="gen-widget" value={x.id} checked={x.id === w.id} onChange={() => { setId(x.id); setStatus(''); }} /> {x.title}
              </label>
            ))}
            <p class="field-hint">{w.description}</p>
          </fieldset>
        </li>
        <li>
          <fieldset>
            <legend>{labels.stepContent}</legend>
            {content.length === 0 && <p class="field-hint">{labels.contentNone}</p>}
            {content.map((def) => (def.type === 'enum-list' && def.allowed ? list(def, `gen-${w.id}-${def.name}`) : single(def, `gen-${w.id}-${def.name}`)))}
          </fieldset>
        </li>
        <li>
          <fieldset>
            <legend>{labels.stepSize}</legend>
            <label class="choice choice--block"><input type="radio" name="gen-size" value="full" checked={!compact} onChange={() => setCompact(false)} /> {labels.full}<span class="choice-hint">{labels.fullHint}</span></label>
            <label class="choice choice--block"><input type="radio" name="gen-size" value="compact" checked={compact} onChange={() => setCompact(true)} /> {labels.compact}<span class="choice-hint">{labels.compactHint}</span></label>
          </fieldset>
        </li>
        <li>
          <h3 class="gen-step-title">{labels.stepPreview}</h3>
          {preview ? (
            <>
              <p class="field-hint">{labels.previewFollows}</p>
              <iframe class="embed-preview" src={previewSrc} title={w.iframeTitle} data-xyhf-widget={w.id} height={FALLBACK_FRAME_HEIGHT} />
            </>
          ) : (
            <>
              <p class="field-hint">{labels.previewHint}</p>
              <button type="button" class="button button--secondary" data-action="preview" onClick={() => setPreview(true)}>{labels.previewShow}</button>
            </>
          )}
        </li>
        <li>
          <h3 class="gen-step-title">{labels.stepCode}</h3>
          <fieldset>
            <legend>{labels.way}</legend>
            <label class="choice"><input type="radio" name="gen-way" value="iframe" checked={way === 'iframe'} onChange={() => setWay('iframe')} /> {labels.iframe}</label>
            <label class="choice"><input type="radio" name="gen-way" value="element" checked={way === 'element'} onChange={() => setWay('element')} /> {labels.element}</label>
          </fieldset>
          <div class="field">
            <label for="gen-code">{labels.code}</label>
            <textarea id="gen-code" class="snippet-code" readOnly rows={4} value={code} data-snippet={way} />
          </div>
          <button type="button" class="button" onClick={copy}>{labels.copy}</button>
          <p class="snippet-status" aria-live="polite">{status}</p>
        </li>
      </ol>
      <details class="gen-more">
        <summary>{labels.more}</summary>
        {presets.length > 0 && <p class="field-hint">{labels.presetsHint}</p>}
        {presets.map((def) => single(def, `gen-${w.id}-${def.name}`))}
        <Field id="gen-primary" label={labels.primary} hint={labels.primaryHint} error={primaryOk ? null : labels.primaryInvalid}>
          {(describedBy, invalid) => (
            <input id="gen-primary" type="text" value={primary} placeholder="#0b5cad" aria-describedby={describedBy}
              aria-invalid={invalid || undefined} onInput={(e) => setPrimary(e.currentTarget.value)} />
          )}
        </Field>
        <Field id="gen-font" label={labels.fontSize} hint={labels.fontSizeHint} error={fontOk ? null : labels.fontSizeInvalid}>
          {(describedBy, invalid) => (
            <input id="gen-font" type="text" inputMode="numeric" value={fontSize} placeholder="16" aria-describedby={describedBy}
              aria-invalid={invalid || undefined} onInput={(e) => setFontSize(e.currentTarget.value)} />
          )}
        </Field>
      </details>
    </div>
  );
}
