/**
 * A labelled form field with its error message tied to the input (aria-describedby,
 * aria-invalid), as GOV.UK's error pattern does. Used by every calculator island.
 */
import type { ComponentChildren } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  children: (describedBy: string | undefined, invalid: boolean) => ComponentChildren;
}

export function Field({ id, label, hint, error, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && <p class="field-hint" id={hintId}>{hint}</p>}
      {error && (
        <p class="field-error" id={errId} role="alert">
          <span class="visually-hidden">错误：</span>
          {error}
        </p>
      )}
      {children(describedBy, Boolean(error))}
    </div>
  );
}
