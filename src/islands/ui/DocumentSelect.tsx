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

export interface DocumentSelectProps {
  id: string;
  name: string;
  docs: PickableDoc[];
  value: string;
  onChange: (id: string) => void;
  /** Province names by code, for provinces that only have city documents. */
  provinces?: { code: string; name: string }[];
  /** Group label of national documents. */
  nationalLabel?: string;
}

export function DocumentSelect({ id, name, docs, value, onChange, provinces = [], nationalLabel = '全国' }: DocumentSelectProps) {
  const groups = groupByProvince(docs);
  const provinceName = (code: string) =>
    provinces.find((p) => p.code === code)?.name ?? docs.find((d) => d.code === code)?.place ?? code;
  return (
    <select id={id} name={name} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
      {groups.map((g) => (
        <optgroup label={g.province ? provinceName(g.province) : nationalLabel}>
          {g.docs.map((d) => (
            <option value={d.id}>{d.level === 'city' ? `${d.place} · ${d.label}` : d.label}</option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
