// The .docx built in Node from the worked example: unzipped (fflate), word/document.xml is valid
// XML (fast-xml-parser), holds every filled value and the model's wording in order, the milestone
// table as a real table, page numbers, and the dataset version in the header.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { contractBuilderProps, loadModelContract, type ContractBuilderProps } from '../../../../src/data/contract-builder';
import { modelBlanks, modelBoxes } from '../../../../src/lib/contract/model';
import { computeContract, contractContext } from '../../../../src/lib/contract/compute';
import { cloneContractForm, type ContractForm } from '../../../../src/lib/contract/form';
import { contractDocx, docxFileName, type DocxMeta } from '../../../../src/lib/contract/docx';
import { CHECKED, UNCHECKED, renderContract, type Out, type RenderedContract } from '../../../../src/lib/contract/render';
import { makeTranslate } from '../../../../src/lib/calculators/payment-text';

let props: ContractBuilderProps;
beforeAll(async () => {
  props = await contractBuilderProps();
});

const meta = (): DocxMeta => ({
  header: `${props.policyTitle} · 数据版本 ${props.datasetVersion}`,
  pageLabel: ['第 ', ' 页 共 ', ' 页'],
  title: '先用后付合同',
  creator: '先用后付政策通',
  description: `数据版本 ${props.datasetVersion}`,
});

async function build(form: ContractForm) {
  const r = computeContract(form, contractContext(props), makeTranslate(props.strings));
  const bytes = await contractDocx(r.contract, meta());
  const files = unzipSync(bytes);
  const xml = (name: string) => strFromU8(files[name]!);
  return { r, bytes, files, xml };
}

/** The text of each paragraph (w:p, an empty one too) of a WordprocessingML part: w:t text, w:br as a line break. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p\/>|<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((t) => (t[0] === '<w:br/>' ? '\n' : (t[1] ?? '')))
      .join('')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
  );
}

/** What the document should say, paragraph by paragraph, from the rendered contract. */
function expectedText(c: RenderedContract): string {
  const seg = (o: Out) =>
    o.t === 'text' || o.t === 'fill' ? o.text : o.t === 'box' ? (o.checked ? CHECKED : UNCHECKED) : o.token.startsWith('[') ? o.token : o.token.replace(/[ \u3000]+/g, '') || '';
  const parts = [c.title];
  for (const s of c.sections) {
    if (s.heading) parts.push(s.heading);
    for (const b of s.blocks) {
      if (b.kind === 'para') parts.push(b.segs.map(seg).join(''));
      if (b.kind === 'table') parts.push(...b.header, ...b.rows.flat().map((cell) => cell.map(seg).join('')));
    }
  }
  return parts.join('');
}
const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');

describe('contractDocx', () => {
  it('is a valid .docx whose document holds the model wording and every filled value, in order', async () => {
    const { r, files, xml } = await build(cloneContractForm(props.example));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
    const doc = xml('word/document.xml');
    expect(XMLValidator.validate(doc)).toBe(true);
    const text = paragraphs(doc).join('');
    expect(squeeze(text)).toBe(squeeze(expectedText(r.contract)));
    for (const v of Object.values(r.filling.blanks)) for (const line of v.split('\n')) expect(text).toContain(line);
    expect(text).toContain('第二条  科技成果基本信息');
    expect(text).toContain('☑许可（☑排他许可 ☐独占许可 ☐开放许可）');
  });

  it('has the milestone table as a table, with a header row that repeats', async () => {
    const { xml } = await build(cloneContractForm(props.example));
    const doc = xml('word/document.xml');
    const tables = doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(1);
    expect((tables[0]!.match(/<w:tr[ >]/g) ?? []).length).toBe(6); // header + 5 rows
    expect(tables[0]).toContain('<w:tblHeader/>');
    expect(paragraphs(tables[0]!)).toEqual(expect.arrayContaining(['里程碑节点', '人民币100,000.00元（大写：壹拾万元整）', '[具体条件]']));
  });

  it('numbers its pages and carries the dataset version', async () => {
    const { files, xml } = await build(cloneContractForm(props.example));
    const footer = Object.keys(files).filter((f) => /^word\/footer\d*\.xml$/.test(f)).map(xml).join('');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    const header = Object.keys(files).filter((f) => /^word\/header\d*\.xml$/.test(f)).map(xml).join('');
    expect(paragraphs(header).join('')).toContain(`数据版本 ${props.datasetVersion}`);
    expect(xml('docProps/core.xml')).toContain(`数据版本 ${props.datasetVersion}`);
  });

  it('keeps a 10,000-character field and markup-like text intact and the XML valid', async () => {
    const f = cloneContractForm(props.example);
    f.summary = `${'长'.repeat(9_990)}<b>&"'</b>`;
    f.a.name = '示例 & <大学>';
    const { xml } = await build(f);
    const doc = xml('word/document.xml');
    expect(XMLValidator.validate(doc)).toBe(true);
    const text = paragraphs(doc).join('');
    expect(text).toContain(f.summary);
    expect(text).toContain('名称：示例 & <大学>');
  });

  it('lays out the empty contract with every blank visible', async () => {
    const { r, xml } = await build(cloneContractForm({ ...props.example, a: { ...props.example.a, name: '' } }));
    expect(r.filling.blanks['art1.甲方.名称']).toBeUndefined();
    const doc = xml('word/document.xml');
    // An unfilled blank of spaces is an underlined writing space.
    expect(doc).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">\u3000\u3000\u3000\u3000<\/w:t>/);
  });

  it('refuses text a .docx cannot carry (the form stops it first)', async () => {
    const r = computeContract(cloneContractForm(props.example), contractContext(props), makeTranslate(props.strings));
    const bad = { ...r.contract, title: 'a\u0001b' };
    await expect(contractDocx(bad, meta())).rejects.toThrow(/cannot carry/);
  });
});

// The file is the page's contract, paragraph for paragraph and character for character: what the
// renderContract property (render.test.ts: the model text modulo the filled blanks and the marks)
// proves of the rendered contract therefore holds of the downloaded file, for any filling.
describe('contractDocx, for random fillings of the real Hunan model', () => {
  const { model } = loadModelContract('hunan-2025-plan');
  const blankIds = modelBlanks(model).map((b) => b.id);
  const boxIds = modelBoxes(model).map((b) => b.id);
  // What a user can type (the form refuses characters XML cannot carry): any text, line breaks,
  // markup-like and box-like characters, leading and trailing spaces, a long run.
  const value = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom('', ' ', '□', '☑', '[金额]', '  年  月  日', '第一条', 'a\nb', '<w:t>&amp;</w:t>', '\u3000', '长'.repeat(2_000)),
  );
  const filling = fc.record({
    blanks: fc.dictionary(fc.constantFrom(...blankIds), value, { maxKeys: blankIds.length }),
    boxes: fc.dictionary(fc.constantFrom(...boxIds), fc.boolean(), { maxKeys: boxIds.length }),
  });

  /** The file's paragraphs as the rendered contract prescribes them: every model character kept. */
  function expectedParagraphs(c: RenderedContract): string[] {
    const seg = (o: Out): string => {
      if (o.t === 'text' || o.t === 'fill') return o.text;
      if (o.t === 'box') return o.checked ? CHECKED : UNCHECKED;
      if (o.token.startsWith('[')) return o.token; // printed as is: [金额], [3]
      if (/年/.test(o.token)) return o.token.replace(/[ \u3000]+/g, '\u3000\u3000'); // room before 年 月 日
      return '\u3000'.repeat(4); // an underlined space to write in
    };
    const out = [c.title.trim()];
    for (const s of c.sections) {
      if (s.key === 'sign') out.push('');
      if (s.heading) out.push(s.heading.trim());
      for (const b of s.blocks) {
        if (b.kind === 'para') out.push(b.segs.map(seg).join(''));
        if (b.kind === 'table') out.push(...b.header, ...b.rows.flat().map((cell) => cell.map(seg).join('')), '');
      }
    }
    return out;
  }

  it('holds the rendered contract exactly, valid XML, with the milestone table as a table', async () => {
    await fc.assert(
      fc.asyncProperty(filling, async (f) => {
        const c = renderContract(model, f);
        const doc = strFromU8(unzipSync(await contractDocx(c, meta()))['word/document.xml']!);
        expect(XMLValidator.validate(doc)).toBe(true);
        expect(paragraphs(doc)).toEqual(expectedParagraphs(c));
        expect(doc.match(/<w:tbl>/g)).toHaveLength(1);
      }),
      { numRuns: 25 },
    );
  });
});

describe('docxFileName', () => {
  it.each([
    ['先用后付合同', '长沙示例科技有限公司', '先用后付合同-长沙示例科技有限公司.docx'],
    ['先用后付合同', '', '先用后付合同.docx'],
    ['先用后付合同', 'a/b:c*?"<>|d', '先用后付合同-abcd.docx'],
    ['先用后付合同', '名'.repeat(100), `先用后付合同-${'名'.repeat(40)}.docx`],
  ])('%s + %s → %s', (base, name, want) => expect(docxFileName(base, name)).toBe(want));
});
