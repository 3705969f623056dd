/**
 * A compact comparison for embedding: the host's chosen documents (`docs`), or those of its chosen jurisdictions, one
 * topic (section) at a time, as cards that fit 320 px. Cell texts are the comparison matrix's own
 * (`buildMatrix`), so they read exactly as on /compare/; each cell links to its article.
 */
import { useState } from 'preact/hooks';
import type { WidgetProps } from '../runtime/types';

export interface CompactEntry {
  text: string;
  detail: string;
  cite: string;
  citeShort: string;
  href: string;
}

export interface CompactColumn {
  id: string;
  label: string;
  /** Jurisdiction code and name. */
  code: string;
  group: string;
  /** '' for official texts, else the badge text (征求意见稿 / 官方解读摘要). */
  badge: string;
}

export interface CompactSection {
  key: string;
  label: string;
  rows: { key: string; label: string; cells: (CompactEntry[] | null)[] }[];
}

export interface CompareWidgetData {
  columns: CompactColumn[];
  sections: CompactSection[];
  strings: { section: string; documents: string; notSpecified: string };
}

export function CompareWidget({ data, inputs }: WidgetProps<CompareWidgetData>) {
  const codes = new Set((inputs.jurisdictions ?? '').split(',').filter(Boolean));
  // Chosen documents, in the host's order; else every document of the chosen jurisdictions.
  const docs = inputs.docs ? inputs.docs.split(',') : null;
  const all = data.columns.map((c, i) => ({ c, i }));
  const shown = docs
    ? docs.map((d) => all.find(({ c }) => c.id === d)).filter((x) => x !== undefined)
    : all.filter(({ c }) => codes.size === 0 || codes.has(c.code));
  const [sectionKey, setSectionKey] = useState(inputs.section ?? data.sections[0]?.key ?? '');
  const section = data.sections.find((s) => s.key === sectionKey) ?? data.sections[0];
  const s = data.strings;
  if (!section) return null;
  return (
    <div class="xyhf-compare">
      <div class="field">
        <label for="xyhf-cmp-section">{s.section}</label>
        <select id="xyhf-cmp-section" value={section.key} onChange={(e) => setSectionKey(e.currentTarget.value)}>
          {data.sections.map((x) => <option value={x.key} key={x.key}>{x.label}</option>)}
        </select>
      </div>
      <p class="xyhf-cmp-docs">
        {s.documents}：
        <span data-output="documents">
          {shown.map(({ c }, k) => (
            <>{k > 0 && '；'}{c.group} · {c.label}{c.badge && `（${c.badge}）`}</>
          ))}
        </span>
      </p>
      <div data-output="comparison" aria-live="polite">
        {section.rows.map((row) => (
          <section class="xyhf-cmp-row" key={row.key} aria-labelledby={`xyhf-cmp-${row.key}`}>
            <h2 id={`xyhf-cmp-${row.key}`}>{row.label}</h2>
            <dl>
              {shown.map(({ c, i }) => {
                const cell = row.cells[i] ?? null;
                return (
                  <>
                    <dt>{c.group} · {c.label}</dt>
                    <dd data-dimension={row.key} data-column={c.id} data-output={`cell-${row.key}-${c.id}`}>
                      {cell === null ? (
                        <p class="cmp-none">{s.notSpecified}</p>
                      ) : (
                        cell.map((e) => (
                          <div class="cmp-entry">
                            <p class="cmp-text">{e.text}</p>
                            {e.detail && <p class="cmp-detail">{e.detail}</p>}
                            <p class="cmp-cite"><a href={e.href} aria-label={e.cite}>{e.citeShort}</a></p>
                          </div>
                        ))
                      )}
                    </dd>
                  </>
                );
              })}
            </dl>
          </section>
        ))}
      </div>
    </div>
  );
}
