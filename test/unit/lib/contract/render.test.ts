// The filled contract is the model text verbatim, with only the blanks filled and the boxes marked:
// a property over random fillings of the real Hunan model (fast-check), and the plain-text form.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadModelContract } from '../../../../src/data/contract-builder';
import { modelBlanks, modelBoxes, modelSourceText } from '../../../../src/lib/contract/model';
import { CHECKED, UNCHECKED, contractPlainText, renderContract, type Out, type RenderedContract } from '../../../../src/lib/contract/render';

const { model } = loadModelContract('hunan-2025-plan');
const blankIds = modelBlanks(model).map((b) => b.id);
const boxIds = modelBoxes(model).map((b) => b.id);

/** Put every filled value back to its blank's printed token and every mark back to □. */
function unfill(c: RenderedContract): string {
  const seg = (o: Out) => (o.t === 'text' ? o.text : o.t === 'box' ? '□' : o.token);
  const out = [c.title];
  for (const s of c.sections) {
    if (s.heading !== null) out.push(s.heading);
    for (const b of s.blocks) {
      if (b.kind === 'gap') out.push(b.raw);
      else if (b.kind === 'para') out.push(b.segs.map(seg).join(''));
      else {
        [b.header, ...b.rows.map((r) => r.map((cell) => cell.map(seg).join('')))].forEach((g, i) => {
          if (i > 0) out.push('');
          for (const cell of g) out.push(`\t${cell}`);
        });
      }
    }
  }
  return out.join('\n');
}

function outs(c: RenderedContract): Out[] {
  return c.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'para' ? b.segs : b.kind === 'table' ? b.rows.flat(2) : [])));
}

// Values as a user might type them: any text, including line breaks, brackets, □, ☑ and very long runs.
const value = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '□', '☑', '[金额]', '  年  月  日', '第一条', '\n', 'x'.repeat(10_000)),
);
const filling = fc.record({
  blanks: fc.dictionary(fc.constantFrom(...blankIds), value, { maxKeys: blankIds.length }),
  boxes: fc.dictionary(fc.constantFrom(...boxIds), fc.boolean(), { maxKeys: boxIds.length }),
});

describe('renderContract', () => {
  it('changes nothing but the blanks and the boxes, for any filling', () => {
    const source = modelSourceText(model);
    fc.assert(
      fc.property(filling, (f) => {
        const c = renderContract(model, f);
        expect(unfill(c)).toBe(source);
        for (const o of outs(c)) {
          if (o.t === 'fill') expect(o.text).toBe(f.blanks[o.id]);
          if (o.t === 'blank') expect(f.blanks[o.id] ?? '').toBe('');
          if (o.t === 'box') expect(o.checked).toBe(f.boxes[o.id] === true);
        }
        // Every blank and every box of the model is in the output, once.
        expect(outs(c).filter((o) => o.t === 'fill' || o.t === 'blank').map((o) => (o as { id: string }).id)).toEqual(blankIds);
        expect(outs(c).filter((o) => o.t === 'box').map((o) => (o as { id: string }).id)).toEqual(boxIds);
      }),
      { numRuns: 200 },
    );
  });

  it('ignores ids the model does not have', () => {
    const c = renderContract(model, { blanks: { 'art99.不存在': 'x' }, boxes: { 'art99:无': true } });
    expect(unfill(c)).toBe(modelSourceText(model));
    expect(outs(c).some((o) => o.t === 'fill' || (o.t === 'box' && o.checked))).toBe(false);
  });
});

describe('contractPlainText', () => {
  it('marks boxes ☑/☐ and keeps unfilled blanks visible', () => {
    const text = contractPlainText(renderContract(model, { blanks: { 'art1.甲方.名称': '示例大学', 'art6.1': '0.1' }, boxes: { 'art3:许可': true } }));
    expect(text).toContain('名称：示例大学');
    expect(text).toContain(`1. 转化方式：${UNCHECKED}转让 ${CHECKED}许可（${UNCHECKED}排他许可 ${UNCHECKED}独占许可 ${UNCHECKED}开放许可）`);
    expect(text).toContain('每逾期一日应按未付金额的0.1%支付违约金');
    // Unfilled: a label's blank as a line, a date with room before 年 月 日, brackets as printed.
    expect(text).toContain('地址：＿＿＿＿');
    expect(text).toContain('签订日期：＿＿年＿＿月＿＿日');
    expect(text).toContain('乙方自合同生效满[3]个月起');
    expect(text).toContain('技术验证通过 | [具体条件] | [金额] | [期限]');
    expect(text).not.toContain('□');
  });
});
