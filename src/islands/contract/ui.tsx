/**
 * Form controls of the contract builder: a text field (or text area), a radio group and a
 * checkbox group, each with its label, hint and error tied to the input (aria-describedby,
 * aria-invalid), built on the calculators' shared `Field`.
 */
import type { JSX } from 'preact';
import { Field } from '../ui/Field';

/** Element id of a form key: `a.phone` → `cb-a-phone`. */
export const fieldId = (key: string) => `cb-${key.replace(/[.:]/g, '-')}`;

interface TextProps {
  k: string;
  label: string;
  value: string;
  onValue: (v: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email';
  placeholder?: string;
  /** A text area for long text (简要说明, 支付条件). */
  multiline?: boolean;
  autoComplete?: string;
  list?: string;
}

export function TextField(p: TextProps) {
  const id = fieldId(p.k);
  const onInput = (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => p.onValue(e.currentTarget.value);
  return (
    <Field id={id} label={p.label} hint={p.hint} error={p.error}>
      {(describedBy, invalid) =>
        p.multiline ? (
          <textarea id={id} name={p.k} rows={3} value={p.value} onInput={onInput} aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined} />
        ) : (
          <input
            id={id}
            name={p.k}
            type="text"
            inputMode={p.inputMode ?? 'text'}
            autoComplete={p.autoComplete ?? 'off'}
            placeholder={p.placeholder}
            list={p.list}
            value={p.value}
            onInput={onInput}
            aria-describedby={describedBy}
            aria-invalid={invalid ? 'true' : undefined}
          />
        )
      }
    </Field>
  );
}

interface Option<V extends string> {
  value: V;
  label: string;
}

interface GroupProps<V extends string> {
  k: string;
  legend: string;
  options: readonly Option<V>[];
  hint?: string | undefined;
  error?: string | undefined;
}

function Legend({ id, legend, hint, error }: { id: string; legend: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      <legend>{legend}</legend>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          <span class="visually-hidden">错误：</span>
          {error}
        </p>
      )}
    </>
  );
}

/** One choice of several; `''` while none is made. */
export function RadioGroup<V extends string>(p: GroupProps<V> & { value: V | ''; onValue: (v: V) => void }) {
  const id = fieldId(p.k);
  return (
    <fieldset id={id} class={`cb-choices${p.error ? ' field--error' : ''}`} aria-describedby={p.hint ? `${id}-hint` : undefined}>
      <Legend id={id} legend={p.legend} hint={p.hint} error={p.error} />
      {p.options.map((o) => (
        <label key={o.value} class="cb-choice">
          <input type="radio" name={id} value={o.value} checked={p.value === o.value} onChange={() => p.onValue(o.value)} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Any number of choices. */
export function CheckGroup<V extends string>(p: GroupProps<V> & { value: readonly V[]; onValue: (v: V[]) => void }) {
  const id = fieldId(p.k);
  const toggle = (v: V, on: boolean) => p.onValue(on ? [...p.value.filter((x) => x !== v), v] : p.value.filter((x) => x !== v));
  return (
    <fieldset id={id} class={`cb-choices${p.error ? ' field--error' : ''}`} aria-describedby={p.hint ? `${id}-hint` : undefined}>
      <Legend id={id} legend={p.legend} hint={p.hint} error={p.error} />
      {p.options.map((o) => (
        <label key={o.value} class="cb-choice">
          <input type="checkbox" name={`${id}-${o.value}`} value={o.value} checked={p.value.includes(o.value)} onChange={(e) => toggle(o.value, e.currentTarget.checked)} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}
