/**
 * CSV for spreadsheet users (Excel/WPS): RFC 4180 quoting, CRLF line ends and a UTF-8 byte-order
 * mark so Chinese opens correctly. Small enough that a library would cost more bytes than it saves
 * in the embeddable widgets.
 */
export type CsvCell = string | number | null | undefined;

function cell(v: CsvCell): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows (first row = header) → CSV text with BOM. */
export function toCsv(rows: CsvCell[][]): string {
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
