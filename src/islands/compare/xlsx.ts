/**
 * The comparison as a spreadsheet (.xlsx), written with excel-builder-vanilla (MIT, ~20 KB gzip
 * with fflate). The island imports this module only when the reader clicks the download, so the
 * page never loads it otherwise.
 *
 * Three sheets: 对比表 — the matrix as on screen (`matrixTable`: rows = dimensions, columns = the
 * chosen documents, each cell its rules with citation and notes); 原文引述 — every provision with its
 * full quote and link (`quoteTable`); 说明 — dataset version, date, source and selection.
 */
import { createExcelFile, createWorkbook, type Worksheet } from 'excel-builder-vanilla';
import { matrixTable, quoteTable, type ComparisonExport, type ExportLabels } from '../../lib/compare/export';

/** Sheet names and the words of the 说明 sheet, from i18n. */
export interface XlsxLabels {
  matrixSheet: string;
  quoteSheet: string;
  aboutSheet: string;
  /** [label, value] lines of the 说明 sheet; `{version}`, `{computedOn}`, `{url}`, `{diff}` are filled. */
  about: [string, string][];
  diffOn: string;
  diffOff: string;
}

/**
 * Freezes the first `rows` rows and `cols` columns. excel-builder-vanilla 5.2.5's
 * `Worksheet.freezePane` marks the pane frozen but leaves the coordinates its XML writer reads
 * unset (it throws when writing); setting them on the pane as well works around it.
 */
function freeze(ws: Worksheet, cols: number, rows: number, topLeft: string): void {
  ws.freezePane(cols, rows, topLeft);
  (ws as unknown as { sheetView: { pane: { freezePane(c: number, r: number, cell: string): void } } }).sheetView.pane.freezePane(cols, rows, topLeft);
}

/**
 * The workbook's bytes.
 * @param pageUrl the comparison's address with its selection (the 说明 sheet names it)
 */
export async function comparisonXlsx(
  data: ComparisonExport,
  labels: ExportLabels,
  words: XlsxLabels,
  opts: { pageUrl: string; onlyDifferences: boolean },
): Promise<Uint8Array> {
  const wb = createWorkbook();
  const wrap = wb.getStyleSheet().createFormat({ alignment: { wrapText: true, vertical: 'top' } });
  const head = wb.getStyleSheet().createFormat({ font: { bold: true }, alignment: { wrapText: true, vertical: 'top' } });
  const styled = (rows: string[][]) =>
    rows.map((r, i) => r.map((value) => ({ value, metadata: { style: (i === 0 ? head : wrap).id as number } })));

  const matrix = wb.createWorksheet({ name: words.matrixSheet });
  const table = matrixTable(data, labels);
  matrix.setData(styled(table));
  matrix.setColumns([{ width: 12 }, { width: 18 }, ...data.columns.map(() => ({ width: 44 }))]);
  // Header row and the two label columns stay in view while scrolling.
  freeze(matrix, 2, 1, 'C2');
  wb.addWorksheet(matrix);

  const quotes = wb.createWorksheet({ name: words.quoteSheet });
  quotes.setData(styled(quoteTable(data, labels)));
  quotes.setColumns([{ width: 18 }, { width: 26 }, { width: 36 }, { width: 36 }, { width: 60 }, { width: 40 }, { width: 40 }]);
  freeze(quotes, 0, 1, 'A2');
  wb.addWorksheet(quotes);

  const fill = (s: string) =>
    s
      .replace('{version}', data.dataset.version)
      .replace('{computedOn}', data.dataset.computedOn)
      .replace('{url}', opts.pageUrl)
      .replace('{diff}', opts.onlyDifferences ? words.diffOn : words.diffOff);
  const about = wb.createWorksheet({ name: words.aboutSheet });
  about.setData(styled(words.about.map(([k, v]) => [fill(k), fill(v)])));
  about.setColumns([{ width: 18 }, { width: 80 }]);
  wb.addWorksheet(about);

  return createExcelFile(wb, 'Uint8Array');
}
