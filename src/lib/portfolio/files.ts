/**
 * File contents → a table of raw cells, with well-kept parsers: Papa Parse for CSV (quotes,
 * embedded line breaks, any delimiter Excel or WPS writes), read-excel-file for .xlsx (it reads
 * the values a spreadsheet stored; a formula is never evaluated, its last saved result is read).
 * This module is loaded only when a file is opened, so the parsers are not in the page's first
 * JavaScript. Decoding bytes to text (UTF-8 or GB18030) happens in the island, which has TextDecoder.
 */
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { t } from '../../i18n';
import type { RawCell } from './cells';
import type { RawTable } from './rows';

export interface ParsedFile {
  table?: RawTable;
  /** Why nothing could be read. */
  error?: string;
  /** Read, but the reader wants the user to know (other sheets ignored, CSV quirks). */
  warnings: string[];
}

/** CSV text (BOM allowed) → table. The first non-empty line is the header. */
export function parseCsv(text: string): ParsedFile {
  // Empty lines are kept so row numbers match what a spreadsheet shows; readTable skips them.
  const r = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, dynamicTyping: false });
  const rows = r.data.filter((x) => Array.isArray(x));
  const warnings = [...new Set(r.errors.map((e) => t('portfolio.msg.csvProblem', { row: String((e.row ?? 0) + 1), detail: e.code })))].slice(0, 5);
  const start = rows.findIndex((row) => row.some((c) => c.trim() !== ''));
  if (start < 0) return { error: t('portfolio.msg.empty'), warnings };
  return { table: { header: rows[start]!, rows: rows.slice(start + 1) as RawCell[][], headerRow: start + 1 }, warnings };
}

/** .xlsx bytes → table from the first sheet (others are named in a warning). */
export async function parseXlsx(bytes: ArrayBuffer): Promise<ParsedFile> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(bytes);
  } catch {
    return { error: t('portfolio.msg.badXlsx'), warnings: [] };
  }
  const first = sheets[0];
  if (!first || first.data.length === 0) return { error: t('portfolio.msg.empty'), warnings: [] };
  const warnings = sheets.length > 1 ? [t('portfolio.msg.otherSheets', { sheet: first.sheet, others: sheets.slice(1).map((s) => s.sheet).join('、') })] : [];
  const data = first.data as unknown as RawCell[][];
  // Leading empty rows (a title row left blank) are skipped to find the header.
  const start = data.findIndex((r) => r.some((c) => c !== null && c !== ''));
  if (start < 0) return { error: t('portfolio.msg.empty'), warnings };
  return { table: { header: data[start]!, rows: data.slice(start + 1), headerRow: start + 1 }, warnings };
}
