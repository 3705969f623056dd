/**
 * The checked list as files: one table (the same rows for CSV and .xlsx: the input columns, then
 * the verdict, reasons with citations, duties with due days, and the row's messages) and one
 * calendar entry per dated duty.
 *
 * Spreadsheet formula injection: a cell that begins with = + - @ (or a tab / carriage return) is
 * read by Excel and WPS as a formula when a CSV is opened. In the CSV such a cell is written with a
 * leading apostrophe (OWASP's advice), so the words are shown, never run; the .xlsx writes every
 * cell as a string or number cell, never as a formula.
 */
import { t, type UiKey } from '../../i18n';
import { formatMessage } from '../../i18n/format';
import { formatChineseDate, type PlainDate } from '../plain-date';
import type { IcsPayment } from '../export/ics';
import type { ResultCheck } from './check';
import { COLUMN_INFO, type ColumnKey } from './columns';
import type { DutyCheck } from './duties';
import type { CellMessage, PortfolioItem } from './rows';

export interface ExportContext {
  asOf: PlainDate;
  datasetVersion: string;
  /** 《title》第X条 for a provision id. */
  cite: (provisionId: string) => string;
  /** Short title of a policy id. */
  policyTitle: (policyId: string) => string;
}

const L = (k: string, vars?: Record<string, string>) => t(k as UiKey, vars);

/** Neutralise a cell a spreadsheet would run as a formula: prefix an apostrophe. */
export function neutraliseFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function inputValue(item: PortfolioItem, key: ColumnKey): string {
  switch (key) {
    case 'type': return item.type ? L(`elig.opt.result.${item.type}`) : '';
    case 'status': return item.status ? L(`portfolio.status.${item.status}`) : '';
    case 'publicFunding': case 'classified': case 'converted': return item[key] ? L(`elig.opt.tri.${item[key]}`) : '';
    case 'trl': return item.trl === undefined ? '' : String(item.trl);
    case 'place': return item.place?.label ?? '';
    case 'unitType': return item.unitType ? L(`elig.opt.licensor.${item.unitType}`) : '';
    case 'unitLevel': return item.unitLevel ? L(`elig.level.${item.unitLevel}`) : '';
    default: return item[key] ?? '';
  }
}

/** One line for a duty: 文件 · 义务 · 截止日 · 状态 (引用). */
export function dutyLine(d: DutyCheck, c: ExportContext): string {
  const parts = [
    c.policyTitle(d.policyId),
    L(`portfolio.action.${d.action}`),
    d.clockStated ? '' : L(`portfolio.clock.reading.${d.clock}`),
    d.due ? L('portfolio.export.dueOn', { date: d.due }) : '',
    L(`portfolio.state.${d.state}`),
    d.binding ? '' : L(`portfolio.docStatus.${d.docStatus}`),
  ].filter(Boolean);
  return `${parts.join('；')}（${c.cite(d.provisionId)}）`;
}

/** The export table: header row, then one row per result. */
export function exportRows(results: readonly ResultCheck[], messages: readonly CellMessage[], c: ExportContext): string[][] {
  const byItem = new Map<string, CellMessage[]>();
  for (const m of messages) if (m.itemId) byItem.set(m.itemId, [...(byItem.get(m.itemId) ?? []), m]);
  const header = [
    L('portfolio.export.file'), L('portfolio.export.row'),
    ...COLUMN_INFO.map((col) => col.header),
    L('portfolio.export.verdict'), L('portfolio.export.documents'), L('portfolio.export.reasons'),
    L('portfolio.export.bucket'), L('portfolio.export.nextDue'), L('portfolio.export.duties'), L('portfolio.export.messages'),
  ];
  const rows = results.map((r) => {
    const docs = r.documents.map((d) => `${c.policyTitle(d.policyId)}：${L(`elig.verdict.${d.verdict}`)}`).join('\n');
    const reasons = r.documents
      .flatMap((d) => d.reasons.filter((x) => x.effect === 'fails' || x.effect === 'unknown').map((x) => `${c.policyTitle(d.policyId)}：${formatMessage(x.message)}${x.provisionId ? `（${c.cite(x.provisionId)}）` : ''}`))
      .join('\n');
    const msgs = (byItem.get(r.item.id) ?? []).map((m) => `${m.column ?? ''}${m.row}：${m.text}`).join('\n');
    return [
      r.item.file, String(r.item.row),
      ...COLUMN_INFO.map((col) => inputValue(r.item, col.key)),
      L(`elig.verdict.${r.verdict}`), docs, reasons,
      L(`portfolio.bucket.${r.bucket}`), r.next?.due ?? '',
      r.duties.map((d) => dutyLine(d, c)).join('\n'),
      msgs,
    ];
  });
  return [header, ...rows];
}

/** The export table, each cell neutralised for CSV. */
export function csvSafeRows(rows: readonly string[][]): string[][] {
  return rows.map((r) => r.map(neutraliseFormula));
}

/** The lines that close the file: the day reckoned on, the dataset version, how dates were counted. */
export function exportFooter(c: ExportContext): string[][] {
  return [[], [L('portfolio.export.asOf'), c.asOf], [L('portfolio.export.version'), c.datasetVersion], [L('portfolio.export.dateRule')]];
}

/** Calendar entries: every dated duty that binds and is not met, on its due day. */
export function dutyEvents(results: readonly ResultCheck[], c: ExportContext): IcsPayment[] {
  const out: IcsPayment[] = [];
  for (const r of results) {
    for (const d of r.duties) {
      if (!d.due || !d.binding) continue;
      const name = r.item.name ?? r.item.number ?? L('portfolio.unnamed', { row: String(r.item.row) });
      const lines = [
        dutyLine(d, c),
        d.from ? L('portfolio.export.eventFrom', { clock: L(`portfolio.clock.${d.clock}`), date: formatChineseDate(d.from) }) : '',
        d.plainDue ? L('portfolio.export.eventMoved', { plain: formatChineseDate(d.plainDue), moved: formatChineseDate(d.due) }) : '',
        ...d.conditions.map((k) => L(`portfolio.condition.${k}`)),
        `${r.item.file} ${L('portfolio.export.row')} ${r.item.row}${r.item.number ? ` · ${r.item.number}` : ''}`,
        L('portfolio.export.eventVersion', { version: c.datasetVersion }),
      ].filter(Boolean);
      out.push({
        key: `${r.item.id.replace(':', '-')}-${d.provisionId}-${d.clock}`,
        due: d.due,
        title: L('portfolio.export.eventTitle', { name, action: L(`portfolio.action.${d.action}`) }),
        descriptionLines: lines,
      });
    }
  }
  return out;
}
