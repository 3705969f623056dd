/**
 * The filled contract: the model's text verbatim, with only its blanks filled and its boxes marked.
 * Every output (the page preview, print, the .docx, plain text) is drawn from `renderContract()`,
 * so what a test proves of it holds for all of them: put each filled value back to its blank's
 * printed token and each mark back to □, and the model's text comes back exactly.
 */
import type { ContractModel, Seg } from './model';

/** What goes into the blanks and boxes, by id. A blank without a value stays a blank. */
export interface Filling {
  blanks: Readonly<Record<string, string>>;
  boxes: Readonly<Record<string, boolean>>;
}

/** A piece of the filled contract. */
export type Out =
  | { t: 'text'; text: string }
  | { t: 'fill'; id: string; text: string; token: string }
  | { t: 'blank'; id: string; token: string }
  | { t: 'box'; id: string; checked: boolean };

export type OutBlock =
  | { kind: 'gap'; raw: string }
  | { kind: 'para'; segs: Out[]; subheading: boolean }
  | { kind: 'table'; header: string[]; rows: Out[][][] };

export interface OutSection {
  key: string;
  number: number | null;
  /** The heading line as printed (`第一条  合同双方`), null for the head and the signature block. */
  heading: string | null;
  blocks: OutBlock[];
}

export interface RenderedContract {
  /** The title line as printed. */
  title: string;
  sections: OutSection[];
}

function out(s: Seg, f: Filling): Out {
  if (s.t === 'text') return s;
  if (s.t === 'box') return { t: 'box', id: s.id, checked: f.boxes[s.id] === true };
  const v = f.blanks[s.id];
  return v !== undefined && v !== '' ? { t: 'fill', id: s.id, text: v, token: s.token } : { t: 'blank', id: s.id, token: s.token };
}

/** Fill the model. Ids in `filling` that the model does not have are ignored. */
export function renderContract(model: ContractModel, filling: Filling): RenderedContract {
  return {
    title: model.title,
    sections: model.sections.map((sec) => ({
      key: sec.key,
      number: sec.number,
      heading: sec.headingRaw,
      blocks: sec.blocks.map((b): OutBlock => {
        if (b.kind === 'gap') return b;
        if (b.kind === 'para') return { kind: 'para', segs: b.segs.map((s) => out(s, filling)), subheading: b.subheading };
        return { kind: 'table', header: b.header, rows: b.rows.map((r) => r.map((c) => c.map((s) => out(s, filling)))) };
      }),
    })),
  };
}

/** ☑ and ☐, the marks a box becomes. */
export const CHECKED = '☑';
export const UNCHECKED = '☐';

/**
 * How an unfilled blank shows: a bracketed blank as printed (`[金额]`, `[3]`), a space to write in
 * as a line long enough to write on, a date as its 年 月 日 with room before each.
 */
export function blankDisplay(token: string): string {
  if (token.startsWith('[')) return token;
  if (/年/.test(token)) return token.replace(/[ \u3000]+/g, '＿＿');
  return '＿＿＿＿';
}

/** One piece as plain text. */
export function outText(o: Out): string {
  switch (o.t) {
    case 'text':
      return o.text;
    case 'fill':
      return o.text;
    case 'blank':
      return blankDisplay(o.token);
    case 'box':
      return o.checked ? CHECKED : UNCHECKED;
  }
}

/** The filled contract as plain text: a table row per line, cells separated by ` | `. */
export function contractPlainText(c: RenderedContract): string {
  const lines = [c.title.trim()];
  for (const sec of c.sections) {
    if (sec.heading) lines.push(sec.heading);
    for (const b of sec.blocks) {
      if (b.kind === 'gap') continue;
      if (b.kind === 'para') lines.push(b.segs.map(outText).join('').trimEnd());
      else {
        lines.push(b.header.join(' | '));
        for (const r of b.rows) lines.push(r.map((cell) => cell.map(outText).join('')).join(' | '));
      }
    }
  }
  return lines.join('\n');
}
