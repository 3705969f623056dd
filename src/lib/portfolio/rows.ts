/**
 * A table read from a file (header row + data rows of raw cells) → portfolio items and messages.
 * Each bad cell gets a Chinese message naming its row and column, and the cell is treated as
 * blank so the rest of the row is still checked; unknown columns are reported, never dropped
 * silently; a row with nothing in it is skipped and counted. Total: never throws on content.
 */
import { t } from '../../i18n';
import { formatMessage } from '../../i18n/format';
import { validateProfile, type LicensorLevel, type LicensorType, type PlaceOption, type ResultType, type Tri } from '../eligibility-profile';
import type { PlainDate } from '../plain-date';
import { cellText, readChoice, readDate, readPlace, readText, readTrl, type Place, type RawCell } from './cells';
import { COLUMN_KEYS, LIMITS, REQUIRED_COLUMNS, columnLetter, columnOf, headerOf, type ColumnKey } from './columns';
import { itemProfile } from './profile';

export type RightStatus = 'granted' | 'pending' | 'lapsed' | 'assessed' | 'not-assessed' | 'unknown';

/** One result as read from one row. Every field optional except where it came from. */
export interface PortfolioItem {
  /** Unique across all files loaded: `<file index>:<row>`. */
  id: string;
  /** File name it came from. */
  file: string;
  /** Spreadsheet row number (header = 1). */
  row: number;
  unit?: string;
  name?: string;
  type?: ResultType;
  number?: string;
  status?: RightStatus;
  rightDate?: PlainDate;
  acceptanceDate?: PlainDate;
  projectStart?: PlainDate;
  publicFunding?: Tri;
  classified?: Tri;
  trl?: number;
  converted?: Tri;
  keywords?: string;
  place?: Place;
  unitType?: LicensorType;
  unitLevel?: LicensorLevel;
}

export interface CellMessage {
  /** Spreadsheet row number (header = 1); 1 for a header problem. */
  row: number;
  /** Column letter (A, B …), when the message is about one cell. */
  column?: string;
  /** The column's header as written in the file. */
  header?: string;
  text: string;
  /** `error`: the cell was not used; `warning`: used, but look at it. */
  level: 'error' | 'warning';
  itemId?: string;
}

export interface RawTable {
  header: RawCell[];
  rows: RawCell[][];
  /** Spreadsheet row number of the header (1 unless blank lines precede it). */
  headerRow?: number;
}

export interface ImportResult {
  items: PortfolioItem[];
  messages: CellMessage[];
  /** Headers not recognised, with their column letters. */
  unknownColumns: { column: string; header: string }[];
  /** Required columns the file lacks. */
  missingColumns: ColumnKey[];
  /** Rows with no content, skipped. */
  blankRows: number;
  /** Refused as a whole (too many rows, no header): the reason; no items then. */
  refused?: string;
}

/** Read a whole table. `fileIndex` keeps item ids unique across several files. */
export function readTable(table: RawTable, source: { file: string; fileIndex: number }, places: readonly PlaceOption[]): ImportResult {
  const out: ImportResult = { items: [], messages: [], unknownColumns: [], missingColumns: [], blankRows: 0 };
  const headers = table.header.map((h) => cellText(h));
  if (headers.every((h) => h === '')) {
    out.refused = t('portfolio.msg.noHeader');
    return out;
  }
  if (table.rows.length > LIMITS.maxRows) {
    out.refused = t('portfolio.msg.tooManyRows', { rows: String(table.rows.length), max: String(LIMITS.maxRows) });
    return out;
  }
  const colOf = new Map<ColumnKey, number>();
  headers.forEach((h, i) => {
    if (h === '') return;
    const key = columnOf(h);
    if (key === undefined) {
      out.unknownColumns.push({ column: columnLetter(i), header: h });
    } else if (colOf.has(key)) {
      out.messages.push({ row: table.headerRow ?? 1, column: columnLetter(i), header: h, level: 'warning', text: t('portfolio.msg.duplicateColumn', { header: h, first: columnLetter(colOf.get(key)!) }) });
    } else {
      colOf.set(key, i);
    }
  });
  out.missingColumns = REQUIRED_COLUMNS.filter((k) => !colOf.has(k));
  for (const k of out.missingColumns) {
    out.messages.push({ row: table.headerRow ?? 1, level: 'error', text: t('portfolio.msg.missingColumn', { header: headerOf(k) }) });
  }

  const headerRow = table.headerRow ?? 1;
  table.rows.forEach((cells, i) => {
    const row = headerRow + 1 + i;
    if (cells.every((c) => cellText(c) === '')) {
      out.blankRows++;
      return;
    }
    const item: PortfolioItem = { id: `${source.fileIndex}:${row}`, file: source.file, row };
    const fail = (key: ColumnKey, text: string, level: CellMessage['level'] = 'error') => {
      const ci = colOf.get(key);
      out.messages.push({ row, level, text, itemId: item.id, ...(ci === undefined ? {} : { column: columnLetter(ci), header: headers[ci] }) });
    };
    const take = <T>(key: ColumnKey, read: (v: RawCell) => { value?: T; error?: string }): T | undefined => {
      const ci = colOf.get(key);
      if (ci === undefined) return undefined;
      const r = read(cells[ci]);
      if (r.error) fail(key, r.error);
      return r.value;
    };
    for (const key of COLUMN_KEYS) {
      switch (key) {
        case 'unit': case 'name': case 'number': case 'keywords': {
          const v = take(key, readText);
          if (v !== undefined) item[key] = v;
          break;
        }
        case 'type': { const v = take<ResultType>(key, (c) => readChoice(c, 'type')); if (v) item.type = v; break; }
        case 'status': { const v = take<RightStatus>(key, (c) => readChoice(c, 'status')); if (v) item.status = v; break; }
        case 'publicFunding': case 'classified': case 'converted': {
          const v = take<Tri>(key, (c) => readChoice(c, 'tri'));
          if (v) item[key] = v;
          break;
        }
        case 'rightDate': case 'acceptanceDate': case 'projectStart': {
          const v = take(key, readDate);
          if (v) item[key] = v;
          break;
        }
        case 'trl': { const v = take(key, readTrl); if (v !== undefined) item.trl = v; break; }
        case 'place': { const v = take(key, (c) => readPlace(c, places)); if (v) item.place = v; break; }
        case 'unitType': { const v = take<LicensorType>(key, (c) => readChoice(c, 'unitType')); if (v) item.unitType = v; break; }
        case 'unitLevel': { const v = take<LicensorLevel>(key, (c) => readChoice(c, 'unitLevel')); if (v) item.unitLevel = v; break; }
      }
    }
    for (const k of REQUIRED_COLUMNS) {
      if (colOf.has(k) && item[k] === undefined && !out.messages.some((m) => m.itemId === item.id && m.column === columnLetter(colOf.get(k)!))) {
        fail(k, t('portfolio.msg.required', { header: headerOf(k) }));
      }
    }
    crossCheck(item, fail, places);
    out.items.push(item);
  });
  return out;
}

/**
 * Answers that cannot all be true: reported at the cell that should change, and that cell is
 * then not used (the result is checked as if it were blank: unclear, never a guess).
 */
function crossCheck(item: PortfolioItem, fail: (k: ColumnKey, text: string, level?: CellMessage['level']) => void, places: readonly PlaceOption[]): void {
  const secret = item.type === 'technical-secret';
  if (item.status === 'assessed' || item.status === 'not-assessed') {
    if (item.type !== undefined && !secret) {
      fail('status', t('portfolio.msg.assessedNotSecret'));
      delete item.status;
    }
  } else if (secret && (item.status === 'granted' || item.status === 'pending' || item.status === 'lapsed')) {
    fail('status', t('portfolio.msg.secretNotGranted'));
    delete item.status;
  }
  if (item.status === 'pending' && item.rightDate !== undefined) {
    fail('rightDate', t('portfolio.msg.pendingHasDate'));
    delete item.rightDate;
  }
  if (item.projectStart && item.acceptanceDate && item.projectStart > item.acceptanceDate) {
    fail('acceptanceDate', t('portfolio.msg.acceptanceBeforeStart'));
    delete item.acceptanceDate;
  }
  if (item.publicFunding === 'no' && item.projectStart !== undefined) {
    fail('projectStart', t('portfolio.msg.startWithoutFunding'), 'warning');
  }
  // The eligibility check's own contradictions (e.g. 国有企业 + 民办), at the column that holds them.
  const errors = validateProfile(itemProfile(item), places);
  const at: Partial<Record<string, ColumnKey>> = { licensorLevel: 'unitLevel', licensorType: 'unitType', city: 'place', province: 'place', granted: 'status', assessed: 'status' };
  for (const [field, msg] of Object.entries(errors)) {
    const col = at[field];
    if (col === undefined || msg === undefined) continue;
    fail(col, formatMessage(msg));
    if (col === 'unitLevel') delete item.unitLevel;
    if (col === 'status') delete item.status;
  }
}
