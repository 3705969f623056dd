/**
 * Widget inputs from a URL query (iframe) or element attributes (custom element), validated
 * against the manifest's input definitions. Invalid values are dropped and the default used, so a
 * mistyped snippet still shows a working calculator, and each is reported (`rejected`) so the
 * widget can say what it left out: an unknown article or rule id is never silently replaced.
 */
import type { WidgetInput } from '../../schemas/widget-manifest';
import { parseDateInput, parseIntegerInput, parsePercentInput, parseYuanInput } from '../parse-input';

/** Input name → normalised value as a string (what the widget's adapter turns into props). */
export type WidgetInputValues = Record<string, string>;

/** One raw value → its normalised form, or null when invalid for the definition. */
export function normaliseInput(def: WidgetInput, raw: string): string | null {
  const s = raw.trim();
  const allowed = new Set((def.allowed ?? []).map((a) => a.value));
  switch (def.type) {
    case 'enum':
      return allowed.has(s) ? s : null;
    case 'enum-list': {
      const parts = [...new Set(s.split(/[,，\s]+/).filter(Boolean))];
      if (parts.length === 0 || !parts.every((p) => allowed.has(p))) return null;
      if (def.min !== undefined && parts.length < def.min) return null;
      if (def.max !== undefined && parts.length > def.max) return null;
      return parts.join(',');
    }
    case 'yuan': {
      const r = parseYuanInput(s, { allowZero: true });
      return r.ok ? r.value.toFixed() : null;
    }
    case 'percent': {
      const r = parsePercentInput(s, { allowZero: true });
      return r.ok ? r.value.times(100).toFixed() : null;
    }
    case 'integer': {
      const r = parseIntegerInput(s, def.min ?? Number.MIN_SAFE_INTEGER, def.max ?? Number.MAX_SAFE_INTEGER);
      return r.ok ? String(r.value) : null;
    }
    case 'date': {
      const r = parseDateInput(s);
      return r.ok ? r.value : null;
    }
  }
}

/** A value the host gave that the widget could not use: the input's label and the value as given. */
export interface RejectedInput {
  label: string;
  value: string;
}

/**
 * Every defined input's value: the host's (via `get`, e.g. `URLSearchParams.get` or
 * `getAttribute`) when valid, else the definition's default; inputs with neither are left out.
 * Each value given but invalid is pushed to `rejected` (an empty one counts as not given).
 */
export function parseWidgetInputs(defs: readonly WidgetInput[], get: (name: string) => string | null | undefined, rejected: RejectedInput[] = []): WidgetInputValues {
  const out: WidgetInputValues = {};
  for (const def of defs) {
    const raw = get(def.name);
    const v = raw == null ? null : normaliseInput(def, raw);
    if (v !== null) out[def.name] = v;
    else {
      if (raw?.trim()) rejected.push({ label: def.label, value: raw.trim() });
      if (def.default !== null) out[def.name] = def.default;
    }
  }
  return out;
}

/** A query string for an iframe URL from input values and theme parameters (empty values dropped). */
export function toQuery(values: Record<string, string | null | undefined>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(values)) {
    if (v == null || v === '') continue;
    parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}
