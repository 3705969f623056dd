/** Build-time definition of the compact comparison widget (cells from the /compare/ matrix). */
import { t } from '../../i18n';
import { compareMatrix } from '../../data/compare';
import type { WidgetDefinition } from '../definition';
import type { CompareWidgetData } from './CompareWidget';

export async function compareWidget(_site: URL): Promise<WidgetDefinition<CompareWidgetData>> {
  const m = await compareMatrix();
  const badge = (s: string) => (s === 'draft-for-comment' ? t('widgets.compare.draft') : s === 'official-summary' ? t('widgets.compare.summary') : '');
  const jurisdictions = m.groups.map((g) => ({ code: m.columns.find((c) => g.columnIds.includes(c.id))!.jurisdiction.code, name: g.name }));
  return {
    id: 'compare',
    element: 'xyhf-compare',
    title: t('widgets.compare.title'),
    description: t('widgets.compare.description'),
    iframeTitle: t('widgets.compare.iframeTitle'),
    fullPage: '/compare/',
    inputs: [
      {
        name: 'jurisdictions', type: 'enum-list', label: t('widgets.compare.jurisdictions'), min: 1, max: 4,
        // The first two jurisdictions (a province and its city, as the matrix groups them).
        default: jurisdictions.slice(0, 2).map((j) => j.code).join(','),
        allowed: jurisdictions.map((j) => ({ value: j.code, label: j.name })),
      },
      {
        name: 'section', type: 'enum', label: t('widgets.compare.section'), default: m.sections[0]?.key ?? null,
        allowed: m.sections.map((s) => ({ value: s.key, label: s.label })),
      },
    ],
    outputs: [
      { name: 'documents', label: t('widgets.compare.out.documents'), type: 'text' },
      { name: 'comparison', label: t('widgets.compare.out.comparison'), type: 'text' },
    ],
    data: () => ({
      columns: m.columns.map((c) => ({ id: c.id, label: c.shortTitle, code: c.jurisdiction.code, group: c.jurisdiction.name, badge: badge(c.textStatus) })),
      sections: m.sections.map((s) => ({
        key: s.key,
        label: s.label,
        rows: s.rows.map((r) => ({
          key: r.dimension.key,
          label: r.dimension.label,
          cells: r.cells.map((cell) =>
            cell.kind === 'not-specified'
              ? null
              : cell.entries.map((e) => ({ text: e.text, detail: e.detail, cite: e.cite, citeShort: e.citeShort, href: e.href })),
          ),
        })),
      })),
      strings: { section: t('widgets.compare.section'), documents: t('widgets.compare.documents'), notSpecified: t('notSpecified') },
    }),
  };
}
