// Synthetic edge cases for the fix drafter (the real sources are covered by
// test/content/importer.test.ts).
import { describe, expect, test } from 'vitest';
import { applyFixes } from '../../../../src/lib/fidelity';
import { draftFixes, wrapWidth, sourceLines } from '../../../../src/lib/import/repair';

const apply = (s: string) => applyFixes(s, draftFixes(s));

describe('draftFixes', () => {
  test('a page break inside a running sentence is joined; the paragraph after a full stop is not', () => {
    const src = '甲方应当按照合同约定的期限和方式支付许可费，不得无故拖\n\n延。乙方应当配合。\n\n下一段文字。';
    const fixes = draftFixes(src);
    expect(fixes).toHaveLength(1);
    expect(fixes[0]).toMatchObject({ kind: 'page-break', replace: expect.stringContaining('拖延') });
    expect(apply(src)).toBe('甲方应当按照合同约定的期限和方式支付许可费，不得无故拖延。乙方应当配合。\n\n下一段文字。');
  });

  test('a short title line followed by its banner is not joined', () => {
    expect(draftFixes('某省推进改革\n\n探索创新的新路径\n\n>>> 第一部分')).toEqual([
      expect.objectContaining({ kind: 'markup', find: '>>>', count: 1 }),
    ]);
  });

  test('a numbered heading never runs into the next line', () => {
    expect(draftFixes('二、实施模式\n科技成果持有单位采用许可方式，')).toEqual([]);
  });

  test('a wrapped title (unclosed 《) and a wrapped option list are joined; a form blank is not', () => {
    const src = '关于印发《某市办法\n实施细则》的通知\n1. 类型：□专利 □软件 \n□技术秘密\n许可期限：自  年  月  日起\n许可用途：仅限于  领域';
    expect(apply(src)).toBe('关于印发《某市办法实施细则》的通知\n1. 类型：□专利 □软件 □技术秘密\n许可期限：自  年  月  日起\n许可用途：仅限于  领域');
  });

  test('stray markers go, with their own line or the indentation before them', () => {
    const src = ' [bookmark: _GoBack]标题\n正文。\n[bookmark: _Hlk1]\n附件';
    expect(apply(src)).toBe('标题\n正文。\n附件');
    expect(draftFixes(src).map((f) => f.kind)).toEqual(['stray-marker', 'stray-marker']);
  });

  test('a space inside a title goes; the space after a heading number stays', () => {
    const src = '# 关于《某市先使用后 付费办法》\n## 第一条 适用范围\n正文里的 空格不动。';
    expect(apply(src)).toBe(' 关于《某市先使用后付费办法》\n 第一条 适用范围\n正文里的 空格不动。');
  });

  test('a lost item number is restored in the sequence’s bracket form', () => {
    const src = '（八）第八项。\n培优服务机构。培育机构。\n（十）第十项。\n(十一)第十一项。';
    const fixes = draftFixes(src);
    expect(fixes).toEqual([expect.objectContaining({ kind: 'lost-number' })]);
    expect(apply(src)).toContain('（九）培优服务机构');
  });

  test('two unnumbered paragraphs in a gap are not numbered (the sequence does not prove which)', () => {
    expect(draftFixes('（一）甲。\n乙段。\n丙段。\n（三）丁。')).toEqual([]);
  });

  test('markup is removed by counted fixes, after every local fix', () => {
    const fixes = draftFixes('## **第二条 成果类型**\n正文。');
    expect(fixes.map((f) => [f.find, f.count])).toEqual([['**', 2], ['#', 2]]);
  });

  test('every drafted find occurs exactly as often as it says (applyFixes accepts them)', () => {
    const src = '同一句话被拆\n\n开了。同一句话被拆\n\n开了。这里有足够多的中文文字来组成一个长句子，';
    expect(() => apply(src)).not.toThrow();
  });
});

describe('wrapWidth', () => {
  test('a hard-wrapped extraction has a width; whole paragraphs have none', () => {
    const wrapped = Array.from({ length: 30 }, (_, i) => '文'.repeat(24 + (i % 3))).join('\n\n');
    expect(wrapWidth(sourceLines(wrapped))).toBe(24);
    const paras = Array.from({ length: 30 }, (_, i) => '文'.repeat(20 + i * 7)).join('\n');
    expect(wrapWidth(sourceLines(paras))).toBeNull();
  });
});
