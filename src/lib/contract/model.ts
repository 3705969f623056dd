/**
 * A model contract (合同示范文本) as data: its text, article by article, with every blank and every
 * □ choice found in the published wording itself — nothing is retyped. The renderer
 * (./render.ts) fills the blanks and marks the boxes and changes nothing else, and
 * `modelSourceText()` gives back the parsed text exactly, so a test can hold the model to the
 * published annex.
 *
 * What counts as a blank, as the text prints it (the forms a Chinese contract form uses):
 * - `[…]` — a bracketed blank: empty (`[  ]`), a placeholder naming what goes in (`[金额]`,
 *   `[条件达成后X日内]`), a printed default (`[3]`, `[0.05]`), or a choice of the words between
 *   slashes (`[半年/年]`).
 * - `  年  月  日` after `：`, `自` or `至` — a date.
 * - a run of spaces inside running text (`销售收入的  %`, `TRL 级`) — a space to write in. Spaces
 *   before a `□`, after an item number or at the end of a line are layout, not blanks.
 * - `标签：` ending a line — the space after the label, unless the line introduces what follows
 *   (it holds 。，； or an unclosed `（`) or defines a party's short name (`持有方（甲方）：`,
 *   which heads that party's particulars).
 *
 * A `□` is a box; the words after it (up to the next box, bracket or punctuation) are its label.
 * Boxes on one line, or on consecutive lines that begin with `□`, form a group; boxes inside the
 * brackets that follow a box (`□许可（□排他许可 □独占许可 □开放许可）`) are its children.
 *
 * Ids are made from the text so the form's binding reads like the contract:
 * `<section>.<party.><label or item number or L<line>>[.<n>]` for blanks (`art1.甲方.名称`,
 * `head.签订日期`, `art4.提成费用约定.2`), `<section>.<row>.<column>` for table cells
 * (`art4.技术验证通过.支付金额`) and `<section>:<label>` for boxes (`art3:开放许可`). Sections are
 * `head` (before the first article), `art1`…`artN`, and `sign` (the signature block: from the first
 * line after the articles that is a party's own field, `甲方（盖章）：`).
 */

/** A bracketed blank's kind: what its printed content says. */
export type BracketKind = 'empty' | 'placeholder' | 'default' | 'choice';

export type BlankKind = 'line' | 'inline' | 'date' | 'bracket';

/** A piece of a line: printed words, a blank, or a box. */
export type Seg =
  | { t: 'text'; text: string }
  | {
      t: 'blank';
      id: string;
      kind: BlankKind;
      /** The blank exactly as printed (spaces, `[金额]`, `  年  月  日`, or '' at a line end). */
      token: string;
      /** The label of its line (`名称`, `提成费用约定`), or the row/column of a table cell. */
      label: string;
      /** Bracketed blanks: what the brackets hold. */
      bracket?: { kind: BracketKind; content: string; options: string[] };
    }
  | { t: 'box'; id: string; label: string; group: string; parent: string | null };

export type BlankSeg = Extract<Seg, { t: 'blank' }>;
export type BoxSeg = Extract<Seg, { t: 'box' }>;

export type Block =
  | {
      kind: 'gap';
      /** The empty line as printed (it may hold spaces). */
      raw: string;
    }
  | {
      kind: 'para';
      segs: Seg[];
      /** A `模式一：里程碑节点支付` style line: a label and a short title, nothing to fill. */
      subheading: boolean;
      /** The party whose particulars this line belongs to (`甲方`), if any. */
      party: string | null;
    }
  | {
      kind: 'table';
      /** Header cells as printed. */
      header: string[];
      /** Each row: its cells as segments; the first cell is the row's label. */
      rows: Seg[][][];
    };

export interface Section {
  /** `head`, `art1`…, `sign`. */
  key: string;
  /** Article number (1 for 第一条), null for `head` and `sign`. */
  number: number | null;
  /** The heading line exactly as printed (`第一条  合同双方`), null for `head` and `sign`. */
  headingRaw: string | null;
  /** The article's title (`合同双方`). */
  title: string | null;
  blocks: Block[];
}

export interface ContractModel {
  /** The title line (`湖南省科技成果“先用后付”合同示范文本`). */
  title: string;
  sections: Section[];
  /** The parties the text defines, in order: short name (`甲方`) and role (`持有方`). */
  parties: { key: string; role: string }[];
}

const SPACE = '[ \\u3000]';
const ITEM = new RegExp(`^(?:(\\d+)\\.${SPACE}*|（(\\d+)）)`);
const ARTICLE = new RegExp(`^第([一二三四五六七八九十]+)条${SPACE}*(.+)$`);
const DATE_BLANK = new RegExp(`(?<=[：自至])${SPACE}+年${SPACE}+月${SPACE}+日`, 'g');
const BRACKET = /\[[^\]\n]*\]/g;
const PARTY_DEFINITION = /^(.+)（([甲乙丙丁]方)）$/;
const PARTY_FIELD = /^([甲乙丙丁]方)（.+）$/;
/** A box's label ends at the next box, bracket, punctuation or space. */
const BOX_LABEL = /^[^□（）()，,：:；;。\s[\]]+/;

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23 (article numbers). */
export function chineseNumeral(s: string): number {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') throw new Error(`not a Chinese numeral: ${s}`);
  if (!m[2]) return CN_DIGIT[m[1] ?? ''] ?? 0;
  return (m[1] ? (CN_DIGIT[m[1]] ?? 0) : 1) * 10 + (m[3] ? (CN_DIGIT[m[3]] ?? 0) : 0);
}

function bracketInfo(content: string): NonNullable<BlankSeg['bracket']> {
  const c = content.trim();
  if (c === '') return { kind: 'empty', content, options: [] };
  if (c.includes('/')) return { kind: 'choice', content, options: c.split('/').map((x) => x.trim()) };
  if (/^\d+(\.\d+)?$/.test(c)) return { kind: 'default', content, options: [] };
  return { kind: 'placeholder', content, options: [] };
}

/** Brackets opened and not closed in `s` (full-width （ ）). */
function unclosed(s: string): number {
  let n = 0;
  for (const ch of s) {
    if (ch === '（') n++;
    else if (ch === '）') n = Math.max(0, n - 1);
  }
  return n;
}

interface Span {
  start: number;
  end: number;
  kind: BlankKind | 'box';
}

interface LineContext {
  section: string;
  /** 1-based index of this line among the section's non-empty lines. */
  lineNo: number;
  party: string | null;
  /** Box group of the previous line, when it was a box line (so consecutive □ lines share one). */
  continuingGroup: string | null;
}

interface ParsedLine {
  segs: Seg[];
  /** The line's label (text before its first `：`, when that comes before any blank or box). */
  label: string | null;
  /** The party this line names, and whether it only defines it (a heading) or is its field. */
  partyLine: { key: string; role: string | null } | null;
  /** Box group this line ended in, if it began with a box. */
  boxGroup: string | null;
}

function spansOf(line: string): { spans: Span[]; label: string | null; item: string | null } {
  const item = ITEM.exec(line);
  const contentStart = item ? item[0].length : 0;
  const trimmedEnd = line.replace(/[ \u3000\t]+$/, '').length;
  const spans: Span[] = [];
  for (const m of line.matchAll(BRACKET)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'bracket' });
  for (const m of line.matchAll(DATE_BLANK)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'date' });
  for (const m of line.matchAll(/□/g)) spans.push({ start: m.index, end: m.index + 1, kind: 'box' });
  const inside = (i: number) => spans.some((s) => i >= s.start && i < s.end);
  for (const m of line.matchAll(new RegExp(`${SPACE}+`, 'g'))) {
    const start = m.index;
    const end = start + m[0].length;
    if (start <= contentStart || end >= trimmedEnd || inside(start)) continue;
    if (line[end] === '□') continue;
    spans.push({ start, end, kind: 'inline' });
  }
  spans.sort((a, b) => a.start - b.start);

  // The label: words before the first ： when it precedes every blank (a leading box is skipped).
  const body = line.slice(contentStart);
  const colon = body.indexOf('：');
  const firstBlank = spans.find((s) => s.kind !== 'box' || s.start > contentStart);
  let label: string | null = null;
  if (colon >= 0 && (!firstBlank || contentStart + colon < firstBlank.start)) {
    label = body.slice(0, colon).replace(/^□/, '').trim();
    if (label.includes('□') || label === '') label = null;
  }

  // A label ending the line is a blank after it, unless the line introduces what follows.
  const trimmed = line.slice(0, trimmedEnd);
  if (trimmed.endsWith('：') && spans.every((s) => s.end <= trimmedEnd)) {
    const head = trimmed.slice(contentStart, -1);
    const introduces = /[，。；]/.test(head) || unclosed(head) > 0 || spans.length > 0;
    if (!introduces && !PARTY_DEFINITION.test(head.trim())) spans.push({ start: trimmedEnd, end: line.length, kind: 'line' });
  }
  return { spans, label, item: item ? (item[1] ?? item[2] ?? null) : null };
}

function parseLine(line: string, ctx: LineContext): ParsedLine {
  const { spans, label, item } = spansOf(line);
  let party = ctx.party;
  let partyLine: ParsedLine['partyLine'] = null;
  if (label) {
    const def = PARTY_DEFINITION.exec(label);
    const field = PARTY_FIELD.exec(label);
    if (def) partyLine = { key: def[2] ?? '', role: def[1] ?? null };
    else if (field) partyLine = { key: field[1] ?? '', role: null };
    if (partyLine) party = partyLine.key;
  }
  const key = label ?? item ?? `L${ctx.lineNo}`;
  const base = `${ctx.section}.${party ? `${party}.` : ''}${key}`;
  const blankCount = spans.filter((s) => s.kind !== 'box').length;
  const segs: Seg[] = [];
  let at = 0;
  let n = 0;
  // Box nesting: a box followed by （ opens a level whose boxes are its children.
  const startsWithBox = spans[0]?.kind === 'box' && spans[0].start === 0;
  const group = startsWithBox && ctx.continuingGroup ? ctx.continuingGroup : `${ctx.section}:${key}`;
  const parents: (string | null)[] = [null];
  let lastBox: string | null = null;
  const text = (to: number) => {
    if (to <= at) return;
    const s = line.slice(at, to);
    for (const ch of s) {
      if (ch === '（') parents.push(lastBox);
      else if (ch === '）' && parents.length > 1) parents.pop();
    }
    segs.push({ t: 'text', text: s });
  };
  for (const sp of spans) {
    text(sp.start);
    if (sp.kind === 'box') {
      const m = BOX_LABEL.exec(line.slice(sp.end));
      if (!m) throw new Error(`model contract: a □ without a label in “${line}”`);
      const id = `${ctx.section}:${m[0]}`;
      segs.push({ t: 'box', id, label: m[0], group, parent: parents[parents.length - 1] ?? null });
      lastBox = id;
    } else {
      n++;
      const token = line.slice(sp.start, sp.end);
      const id = blankCount > 1 ? `${base}.${n}` : base;
      const blank: BlankSeg = { t: 'blank', id, kind: sp.kind, token, label: label ?? key };
      if (sp.kind === 'bracket') blank.bracket = bracketInfo(token.slice(1, -1));
      segs.push(blank);
    }
    at = sp.end;
  }
  text(line.length);
  return { segs, label, partyLine, boxGroup: startsWithBox ? group : null };
}

const isSubheading = (line: string) => /^[^：，。；\s□[\]]+：[^：，。；□[\]]+$/.test(line.trim()) && !ITEM.test(line);

/**
 * Parse a model contract's text, from its title line to its end.
 * @throws Error when the text has no title, no article, a box without a label, or two blanks or
 *   boxes that would get one id (the ids are how the form is bound to the text).
 */
export function parseModelContract(text: string): ContractModel {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const title = lines[0] ?? '';
  if (title.trim() === '') throw new Error('model contract: the text must begin with its title line');
  const sections: Section[] = [{ key: 'head', number: null, headingRaw: null, title: null, blocks: [] }];
  const parties: ContractModel['parties'] = [];
  let lineNo = 0;
  let party: string | null = null;
  let group: string | null = null;
  const cur = () => sections[sections.length - 1]!;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const art = ARTICLE.exec(line);
    if (art) {
      const number = chineseNumeral(art[1] ?? '');
      sections.push({ key: `art${number}`, number, headingRaw: line, title: (art[2] ?? '').trim(), blocks: [] });
      lineNo = 0;
      party = null;
      group = null;
      continue;
    }
    if (line.trim() === '') {
      cur().blocks.push({ kind: 'gap', raw: line });
      group = null;
      continue;
    }
    if (line.startsWith('\t')) {
      // A table: groups of tab-indented cells (one per line), one group per row, a blank line between.
      const groups: string[][] = [];
      let j = i;
      while (j < lines.length && lines[j]!.startsWith('\t')) {
        const g: string[] = [];
        while (j < lines.length && lines[j]!.startsWith('\t')) g.push(lines[j++]!.slice(1));
        groups.push(g);
        if (lines[j] === '' && lines[j + 1]?.startsWith('\t')) j++;
        else break;
      }
      const [header, ...rows] = groups;
      if (!header || rows.length === 0) throw new Error(`model contract: a table without rows at line ${i + 1}`);
      const sec = cur().key;
      cur().blocks.push({
        kind: 'table',
        header,
        rows: rows.map((cells) => {
          const rowLabel = cells[0]?.trim() ?? '';
          return cells.map((cell, c) =>
            c === 0
              ? [{ t: 'text', text: cell }]
              : parseLine(cell, { section: `${sec}.${rowLabel}`, lineNo: 0, party: null, continuingGroup: null }).segs.map((s) =>
                  s.t === 'blank' ? { ...s, id: `${sec}.${rowLabel}.${(header[c] ?? '').trim()}`, label: `${rowLabel} ${(header[c] ?? '').trim()}` } : s,
                ),
          );
        }),
      });
      i = j - 1;
      group = null;
      continue;
    }
    lineNo++;
    // The signature block begins with the first party field after the articles (甲方（盖章）：).
    if (cur().number !== null && PARTY_FIELD.test(line.trim().replace(/：$/, ''))) {
      sections.push({ key: 'sign', number: null, headingRaw: null, title: null, blocks: [] });
      lineNo = 1;
      party = null;
    }
    const parsed = parseLine(line, { section: cur().key, lineNo, party, continuingGroup: group });
    if (parsed.partyLine) {
      party = parsed.partyLine.key;
      if (parsed.partyLine.role && !parties.some((p) => p.key === parsed.partyLine!.key)) {
        parties.push({ key: parsed.partyLine.key, role: parsed.partyLine.role });
      }
    }
    group = parsed.boxGroup;
    const segs = parsed.segs;
    const plain = segs.every((s) => s.t === 'text');
    cur().blocks.push({ kind: 'para', segs, subheading: plain && isSubheading(line), party });
  }
  if (sections.length < 2) throw new Error('model contract: no article (第一条 …) found');
  const model: ContractModel = { title, sections, parties };
  const seen = new Set<string>();
  for (const s of allSegs(model)) {
    if (s.t === 'text') continue;
    if (seen.has(s.id)) throw new Error(`model contract: two ${s.t === 'box' ? 'boxes' : 'blanks'} would share the id ${s.id}`);
    seen.add(s.id);
  }
  return model;
}

/** Every segment of the model, in reading order (table cells row by row). */
export function* allSegs(model: ContractModel): Generator<Seg> {
  for (const sec of model.sections) {
    for (const b of sec.blocks) {
      if (b.kind === 'para') yield* b.segs;
      else if (b.kind === 'table') for (const row of b.rows) for (const cell of row) yield* cell;
    }
  }
}

/** Every blank, in reading order. */
export function modelBlanks(model: ContractModel): BlankSeg[] {
  return [...allSegs(model)].filter((s): s is BlankSeg => s.t === 'blank');
}

/** Every box, in reading order. */
export function modelBoxes(model: ContractModel): BoxSeg[] {
  return [...allSegs(model)].filter((s): s is BoxSeg => s.t === 'box');
}

/** A segment as printed in the model: words as they are, a blank as its token, a box as □. */
export function segSource(s: Seg): string {
  return s.t === 'text' ? s.text : s.t === 'blank' ? s.token : '□';
}

/**
 * The model's text exactly as it was parsed (title line, every line, table cells tab-indented
 * with a blank line between rows): `parseModelContract(x)` gives back `x` this way.
 */
export function modelSourceText(model: ContractModel): string {
  const out = [model.title];
  for (const sec of model.sections) {
    if (sec.headingRaw !== null) out.push(sec.headingRaw);
    for (const b of sec.blocks) {
      if (b.kind === 'gap') out.push(b.raw);
      else if (b.kind === 'para') out.push(b.segs.map(segSource).join(''));
      else {
        const groups = [b.header, ...b.rows.map((r) => r.map((c) => c.map(segSource).join('')))];
        groups.forEach((g, i) => {
          if (i > 0) out.push('');
          for (const c of g) out.push(`\t${c}`);
        });
      }
    }
  }
  return out.join('\n');
}
