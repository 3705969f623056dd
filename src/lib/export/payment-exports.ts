/**
 * The payment schedule as files: CSV rows for spreadsheets and calendar entries for the .ics,
 * with the same row descriptions as the on-screen table, the rule cited and the dataset version.
 */
import { describeRow, csvYuan } from '../calculators/payment-text';
import type { Schedule } from '../calculators/payment-schedule';
import { formatYuan, ROUNDING_NOTE } from '../money';
import { formatChineseDate } from '../plain-date';
import { upperCaseYuan } from './contract-clause';
import type { Translate } from '../calculators/payment-text';
import { toCsv } from './csv';
import type { IcsPayment } from './ics';

export interface ExportContext {
  t: Translate;
  /** Citation of the timing rule, e.g. 《…操作指引（试行）》第一条. */
  basisCite: string;
  datasetVersion: string;
}

/** CSV: header, one line per payment, a total line, then basis, rounding and version lines. */
export function scheduleCsv(s: Schedule, c: ExportContext): string {
  const { t } = c;
  const rows: (string | number)[][] = [
    [
      t('calc.payment.csv.header.n'),
      t('calc.payment.csv.header.due'),
      t('calc.payment.csv.header.plainDue'),
      t('calc.payment.csv.header.trigger'),
      t('calc.payment.csv.header.amount'),
      t('calc.payment.csv.header.upper'),
      t('calc.payment.csv.header.cumulative'),
    ],
  ];
  for (const r of s.rows) {
    rows.push([r.index, r.due, r.plainDue, describeRow(r, t), csvYuan(r.amount), upperCaseYuan(r.amount), csvYuan(r.cumulative)]);
  }
  rows.push([t('calc.payment.csv.total'), '', '', '', csvYuan(s.total), upperCaseYuan(s.total), '']);
  rows.push([t('calc.payment.csv.basis'), c.basisCite]);
  rows.push([t('calc.payment.csv.rounding'), ROUNDING_NOTE]);
  rows.push([t('calc.payment.csv.version'), c.datasetVersion]);
  return toCsv(rows);
}

/** One calendar entry per payment, due day as an all-day event. */
export function scheduleIcsPayments(s: Schedule, c: ExportContext): IcsPayment[] {
  const { t } = c;
  return s.rows.map((r) => {
    const lines = [
      t('calc.payment.export.eventAmount', { amount: formatYuan(r.amount), upper: upperCaseYuan(r.amount) }),
      describeRow(r, t),
      t('calc.payment.export.eventBasis', { cite: c.basisCite }),
    ];
    if (r.move.didMove) {
      lines.push(t('calc.payment.export.eventMoved', { plain: formatChineseDate(r.plainDue), moved: formatChineseDate(r.due) }));
    }
    lines.push(t('calc.payment.export.eventVersion', { version: c.datasetVersion }));
    const name = r.trigger.kind === 'milestone' ? r.trigger.name : describeRow(r, t).replace(/（.*$/, '');
    return { key: `${r.index}-${r.due}`, due: r.due, title: t('calc.payment.export.eventTitle', { trigger: name, amount: formatYuan(r.amount) }), descriptionLines: lines };
  });
}
