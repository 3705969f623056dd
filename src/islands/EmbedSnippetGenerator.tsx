/**
 * The /embed/ page's snippet generator: pick a widget, preset its inputs and theme, copy the
 * iframe or custom-element code. The server-rendered HTML already shows the default snippet, so
 * the page is useful without JavaScript. Invalid theme values are flagged here (the widget itself
 * would silently ignore them).
 */
import { useState } from 'preact/hooks';
import { Field } from './ui/Field';
import type { WidgetInput } from '../schemas/widget-manifest';
import { normaliseInput } from '../lib/widgets/inputs';
import { elementSnippet, iframeSnippet, type SnippetParams, type SnippetWidget } from '../lib/widgets/snippets';
import { parseFontSize, parseThemeColor, THEME_PARAMS } from '../lib/widgets/theme';

export interface GeneratorWidget extends SnippetWidget {
  title: string;
  inputs: WidgetInput[];
}

export interface GeneratorLabels {
  widget: string;
  way: string;
  iframe: string;
  element: string;
  primary: string;
  primaryHint: string;
  primaryInvalid: string;
  fontSize: string;
  fontSizeHint: string;
  fontSizeInvalid: string;
  compact: string;
  inputInvalid: string;
  code: string;
  copy: string;
  copied: string;
  copyFailed: string;
  useDefault: string;
}

interface Props {
  widgets: GeneratorWidget[];
  hostScriptUrl: string;
  labels: GeneratorLabels;
}

export default function EmbedSnippetGenerator({ widgets, hostScriptUrl, labels }: Props) {
  const [id, setId] = useState(widgets[0]?.id ?? '');
  const [way, setWay] = useState<'iframe' | 'element'>('iframe');
  const [values, setValues] = useState<Record<string, string>>({});
  const [primary, setPrimary] = useState('');
  const [fontSize, setFontSize] = useState('');
  const [compact, setCompact] = useState(false);
  const [status, setStatus] = useState('');
  const w = widgets.find((x) => x.id === id) ?? widgets[0];
  if (!w) return null;

  const inputErrors: Record<string, string | null> = {};
  const params: SnippetParams = {};
  for (const def of w.inputs) {
    const raw = values[`${w.id}:${def.name}`] ?? '';
    if (raw.trim() === '') continue;
    const v = normaliseInput(def, raw);
    inputErrors[def.name] = v === null ? labels.inputInvalid : null;
    if (v !== null) params[def.name] = v;
  }
  const primaryOk = primary.trim() === '' || parseThemeColor(primary) !== null;
  const fontOk = fontSize.trim() === '' || parseFontSize(fontSize) !== null;
  if (primary.trim() && primaryOk) params[THEME_PARAMS.primary] = parseThemeColor(primary);
  if (fontSize.trim() && fontOk) params[THEME_PARAMS.fontSize] = String(parseFontSize(fontSize));
  if (compact) params[THEME_PARAMS.compact] = true;
  const code = way === 'iframe' ? iframeSnippet(w, hostScriptUrl, params) : elementSnippet(w, params);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed);
    }
  };

  return (
    <form class="snippet-generator" onSubmit={(e) => e.preventDefault()}>
      <div class="field">
        <label for="gen-widget">{labels.widget}</label>
        <select id="gen-widget" value={id} onChange={(e) => { setId(e.currentTarget.value); setStatus(''); }}>
          {widgets.map((x) => <option value={x.id} key={x.id}>{x.title}</option>)}
        </select>
      </div>
      <fieldset>
        <legend>{labels.way}</legend>
        <label class="choice"><input type="radio" name="gen-way" value="iframe" checked={way === 'iframe'} onChange={() => setWay('iframe')} /> {labels.iframe}</label>
        <label class="choice"><input type="radio" name="gen-way" value="element" checked={way === 'element'} onChange={() => setWay('element')} /> {labels.element}</label>
      </fieldset>
      {w.inputs.map((def) => {
        const key = `${w.id}:${def.name}`;
        const fid = `gen-${w.id}-${def.name}`;
        return def.type === 'enum' && def.allowed ? (
          <div class="field" key={key}>
            <label for={fid}>{def.label}</label>
            <select id={fid} value={values[key] ?? ''} onChange={(e) => setValues({ ...values, [key]: e.currentTarget.value })}>
              <option value="">{labels.useDefault}</option>
              {def.allowed.map((a) => <option value={a.value} key={a.value}>{a.label}</option>)}
            </select>
          </div>
        ) : (
          <Field key={key} id={fid} label={def.label}
            hint={def.default !== null ? `${labels.useDefault}：${def.default}` : undefined} error={inputErrors[def.name]}>
            {(describedBy, invalid) => (
              <input id={fid} type="text" value={values[key] ?? ''} aria-describedby={describedBy} aria-invalid={invalid || undefined}
                onInput={(e) => setValues({ ...values, [key]: e.currentTarget.value })} />
            )}
          </Field>
        );
      })}
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
      <div class="field">
        <label class="choice"><input type="checkbox" checked={compact} onChange={(e) => setCompact(e.currentTarget.checked)} /> {labels.compact}</label>
      </div>
      <div class="field">
        <label for="gen-code">{labels.code}</label>
        <textarea id="gen-code" class="snippet-code" readOnly rows={4} value={code} data-snippet={way} />
      </div>
      <button type="button" class="button" onClick={copy}>{labels.copy}</button>
      <p class="snippet-status" aria-live="polite">{status}</p>
    </form>
  );
}
