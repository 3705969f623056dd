/**
 * The filled contract as a Word document (.docx), built with the `docx` package from the same
 * `RenderedContract` the page shows: the title and articles as headings, 模式一's milestone table
 * as a real table, filled values underlined (as on a paper form), unfilled blanks as underlined
 * space or as printed (`[金额]`), boxes as ☑/☐, page numbers in the footer, and the dataset version
 * and generation date in the header and the document properties.
 *
 * Loaded only when the user asks for the file (a dynamic `import()` in the island), so the page
 * does not carry the library. Works the same in the browser and in Node (the unit test): the
 * output is the bytes of the file.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { CHECKED, UNCHECKED, type Out, type OutBlock, type RenderedContract } from './render';

export interface DocxMeta {
  /** Header line: what the file is, the dataset version and the date it was generated. */
  header: string;
  /** The page-number line split around its two numbers: `['第 ', ' 页 共 ', ' 页']`. */
  pageLabel: readonly [string, string, string];
  /** Document properties. */
  title: string;
  creator: string;
  description: string;
}

// XML 1.0 cannot carry these; the form refuses them (form.ts `checkText`), so meeting one here is a bug.
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

function safe(text: string): string {
  if (NOT_IN_XML.test(text)) throw new Error('text holds a character a .docx cannot carry');
  return text;
}

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimHei', cs: 'Times New Roman' };
const UNDERLINE = { type: UnderlineType.SINGLE } as const;
/** Room to write on for a blank of spaces: four ideographic spaces, underlined. */
const WRITING_SPACE = '\u3000\u3000\u3000\u3000';

/** Runs of text, with a line break before every line after the first. */
function lines(text: string, opts: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}): TextRun[] {
  return safe(text)
    .split('\n')
    .map((line, i) => new TextRun({ ...opts, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

function runs(o: Out): TextRun[] {
  switch (o.t) {
    case 'text':
      return lines(o.text);
    case 'fill':
      return lines(o.text, { underline: UNDERLINE });
    case 'box':
      return [new TextRun(o.checked ? CHECKED : UNCHECKED)];
    case 'blank':
      if (o.token.startsWith('[')) return [new TextRun(o.token)];
      if (/年/.test(o.token)) {
        // 年 月 日 stay as printed, with room before each.
        return o.token.split(/([年月日])/).flatMap((part) =>
          part === '' ? [] : /[年月日]/.test(part) ? [new TextRun(part)] : [new TextRun({ text: '\u3000\u3000', underline: UNDERLINE })],
        );
      }
      return [new TextRun({ text: WRITING_SPACE, underline: UNDERLINE })];
  }
}

function cell(segs: Out[], header = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: header ? segs.flatMap((s) => (s.t === 'text' ? lines(s.text, { bold: true }) : runs(s))) : segs.flatMap(runs) })],
  });
}

function block(b: OutBlock): (Paragraph | Table)[] {
  if (b.kind === 'gap') return [];
  if (b.kind === 'para') {
    const children: ParagraphChild[] = b.segs.flatMap(runs);
    return [b.subheading ? new Paragraph({ heading: HeadingLevel.HEADING_3, children }) : new Paragraph({ children })];
  }
  const header = new TableRow({ tableHeader: true, children: b.header.map((h) => cell([{ t: 'text', text: h }], true)) });
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [header, ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c)) }))],
    }),
    new Paragraph({ children: [] }),
  ];
}

/** The .docx file's bytes. */
export async function contractDocx(c: RenderedContract, meta: DocxMeta): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: lines(c.title.trim()) })];
  for (const s of c.sections) {
    if (s.key === 'sign') children.push(new Paragraph({ children: [] }));
    if (s.heading) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: lines(s.heading.trim()) }));
    for (const b of s.blocks) children.push(...block(b));
  }
  const [before, middle, after] = meta.pageLabel;
  const doc = new Document({
    title: safe(meta.title),
    creator: safe(meta.creator),
    description: safe(meta.description),
    styles: {
      default: {
        document: { run: { font: FONT, size: 24 }, paragraph: { spacing: { line: 360, after: 60 } } },
        title: { run: { font: HEADING_FONT, size: 36, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } },
        heading2: { run: { font: HEADING_FONT, size: 26, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading3: { run: { font: HEADING_FONT, size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4
            margin: { top: 1440, bottom: 1440, left: 1587, right: 1474 },
          },
        },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: safe(meta.header), size: 16, color: '555555' })] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: 18, children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}

/** A file name Windows, macOS and phones accept: no path or reserved characters, not too long. */
export function docxFileName(base: string, name: string): string {
  const clean = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001F]/g, '').replace(/\s+/g, ' ').trim();
  const who = clean(name).slice(0, 40);
  return `${clean(base)}${who ? `-${who}` : ''}.docx`;
}
