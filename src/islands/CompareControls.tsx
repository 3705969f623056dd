/**
 * Enhances the server-rendered comparison table (found by `tableId`): choose the columns, "only
 * differences", highlight of the most generous / strictest value among the chosen columns, state
 * in the URL (`?j=…&d=1`), and a download of the current selection. Without JavaScript the full
 * table is already there; this island never renders table content itself, it only toggles
 * `hidden`, colspans and highlight marks, so the static HTML stays the one rendering of the data.
 *
 * The server renders the controls in their real first state (every column, all rows), so
 * hydration changes nothing on screen (no layout shift); the status line is computed from the
 * same data as the table, not read back from it. Without JavaScript the controls stay hidden
 * (`@media (scripting: none)`, compare.css): they would do nothing.
 *
 * Self-contained: all data comes in as props (the embeddable widget reuses it); the downloads
 * fetch the comparison JSON at `exportUrl` and filter it with the same functions as the build.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { rowDiffers } from '../lib/compare/differences';
import { extremes, unpackNumbers } from '../lib/compare/highlight';
import type { IslandData } from '../lib/compare/island-data';
import { parseCompareUrl, serializeCompareUrl, type UrlNotice } from '../lib/compare/url';
import { initialSelection, nextSelection, type CompareSelection, type SelectionAction } from '../lib/compare/selection';
import { comparisonCsv, selectExport, type ComparisonExport, type ExportLabels } from '../lib/compare/export';
import type { XlsxLabels } from './compare/xlsx';

export interface CompareStrings {
  title: string;
  columns: string;
  onlyDiff: string;
  /** "正在对比 {n} 份文件，显示 {shown} / {total} 项。" */
  status: string;
  allSame: string;
  tooFew: string;
  downloadCsv: string;
  downloadXlsx: string;
  downloadJson: string;
  /** Sheet names and 说明 lines of the spreadsheet. */
  xlsx: XlsxLabels;
  downloadFailed: string;
  share: string;
  reset: string;
  noticeTitle: string;
  /** Notice texts by code, with `{value}` placeholders. */
  notices: Record<UrlNotice['code'], string>;
  generous: string;
  strictest: string;
}

export interface CompareControlsProps extends IslandData {
  /** id of the server-rendered <table> to operate on. */
  tableId: string;
  /** Where the full comparison JSON is (same origin). */
  exportUrl: string;
  exportLabels: ExportLabels;
  strings: CompareStrings;
}

function fill(s: string, vars: Record<string, string | number>): string {
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** Indexes of the chosen columns, in table order. */
function chosenIndexes(data: IslandData, chosenIds: readonly string[]): number[] {
  const chosenSet = new Set(chosenIds);
  return data.columns.flatMap((c, i) => (chosenSet.has(c.id) ? [i] : []));
}

/** The dimensions a selection shows: all, or with `diff` those where the chosen columns differ. */
export function shownDimensions(data: IslandData, chosenIds: readonly string[], diff: boolean): string[] {
  const idx = chosenIndexes(data, chosenIds);
  return data.rows.filter((row) => !diff || rowDiffers(unpackNumbers(row.a) as number[], idx)).map((row) => row.d);
}

/**
 * Applies a selection to the table: hides unchosen columns and (with `diff`) agreeing rows,
 * fixes colspans, marks the extremes of ordered rows, and tells the table's wrapper how many
 * columns it holds (`data-cols`: the CSS decides from it whether they fit without scrolling).
 * Charts outside the table (`[data-chart-for]`) hide the bars of unchosen columns too.
 * Exported for the benchmark.
 */
export function applyToTable(
  table: HTMLTableElement,
  data: IslandData,
  chosenIds: readonly string[],
  diff: boolean,
  strings: Pick<CompareStrings, 'generous' | 'strictest'>,
): void {
  const chosenSet = new Set(chosenIds);
  const chosenIdx = chosenIndexes(data, chosenIds);
  const charts = document.querySelectorAll<HTMLElement>(`[data-chart-for="${table.id}"] [data-column]`);
  for (const el of [...table.querySelectorAll<HTMLElement>('[data-column]'), ...charts]) {
    el.toggleAttribute('hidden', !chosenSet.has(el.dataset.column!));
  }
  table.closest<HTMLElement>('[data-cols]')?.setAttribute('data-cols', String(chosenIdx.length));
  for (const th of table.querySelectorAll<HTMLTableCellElement>('th[data-group-columns]')) {
    const n = th.dataset.groupColumns!.split(' ').filter((id) => chosenSet.has(id)).length;
    th.hidden = n === 0;
    if (n > 0) th.colSpan = n;
  }
  for (const th of table.querySelectorAll<HTMLTableCellElement>('[data-span-all]')) th.colSpan = chosenIdx.length + 1;

  const trs = new Map<string, HTMLTableRowElement>();
  for (const tr of table.querySelectorAll<HTMLTableRowElement>('tr[data-dimension]')) trs.set(tr.dataset.dimension!, tr);
  for (const row of data.rows) {
    const tr = trs.get(row.d);
    if (!tr) continue;
    const visible = !diff || rowDiffers(unpackNumbers(row.a) as number[], chosenIdx);
    tr.hidden = !visible;
    if (row.r === undefined) continue;
    const ext = extremes(unpackNumbers(row.r), chosenIdx);
    // One <td> per column, in column order (the table is rendered from the same matrix).
    tr.querySelectorAll<HTMLTableCellElement>('td[data-column]').forEach((td, i) => {
      const kind = ext.generous.includes(i) ? 'generous' : ext.strictest.includes(i) ? 'strictest' : '';
      const mark = td.querySelector<HTMLElement>('[data-rank-mark]');
      if (mark) {
        mark.textContent = kind ? strings[kind] : '';
        mark.className = kind ? `cmp-rank cmp-rank--${kind}` : 'cmp-rank';
      }
      td.classList.toggle('is-generous', kind === 'generous');
      td.classList.toggle('is-strictest', kind === 'strictest');
    });
  }
  for (const tbody of table.querySelectorAll<HTMLTableSectionElement>('tbody[data-section]')) {
    tbody.hidden = !tbody.querySelector('tr[data-dimension]:not([hidden])');
  }
}

function download(name: string, type: string, body: string | Uint8Array): void {
  const url = URL.createObjectURL(new Blob([body as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export default function CompareControls(props: CompareControlsProps) {
  const { columns, strings, tableId } = props;
  const ids = useMemo(() => columns.map((c) => c.id), [columns]);
  const [ready, setReady] = useState(false);
  // One state for the checkboxes and the table (see lib/compare/selection.ts for why every
  // action, a refused one included, yields a new object).
  const [sel, dispatch] = useReducer<CompareSelection, SelectionAction, string[]>((s, a) => nextSelection(ids, s, a), ids, initialSelection);
  const { columns: chosen, onlyDifferences: diff } = sel;
  const [notices, setNotices] = useState<UrlNotice[]>([]);
  const [failed, setFailed] = useState(false);
  const exportCache = useRef<ComparisonExport | null>(null);

  // Read the URL once, after hydration (the server render knows no URL).
  useEffect(() => {
    const parsed = parseCompareUrl(window.location.search, ids);
    dispatch({ type: 'load', columns: parsed.state.columns, onlyDifferences: parsed.state.onlyDifferences });
    setNotices(parsed.notices);
    setReady(true);
  }, [ids]);

  // Apply the state to the table and the address bar.
  useEffect(() => {
    if (!ready) return;
    const table = document.getElementById(tableId) as HTMLTableElement | null;
    if (!table) return;
    applyToTable(table, props, chosen, diff, strings);
    const q = serializeCompareUrl({ columns: chosen, onlyDifferences: diff }, ids);
    const url = `${window.location.pathname}${q}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url);
    }
  }, [ready, chosen, diff]);

  // Escape dismisses a quote tooltip (WCAG 1.4.13) until focus or pointer leaves it.
  useEffect(() => {
    const table = document.getElementById(tableId);
    if (!table) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const cite = (e.target as Element | null)?.closest?.('.cmp-cite');
      cite?.classList.add('is-dismissed');
    };
    const undismiss = (e: Event) => (e.target as Element | null)?.closest?.('.cmp-cite')?.classList.remove('is-dismissed');
    table.addEventListener('keydown', onKey);
    table.addEventListener('focusout', undismiss);
    table.addEventListener('mouseout', undismiss);
    return () => {
      table.removeEventListener('keydown', onKey);
      table.removeEventListener('focusout', undismiss);
      table.removeEventListener('mouseout', undismiss);
    };
  }, [tableId]);

  const act = (a: SelectionAction) => {
    setFailed(false);
    if (a.type !== 'only-differences') setNotices([]);
    dispatch(a);
  };

  const exportSelection = async (kind: 'csv' | 'xlsx' | 'json') => {
    try {
      if (!exportCache.current) {
        const res = await fetch(props.exportUrl);
        if (!res.ok) throw new Error(String(res.status));
        exportCache.current = (await res.json()) as ComparisonExport;
      }
      const data = selectExport(exportCache.current, chosen, shownDimensions(props, chosen, diff));
      const name = `comparison-${chosen.length}-${data.dataset.version}`;
      if (kind === 'csv') download(`${name}.csv`, 'text/csv;charset=utf-8', comparisonCsv(data, props.exportLabels));
      else if (kind === 'xlsx') {
        // The spreadsheet writer loads only now, on the reader's click.
        const { comparisonXlsx } = await import('./compare/xlsx');
        const bytes = await comparisonXlsx(data, props.exportLabels, strings.xlsx, { pageUrl: window.location.href, onlyDifferences: diff });
        download(`${name}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes);
      } else download(`${name}.json`, 'application/json', `${JSON.stringify(data, null, 2)}\n`);
    } catch {
      setFailed(true);
    }
  };

  const groups: { name: string; cols: typeof columns }[] = [];
  for (const c of columns) {
    const g = groups.at(-1);
    if (g && g.name === c.group) g.cols.push(c);
    else groups.push({ name: c.group, cols: [c] });
  }

  const message = failed ? strings.downloadFailed : sel.refused === 'too-few' ? strings.tooFew : '';
  const shown = shownDimensions(props, chosen, diff).length;
  const status = diff && shown === 0 ? strings.allSame : fill(strings.status, { n: chosen.length, shown, total: props.rows.length });

  return (
    <section class="cmp-controls no-print" aria-labelledby="cmp-controls-h" data-compare-ready={ready ? '' : undefined}>
      <h2 id="cmp-controls-h">{strings.title}</h2>
      {notices.length > 0 && (
        <div class="notice" role="status">
          <p>{strings.noticeTitle}</p>
          <ul>
            {notices.map((n) => (
              <li>{fill(strings.notices[n.code], 'value' in n ? { value: n.value } : {})}</li>
            ))}
          </ul>
        </div>
      )}
      <fieldset class="cmp-choose">
        <legend>{strings.columns}</legend>
        {groups.map((g) => (
          <div class="cmp-choose-group" role="group" aria-label={g.name}>
            <span class="cmp-choose-name" aria-hidden="true">{g.name}</span>
            {g.cols.map((c) => (
              <label class="cmp-choose-item">
                <input
                  type="checkbox"
                  value={c.id}
                  checked={chosen.includes(c.id)}
                  onChange={(e) => act({ type: 'toggle', id: c.id, on: (e.currentTarget as HTMLInputElement).checked })}
                />{' '}
                {c.label}
              </label>
            ))}
          </div>
        ))}
        {chosen.length < ids.length && (
          <button type="button" class="button button--secondary cmp-reset" onClick={() => act({ type: 'reset' })}>
            {strings.reset}
          </button>
        )}
      </fieldset>
      <div class="cmp-bar">
        <p class="cmp-diff">
          <label>
            <input type="checkbox" name="d" checked={diff} onChange={(e) => act({ type: 'only-differences', on: (e.currentTarget as HTMLInputElement).checked })} />{' '}
            {strings.onlyDiff}
          </label>
        </p>
        <p class="cmp-status" aria-live="polite">
          {message ? <strong class="cmp-message">{message}</strong> : null} {status}
        </p>
      </div>
      <div class="cmp-bar">
        <p class="cmp-export">
          <button type="button" class="button button--secondary" onClick={() => void exportSelection('xlsx')}>{strings.downloadXlsx}</button>
          <button type="button" class="button button--secondary" onClick={() => void exportSelection('csv')}>{strings.downloadCsv}</button>
          <button type="button" class="button button--secondary" onClick={() => void exportSelection('json')}>{strings.downloadJson}</button>
        </p>
        <p class="cmp-share">{strings.share}</p>
      </div>
    </section>
  );
}
