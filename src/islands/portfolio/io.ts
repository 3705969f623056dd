/**
 * The browser side of files: size check, bytes → text (UTF-8, else GB18030 as Excel and WPS save
 * Chinese CSV on Windows), the parsers loaded on first use, and downloads from Blobs. Nothing here
 * sends anything anywhere: files are read with File.arrayBuffer() and written with object URLs.
 */
import { t } from '../../i18n';
import { LIMITS } from '../../lib/portfolio/columns';
import type { ParsedFile } from '../../lib/portfolio/files';
import { saveFile } from '../ui/download';

/** Decode CSV bytes: UTF-8 when valid, otherwise GB18030 (a superset of GBK). */
export function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Read one chosen file into a table, or say why not. Parsers are imported here, on first use. */
export async function readFile(file: File): Promise<ParsedFile> {
  const lower = file.name.toLowerCase();
  const isCsv = lower.endsWith('.csv') || lower.endsWith('.txt');
  const isXlsx = lower.endsWith('.xlsx');
  if (!isCsv && !isXlsx) return { error: t('portfolio.msg.badType'), warnings: [] };
  if (file.size > LIMITS.maxBytes) {
    return {
      error: t('portfolio.msg.tooBig', { size: (file.size / 1048576).toFixed(1), max: String(LIMITS.maxBytes / 1048576) }),
      warnings: [],
    };
  }
  const [files, bytes] = await Promise.all([import('../../lib/portfolio/files'), file.arrayBuffer()]);
  return isCsv ? files.parseCsv(decodeText(bytes)) : files.parseXlsx(bytes);
}

/** Offer `blob` as a download named `name`. */
export function downloadBlob(name: string, blob: Blob): void {
  saveFile(name, blob.type, blob);
}

export function downloadText(name: string, type: string, text: string): void {
  saveFile(name, type, text);
}

/** Rows → .xlsx with every cell a string (or number) cell: nothing is written as a formula. */
export async function xlsxBlob(sheets: { name: string; rows: string[][]; widths?: number[] }[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(
    sheets.map((s) => ({
      sheet: s.name,
      // `type: String` pins the cell type: a value beginning with = stays text.
      data: s.rows.map((r) => r.map((v) => ({ value: v, type: String }))),
      ...(s.widths ? { columns: s.widths.map((width) => ({ width })) } : {}),
      stickyRowsCount: 1,
    })),
  ).toBlob();
}
