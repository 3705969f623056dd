/**
 * 成果清单核查 (/portfolio/): import one or more lists (CSV / .xlsx), check every result with the
 * pure core (`src/lib/portfolio`), and show a summary, a filterable, sortable, paginated table
 * with each result's reasons and duties, a timeline of the next due days, and 智能匹配 against a
 * firm's need. Exports (CSV, .xlsx, .ics) and print. Starts empty; "载入示例" loads a generated list.
 *
 * Nothing leaves the browser: files are read locally, the only requests are for this site's own
 * code chunks (the parsers, MiniSearch, the .xlsx writer), loaded the first time they are needed.
 *
 * Large lists are paginated (25–200 rows a page), not virtualised: a page is a plain table that
 * screen readers, find-in-page and print handle as a table. The print button renders every
 * filtered row first.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { makeHolidayCalendar } from '../lib/holidays';
import { parsePlainDate, todayInChina, type PlainDate } from '../lib/plain-date';
import { makeChecker, type Bucket, type ResultCheck } from '../lib/portfolio/check';
import { COLUMN_INFO, LIMITS } from '../lib/portfolio/columns';
import { readTable, type CellMessage, type ImportResult, type RawTable } from '../lib/portfolio/rows';
import { pageOf, queryTable, summarise, timeline, type SortKey, type TableQuery } from '../lib/portfolio/summary';
import type { FirmProfile } from '../lib/portfolio/profile';
import type { MatchHit, MatchIndex } from '../lib/portfolio/match';
import type { Verdict } from '../lib/eligibility';
import { LICENSEE_SIZES } from '../lib/eligibility-profile';
import { formatChineseDate } from '../lib/plain-date';
import { downloadBlob, downloadText, readFile, xlsxBlob } from './portfolio/io';
import { ResultDetail } from './portfolio/ResultDetail';
import { L, daysText, itemName, makeView, typeLabel, type PortfolioProps } from './portfolio/view';

interface LoadedFile {
  name: string;
  index: number;
  result: ImportResult;
  warnings: string[];
}

const PAGE_SIZES = [25, 50, 100, 200] as const;
const TIMELINE_LIMIT = 20;
const VERDICTS: Verdict[] = ['applies', 'unclear', 'does-not-apply'];
const BUCKETS: Bucket[] = ['overdue', 'soon', 'later', 'none'];

export default function Portfolio(props: PortfolioProps) {
  const view = useMemo(() => makeView(props), [props]);
  const calendar = useMemo(() => makeHolidayCalendar(props.holidays), [props.holidays]);
  const [files, setFiles] = useState<LoadedFile[]>([]);
  const [refusals, setRefusals] = useState<{ file: string; reason: string }[]>([]);
  const [isExample, setIsExample] = useState(false);
  const [asOfRaw, setAsOfRaw] = useState<string>('');
  const [firmSize, setFirmSize] = useState<string>('');
  const [techSme, setTechSme] = useState(false);
  const [need, setNeed] = useState('');
  const [query, setQuery] = useState<TableQuery>({ sort: 'row', descending: false });
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState<number>(50);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [printAll, setPrintAll] = useState(false);
  const [status, setStatus] = useState('');
  const [exportStatus, setExportStatus] = useState('');
  const [includeDrafts, setIncludeDrafts] = useState(false);
  const [includePast, setIncludePast] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const nextIndex = useRef(0);

  const [hydrated, setHydrated] = useState(false);
  // "As of" defaults to today in China, set on the client (the build day would be stale).
  useEffect(() => {
    setAsOfRaw(todayInChina());
    setHydrated(true);
  }, []);
  const asOf: PlainDate | null = parsePlainDate(asOfRaw);
  const effectiveAsOf = asOf ?? todayInChina();

  const items = useMemo(() => files.flatMap((f) => f.result.items), [files]);
  const messages = useMemo(() => files.flatMap((f) => f.result.messages.map((m) => ({ ...m, file: f.name }))), [files]);
  const messagesByItem = useMemo(() => {
    const m = new Map<string, CellMessage[]>();
    for (const x of messages) if (x.itemId) m.set(x.itemId, [...(m.get(x.itemId) ?? []), x]);
    return m;
  }, [messages]);
  const withMessages = useMemo(() => new Set(messagesByItem.keys()), [messagesByItem]);

  const firm: FirmProfile | undefined = useMemo(() => {
    if (!(LICENSEE_SIZES as readonly string[]).includes(firmSize)) return undefined;
    const f: FirmProfile = { licenseeSize: firmSize as FirmProfile['licenseeSize'] & string };
    if (techSme && firmSize === 'sme') f.techSme = true;
    return f;
  }, [firmSize, techSme]);

  const results: ResultCheck[] = useMemo(() => {
    const checker = makeChecker({ policies: props.policies, provisions: props.provisions, lawOpenLicence: props.lawOpenLicence, calendar, asOf: effectiveAsOf, ...(firm ? { firm } : {}) });
    return items.map((i) => checker.check(i));
  }, [items, effectiveAsOf, firm, props, calendar]);

  const summary = useMemo(() => summarise(results, withMessages), [results, withMessages]);
  const next = useMemo(() => timeline(results, { limit: TIMELINE_LIMIT, includePast, includeDrafts }), [results, includePast, includeDrafts]);

  // Matching: the index is built once per list, when the match box is first used. Kept in a ref
  // with the list it indexes, so a stale index is never searched after the list changes.
  const indexRef = useRef<{ items: typeof items; index: MatchIndex } | null>(null);
  const ensureIndex = async (): Promise<MatchIndex> => {
    const current = indexRef.current;
    if (current && current.items === items) return current.index;
    const m = await import('../lib/portfolio/match');
    const built = m.buildMatchIndex(items.map((i) => ({ id: i.id, name: i.name, keywords: i.keywords, typeLabel: typeLabel(i), unit: i.unit })));
    indexRef.current = { items, index: built };
    return built;
  };
  const [hits, setHits] = useState<Map<string, MatchHit> | null>(null);
  const [needWords, setNeedWords] = useState<string[]>([]);
  const matchSeq = useRef(0);
  const runMatch = async (text: string) => {
    // Keystrokes can overtake one another while the first index builds: only the latest counts.
    const seq = ++matchSeq.current;
    if (text.trim() === '') {
      setHits(null);
      setNeedWords([]);
      return;
    }
    const [idx, m] = await Promise.all([ensureIndex(), import('../lib/portfolio/match')]);
    if (seq !== matchSeq.current) return;
    const found = idx.search(text);
    setNeedWords([...new Set(m.segmentWords(text))]);
    setHits(new Map(found.map((h) => [h.id, h])));
    setQuery((q) => ({ ...q, sort: 'score', descending: false }));
    setPage(1);
  };
  useEffect(() => {
    if (need.trim() !== '') void runMatch(need);
  }, [items]); // re-rank a standing need when the list changes

  const scores = useMemo(() => (hits ? new Map([...hits].map(([id, h]) => [id, h.score])) : undefined), [hits]);
  // Relevance shown relative to the best match (100%): BM25 scores mean nothing on their own.
  const topScore = useMemo(() => Math.max(0, ...(scores?.values() ?? [])), [scores]);
  const rows = useMemo(
    () => queryTable(results, query.sort === 'score' && !scores ? { ...query, sort: 'row' } : query, withMessages, scores),
    [results, query, withMessages, scores],
  );
  const shown = printAll ? { rows, page: 1, pages: 1 } : pageOf(rows, page, pageSize);

  useEffect(() => {
    if (!printAll) return;
    const done = () => setPrintAll(false);
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [printAll]);

  const addTables = (loaded: { name: string; table?: RawTable; error?: string; warnings: string[] }[]) => {
    const ok: LoadedFile[] = [];
    const refused: { file: string; reason: string }[] = [];
    for (const f of loaded) {
      if (!f.table) {
        refused.push({ file: f.name, reason: f.error ?? '' });
        continue;
      }
      const idx = nextIndex.current++;
      const result = readTable(f.table, { file: f.name, fileIndex: idx }, props.places);
      if (result.refused) refused.push({ file: f.name, reason: result.refused });
      else ok.push({ name: f.name, index: idx, result, warnings: f.warnings });
    }
    return { ok, refused };
  };

  const importFiles = async (list: FileList | File[]) => {
    const chosen = [...list];
    if (chosen.length === 0) return;
    setStatus(L('portfolio.import.reading', { file: chosen.map((f) => f.name).join('、') }));
    const parsed = await Promise.all(chosen.map(async (f) => ({ name: f.name, ...(await readFile(f)) })));
    const { ok, refused } = addTables(parsed);
    setFiles((prev) => (isExample ? ok : [...prev, ...ok]));
    if (isExample) setIsExample(false);
    setRefusals(refused);
    setPage(1);
    setOpen(new Set());
    setStatus([...ok.map((f) => L('portfolio.import.loaded', { file: f.name, rows: String(f.result.items.length) })), ...refused.map((r) => L('portfolio.import.refused', r))].join('；'));
  };

  const loadExample = async () => {
    const { exampleTable } = await import('../lib/portfolio/example');
    nextIndex.current = 0;
    const { ok } = addTables([
      { name: '示例清单-高校院所.csv', table: exampleTable({ rows: 36, asOf: effectiveAsOf, withMistakes: true, units: [0, 1] }), warnings: [] },
      { name: '示例清单-医学中心.csv', table: exampleTable({ rows: 12, asOf: effectiveAsOf, seed: 99, units: [2, 3] }), warnings: [] },
    ]);
    setFiles(ok);
    setRefusals([]);
    setIsExample(true);
    setPage(1);
    setOpen(new Set());
    setStatus(ok.map((f) => L('portfolio.import.loaded', { file: f.name, rows: String(f.result.items.length) })).join('；'));
  };

  const clearAll = () => {
    setFiles([]);
    setRefusals([]);
    setIsExample(false);
    setNeed('');
    setHits(null);
    setNeedWords([]);
    setOpen(new Set());
    setPage(1);
    nextIndex.current = 0;
    setStatus('');
    if (fileInput.current) fileInput.current.value = '';
  };

  const exportCtx = () => ({
    asOf: effectiveAsOf,
    datasetVersion: props.datasetVersion,
    cite: (id: string) => view.cite(id)?.cite ?? id,
    policyTitle: view.policyTitle,
  });
  const base = () => `成果清单核查-${effectiveAsOf}`;
  /**
   * Runs one export, saying it is under way (a 10,000-row workbook takes a moment) and, if the
   * writer fails, why, instead of a button that silently does nothing.
   */
  const exporting = (file: string, run: () => Promise<void>) => async () => {
    setExportStatus(L('portfolio.export.busy', { file }));
    try {
      await run();
      setExportStatus(L('portfolio.export.done', { file }));
    } catch (e) {
      setExportStatus(L('portfolio.export.failed', { file, detail: e instanceof Error ? e.message : String(e) }));
    }
  };
  const exportCsv = async () => {
    const [{ exportRows, csvSafeRows, exportFooter }, { toCsv }] = await Promise.all([import('../lib/portfolio/export'), import('../lib/export/csv')]);
    const c = exportCtx();
    downloadText(`${base()}.csv`, 'text/csv;charset=utf-8', toCsv(csvSafeRows([...exportRows(rows, messages, c), ...exportFooter(c)])));
  };
  const exportXlsx = async () => {
    const { exportRows, exportFooter } = await import('../lib/portfolio/export');
    const c = exportCtx();
    downloadBlob(`${base()}.xlsx`, await xlsxBlob([{ name: L('portfolio.export.templateSheet'), rows: [...exportRows(rows, messages, c), ...exportFooter(c)] }]));
  };
  const exportIcs = async () => {
    const [{ dutyEvents }, { paymentsToIcs }] = await Promise.all([import('../lib/portfolio/export'), import('../lib/export/ics')]);
    const ics = paymentsToIcs(dutyEvents(rows, exportCtx()), {
      uidDomain: props.uidDomain,
      calendarName: L('portfolio.export.calendarName'),
      productId: `-//${props.uidDomain}//portfolio//ZH`,
      timestamp: Date.now(),
      uidPrefix: 'duty',
    });
    downloadText(`${base()}.ics`, 'text/calendar;charset=utf-8', ics);
  };
  const templateCsv = async () => {
    const [{ templateTable }, { toCsv }] = await Promise.all([import('../lib/portfolio/example'), import('../lib/export/csv')]);
    const tpl = templateTable(effectiveAsOf);
    downloadText('成果清单模板.csv', 'text/csv;charset=utf-8', toCsv([tpl.header.map(String), ...tpl.rows.map((r) => r.map(String))]));
  };
  const templateXlsx = async () => {
    const { templateTable } = await import('../lib/portfolio/example');
    const tpl = templateTable(effectiveAsOf);
    downloadBlob('成果清单模板.xlsx', await xlsxBlob([
      { name: L('portfolio.export.templateSheet'), rows: [tpl.header.map(String), ...tpl.rows.map((r) => r.map(String))], widths: COLUMN_INFO.map(() => 16) },
      { name: L('portfolio.export.hintSheet'), rows: [[L('portfolio.export.hintColumn'), L('portfolio.export.hintText')], ...COLUMN_INFO.map((c) => [c.header, c.hint])], widths: [20, 80] },
    ]));
  };

  const setFilter = (patch: Partial<TableQuery>) => {
    setQuery((q) => ({ ...q, ...patch }));
    setPage(1);
  };
  const sortBy = (key: SortKey) => setQuery((q) => ({ ...q, sort: key, descending: q.sort === key ? !q.descending : false }));
  const ariaSort = (key: SortKey) => (query.sort === key ? (query.descending ? 'descending' : 'ascending') : undefined);
  const toggle = (id: string) => setOpen((s) => {
    const n = new Set(s);
    if (n.has(id)) n.delete(id);
    else n.add(id);
    return n;
  });

  const unknownColumns = files.filter((f) => f.result.unknownColumns.length > 0);
  const shownMessages = messages.slice(0, 50);
  const columns: [SortKey, string][] = [
    ['row', L('portfolio.table.col.row')], ['name', L('portfolio.table.col.name')], ['type', L('portfolio.table.col.type')],
    ['verdict', L('portfolio.table.col.verdict')], ['bucket', L('portfolio.table.col.bucket')], ['next', L('portfolio.table.col.next')],
    ...(hits ? [['score', L('portfolio.table.col.score')] as [SortKey, string]] : []),
  ];

  return (
    <div class="pf" data-island="portfolio" data-hydrated={hydrated ? 'true' : undefined}>
      <section class="pf-import no-print" aria-labelledby="pf-import-h">
        <h2 id="pf-import-h">{L('portfolio.import.heading')}</h2>
        <p class="notice pf-privacy" data-output="privacy">{L('portfolio.privacy')}</p>
        <div
          class="pf-drop"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            if (e.dataTransfer?.files) void importFiles(e.dataTransfer.files);
          }}
        >
          <label for="pf-file">{L('portfolio.import.choose')}</label>
          <input
            id="pf-file"
            ref={fileInput}
            type="file"
            multiple
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="pf-limits"
            onChange={(e) => {
              const list = (e.currentTarget as HTMLInputElement).files;
              if (list) void importFiles(list);
            }}
          />
          <p class="field-hint">{L('portfolio.import.drop')}</p>
          <p class="field-hint" id="pf-limits">
            {L('portfolio.import.limits', { mb: String(LIMITS.maxBytes / 1048576), rows: String(LIMITS.maxRows) })}
          </p>
        </div>
        <p class="pf-buttons">
          <button type="button" class="button" onClick={loadExample} data-action="example">{L('portfolio.import.example')}</button>{' '}
          <button type="button" class="button button--secondary" onClick={templateCsv} data-action="template-csv">{L('portfolio.import.templateCsv')}</button>{' '}
          <button type="button" class="button button--secondary" onClick={templateXlsx} data-action="template-xlsx">{L('portfolio.import.templateXlsx')}</button>{' '}
          {files.length > 0 && <button type="button" class="button button--secondary" onClick={clearAll} data-action="clear">{L('portfolio.import.clear')}</button>}
        </p>
        <p role="status" class="pf-status" data-output="status">{status}</p>
        {refusals.length > 0 && (
          <ul class="pf-refused" data-output="refused">
            {refusals.map((r) => <li class="field-error">{L('portfolio.import.refused', r)}</li>)}
          </ul>
        )}
        <div class="field pf-asof">
          <label for="pf-asof">{L('portfolio.asOf.label')}</label>
          <p class="field-hint" id="pf-asof-hint">{L('portfolio.asOf.hint')}</p>
          {!asOf && asOfRaw !== '' && <p class="field-error" id="pf-asof-error" role="alert">{L('portfolio.asOf.error')}</p>}
          <input
            id="pf-asof"
            type="date"
            value={asOfRaw}
            aria-describedby={`pf-asof-hint${!asOf && asOfRaw !== '' ? ' pf-asof-error' : ''}`}
            aria-invalid={!asOf && asOfRaw !== '' ? true : undefined}
            onInput={(e) => setAsOfRaw((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
      </section>

      {files.length > 0 && (
        <>
          {isExample && (
            <p class="notice pf-example" data-output="example-banner">
              {L('portfolio.example.banner')}{' '}
              <button type="button" class="button button--secondary" onClick={clearAll}>{L('portfolio.example.clear')}</button>
            </p>
          )}
          <p class="pf-stamp">{L('portfolio.asOf.label')}：{formatChineseDate(effectiveAsOf)} · {L('portfolio.import.files')}：{files.map((f) => `${f.name}（${f.result.items.length}）`).join('、')}</p>

          {(messages.length > 0 || unknownColumns.length > 0 || files.some((f) => f.warnings.length > 0)) && (
            <section class="pf-msgs" aria-labelledby="pf-msgs-h" data-output="messages">
              <h2 id="pf-msgs-h">{L('portfolio.messages.heading', { count: String(messages.length + unknownColumns.length) })}</h2>
              <ul>
                {unknownColumns.map((f) => (
                  <li data-message="unknown-columns">{L('portfolio.messages.unknownColumns', { file: f.name, list: f.result.unknownColumns.map((c) => `${c.column}列“${c.header}”`).join('、') })}</li>
                ))}
                {files.flatMap((f) => f.warnings.map((w) => <li>{f.name}：{w}</li>))}
                {shownMessages.map((m) => (
                  <li data-message={`${m.file}:${m.row}:${m.column ?? ''}`}>
                    <span class={`pf-level pf-level--${m.level}`}>{L(`portfolio.messages.level.${m.level}`)}</span>{' '}
                    {L('portfolio.messages.where', { file: m.file, row: String(m.row) })}
                    {m.column && <> {L('portfolio.messages.cell', { column: m.column, header: m.header ?? '' })}</>}：{m.text}
                  </li>
                ))}
              </ul>
              {messages.length > shownMessages.length && <p>{L('portfolio.messages.more', { count: String(messages.length - shownMessages.length) })}</p>}
            </section>
          )}

          <section class="pf-summary" aria-labelledby="pf-summary-h" data-output="summary">
            <h2 id="pf-summary-h">{L('portfolio.summary.heading')}</h2>
            <p>
              <strong data-output="total">{L('portfolio.summary.total', { n: String(summary.total) })}</strong>
              {summary.withMessages > 0 && <>；{L('portfolio.summary.withMessages', { n: String(summary.withMessages) })}</>}
            </p>
            <div class="pf-tiles">
              <dl class="pf-tile-group">
                <dt>{L('portfolio.summary.verdicts')}</dt>
                {VERDICTS.map((vd) => (
                  <dd><button type="button" class={`pf-tile pf-tile--${vd}`} aria-pressed={query.verdict === vd} data-count={`verdict-${vd}`} onClick={() => setFilter({ verdict: query.verdict === vd ? undefined : vd })}>
                    {L(`elig.verdict.${vd}`)} <strong>{summary.byVerdict[vd]}</strong>
                  </button></dd>
                ))}
              </dl>
              <dl class="pf-tile-group">
                <dt>{L('portfolio.summary.buckets')}</dt>
                {BUCKETS.map((b) => (
                  <dd><button type="button" class={`pf-tile pf-tile--${b}`} aria-pressed={query.bucket === b} data-count={`bucket-${b}`} onClick={() => setFilter({ bucket: query.bucket === b ? undefined : b })}>
                    {L(`portfolio.bucket.${b}`)} <strong>{summary.byBucket[b]}</strong>
                  </button></dd>
                ))}
              </dl>
            </div>
            <p data-output="next-due">
              {summary.nextDue ? L('portfolio.summary.nextDue', { date: formatChineseDate(summary.nextDue.due), count: String(summary.nextDue.count) }) : L('portfolio.summary.noDue')}
            </p>
          </section>

          <section class="pf-match no-print" aria-labelledby="pf-match-h">
            <h2 id="pf-match-h">{L('portfolio.match.heading')}</h2>
            <div class="field">
              <label for="pf-need">{L('portfolio.match.label')}</label>
              <p class="field-hint" id="pf-need-hint">{L('portfolio.match.hint')}</p>
              <input
                id="pf-need"
                type="search"
                value={need}
                placeholder={L('portfolio.match.placeholder')}
                aria-describedby="pf-need-hint pf-need-result"
                onFocus={() => void ensureIndex()}
                onInput={(e) => {
                  const v = (e.currentTarget as HTMLInputElement).value;
                  setNeed(v);
                  void runMatch(v);
                }}
              />
            </div>
            <div class="field">
              <label for="pf-firm">{L('portfolio.match.firm')}</label>
              <select id="pf-firm" value={firmSize} onChange={(e) => setFirmSize((e.currentTarget as HTMLSelectElement).value)}>
                <option value="">{L('elig.opt.unanswered')}</option>
                {LICENSEE_SIZES.map((s) => <option value={s}>{L(`elig.opt.licensee.${s}`)}</option>)}
              </select>
              {firmSize === 'sme' && (
                <p class="elig-check">
                  <input type="checkbox" id="pf-techsme" checked={techSme} onChange={(e) => setTechSme((e.currentTarget as HTMLInputElement).checked)} />
                  <label for="pf-techsme">{L('portfolio.match.firm.techSme')}</label>
                </p>
              )}
            </div>
            <p id="pf-need-result" role="status" data-output="match">
              {hits && (needWords.length > 0 ? <>{L('portfolio.match.words', { words: needWords.join(' / ') })}；{hits.size > 0 ? L('portfolio.match.hits', { n: String(hits.size) }) : L('portfolio.match.none')}</> : L('portfolio.match.none'))}
            </p>
          </section>

          <section class="pf-timeline" aria-labelledby="pf-timeline-h" data-output="timeline">
            <h2 id="pf-timeline-h">{L('portfolio.timeline.heading')}</h2>
            <p class="no-print pf-toggles">
              <span class="elig-check"><input type="checkbox" id="pf-past" checked={includePast} onChange={(e) => setIncludePast((e.currentTarget as HTMLInputElement).checked)} /> <label for="pf-past">{L('portfolio.timeline.includePast')}</label></span>{' '}
              <span class="elig-check"><input type="checkbox" id="pf-drafts" checked={includeDrafts} onChange={(e) => setIncludeDrafts((e.currentTarget as HTMLInputElement).checked)} /> <label for="pf-drafts">{L('portfolio.timeline.includeDrafts')}</label></span>
            </p>
            {next.length === 0 ? <p>{L('portfolio.timeline.empty')}</p> : (
              <ol class="pf-timeline-list">
                {next.map((e) => (
                  <li>
                    <time dateTime={e.duty.due}>{formatChineseDate(e.duty.due!)}</time>（{daysText(e.duty)}）{' '}
                    <strong>{itemName(e.result.item)}</strong>：{e.duty.when === 'unconverted-at-end' ? L('portfolio.timeline.ifUnconverted', { action: L(`portfolio.action.${e.duty.action}`) }) : L(`portfolio.action.${e.duty.action}`)}
                    {!e.duty.clockStated && <>（{L(`portfolio.clock.reading.${e.duty.clock}`)}）</>}
                    {!e.duty.binding && <> <span class="badge badge--draft">{L(`portfolio.docStatus.${e.duty.docStatus}`)}</span></>}
                    {' '}<span class="cite-link">（<a href={view.cite(e.duty.provisionId)?.href}>{view.cite(e.duty.provisionId)?.cite}</a>）</span>
                  </li>
                ))}
              </ol>
            )}
            {next.length === TIMELINE_LIMIT && <p class="pf-small">{L('portfolio.timeline.more', { n: String(TIMELINE_LIMIT) })}</p>}
          </section>

          <section class="pf-results" aria-labelledby="pf-results-h">
            <h2 id="pf-results-h">{L('portfolio.table.heading')}</h2>
            <div class="pf-filters no-print">
              <div class="field">
                <label for="pf-f-verdict">{L('portfolio.table.filter.verdict')}</label>
                <select id="pf-f-verdict" value={query.verdict ?? ''} onChange={(e) => setFilter({ verdict: ((e.currentTarget as HTMLSelectElement).value || undefined) as Verdict | undefined })}>
                  <option value="">{L('portfolio.table.filter.all')}</option>
                  {VERDICTS.map((vd) => <option value={vd}>{L(`elig.verdict.${vd}`)}</option>)}
                </select>
              </div>
              <div class="field">
                <label for="pf-f-bucket">{L('portfolio.table.filter.bucket')}</label>
                <select id="pf-f-bucket" value={query.bucket ?? ''} onChange={(e) => setFilter({ bucket: ((e.currentTarget as HTMLSelectElement).value || undefined) as Bucket | undefined })}>
                  <option value="">{L('portfolio.table.filter.all')}</option>
                  {BUCKETS.map((b) => <option value={b}>{L(`portfolio.bucket.${b}`)}</option>)}
                </select>
              </div>
              <div class="field">
                <label for="pf-f-text">{L('portfolio.table.filter.text')}</label>
                <input id="pf-f-text" type="search" value={query.text ?? ''} onInput={(e) => setFilter({ text: (e.currentTarget as HTMLInputElement).value || undefined })} />
              </div>
              <p class="elig-check">
                <input type="checkbox" id="pf-f-msg" checked={query.withMessages ?? false} onChange={(e) => setFilter({ withMessages: (e.currentTarget as HTMLInputElement).checked || undefined })} />
                <label for="pf-f-msg">{L('portfolio.table.filter.messages')}</label>
              </p>
              <div class="field">
                <label for="pf-pagesize">{L('portfolio.table.pageSize')}</label>
                <select id="pf-pagesize" value={String(pageSize)} onChange={(e) => { setPageSize(Number((e.currentTarget as HTMLSelectElement).value)); setPage(1); }}>
                  {PAGE_SIZES.map((n) => <option value={String(n)}>{n}</option>)}
                </select>
              </div>
            </div>
            <p class="pf-small no-print">{L('portfolio.table.paginated', { size: String(PAGE_SIZES[PAGE_SIZES.length - 1]) })}</p>
            <p class="no-print pf-export" data-output="exports">
              <button type="button" class="button" onClick={exporting('CSV', exportCsv)} data-action="export-csv">{L('portfolio.export.csv')}</button>{' '}
              <button type="button" class="button" onClick={exporting('Excel', exportXlsx)} data-action="export-xlsx">{L('portfolio.export.xlsx')}</button>{' '}
              <button type="button" class="button" onClick={exporting('iCalendar', exportIcs)} data-action="export-ics">{L('portfolio.export.ics')}</button>{' '}
              <button type="button" class="button button--secondary" onClick={() => setPrintAll(true)} data-action="print">{L('portfolio.export.print')}</button>
              <br /><span class="pf-small">{L('portfolio.export.note', { n: String(rows.length) })}</span>
            </p>
            <p role="status" class="no-print pf-small" data-output="export-status">{exportStatus}</p>
            {rows.length === 0 ? <p data-output="empty">{L('portfolio.table.empty')}</p> : (
              <>
                <div class="table-wrap pf-table-wrap">
                  <table class="pf-table" data-output="table">
                    <caption>{L('portfolio.table.caption', { page: String(shown.page), pages: String(shown.pages) })}</caption>
                    <thead>
                      <tr>
                        {columns.map(([key, label]) => (
                          <th scope="col" aria-sort={ariaSort(key)} class={`pf-col-${key}`}>
                            <button type="button" class="pf-sort" onClick={() => sortBy(key)} data-sort={key}>{label}</button>
                          </th>
                        ))}
                        <th scope="col" class="no-print">{L('portfolio.table.details')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {shown.rows.map((r) => {
                        const hit = hits?.get(r.item.id);
                        const isOpen = open.has(r.item.id);
                        const detailId = `pf-d-${r.item.id.replace(':', '-')}`;
                        return (
                          <>
                            <tr data-row={r.item.id} class={withMessages.has(r.item.id) ? 'pf-row--msg' : undefined}>
                              <td class="pf-col-row">{files.length > 1 && <span class="pf-small">{r.item.file}<br /></span>}{r.item.row}</td>
                              <th scope="row" class="pf-name pf-col-name">
                                {itemName(r.item)}
                                {(r.item.number || r.item.unit) && <span class="pf-small"><br />{[r.item.number, r.item.unit].filter(Boolean).join(' · ')}</span>}
                              </th>
                              <td class="pf-col-type">{typeLabel(r.item)}</td>
                              <td><span class={`elig-verdict elig-verdict--${r.verdict}`} data-verdict={r.verdict}>{L(`elig.verdict.${r.verdict}`)}</span></td>
                              <td><span class={`pf-bucket pf-bucket--${r.bucket}`}>{L(`portfolio.bucket.${r.bucket}`)}</span></td>
                              <td>{r.next?.due ? <time dateTime={r.next.due}>{r.next.due}</time> : '—'}</td>
                              {hits && <td data-matched={hit?.words.join(' ') ?? ''}>{hit ? <>{Math.round((hit.score / (topScore || 1)) * 100)}%<br /><span class="pf-small">{L('portfolio.match.matched', { words: hit.words.join('、') })}</span></> : '—'}</td>}
                              <td class="no-print">
                                <button type="button" class="button button--secondary pf-toggle" aria-expanded={isOpen} aria-controls={detailId} onClick={() => toggle(r.item.id)}>
                                  {L('portfolio.table.details')}<span class="visually-hidden">：{itemName(r.item)}</span>
                                </button>
                              </td>
                            </tr>
                            {isOpen && (
                              <tr class="pf-detail-row" id={detailId}>
                                <td colSpan={columns.length + 1}><ResultDetail r={r} messages={messagesByItem.get(r.item.id) ?? []} v={view} /></td>
                              </tr>
                            )}
                          </>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
                {!printAll && shown.pages > 1 && (
                  <nav class="pf-pager no-print" aria-label={L('portfolio.table.page', { page: String(shown.page), pages: String(shown.pages), n: String(rows.length) })}>
                    <button type="button" class="button button--secondary" disabled={shown.page <= 1} onClick={() => setPage(shown.page - 1)} data-action="prev">{L('portfolio.table.prev')}</button>{' '}
                    <span data-output="page">{L('portfolio.table.page', { page: String(shown.page), pages: String(shown.pages), n: String(rows.length) })}</span>{' '}
                    <button type="button" class="button button--secondary" disabled={shown.page >= shown.pages} onClick={() => setPage(shown.page + 1)} data-action="next">{L('portfolio.table.next')}</button>
                  </nav>
                )}
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}

