/**
 * A document picker shared by the calculators and the comparison: one <optgroup> per province
 * (全国 first), the province's own documents first, then its cities' documents prefixed with the
 * city (昆明市 · 昆明操作指引) — the province → city order of the region tree, which stays usable
 * with hundreds of documents where one group per jurisdiction would not. Native <select>: keyboard,
 * type-to-find and screen readers come with it.
 */
import { groupByProvince } from '../../lib/compare/selection';

export interface PickableDoc {
  id: string;
  /** What the option says after the place, e.g. the short title. */
  label: string;
  code: string;
  place: string;
  level: 'national' | 'province' | 'city';
  parent?: string | undefined;
}

export interface DocumentSelectProps<T extends PickableDoc> {
  id: string;
  name?: string;
  docs: T[];
  value: string;
  onChange: (id: string) => void;
  /** Province names by code, for provinces that only have city documents. */
  provinces?: { code: string; name: string }[];
  /** Group label of national documents. */
  nationalLabel?: string;
  /** Text of a first, empty option (请选择), for a picker that starts empty. */
  placeholder?: string;
  /** The field's hint and error ids (the calculators' `Field`). */
  describedBy?: string | undefined;
  invalid?: boolean | 'true' | undefined;
  /** Option text; by default the label, after the city's name for a city's document. */
  optionLabel?: (d: T) => string;
}

/** The default option text: 昆明市 · 昆明操作指引 for a city's document, the label otherwise. */
export function documentOptionLabel(d: PickableDoc): string {
  return d.level === 'city' ? `${d.place} · ${d.label}` : d.label;
}

export function DocumentSelect<T extends PickableDoc>({
  id, name, docs, value, onChange, provinces = [], nationalLabel = '全国', placeholder, describedBy, invalid, optionLabel = documentOptionLabel,
}: DocumentSelectProps<T>) {
  const groups = groupByProvince(docs);
  const provinceName = (code: string) =>
    provinces.find((p) => p.code === code)?.name ?? docs.find((d) => d.code === code)?.place ?? code;
  return (
    <select
      id={id}
      name={name ?? id}
      value={value}
      aria-describedby={describedBy}
      aria-invalid={invalid === true || invalid === 'true' ? 'true' : undefined}
      onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
    >
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {groups.map((g) => (
        <optgroup key={g.province} label={g.province ? provinceName(g.province) : nationalLabel}>
          {g.docs.map((d) => (
            <option key={d.id} value={d.id}>{optionLabel(d)}</option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
