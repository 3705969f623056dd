/** Build-time definition of the compact comparison widget (cells from the /compare/ matrix). */
import { t } from '../../i18n';
import { compareMatrix } from '../../data/compare';
import type { WidgetDefinition } from '../definition';
import type { CompareWidgetData } from './CompareWidget';
import type { LawLayer } from '../../lib/compare/matrix';
import { NATIONAL_CODE } from '../../lib/jurisdiction';
import type { UiKey } from '../../i18n';

/** The law layer of a silent cell as compact entries: 国家法律 · classes: answer, citing its first article. */
function lawEntries(law: LawLayer) {
  const prefix = t('law.layer.national');
  const fromBlocks = law.blocks.flatMap((b) =>
    b.groups.flatMap((g) =>
      g.answers.map((a) => ({
        text: `${prefix} · ${b.modes.map((m) => t(`calc.reward.mode.${m}` as UiKey)).join('、')} · ${g.classes.map((c) => t(`law.class.${c}` as UiKey)).join('、')}：${a.text}`,
        detail: '',
        cite: a.cites[0]?.cite ?? '',
        citeShort: a.cites[0]?.citeShort ?? '',
        href: a.cites[0]?.href ?? '',
      })),
    ),
  );
  const fromNational = law.national.map((e) => ({ text: `${prefix}：${e.text}`, detail: e.detail, cite: e.cite, citeShort: e.citeShort, href: e.href }));
  return [...fromBlocks, ...fromNational];
}

export async function compareWidget(_site: URL): Promise<WidgetDefinition<CompareWidgetData>> {
  const m = await compareMatrix();
  const badge = (s: string) => (s === 'draft-for-comment' ? t('widgets.compare.draft') : s === 'official-summary' ? t('widgets.compare.summary') : '');
  const jurisdictions = m.groups.map((g) => ({ code: m.columns.find((c) => g.columnIds.includes(c.id))!.jurisdiction.code, name: g.name }));
  // The default compares local texts; national law (全国) can be chosen, and its answers already
  // stand in the local cells that are silent.
  const localJurisdictions = jurisdictions.filter((j) => j.code !== NATIONAL_CODE);
  return {
    id: 'compare',
    element: 'xyhf-compare',
    title: t('widgets.compare.title'),
    description: t('widgets.compare.description'),
    iframeTitle: t('widgets.compare.iframeTitle'),
    fullPage: '/compare/',
    inputs: [
      {
        name: 'jurisdictions', type: 'enum-list', label: t('widgets.compare.jurisdictions'), min: 1, max: 4, content: true,
        // The first two jurisdictions (a province and its city, as the matrix groups them).
        default: localJurisdictions.slice(0, 2).map((j) => j.code).join(','),
        allowed: jurisdictions.map((j) => ({ value: j.code, label: j.name })),
      },
      {
        // Documents by name, when a jurisdiction has several and the host wants two side by side;
        // given, they replace the jurisdictions' documents.
        name: 'docs', type: 'enum-list', label: t('widgets.compare.docs'), min: 2, max: 4, content: true, default: null,
        allowed: m.columns.map((c) => {
          // The status said once (a draft's short title often says it already).
          const b = badge(c.textStatus);
          return { value: c.id, label: `${c.jurisdiction.name} · ${c.shortTitle}${b && !c.shortTitle.includes(b) ? `（${b}）` : ''}` };
        }),
      },
      {
        name: 'section', type: 'enum', label: t('widgets.compare.section'), default: m.sections[0]?.key ?? null, content: true,
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
          cells: r.cells.map((cell) => {
            // A silent cell where the law above answers gives that answer, labelled, never a bare 未规定.
            const law = cell.law && cell.kind === 'not-specified' ? lawEntries(cell.law) : [];
            if (cell.kind === 'not-specified') return law.length > 0 ? law : null;
            return cell.entries.map((e) => ({ text: e.text, detail: e.detail, cite: e.cite, citeShort: e.citeShort, href: e.href }));
          }),
        })),
      })),
      strings: { section: t('widgets.compare.section'), documents: t('widgets.compare.documents'), notSpecified: t('notSpecified') },
    }),
  };
}
