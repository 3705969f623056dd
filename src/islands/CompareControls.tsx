/**
 * Enhances the server-rendered comparison table (found by `tableId`): choose the columns, "only
 * differences", highlight of the most generous / strictest value among the chosen columns, state
 * in the URL (`?j=…&d=1`), and downloads of what is shown. Without JavaScript the table is already
 * there; this island never renders table content itself, it only toggles `hidden`, colspans and
 * highlight marks, so the static HTML stays the one rendering of the data. With many documents it
 * also offers the document choice (region, type-ahead, type, status) and moves the columns of
 * further documents in from `/compare/doc/<id>/` when they are chosen.
 *
 * The server renders the controls in their real first state (the page's columns, all rows), so
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
import {
  filterDocs, groupByProvince, initialSelection, nextSelection, regionSelection,
  type CompareSelection, type SelectableDoc, type SelectionAction, type SelectionContext,
} from '../lib/compare/selection';
import { comparisonCsv, selectExport, type ComparisonExport, type ExportLabels } from '../lib/compare/export';
import type { XlsxLabels } from './compare/xlsx';
import { saveFile } from './ui/download';

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
  /** The document choice (shown when there are more documents than columns on the page). */
  choose?: {
    title: string; filter: string; kind: string; status: string; any: string;
    /** "符合条件的文件 {n} 份" */ matches: string;
    /** "再显示 {n} 份" */ more: string;
    region: string; regionHint: string; loading: string; loadFailed: string;
  };
}

export interface CompareControlsProps extends IslandData {
  /** id of the server-rendered <table> to operate on. */
  tableId: string;
  /** Where the full comparison JSON is (same origin). */
  exportUrl: string;
  exportLabels: ExportLabels;
  strings: CompareStrings;
  /**
   * Every document of the site, in table order. Documents not on the page are loaded on demand
   * from `fragmentBase + id + '/'` (the column as an HTML fragment: /compare/col/<id>/) when the
   * reader chooses them.
   */
  catalog?: SelectableDoc[] | undefined;
  /**
   * Where to load the catalog (and `provinces`) from instead, as `{ docs, provinces }` JSON: with
   * hundreds of documents the list would otherwise be repeated in every comparison page.
   */
  catalogUrl?: string | undefined;
  /** How many documents the site has (known at build time), so the page knows before loading the catalog. */
  total?: number | undefined;
  fragmentBase?: string | undefined;
  /** Province names by code, for grouping the document choice. */
  provinces?: { code: string; name: string }[] | undefined;
}

/** Where the reader's region is remembered (this browser only). */
const REGION_KEY = 'xyhf.compare.region';
/** Documents listed at first in the document choice; more on request. */
const PICK_PAGE = 60;

/**
 * Moves the column of document `id` from a loaded one-column comparison page into `table`, at its
 * place in table order, rebuilds the jurisdiction header row, and returns the island data with
 * the column's agreement classes and ranks (read from the page's `#cmp-column-data`) added.
 * Exported for the scale browser test.
 */
export function insertColumn(
  table: HTMLTableElement,
  frag: Document,
  id: string,
  data: IslandData,
  catalog: readonly SelectableDoc[],
): IslandData {
  if (data.columns.some((c) => c.id === id)) return data;
  const order = new Map(catalog.map((d, i) => [d.id, i]));
  const doc = catalog.find((d) => d.id === id);
  const col = { id, label: doc?.label ?? id, group: doc?.place ?? '' };
  const columns = [...data.columns, col].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const idx = columns.indexOf(col);
  const next = columns[idx + 1]?.id;
  const place = (row: Element | null, cell: Element | null) => {
    if (!row || !cell) return;
    const before = next ? row.querySelector(`[data-column="${next}"]`) : null;
    row.insertBefore(document.importNode(cell, true), before);
  };
  place(table.querySelector('tr.cmp-docs'), frag.querySelector(`tr.cmp-docs th[data-column="${id}"]`));
  for (const tr of table.querySelectorAll<HTMLTableRowElement>('tr[data-dimension]')) {
    place(tr, frag.querySelector(`tr[data-dimension="${tr.dataset.dimension}"] td[data-column="${id}"]`));
  }
  // Jurisdiction header: one th per run of consecutive columns of one place.
  const groupsRow = table.querySelector('tr.cmp-groups');
  if (groupsRow) {
    const codeOf = (cid: string) => catalog.find((d) => d.id === cid)?.code ?? cid;
    const label = new Map<string, string>();
    for (const th of [...groupsRow.querySelectorAll<HTMLElement>('th[data-group-columns]'), ...frag.querySelectorAll<HTMLElement>('tr.cmp-groups th[data-group-columns]')]) {
      const first = th.dataset.groupColumns!.split(' ')[0]!;
      if (!label.has(codeOf(first))) label.set(codeOf(first), th.innerHTML);
    }
    for (const th of groupsRow.querySelectorAll('th[data-group-columns]')) th.remove();
    let run: string[] = [];
    const flush = () => {
      if (!run.length) return;
      const th = document.createElement('th');
      th.scope = 'col';
      th.colSpan = run.length;
      th.dataset.groupColumns = run.join(' ');
      th.innerHTML = label.get(codeOf(run[0]!)) ?? '';
      groupsRow.append(th);
      run = [];
    };
    for (const c of columns) {
      if (run.length && codeOf(run[0]!) !== codeOf(c.id)) flush();
      run.push(c.id);
    }
    flush();
  }
  // Agreement classes and ranks of the new column, per dimension.
  const packed = frag.querySelector<HTMLElement>('#cmp-column-data')?.dataset.rows ?? '';
  const byDim = new Map(packed.split(';').filter(Boolean).map((x) => { const [d, a, r] = x.split(':'); return [d!, { a: a ?? '0', r: r ?? '' }]; }));
  const rows = data.rows.map((row) => {
    const v = byDim.get(row.d) ?? { a: String(Number.MAX_SAFE_INTEGER), r: '' };
    const a = row.a.split(',');
    a.splice(idx, 0, v.a);
    const out = { ...row, a: a.join(',') };
    if (row.r !== undefined || v.r !== '') {
      const r = row.r !== undefined ? row.r.split(',') : data.columns.map(() => '');
      r.splice(idx, 0, v.r);
      out.r = r.join(',');
    }
    return out;
  });
  return { columns, rows };
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
    // The marks' words say for whom, per row (data-mark-generous/-strictest, from the same source as the table).
    const words = { generous: tr.dataset.markGenerous ?? '', strictest: tr.dataset.markStrictest ?? '' };
    // One <td> per column, in column order (the table is rendered from the same matrix).
    tr.querySelectorAll<HTMLTableCellElement>('td[data-column]').forEach((td, i) => {
      const kind = ext.generous.includes(i) ? 'generous' : ext.strictest.includes(i) ? 'strictest' : '';
      const mark = td.querySelector<HTMLElement>('[data-rank-mark]');
      if (mark) {
        mark.textContent = kind ? words[kind] : '';
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


export default function CompareControls(props: CompareControlsProps) {
  const { strings, tableId } = props;
  const [loaded, setLoaded] = useState<{ docs: SelectableDoc[]; provinces: { code: string; name: string }[] } | null>(
    props.catalog ? { docs: props.catalog, provinces: props.provinces ?? [] } : null,
  );
  const catalog = loaded?.docs ?? [];
  // The columns on the page: the server's, plus those moved in from /compare/doc/<id>/.
  const [data, setData] = useState<IslandData>({ columns: props.columns, rows: props.rows });
  const dataRef = useRef(data);
  dataRef.current = data;
  const columns = data.columns;
  /** The page's own columns: the default selection, and what "reset" returns to. */
  const defaults = useMemo(() => props.columns.map((c) => c.id), [props.columns]);
  /** Every document a selection may name: the catalog when there is one, else the columns on the page. */
  const known = useMemo(() => (catalog.length ? catalog.map((d) => d.id) : defaults), [catalog, defaults]);
  const many = (props.total ?? catalog.length) > props.columns.length;
  // One state for the checkboxes and the table (see lib/compare/selection.ts for why every
  // action, a refused one included, yields a new object). The reducer reads the context of the
  // latest render (the catalog may arrive after hydration).
  const ctx = useRef<SelectionContext>({ known, defaults });
  ctx.current = { known, defaults };
  const [sel, dispatch] = useReducer<CompareSelection, SelectionAction, string[]>((s, a) => nextSelection(ctx.current, s, a), defaults, initialSelection);
  const { columns: chosen, onlyDifferences: diff } = sel;
  const [ready, setReady] = useState(false);
  const [pick, setPick] = useState({ text: '', kind: '', status: '', shown: PICK_PAGE });
  const [notices, setNotices] = useState<UrlNotice[]>([]);
  const [problem, setProblem] = useState<'download' | 'load' | null>(null);
  const exportCache = useRef<ComparisonExport | null>(null);
  const inFlight = useRef(new Set<string>());

  // With many documents, the catalog comes from its own URL (after hydration).
  useEffect(() => {
    if (loaded || !props.catalogUrl) return;
    fetch(props.catalogUrl)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((j: { docs: SelectableDoc[]; provinces: { code: string; name: string }[] }) => setLoaded(j))
      .catch(() => {
        setLoaded({ docs: [], provinces: [] });
        setProblem('load');
      });
  }, []);

  // Read the URL once, after hydration (the server render knows no URL) and once the catalog is
  // known; with many documents and no selection in the URL, the reader's remembered region
  // chooses the columns.
  useEffect(() => {
    if (props.catalogUrl && !loaded) return;
    const parsed = parseCompareUrl(window.location.search, known);
    let region: string | null = null;
    try { region = many ? window.localStorage.getItem(REGION_KEY) : null; } catch { region = null; }
    const fromRegion = region ? regionSelection(catalog, region) : [];
    const want = parsed.state.fromUrl ? parsed.state.columns : fromRegion.length ? fromRegion : defaults;
    dispatch({ type: 'load', columns: want, onlyDifferences: parsed.state.onlyDifferences });
    setNotices(parsed.notices);
    setReady(true);
  }, [loaded]);

  // Chosen documents whose column is not on the page yet: load them (their boxes are already checked).
  const onPage = useMemo(() => new Set(columns.map((c) => c.id)), [columns]);
  const pending = chosen.filter((id) => !onPage.has(id));
  useEffect(() => {
    const missing = pending.filter((id) => !inFlight.current.has(id));
    if (!missing.length) return;
    if (!props.fragmentBase) {
      dispatch({ type: 'unavailable', ids: missing });
      return;
    }
    for (const id of missing) inFlight.current.add(id);
    void Promise.all(missing.map(async (id) => {
      try {
        const res = await fetch(`${props.fragmentBase}${id}/`);
        if (!res.ok) throw new Error(String(res.status));
        return { id, doc: new DOMParser().parseFromString(await res.text(), 'text/html') };
      } catch {
        return { id, doc: null };
      }
    })).then((pages) => {
      const table = document.getElementById(tableId) as HTMLTableElement | null;
      let next = dataRef.current;
      const failed: string[] = [];
      for (const p of pages) {
        inFlight.current.delete(p.id);
        if (p.doc && table) next = insertColumn(table, p.doc, p.id, next, catalog);
        else failed.push(p.id);
      }
      dataRef.current = next;
      setData(next);
      if (failed.length) {
        dispatch({ type: 'unavailable', ids: failed });
        setProblem('load');
      }
    });
  }, [pending.join(',')]);

  // Apply the state to the table and the address bar.
  useEffect(() => {
    if (!ready) return;
    const table = document.getElementById(tableId) as HTMLTableElement | null;
    if (!table) return;
    applyToTable(table, data, chosen, diff);
    const isDefault = chosen.length === defaults.length && defaults.every((id) => chosen.includes(id));
    const q = isDefault && !diff ? '' : serializeCompareUrl({ columns: chosen, onlyDifferences: diff }, known);
    const url = `${window.location.pathname}${q}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url);
    }
  }, [ready, chosen, diff, data]);

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
    setProblem(null);
    if (a.type !== 'only-differences') setNotices([]);
    dispatch(a);
  };
  const toggle = (id: string, on: boolean) => act({ type: 'toggle', id, on });

  const chooseRegion = (code: string) => {
    try {
      if (code) window.localStorage.setItem(REGION_KEY, code);
      else window.localStorage.removeItem(REGION_KEY);
    } catch {
      // Storage may be off (private mode): the choice still applies to this page.
    }
    if (code) act({ type: 'choose', columns: regionSelection(catalog, code) });
  };

  /** The chosen columns that are on the page (what the table shows). */
  const shownColumns = chosen.filter((id) => onPage.has(id));

  const exportSelection = async (kind: 'csv' | 'xlsx' | 'json') => {
    try {
      if (!exportCache.current) {
        const res = await fetch(props.exportUrl);
        if (!res.ok) throw new Error(String(res.status));
        exportCache.current = (await res.json()) as ComparisonExport;
      }
      const out = selectExport(exportCache.current, shownColumns, shownDimensions(data, shownColumns, diff));
      const name = `comparison-${shownColumns.length}-${out.dataset.version}`;
      if (kind === 'csv') saveFile(`${name}.csv`, 'text/csv;charset=utf-8', comparisonCsv(out, props.exportLabels));
      else if (kind === 'xlsx') {
        // The spreadsheet writer loads only now, on the reader's click.
        const { comparisonXlsx } = await import('./compare/xlsx');
        const bytes = await comparisonXlsx(out, props.exportLabels, strings.xlsx, { pageUrl: window.location.href, onlyDifferences: diff });
        saveFile(`${name}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes as Uint8Array<ArrayBuffer>);
      } else saveFile(`${name}.json`, 'application/json', `${JSON.stringify(out, null, 2)}\n`);
    } catch {
      setProblem('download');
    }
  };

  const groups: { name: string; cols: typeof columns }[] = [];
  for (const c of columns) {
    const g = groups.at(-1);
    if (g && g.name === c.group) g.cols.push(c);
    else groups.push({ name: c.group, cols: [c] });
  }

  const message =
    problem === 'download' ? strings.downloadFailed
    : problem === 'load' ? (strings.choose?.loadFailed ?? '')
    : sel.refused === 'too-few' ? strings.tooFew : '';
  const shown = shownDimensions(data, shownColumns, diff).length;
  const status = diff && shown === 0 ? strings.allSame : fill(strings.status, { n: shownColumns.length, shown, total: data.rows.length });
  const isDefault = chosen.length === defaults.length && defaults.every((id) => chosen.includes(id));

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
                  onChange={(e) => toggle(c.id, (e.currentTarget as HTMLInputElement).checked)}
                />{' '}
                {c.label}
              </label>
            ))}
          </div>
        ))}
        {!isDefault && (
          <button type="button" class="button button--secondary cmp-reset" onClick={() => act({ type: 'reset' })}>
            {strings.reset}
          </button>
        )}
      </fieldset>
      {many && catalog.length > 0 && strings.choose && (
        <DocumentChoice {...{ catalog, chosen, pick, setPick, toggle, chooseRegion, loading: pending.length > 0, provinces: loaded?.provinces ?? [], s: strings.choose }} />
      )}
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

interface ChoiceProps {
  catalog: SelectableDoc[];
  chosen: string[];
  pick: { text: string; kind: string; status: string; shown: number };
  setPick: (p: ChoiceProps['pick']) => void;
  toggle: (id: string, on: boolean) => void;
  chooseRegion: (code: string) => void;
  loading: boolean;
  provinces: { code: string; name: string }[];
  s: NonNullable<CompareStrings['choose']>;
}

/**
 * Choosing among many documents: a type-ahead filter (place, short title, type), type and status,
 * the matches grouped by province (each province's own documents before its cities'), and the
 * reader's region (its documents, its province's and the national ones; remembered in this browser).
 */
function DocumentChoice({ catalog, chosen, pick, setPick, toggle, chooseRegion, loading, provinces, s }: ChoiceProps) {
  const kinds = [...new Set(catalog.map((d) => d.kind))];
  const statuses = [...new Map(catalog.map((d) => [d.status, d.statusLabel])).entries()];
  const matches = filterDocs(catalog, { text: pick.text, kinds: pick.kind ? [pick.kind] : [], statuses: pick.status ? [pick.status] : [] });
  const groups = groupByProvince(matches.slice(0, pick.shown));
  const name = (code: string) => provinces.find((p) => p.code === code)?.name ?? catalog.find((d) => d.code === code)?.place ?? code;
  const places = [...new Map(catalog.filter((d) => d.level !== 'national').map((d) => [d.code, d.place])).entries()];
  return (
    <fieldset class="cmp-pick">
      <legend>{s.title}</legend>
      <p class="cmp-pick-row">
        <label>{s.region}{' '}
          <select onChange={(e) => chooseRegion((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">—</option>
            {places.map(([code, place]) => <option value={code}>{place}</option>)}
          </select>
        </label>
      </p>
      <p class="field-hint">{s.regionHint}</p>
      <p class="cmp-pick-row">
        <label>{s.filter}{' '}
          <input type="search" value={pick.text} onInput={(e) => setPick({ ...pick, text: (e.currentTarget as HTMLInputElement).value, shown: PICK_PAGE })} />
        </label>{' '}
        <label>{s.kind}{' '}
          <select value={pick.kind} onChange={(e) => setPick({ ...pick, kind: (e.currentTarget as HTMLSelectElement).value, shown: PICK_PAGE })}>
            <option value="">{s.any}</option>
            {kinds.map((k) => <option value={k}>{k}</option>)}
          </select>
        </label>{' '}
        <label>{s.status}{' '}
          <select value={pick.status} onChange={(e) => setPick({ ...pick, status: (e.currentTarget as HTMLSelectElement).value, shown: PICK_PAGE })}>
            <option value="">{s.any}</option>
            {statuses.map(([k, label]) => <option value={k}>{label}</option>)}
          </select>
        </label>
      </p>
      <p class="cmp-pick-count" aria-live="polite">{fill(s.matches, { n: matches.length })}{loading ? ` ${s.loading}` : ''}</p>
      {groups.map((g) => (
        <div class="cmp-choose-group" role="group" aria-label={g.province ? name(g.province) : '全国'}>
          <span class="cmp-choose-name" aria-hidden="true">{g.province ? name(g.province) : '全国'}</span>
          {g.docs.map((d) => (
            <label class="cmp-choose-item">
              <input type="checkbox" value={d.id} checked={chosen.includes(d.id)} onChange={(e) => toggle(d.id, (e.currentTarget as HTMLInputElement).checked)} />{' '}
              {d.level === 'city' ? `${d.place} · ` : ''}{d.label} <span class="cmp-pick-status">{d.statusLabel}</span>
            </label>
          ))}
        </div>
      ))}
      {matches.length > pick.shown && (
        <button type="button" class="button button--secondary" onClick={() => setPick({ ...pick, shown: pick.shown + PICK_PAGE })}>
          {fill(s.more, { n: Math.min(PICK_PAGE, matches.length - pick.shown) })}
        </button>
      )}
    </fieldset>
  );
}
