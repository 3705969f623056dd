/**
 * Drafts the extraction fixes of a raw policy text (`content/fixes/<id>.yaml`): the artifacts a
 * PDF/Word extraction leaves that are not wording — sentences split by hard wraps or page breaks,
 * stray markers such as `[bookmark: _GoBack]`, spaces inside titles, a list number the extraction
 * lost, and formatting marks (`**`, `#`, `>>>`). Each draft fix is an exact find → replace in the
 * format `applyFixes` checks, with a reason naming the source line, for an editor to review.
 *
 * Nothing here changes wording: joins delete only line breaks, markup fixes delete only the marks,
 * and the one insertion (a lost number) restores a printed numbering that the sequence proves.
 * Pure: source text in, fixes out.
 */
import type { FixLike } from '../fidelity';
import { countOccurrences } from '../fidelity';
import { markerOf, toChineseNumeral } from './numerals';

/** Kinds of fix the importer drafts (a subset of `src/schemas/fix.ts`). */
export type DraftFixKind = 'page-break' | 'stray-marker' | 'space-in-title' | 'lost-number' | 'markup';

/** A drafted fix, in the shape of a `content/fixes/<id>.yaml` record. */
export interface DraftFix extends FixLike {
  reason: string;
  kind: DraftFixKind;
}

/** One line of the source with its offsets. */
export interface SourceLine {
  /** 0-based line index. */
  index: number;
  start: number;
  /** Offset just past the line's last character (before `\n`). */
  end: number;
  raw: string;
  /** The line as read: markers and markup removed, trimmed. */
  view: string;
}

/** An edit in source coordinates: replace `[start, end)` with `replace`. */
interface Edit {
  start: number;
  end: number;
  replace: string;
  kind: DraftFixKind;
  reason: string;
  /** Minimum context (characters each side) for the find string. */
  minContext: number;
}

/** Word-processor markers an extraction leaves in the text. */
const STRAY_MARKER = /\[bookmark: [^\]\n]*\]/g;
/** Formatting marks of Markdown-ish extractions: they are never wording in these texts. */
const MARKUP_TOKENS = ['**', '>>>', '#'] as const;

/** Strips markers and markup from a line and trims it: how the line reads. */
export function lineView(raw: string): string {
  let v = raw.replace(STRAY_MARKER, '');
  for (const t of MARKUP_TOKENS) v = v.split(t).join('');
  return v.trim();
}

/** The source split into lines with offsets and views. */
export function sourceLines(source: string): SourceLine[] {
  const out: SourceLine[] = [];
  let start = 0;
  source.split('\n').forEach((raw, index) => {
    out.push({ index, start, end: start + raw.length, raw, view: lineView(raw) });
    start += raw.length + 1;
  });
  return out;
}

/** A line is a heading in the extraction's own markup (`# …`, `>>> …`). */
function markedHeading(raw: string): boolean {
  return /^\s*(#+|>>>)/.test(raw);
}

/** Characters that end a paragraph (or a clause of a form line). */
const TERMINAL = /[。；：:！？!?…”’）)」』】》\]]$/u;
/** Punctuation inside a sentence: a line with some is running text, not a title. */
const SENTENCE_PUNCT = /[，。；：、,;:]/u;
/** Document-type words a wrapped title ends with. */
const TITLE_END = /(方案|文本|办法|措施|指引|意见|通知|规定|细则|条例|决定|纲要)$/u;
const OPENERS: Record<string, string> = { '《': '》', '“': '”', '（': '）', '(': ')', '【': '】', '〈': '〉' };

/** Brackets and quotes a text opens and does not close, innermost last. */
function unclosed(text: string): string[] {
  const stack: string[] = [];
  for (const ch of text) {
    if (OPENERS[ch]) stack.push(OPENERS[ch]);
    else if (stack.at(-1) === ch) stack.pop();
  }
  return stack;
}

/** Does the block open a structural unit (numbering, an annex, a marked section)? */
export function isStructural(line: SourceLine): boolean {
  return markerOf(line.view) !== null || /^附件\s*\d*$/u.test(line.view) || /^\s*>>>/.test(line.raw);
}

/** Typical width of a hard-wrapped extraction, or null when lines are whole paragraphs. */
export function wrapWidth(lines: readonly SourceLine[]): number | null {
  const lengths = lines.map((l) => [...l.view].length).filter((n) => n >= 15);
  if (lengths.length < 20) return null;
  const freq = new Map<number, number>();
  for (const n of lengths) freq.set(n, (freq.get(n) ?? 0) + 1);
  const mode = [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  if (mode > 40) return null;
  const near = lengths.filter((n) => Math.abs(n - mode) <= 3).length;
  return near / lengths.length >= 0.6 ? mode : null;
}

/** Why two consecutive non-blank lines belong to one block, or null when they do not. */
function joinReason(a: SourceLine, b: SourceLine, gap: number, width: number | null, trailingMarks: boolean): string | null {
  if (isStructural(b) || a.view === '' || b.view === '') return null;
  const where = `原文第${a.index + 1}行末与第${b.index + 1}行首之间`;
  if (width !== null) {
    // A hard-wrapped extraction marks a paragraph's last line with trailing whitespace.
    if (trailingMarks && /\s$/.test(a.raw)) return null;
    if (!trailingMarks && TERMINAL.test(a.view) && [...a.view].length < width - 4) return null;
    if (isStructural(a) && [...a.view].length < width - 4) return null;
    return `${where}的版式硬换行把同一段落拆开`;
  }
  // Layout lines (signature blocks, form blanks) are spaced out; they are never running text.
  if (/\S\s{2,}\S/.test(a.raw.trim()) || /\S\s{2,}\S/.test(b.raw.trim())) return null;
  const open = unclosed(a.view);
  if (open.length && !a.view.endsWith('：') && open.some((c) => b.view.includes(c))) {
    return `${where}的硬换行把同一标题或括号内的文字拆开`;
  }
  if (b.view.startsWith('□')) {
    // A checkbox line continues an option list only when the line before had options after text.
    return a.view.includes('□') && !a.view.startsWith('□') ? `${where}的硬换行把同一组选项拆开` : null;
  }
  if (
    gap === 0 &&
    [...a.view].length <= 24 && [...b.view].length <= 12 &&
    !SENTENCE_PUNCT.test(a.view + b.view) && TITLE_END.test(b.view) && !markedHeading(b.raw)
  ) {
    return `${where}的硬换行把标题拆开`;
  }
  // A numbered heading (二、实施模式, 模式一：…) ends its line; its 、 or ： is not running text.
  if (isStructural(a) && [...a.view].length <= 30 && !/[。；;]/u.test(a.view)) return null;
  const running = [...a.view].length >= 24 || SENTENCE_PUNCT.test(a.view);
  if (running && !TERMINAL.test(a.view) && !markedHeading(a.raw)) {
    return `${where}的分页（或硬换行）把同一句拆开`;
  }
  return null;
}

/** Edits joining lines that belong to one block. */
function joinEdits(source: string, lines: readonly SourceLine[]): Edit[] {
  const width = wrapWidth(lines);
  const trailingMarks = width !== null && lines.filter((l) => l.view !== '' && /\s$/.test(l.raw)).length >= 3;
  const nonBlank = lines.filter((l) => l.view !== '' || l.raw.trim() !== '');
  const edits: Edit[] = [];
  for (let k = 0; k + 1 < nonBlank.length; k++) {
    const a = nonBlank[k]!;
    const b = nonBlank[k + 1]!;
    const reason = joinReason(a, b, b.index - a.index - 1, width, trailingMarks);
    if (reason === null) continue;
    // Delete the line break(s) and any blank lines between; keep the characters either side
    // (a space printed before the break stays a space).
    const left = a.end;
    const right = b.start + (b.raw.length - b.raw.trimStart().length);
    const joint = `${[...source.slice(a.start, a.end).trimEnd()].slice(-2).join('')}${[...b.raw.trimStart()].slice(0, 2).join('')}`;
    edits.push({ start: left, end: right, replace: '', kind: 'page-break', reason: `${reason}（接合处“${joint}”）。`, minContext: 2 });
  }
  return edits;
}

/** Edits removing word-processor markers (with the line they stood alone on). */
function markerEdits(lines: readonly SourceLine[]): Edit[] {
  const edits: Edit[] = [];
  for (const l of lines) {
    for (const m of l.raw.matchAll(STRAY_MARKER)) {
      const at = l.start + (m.index ?? 0);
      const alone = l.raw.trim() === m[0];
      const before = l.raw.slice(0, m.index ?? 0);
      // A marker at the start of a line takes the indentation before it; alone, its line break.
      const start = before.trim() === '' ? l.start : at;
      const end = alone ? l.end + 1 : at + m[0].length;
      edits.push({
        start, end, replace: '', kind: 'stray-marker', minContext: 0,
        reason: `第${l.index + 1}行 Word 书签标记“${m[0]}”是抽取残留，不是原文。`,
      });
    }
  }
  return edits;
}

/** Edits removing spaces between Han characters inside a title (a `#` heading or 《…》). */
function titleSpaceEdits(lines: readonly SourceLine[]): Edit[] {
  const edits: Edit[] = [];
  for (const l of lines) {
    const spans: [number, number][] = [];
    if (/^\s*#/.test(l.raw)) spans.push([0, l.raw.length]);
    for (const m of l.raw.matchAll(/《[^》\n]*》/gu)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    const seen = new Set<number>();
    for (const [s, e] of spans) {
      const part = l.raw.slice(s, e);
      for (const m of part.matchAll(/(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu)) {
        // The space after a heading's number (第一条 适用范围) separates number and title.
        const before = lineView(l.raw.slice(0, s + (m.index ?? 0)));
        if (markerOf(before)?.text === before) continue;
        const at = l.start + s + (m.index ?? 0);
        if (seen.has(at)) continue;
        seen.add(at);
        const title = lineView(part).replace(/^《|》$/g, '');
        edits.push({
          start: at, end: at + m[0].length, replace: '', kind: 'space-in-title', minContext: 4,
          reason: `原文第${l.index + 1}行标题“${title}”中多出空格（排版折行残留），同一书名在别处不带空格。`,
        });
      }
    }
  }
  return edits;
}

/**
 * Edits restoring an item number the extraction lost: between items （k） and （k+2） of one
 * sequence stands exactly one unnumbered paragraph, so it is （k+1）. The brackets follow the
 * sequence's usual (majority) form.
 */
function lostNumberEdits(lines: readonly SourceLine[], joined: ReadonlySet<number>): Edit[] {
  // Blocks: non-blank lines that do not continue the previous one.
  const blocks = lines.filter((l) => l.view !== '' && !joined.has(l.index));
  const items = blocks.map((l) => ({ l, m: markerOf(l.view) }));
  const seq = items.filter((x) => x.m?.kind === 'item');
  const full = seq.filter((x) => x.m?.fullWidth).length >= seq.length / 2;
  const edits: Edit[] = [];
  for (let k = 0; k + 1 < seq.length; k++) {
    const a = seq[k]!;
    const b = seq[k + 1]!;
    if (b.m!.n !== a.m!.n + 2) continue;
    const between = items.slice(items.indexOf(a) + 1, items.indexOf(b));
    if (between.length !== 1 || between[0]!.m !== null) continue;
    const line = between[0]!.l;
    if (/^附件/.test(line.view) || isStructural(line)) continue;
    const n = a.m!.n + 1;
    const label = full ? `（${toChineseNumeral(n)}）` : `(${toChineseNumeral(n)})`;
    const at = line.start + (line.raw.length - line.raw.trimStart().length);
    edits.push({
      start: at, end: at, replace: label, kind: 'lost-number', minContext: 0,
      reason: `序号缺失：${a.m!.text}与${b.m!.text}之间第${line.index + 1}行“${[...line.view].slice(0, 10).join('')}”一项丢了序号“${label}”；按连续编号补回，括号用本序列通用的${full ? '全角' : '半角'}形式。`,
    });
  }
  return edits;
}

/** Smallest find string around `[start, end)` of `text` that occurs exactly once. */
function uniqueFind(text: string, start: number, end: number, minContext: number): { find: string; from: number } {
  for (let c = minContext; c <= 40; c++) {
    const from = Math.max(0, start - (start === end && c === 0 ? 0 : c));
    const to = Math.min(text.length, end + Math.max(c, start === end ? 4 : 0));
    const find = text.slice(from, to);
    if (find !== '' && countOccurrences(text, find) === 1) return { find, from };
  }
  throw new Error(`no unique context for the edit at ${start}`);
}

/** Line indexes that are joined to the line before them by `edits`. */
function joinedLines(lines: readonly SourceLine[], edits: readonly Edit[]): Set<number> {
  const out = new Set<number>();
  for (const e of edits) {
    if (e.kind !== 'page-break') continue;
    const next = lines.find((l) => l.start <= e.end && e.end <= l.end);
    if (next) out.add(next.index);
  }
  return out;
}

/**
 * Draft fixes for a raw source, in the order they apply: stray markers, spaces in titles, joins,
 * lost numbers (each an exact, unique find), then markup tokens (one counted fix each).
 */
export function draftFixes(source: string): DraftFix[] {
  const lines = sourceLines(source);
  const joins = joinEdits(source, lines);
  const edits = [
    ...markerEdits(lines),
    ...titleSpaceEdits(lines),
    ...joins,
    ...lostNumberEdits(lines, joinedLines(lines, joins)),
  ];
  const fixes: DraftFix[] = [];
  let text = source;
  // Apply in source order within each kind group; track the shift of later offsets.
  const applied: { at: number; delta: number }[] = [];
  const shift = (pos: number) => applied.reduce((s, a) => (a.at <= pos ? s + a.delta : s), 0);
  for (const e of edits) {
    const start = e.start + shift(e.start);
    const end = e.end + shift(e.end);
    const { find, from } = uniqueFind(text, start, end, e.minContext);
    const replace = find.slice(0, start - from) + e.replace + find.slice(end - from);
    fixes.push({ find, replace, reason: e.reason, kind: e.kind });
    text = text.slice(0, from) + replace + text.slice(from + find.length);
    applied.push({ at: e.start, delta: e.replace.length - (e.end - e.start) });
  }
  const tokenNames: Record<(typeof MARKUP_TOKENS)[number], string> = {
    '**': '加粗标记“**”', '>>>': '小节标题前的“>>>”版式符号', '#': 'Markdown 标题符号“#”',
  };
  for (const token of MARKUP_TOKENS) {
    const count = countOccurrences(text, token);
    if (count === 0) continue;
    fixes.push({
      find: token, replace: '', count, kind: 'markup',
      reason: `抽取工具加的${tokenNames[token]}（共 ${count} 处），不是原文文字；层级在 MDX 中用结构表达。`,
    });
    text = text.split(token).join('');
  }
  return fixes;
}
