/**
 * Reads the structure of a repaired policy text: the notice, the document's own title, and the
 * 章 / 第X条 / 一、 / （一） / 1. / （1） / 模式一 / 附件 / `>>>` units, as a tree of clauses with
 * ids and citations following `content/anchors.md`:
 *
 * - ids are lowercase ASCII; a nested unit extends its parent's id (`art-6-3`, `annex-art-2-1`),
 *   except articles inside chapters (`art-N` throughout) and items whose numbers run through the
 *   whole document across its parts (`m-N`);
 * - 一、 sections are parts (`part-N`, 第N部分) when any of them holds （一） items, otherwise they are
 *   the document's articles (`art-N`, 第N条);
 * - unnumbered paragraphs: the text before the first unit is `preamble` (`intro` in a summary), a
 *   chapter's opening paragraph `ch-N-preamble`, the entry-into-force paragraph `closing`, and in a
 *   part made of labelled paragraphs (…模式：) `part-N-intro`, `part-N-mode-K`, `part-N-scope`.
 *
 * Pure: the text (after the fixes) in, blocks and clauses out. Wording is never touched: a block
 * is one line of the text, markup removed.
 */
import { isStructural, lineView, sourceLines, type SourceLine } from './repair';
import { markerOf, toChineseNumeral, type Marker } from './numerals';

/** A block of published text. */
export type Block =
  | { type: 'heading'; level: number; text: string; strong?: string }
  | { type: 'para'; text: string; strong?: string }
  | { type: 'table'; rows: string[][] };

/** A clause and what it holds, in order. */
export interface ClauseDraft {
  id: string;
  cite: string;
  children: (ClauseDraft | Block)[];
}

export type Node = ClauseDraft | Block;

export function isClause(n: Node): n is ClauseDraft {
  return 'id' in n;
}

export type TextStatusGuess = 'official' | 'draft-for-comment' | 'official-summary';

export interface ParsedStructure {
  /** Title as printed (the notice's 《…》, the first line, or the first 《…》 a summary names). */
  title: string;
  textStatus: TextStatusGuess;
  /** 文号 printed on its own line in the notice, if any. */
  docNumber?: string;
  /** Title of the annex, if the text has one. */
  annexTitle?: string;
  nodes: Node[];
}

const CLOSING = /^本(方案|措施|政策措施|指引|办法|规定|意见|细则|通知|条例|决定|计划|实施方案)[^。；]{0,30}?(自|从)[^。；]{0,30}?(施行|实施|执行|生效)/u;
const SIGNATURE = /（盖章）|\(盖章\)|（签章）|签字：|^日期：/u;
const LABELLED = /^([^，。；：:]{2,12}模式)[：:]/u;
const DEFINITION = /^本[^，。]{0,8}所称/u;
const DOC_NUMBER = /^[\p{Script=Han}]{1,10}〔\d{4}〕\d+号$/u;
const NOTICE = /^关于印发《(.+)》的通知$/u;
const DRAFT_MARK = /^[（(]征求意见稿[）)]$/u;

/** Short and without sentence punctuation: printed as a heading. */
export function headingLike(text: string): boolean {
  return [...text].length <= 30 && !/[。；;]/u.test(text) && !/[：:，,、]$/u.test(text);
}

/** A title line: short, no sentence punctuation at all. */
function titleLike(text: string): boolean {
  return [...text].length <= 40 && !/[。；;，,：:]/u.test(text);
}

const RANK: Record<string, number> = {
  annex: 0, notice: 0, preamble: 0, closing: 0, section: 1, chapter: 1, part: 1,
  'chapter-preamble': 1.5, labelled: 1.5, article: 2, item: 3, num: 4, mode: 4, 'paren-num': 5,
};

interface Open {
  clause: ClauseDraft;
  kind: string;
  marker?: Marker;
  /** Whether the clause is inside the annex (ids and cites take its prefix). */
  inAnnex: boolean;
}

/** Inner double quotes become single ones inside a quoted heading (“‘先用后转’改革模式”). */
function quoteInner(s: string): string {
  return s.replace(/“/g, '‘').replace(/”/g, '’');
}

/** One table per run of tab-indented lines; rows are separated by blank lines. */
function tableRows(lines: readonly SourceLine[]): string[][] | null {
  const rows: string[][] = [];
  let cur: string[] = [];
  for (const l of lines) {
    if (l.raw.trim() === '') {
      if (cur.length) rows.push(cur);
      cur = [];
    } else cur.push(lineView(l.raw));
  }
  if (cur.length) rows.push(cur);
  const width = rows[0]?.length ?? 0;
  return rows.length >= 2 && width >= 2 && rows.every((r) => r.length === width) ? rows : null;
}

/**
 * Parses the repaired text (all fixes applied except the markup ones, so `#` and `>>>` still mark
 * headings) into blocks and clauses.
 */
export function parseStructure(text: string): ParsedStructure {
  const lines = sourceLines(text);
  // Blocks in order: each non-blank line, except runs of tab-indented lines (a table).
  type Raw = { line: SourceLine; table?: string[][] };
  const raws: Raw[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.view === '') continue;
    if (l.raw.startsWith('\t')) {
      let j = i;
      while (j < lines.length && (lines[j]!.raw.startsWith('\t') || (lines[j]!.raw.trim() === '' && lines[j + 1]?.raw.startsWith('\t')))) j++;
      const rows = tableRows(lines.slice(i, j));
      if (rows) {
        raws.push({ line: l, table: rows });
        i = j - 1;
        continue;
      }
    }
    raws.push({ line: l });
  }
  const views = raws.map((r) => r.line.view);
  const markers = views.map((v) => markerOf(v));
  const sectioned = raws.some((r) => /^\s*>>>/.test(r.line.raw));
  const hasAnnex = views.some((v) => /^附件\s*\d*$/u.test(v));

  // 一、 sections are parts when any holds （一） items; their items restart per part or run on.
  const partIdx = markers.flatMap((m, i) => (m?.kind === 'part' ? [i] : []));
  const annexAt = views.findIndex((v) => /^附件\s*\d*$/u.test(v));
  const bodyEnd = annexAt < 0 ? views.length : annexAt;
  const itemsIn = (from: number, to: number) => markers.slice(from, to).filter((m) => m?.kind === 'item') as Marker[];
  const partsAreParts = partIdx.some((p, k) => itemsIn(p, partIdx[k + 1] ?? bodyEnd).length > 0);
  const runOn = partsAreParts && partIdx.slice(1).some((p, k) => {
    const first = itemsIn(p, partIdx[k + 2] ?? bodyEnd)[0];
    return first !== undefined && first.n > 1;
  });
  const labelledParts = new Set(
    partIdx.filter((p, k) => {
      const end = partIdx[k + 1] ?? bodyEnd;
      return itemsIn(p, end).length === 0 && views.slice(p + 1, end).some((v) => LABELLED.test(v));
    }),
  );

  // Title and status.
  let title = '';
  let textStatus: TextStatusGuess = sectioned ? 'official-summary' : 'official';
  let docNumber: string | undefined;
  const notice = NOTICE.exec(views[0] ?? '');
  if (notice) title = notice[1]!;
  else if (titleLike(views[0] ?? '') && !markers[0]) title = views[0]!;
  else title = /《([^》]+)》/u.exec(views.slice(0, 3).join('\n'))?.[1] ?? '';
  if (views.some((v) => DRAFT_MARK.test(v))) textStatus = 'draft-for-comment';
  const displayTitle = textStatus === 'draft-for-comment' && !notice ? `${title}（征求意见稿）` : title;
  const base = `《${displayTitle}》${textStatus === 'official-summary' ? '（官方解读摘要）' : ''}`;

  const nodes: Node[] = [];
  const stack: Open[] = [];
  const counters = new Map<string, number>();
  const bump = (k: string) => { const n = (counters.get(k) ?? 0) + 1; counters.set(k, n); return n; };
  let annexTitle: string | undefined;
  let annexCite = '';
  let zone: 'head' | 'preamble' | 'banner' | 'body' = 'head';

  const top = () => stack.at(-1);
  const add = (n: Node) => (top()?.clause.children ?? nodes).push(n);
  const open = (o: Open) => { add(o.clause); stack.push(o); };
  // Unnumbered clauses (a preamble, a chapter's opening paragraph, a labelled paragraph) never
  // hold numbered units: the next unit closes them.
  const LEAF = new Set(['preamble', 'closing', 'notice', 'chapter-preamble', 'labelled']);
  const popTo = (rank: number) => {
    while (stack.length && (RANK[top()!.kind]! >= rank || LEAF.has(top()!.kind))) stack.pop();
  };
  const depth = () => stack.length;
  const heading = (text: string, strong?: string): Block =>
    strong ? { type: 'heading', level: Math.min(6, depth() + 1), text, strong } : { type: 'heading', level: Math.min(6, depth() + 1), text };

  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    const v = views[i]!;
    const m = markers[i] ?? null;
    if (raw.table) { add({ type: 'table', rows: raw.table }); continue; }

    // --- head: notice, title lines -------------------------------------------------------------
    if (zone === 'head') {
      if (i === 0 && notice) {
        const num = views.slice(1, 4).find((x) => DOC_NUMBER.test(x));
        if (num) docNumber = num;
        open({ clause: { id: 'notice', cite: `${base}印发通知${num ? `（${num}）` : ''}`, children: [] }, kind: 'notice', inAnnex: false });
        add(heading(v));
        continue;
      }
      if (top()?.kind === 'notice') {
        if (v !== title) { add({ type: 'para', text: v }); continue; }
        stack.pop();
        nodes.push({ type: 'heading', level: 2, text: v });
        zone = 'preamble';
        continue;
      }
      if (i === 0 && v === title) { nodes.push({ type: 'heading', level: 2, text: v }); continue; }
      if (DRAFT_MARK.test(v)) { nodes.push({ type: 'para', text: v }); continue; }
      zone = 'preamble';
    }

    // --- structural units --------------------------------------------------------------------
    if (/^附件\s*\d*$/u.test(v)) {
      stack.length = 0;
      zone = 'body';
      const next = views[i + 1];
      annexTitle = next && titleLike(next) ? next : undefined;
      annexCite = `《${displayTitle}》附件${annexTitle ? `《${annexTitle}》` : ''}`;
      open({ clause: { id: 'annex', cite: annexCite, children: [] }, kind: 'annex', inAnnex: true });
      add({ type: 'para', text: v });
      if (annexTitle) { add(heading(annexTitle)); i++; }
      continue;
    }
    if (/^\s*>>>/.test(raw.line.raw)) {
      stack.length = 0;
      zone = 'body';
      const k = bump('sec');
      open({ clause: { id: `sec-${k}`, cite: `${base}“${quoteInner(v)}”部分`, children: [] }, kind: 'section', inAnnex: false });
      add(heading(v));
      continue;
    }
    if (m && m.kind !== 'mode') {
      const kind = m.kind === 'part' && !partsAreParts ? 'article' : m.kind;
      const inAnnex = stack[0]?.kind === 'annex';
      popTo(RANK[kind]!);
      zone = 'body';
      const parent = top();
      const cn = toChineseNumeral(m.n);
      const prefix = inAnnex ? 'annex-' : '';
      const citeBase = inAnnex ? annexCite : base;
      let id: string;
      let cite: string;
      switch (kind) {
        case 'chapter': id = `ch-${m.n}`; cite = `${base}第${cn}章`; break;
        case 'part': id = `part-${m.n}`; cite = `${base}第${cn}部分`; break;
        case 'article': id = `${prefix}art-${m.n}`; cite = `${citeBase}第${cn}条`; break;
        case 'item':
          if (parent && parent.kind === 'part' && runOn) { id = `m-${m.n}`; cite = `${base}第（${cn}）项`; }
          else if (parent && parent.kind !== 'annex') { id = `${parent.clause.id}-${m.n}`; cite = `${parent.clause.cite}第（${cn}）项`; }
          else { id = `${prefix}item-${m.n}`; cite = `${citeBase}第（${cn}）项`; }
          break;
        case 'num':
          id = parent && parent.kind !== 'annex' ? `${parent.clause.id}-${m.n}` : `${prefix}item-${m.n}`;
          cite = `${parent && parent.kind !== 'annex' ? parent.clause.cite : citeBase}第${m.n}项`;
          break;
        default: // paren-num
          id = parent && parent.kind !== 'annex' ? `${parent.clause.id}-${m.n}` : `${prefix}item-${m.n}`;
          cite = `${parent && parent.kind !== 'annex' ? parent.clause.cite : citeBase}第（${m.n}）项`;
      }
      open({ clause: { id, cite, children: [] }, kind, marker: m, inAnnex });
      const isHeading = (kind === 'chapter' || kind === 'part' || kind === 'article' || kind === 'item') && headingLike(v);
      if (isHeading) add(heading(v));
      else if (kind === 'article') add({ type: 'para', text: v.slice(m.text.length), strong: m.text });
      else add({ type: 'para', text: v });
      continue;
    }
    if (m?.kind === 'mode') {
      while (stack.length && RANK[top()!.kind]! >= RANK.mode!) stack.pop();
      const parent = top();
      const id = `${parent?.clause.id ?? 'annex'}-mode-${m.n}`;
      open({ clause: { id, cite: `${parent?.clause.cite ?? annexCite}模式${toChineseNumeral(m.n)}`, children: [] }, kind: 'mode', marker: m, inAnnex: true });
      add(heading(v));
      continue;
    }

    // --- unnumbered paragraphs ---------------------------------------------------------------
    if (zone === 'preamble' || zone === 'banner') {
      if (zone === 'preamble' && stack.length === 0) {
        if (titleLike(v) && !sectioned) { nodes.push({ type: 'heading', level: 2, text: v }); continue; }
        const id = sectioned ? 'intro' : 'preamble';
        open({ clause: { id, cite: `${base}${sectioned ? '导语' : '首段'}`, children: [] }, kind: 'preamble', inAnnex: false });
        add({ type: 'para', text: v });
        continue;
      }
      if (zone === 'preamble' && titleLike(v)) {
        stack.length = 0;
        zone = 'banner';
        nodes.push({ type: 'heading', level: 2, text: v });
        continue;
      }
      if (zone === 'banner') { nodes.push({ type: 'para', text: v }); continue; }
      add({ type: 'para', text: v });
      continue;
    }
    if (CLOSING.test(v) && stack[0]?.kind !== 'annex') {
      stack.length = 0;
      open({ clause: { id: 'closing', cite: `${base}${hasAnnex ? '正文末段' : '末段'}`, children: [] }, kind: 'closing', inAnnex: false });
      add({ type: 'para', text: v });
      continue;
    }
    if (SIGNATURE.test(v) && stack[0]?.kind === 'annex') {
      stack.length = 1;
      add({ type: 'para', text: v });
      continue;
    }
    while (top() && (top()!.kind === 'num' || top()!.kind === 'paren-num')) stack.pop();
    const t = top();
    if (t?.kind === 'chapter' && !t.clause.children.some(isClause)) {
      const id = `${t.clause.id}-preamble`;
      open({ clause: { id, cite: `${t.clause.cite}首段`, children: [] }, kind: 'chapter-preamble', inAnnex: false });
      add({ type: 'para', text: v });
      continue;
    }
    if (t?.kind === 'chapter-preamble') { add({ type: 'para', text: v }); continue; }
    const partAt = t?.kind === 'part' || t?.kind === 'labelled' ? stack.findIndex((o) => o.kind === 'part') : -1;
    const part = partAt >= 0 ? stack[partAt]! : undefined;
    if (part && labelledParts.has(raws.findIndex((r) => r.line === findHeadLine(part, raws)))) {
      while (top()?.kind === 'labelled') stack.pop();
      const label = LABELLED.exec(v)?.[1];
      const children = part.clause.children.filter(isClause);
      let id: string;
      let cite: string;
      if (label) {
        const k = bump(`${part.clause.id}-mode`);
        id = `${part.clause.id}-mode-${k}`;
        cite = `${part.clause.cite}“${quoteInner(label)}”`;
      } else if (DEFINITION.test(v)) {
        id = `${part.clause.id}-scope`;
        cite = `${part.clause.cite}末段`;
      } else if (children.length === 0) {
        id = `${part.clause.id}-intro`;
        cite = `${part.clause.cite}首段`;
      } else {
        const k = bump(`${part.clause.id}-p`);
        id = `${part.clause.id}-p${k}`;
        cite = `${part.clause.cite}第${toChineseNumeral(children.length + 1)}段`;
      }
      open({ clause: { id, cite, children: [] }, kind: 'labelled', inAnnex: false });
      add({ type: 'para', text: v });
      continue;
    }
    add({ type: 'para', text: v });
  }

  const out: ParsedStructure = { title: displayTitle, textStatus, nodes };
  if (docNumber) out.docNumber = docNumber;
  if (annexTitle) out.annexTitle = annexTitle;
  return out;
}

/** The raw block that opened a part clause (its heading line). */
function findHeadLine(part: Open, raws: readonly { line: SourceLine }[]): SourceLine | undefined {
  const m = part.marker;
  if (!m) return undefined;
  return raws.find((r) => { const x = markerOf(r.line.view); return x?.kind === 'part' && x.n === m.n; })?.line;
}

/** Every clause of a parsed text, in document order (a parent before its children). */
export function flattenClauses(nodes: readonly Node[]): ClauseDraft[] {
  const out: ClauseDraft[] = [];
  const walk = (ns: readonly Node[]) => {
    for (const n of ns) if (isClause(n)) { out.push(n); walk(n.children); }
  };
  walk(nodes);
  return out;
}

export { isStructural };
